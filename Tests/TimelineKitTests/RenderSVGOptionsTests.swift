import Foundation
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

    /// Every event colour is at least 3:1 (WCAG's floor for marks) against
    /// the background of each theme it is drawn on; the dark theme's
    /// replacements (`event-colors.tsv`, third column) are what make it so.
    @Test(arguments: SVGTheme.allCases)
    func eventColoursStandOutFromTheBackground(_ theme: SVGTheme) {
        var types = Array(RenderTables.eventColors.keys)
        types += (0..<200).map { "unlisted-type-\($0)" }  // the fallback colours
        var weakest = (ratio: Double.infinity, type: "")
        for type in types {
            let ratio = Self.contrast(RenderTables.color(forType: type, theme: theme), theme.background)
            if ratio < weakest.ratio { weakest = (ratio, type) }
        }
        if theme == .dark {
            #expect(weakest.ratio >= 3, "\(weakest.type) is \(weakest.ratio):1 on \(theme.background)")
            #expect(Self.contrast(RenderTables.color(forType: "arrest"), theme.background) < 3, "the light colour needed replacing")
        }
        #expect(RenderTables.color(forType: "arrest", theme: .light) == RenderTables.color(forType: "arrest"))
    }

    /// WCAG 2 contrast ratio of two `#rrggbb` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let v = Int(hex.dropFirst(), radix: 16) ?? 0
            func channel(_ shift: Int) -> Double {
                let x = Double((v >> shift) & 255) / 255
                return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
            }
            let (r, g, b): (Double, Double, Double) = (channel(16), channel(8), channel(0))
            return 0.2126 * r + 0.7152 * g + 0.0722 * b
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Overflow groups of vague (year-long) dates: each group's bar stays
    /// inside the chart and no wider than a column of it, whatever the
    /// events' periods; the label keeps their dates.
    @Test func overflowBarsStayNarrowWithVagueDates() {
        var events = [TimelineEvent]()
        for n in 0..<400 {
            let value: TimeValue = n % 3 == 0 ? TimeValue(year: 1989 + n % 11)
                : TimeValue(day: Day(year: 1989 + n % 11, month: 1 + n % 12, day: 1 + n % 27))
            events.append(TimelineEvent(id: "e\(n)", summary: "Somebody says something rather long about event \(n)", type: "statement",
                                        date: EventDate(value: value, basis: .stated, explanation: "synthetic"), actors: [], sources: []))
        }
        let t = Timeline(documents: [], actors: [], events: events, relations: [])
        let width = 1200.0
        let layout = SVGLayout(t, graph: EventGraph(t), width: width, maxLanes: 4)
        let overflow = layout.clusters.filter { $0.kind == .overflow }
        #expect(!overflow.isEmpty)
        let column = (width - 2 * SVGStyle.margin) / 5
        for cluster in overflow {
            #expect(cluster.markerStart >= SVGStyle.margin - 0.01 && cluster.markerEnd <= width - SVGStyle.margin + 0.01)
            #expect(cluster.markerEnd - cluster.markerStart <= column + SVGStyle.minimumBar, "\(cluster.label) is \(cluster.markerEnd - cluster.markerStart) px wide")
            #expect(cluster.extent.lowerBound >= SVGStyle.margin - 0.01, "\(cluster.label) runs off the left edge")
        }
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
