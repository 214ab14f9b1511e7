import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TimelineKit

/// The circles of a rendered SVG that mark a key actor (`data-actor`), with
/// the id of the event group they are drawn in.
final class SVGActorDots: NSObject, XMLParserDelegate {
    struct Dot { var event: String; var actor: String; var fill: String; var cx, cy, r: Double }
    var dots = [Dot]()
    private var events = [String]()

    static func dots(in svg: String) -> [Dot] {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = SVGActorDots()
        parser.delegate = collector
        _ = parser.parse()
        return collector.dots
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String] = [:]) {
        events.append(a["class"] == "event" ? a["id"] ?? "" : events.last ?? "")
        if name == "circle", let actor = a["data-actor"] {
            dots.append(Dot(event: events.last ?? "", actor: actor, fill: a["fill"] ?? "",
                            cx: Double(a["cx"] ?? "") ?? 0, cy: Double(a["cy"] ?? "") ?? 0, r: Double(a["r"] ?? "") ?? 0))
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        events.removeLast()
    }
}

/// The most involved actors in the SVG: ranked by events, coloured apart
/// from the event types, a dot per actor beside each label (never on another
/// label), listed in the legend with their counts; events link to web sources.
@Suite struct RenderActorKeyTests {
    @Test func keyRanksActorsByEventsThenName() {
        let key = SVGActorKey(RenderFixture.timeline)
        #expect(key.entries.map(\.name) == ["Huawei", "Canada", "Meng Wanzhou", "United States", "Donald Trump", "Five Eyes"])
        #expect(key.entries.map(\.events) == [7, 2, 2, 2, 1, 1])
        let e2 = RenderFixture.timeline.events[1]
        #expect(key.entries(for: e2).map(\.id) == ["huawei", "canada", "meng-wanzhou"])
    }

    @Test func actorColoursAreDistinctAndApartFromEventTypes() {
        let colors = RenderTables.actorColors.map { $0.lowercased() }
        #expect(colors.count == 6)
        #expect(Set(colors).count == colors.count)
        let typeColors = Set(RenderTables.eventColors.values.map { $0.lowercased() } + RenderTables.fallbackColors.map { $0.lowercased() })
        #expect(typeColors.isDisjoint(with: colors))
    }

    @Test func legendListsActorsWithCountsAndEventsCarryTheirDots() throws {
        let svg = try SVGRenderer.render(RenderFixture.timeline)
        #expect(svg.contains(">Huawei (7 events)</text>"))
        #expect(svg.contains(">Five Eyes (1 event)</text>"))
        #expect(!svg.contains(">Ren Zhengfei ("))
        let key = SVGActorKey(RenderFixture.timeline)
        let dots = SVGActorDots.dots(in: svg)
        for event in RenderFixture.timeline.events {
            let drawn = dots.filter { $0.event == SVGRenderer.elementID(event.id) }
            #expect(drawn.map(\.actor) == key.entries(for: event).map(\.id), "dots of \(event.id)")
            #expect(drawn.map(\.fill) == key.entries(for: event).map(\.color))
        }
    }

    /// On the large synthetic timelines of the label-box test, no actor dot
    /// touches any text and none runs off the chart.
    @Test(arguments: RenderLabelBoxTests.cases)
    func dotsNeverCoverText(_ c: LabelBoxCase) throws {
        let timeline = RenderLabelBoxTests.timeline(c)
        let svg = try SVGRenderer.render(timeline, options: SVGOptions(width: c.width, maxLanes: nil, maxDrawn: 1000))
        let boxes = SVGTextBoxes.boxes(in: svg)
        let dots = SVGActorDots.dots(in: svg)
        #expect(dots.count > timeline.events.count / 2, "most events have dots")
        var hits = [String]()
        for dot in dots {
            #expect(dot.cx - dot.r >= 0 && dot.cx + dot.r <= c.width + 0.01, "dot of \(dot.event) runs off the chart")
            for box in boxes where box.x0 < dot.cx + dot.r - 0.01 && dot.cx - dot.r < box.x1 - 0.01
                && box.y0 < dot.cy + dot.r - 0.01 && dot.cy - dot.r < box.y1 - 0.01 {
                hits.append("\(dot.event) on '\(box.text)'")
            }
        }
        #expect(hits.isEmpty, "\(hits.count) dots on text, e.g. \(hits.prefix(3))")
    }

    @Test func eventsLinkToTheirFirstSourceOnlyWhenItIsAWebPage() throws {
        var t = RenderFixture.timeline
        t.documents[0].path = "https://example.org/cfo?a=1&b=2"
        let svg = try SVGRenderer.render(t)
        let linked = t.events.filter { $0.sources.first?.document == "d1" }
        #expect(!linked.isEmpty)
        for event in linked {
            let wrapped = NSRegularExpression.escapedPattern(for: "<a href=\"https://example.org/cfo?a=1&amp;b=2\">")
                + "\\s*" + NSRegularExpression.escapedPattern(for: "<g class=\"event\" id=\"\(SVGRenderer.elementID(event.id))\"")
            #expect(svg.range(of: wrapped, options: .regularExpression) != nil, "\(event.id) is wrapped in its link")
        }
        let anchors = svg.components(separatedBy: "<a ").count - 1
        #expect(anchors == linked.count)
        #expect(!(try SVGRenderer.render(RenderFixture.timeline)).contains("<a "))
    }
}
