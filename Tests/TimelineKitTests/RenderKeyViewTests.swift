import Foundation
import Testing
@testable import TimelineKit

/// The story's key dates on the chart and in the viewer: one marker per key
/// date told by its sentence, and a page that opens on them with every event
/// one click away.
@Suite struct RenderKeyViewTests {
    @Test func keyChartHasOneMarkerPerKeyDate() throws {
        let t = RenderFixture.timeline
        let key = SVGRenderer.keyEvents(t)
        #expect(key.events.map(\.id) == ["key-2018-12-01", "key-2019-05-15"])
        #expect(key.events[0].summary == t.keyDates[0].sentences[0])
        // Typed as its most salient event, with that event's actors and sources for the tooltip.
        #expect(key.events[0].type == "arrest")
        #expect(key.events[0].actors == ["meng-wanzhou", "canada", "huawei"])
        #expect(key.events[0].sources.count == 2)
        let svg = try SVGRenderer.render(t, options: SVGOptions(keyEvents: true, idPrefix: "key-"))
        #expect(svg.contains("id=\"key-event-key-2018-12-01\""))
        #expect(svg.contains("The story's 2 key dates"))
        #expect(!svg.contains("id=\"event-e2\""), "the key chart draws key dates, not every event")
    }

    @Test func aTimelineWithoutKeyDatesDrawsEveryEvent() throws {
        var t = RenderFixture.timeline
        t.keyDates = []
        let svg = try SVGRenderer.render(t, options: SVGOptions(keyEvents: true))
        #expect(svg.contains("id=\"event-e2\""))
    }

    @Test func pageHasBothViewsAndUniqueIDs() throws {
        let html = try HTMLRenderer.render(RenderFixture.timeline)
        #expect(html.contains("<nav id=\"views\""))
        #expect(html.contains("<section id=\"key-dates\" class=\"view-key\">"))
        #expect(html.contains("<a href=\"#item-e2\">"))
        // Two charts, no id twice.
        var ids = [String: Int]()
        for chunk in html.components(separatedBy: " id=\"").dropFirst() { ids[String(chunk.prefix { $0 != "\"" }), default: 0] += 1 }
        #expect(ids.filter { $0.value > 1 }.isEmpty, "ids used twice: \(ids.filter { $0.value > 1 }.keys.sorted())")
    }

    static let views: [(query: String, view: String)] = [
        ("", "key"), ("?view=all", "all"), ("?q=meng", "all"), ("#item-e6", "all"), ("?view=key&q=meng", "key"),
    ]

    /// Which view the page opens on, in a real browser (skipped without Chromium).
    @Test(.enabled(if: HeadlessChromium.find() != nil, "needs chromium (apt-get install chromium)"), arguments: views)
    func browserOpensOnTheRightView(_ c: (query: String, view: String)) throws {
        let chromium = try #require(HeadlessChromium.find())
        let page = try RenderHTMLGroupTests.write(try HTMLRenderer.render(RenderFixture.timeline))
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let dom = try chromium.dumpDOM(page.absoluteString + c.query)
        #expect(HeadlessChromium.attribute("data-view", in: dom) == c.view)
        #expect(dom.contains("data-view=\"\(c.view)\" aria-pressed=\"true\""))
    }
}
