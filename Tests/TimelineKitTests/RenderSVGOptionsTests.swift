import Testing
@testable import TimelineKit

/// The SVG's options (width, theme, lanes), its accessibility markup, and
/// the actors-only DOT graph.
@Suite struct RenderSVGOptionsTests {
    @Test(arguments: [480.0, 800, 1600])
    func widthSetsTheCanvasAndLabelsStayInside(_ width: Double) throws {
        let svg = try SVGRenderer.render(RenderFixture.timeline, options: SVGOptions(width: width))
        #expect(svg.contains("width=\"\(RenderText.number(width))\""))
        #expect(XMLWellFormedness.problem(in: svg) == nil)
        let layout = SVGLayout(RenderFixture.timeline, graph: EventGraph(RenderFixture.timeline), width: width)
        for item in layout.items {
            #expect(item.extent.lowerBound >= SVGStyle.margin - 0.01 && item.extent.upperBound <= width - SVGStyle.margin + 0.01,
                    "\(item.event.id) runs outside a \(width) px chart")
        }
    }

    @Test func darkThemeChangesTheBackgroundAndText() throws {
        let svg = try SVGRenderer.render(RenderFixture.timeline, options: SVGOptions(theme: .dark))
        #expect(svg.contains("fill=\"" + SVGTheme.dark.background + "\""))
        #expect(svg.contains("fill=\"" + SVGTheme.dark.text + "\""))
        #expect(!svg.contains("fill=\"#ffffff\""))
    }

    @Test func lanesCapGroupsTheRestUnderTheLanes() throws {
        let t = RenderFixture.timeline
        let full = SVGLayout(t, graph: EventGraph(t))
        #expect(full.clusters.isEmpty)
        #expect(full.overflowLane == nil)
        let capped = SVGLayout(t, graph: EventGraph(t), maxLanes: 1)
        #expect(capped.overflowLane == 1)
        #expect(capped.items.allSatisfy { $0.lane == 0 })
        // Nothing is lost: every placed event is labelled or in a cluster.
        let clustered = capped.clusters.reduce(0) { $0 + $1.events.count }
        #expect(capped.items.count + clustered == full.items.count)
        #expect(clustered > 0)
        let svg = try SVGRenderer.render(t, options: SVGOptions(maxLanes: 1))
        #expect(svg.contains("found no room in 1 lanes"))
        #expect(svg.contains("class=\"cluster\""))
    }

    @Test func documentIsAnAccessibleImage() throws {
        let svg = try SVGRenderer.render(RenderFixture.timeline)
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<desc id=\"timeline-desc\">A horizontal timeline"))
        #expect(svg.contains("aria-labelledby=\"timeline-title timeline-desc\""))
    }

    @Test func actorGraphWeighsSharedEvents() {
        let dot = DOTRenderer.actorGraph(RenderFixture.timeline)
        #expect(dot.hasPrefix("graph actors {"))
        #expect(!dot.contains("->"))
        // Huawei and the United States share e4 and e6.
        #expect(dot.contains("\"actor:huawei\" -- \"actor:united-states\" [weight=2"))
        #expect(dot.contains("\"actor:canada\" -- \"actor:meng-wanzhou\" [weight=2"))
        #expect(!dot.contains("event:"))
    }

    @Test func actorGraphKeepsTheActorsInMostEvents() {
        let all = DOTRenderer.actorGraph(RenderFixture.timeline, maxActors: 0)
        let two = DOTRenderer.actorGraph(RenderFixture.timeline, maxActors: 2)
        func nodes(_ dot: String) -> [Substring] {
            dot.split(separator: "\n").filter { $0.hasPrefix("  \"actor:") && !$0.contains(" -- ") }
        }
        #expect(nodes(all).count > 2)
        #expect(nodes(two).count == 2)
        #expect(two.contains("// The 2 actors in most events of \(nodes(all).count)"))
        // Edges only between drawn actors.
        let drawn = Set(nodes(two).compactMap { $0.split(separator: "\"").dropFirst().first })
        for edge in two.split(separator: "\n") where edge.contains(" -- ") {
            let ends = edge.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.prefix(2).map(\.element)
            #expect(ends.allSatisfy { drawn.contains($0) }, "\(edge)")
        }
    }
}
