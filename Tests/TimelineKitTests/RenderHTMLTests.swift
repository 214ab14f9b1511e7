import Foundation
import Testing
@testable import TimelineKit

/// A filter given in the page's query string and the events it must leave listed.
struct BrowserFilterCase: Sendable, CustomStringConvertible {
    var query: String
    var shown: [String]
    var description: String { query.isEmpty ? "(no filter)" : query }
}

/// The HTML viewer: self-contained, escaped, and filtering in a real browser.
@Suite struct RenderHTMLTests {
    /// The fixture with markup planted in every text an article controls.
    static var hostile: Timeline {
        var t = RenderFixture.timeline
        t.documents[0].title = "Breaking</title><script>alert('title')</script>"
        t.events[1].summary = "Police arrest <script>alert(\"x\")</script> suspect"
        t.events[1].sources[0].sentence = "He said \"><img src=x onerror=alert(1)> and left </script><script>alert(2)</script>."
        t.actors[1].name = "Meng <b onmouseover=alert(3)>Wanzhou</b>"
        return t
    }

    @Test func articleMarkupStaysText() throws {
        let html = try HTMLRenderer.render(Self.hostile)
        // Our own script is the only one; nothing from the articles becomes a tag or an attribute.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b onmouseover"))
        #expect(html.contains("&lt;script&gt;alert"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func pageLoadsNothing() throws {
        let html = try HTMLRenderer.render(RenderFixture.timeline)
        for needle in [" src=", "<link", "@import", "url(", "@font-face", "fetch(", "XMLHttpRequest"] {
            #expect(!html.contains(needle), "the page must not load anything: found \(needle)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<?xml"))
        #expect(html.contains("@media print"))
    }

    @Test func everyEventIsListedWithItsExplanationAndSources() throws {
        let t = RenderFixture.timeline
        let html = try HTMLRenderer.render(t)
        #expect(html.components(separatedBy: "<li class=\"event\"").count == t.events.count + 1)
        for event in t.events {
            #expect(html.contains("data-svg=\"" + SVGRenderer.elementID(event.id) + "\""))
            if let date = event.date { #expect(html.contains(MarkupEscape.text(DigestRenderer.dateLine(date)))) }
        }
        #expect(html.contains("<b>Conflict:</b> d3 says 2019-12"))
    }

    @Test func onlyWebURLsAreLinked() throws {
        var t = RenderFixture.timeline
        t.documents[1].path = "https://example.org/saga?a=1&b=2"
        let html = try HTMLRenderer.render(t)
        #expect(html.contains("href=\"https://example.org/saga?a=1&amp;b=2\""))
        #expect(!html.contains("href=\"Samples/"))
    }

    static let browserCases: [BrowserFilterCase] = [
        BrowserFilterCase(query: "", shown: ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]),
        BrowserFilterCase(query: "?q=meng", shown: ["e2", "e8"]),
        BrowserFilterCase(query: "?q=MENG%20vancouver", shown: ["e2"]),
        BrowserFilterCase(query: "?type=arrest", shown: ["e2"]),
        BrowserFilterCase(query: "?actor=united-states", shown: ["e4", "e6"]),
        BrowserFilterCase(query: "?since=2019-01-01&until=2019-01-31", shown: ["e3", "e4"]),
        BrowserFilterCase(query: "?q=zzzz", shown: []),
    ]

    /// Loads the page in headless Chromium with a filter in its URL and reads
    /// back which events the script left visible. Reported as skipped where
    /// Chromium is not installed (CI installs it).
    @Test(HeadlessChromium.required, arguments: browserCases)
    func browserFiltersTheList(_ c: BrowserFilterCase) throws {
        let chromium = try #require(HeadlessChromium.find())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("timeline.html")
        try HTMLRenderer.render(RenderFixture.timeline).write(to: page, atomically: true, encoding: .utf8)
        let dom = try chromium.dumpDOM(page.absoluteString + c.query)
        #expect(dom.contains("data-shown=\"\(c.shown.count)\""), "the script did not run or counted wrong")
        let visible = HeadlessChromium.visibleEvents(in: dom)
        #expect(visible == c.shown.map { "item-" + $0 })
        #expect(dom.contains("\(c.shown.count) of 8 events"))
    }
}

/// The grouped-event case: an event drawn only inside a "+N more" group of
/// the SVG (it has no element of its own), shown on the chart in a real browser.
@Suite struct RenderHTMLGroupTests {
    /// One lane: most of the fixture's events find no room and are grouped.
    static let options = SVGOptions(maxLanes: 1)

    /// The fixture's events that the SVG draws only inside a group, read from the layout.
    static var grouped: [TimelineEvent] {
        let t = RenderFixture.timeline
        let layout = SVGLayout(t, graph: EventGraph(t), width: options.width, maxLanes: options.maxLanes, key: SVGActorKey(t))
        let own = Set(layout.items.map(\.event.id))
        return layout.clusters.flatMap(\.events).filter { !own.contains($0.id) }
    }

    @Test func everyGroupListsItsEvents() throws {
        let grouped = Self.grouped
        #expect(!grouped.isEmpty, "one lane must leave some events grouped")
        let html = try HTMLRenderer.render(RenderFixture.timeline, svg: Self.options)
        var listed = Set<String>()
        for chunk in html.components(separatedBy: " data-events=\"").dropFirst() {
            listed.formUnion(chunk.prefix { $0 != "\"" }.split(separator: " ").map(String.init))
        }
        for event in grouped {
            let id = SVGRenderer.elementID(event.id)
            #expect(!html.contains("id=\"" + id + "\""), "a grouped event has no element of its own")
            #expect(listed.contains(id), "its group lists \(id)")
        }
    }

    /// `#item-ID` opens the page with a grouped event shown: its group is
    /// marked current and the note under the chart says it is in that group.
    @Test(HeadlessChromium.required) func groupedEventIsShownByItsGroup() throws {
        let chromium = try #require(HeadlessChromium.find())
        let event = try #require(Self.grouped.first)
        let page = try RenderHTMLGroupTests.write(try HTMLRenderer.render(RenderFixture.timeline, svg: Self.options))
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let item = "item-" + SVGRenderer.elementID(event.id).dropFirst(6)
        let dom = try chromium.dumpDOM(page.absoluteString + "#" + item)
        let current = try #require(HeadlessChromium.attribute("data-chart-current", in: dom), "the script marked nothing")
        #expect(current.hasPrefix("cluster-"))
        #expect(dom.contains("class=\"cluster current\" id=\"" + current + "\""))
        #expect(dom.contains("has no label of its own on the chart"))
        #expect(dom.contains("<li class=\"event current\" tabindex=\"-1\" id=\"" + item + "\""))
    }

    /// A filter that leaves no event dims every group and every event on the chart.
    @Test(HeadlessChromium.required) func filterDimsTheChart() throws {
        let chromium = try #require(HeadlessChromium.find())
        let page = try RenderHTMLGroupTests.write(try HTMLRenderer.render(RenderFixture.timeline, svg: Self.options))
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let all = try chromium.dumpDOM(page.absoluteString)
        #expect(!all.contains("class=\"cluster dim\""))
        let dom = try chromium.dumpDOM(page.absoluteString + "?q=zzzz")
        #expect(dom.contains("data-shown=\"0\""))
        #expect(dom.contains("class=\"cluster dim\""))
        #expect(!dom.contains("class=\"cluster\" id=\"cluster-"), "a group with no event left stays bright")
        #expect(!dom.contains("class=\"event\" id=\"event-"), "an event the filter leaves out stays bright")
    }

    /// The keys, pressed by a script appended to a copy of the page: `j` twice
    /// focuses the second listed event, `Enter` shows it on the chart (its own
    /// marker or its group), `k` goes back to the first.
    @Test(HeadlessChromium.required) func keyboardMovesAndShows() throws {
        let chromium = try #require(HeadlessChromium.find())
        let driver = """
        <script>
        ["j", "j", "Enter"].forEach(function (key) { document.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true })); });
        document.body.setAttribute("data-after-enter", document.querySelector("li.event.current").id);
        document.dispatchEvent(new KeyboardEvent("keydown", { key: "k", bubbles: true }));
        document.body.setAttribute("data-after-k", document.querySelector("li.event.current").id);
        </script>
        """
        let html = try HTMLRenderer.render(RenderFixture.timeline, svg: Self.options)
        let page = try RenderHTMLGroupTests.write(html.replacingOccurrences(of: "</body>", with: driver + "\n</body>"))
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let dom = try chromium.dumpDOM(page.absoluteString)
        let t = RenderFixture.timeline
        let second = SVGRenderer.elementID(t.events[1].id)
        #expect(HeadlessChromium.attribute("data-after-enter", in: dom) == "item-" + second.dropFirst(6))
        #expect(HeadlessChromium.attribute("data-after-k", in: dom) == "item-" + SVGRenderer.elementID(t.events[0].id).dropFirst(6))
        let shown = try #require(HeadlessChromium.attribute("data-chart-current", in: dom))
        if Self.grouped.contains(where: { $0.id == t.events[1].id }) {
            #expect(shown.hasPrefix("cluster-"))
        } else {
            #expect(shown == second)
        }
    }

    static func write(_ html: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("timeline.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        return page
    }
}

/// Runs Chromium headless (`--dump-dom`) for the browser tests.
struct HeadlessChromium {
    let path: String

    /// The trait of a browser check: where Chromium is missing the test is
    /// reported as skipped, never counted as passed.
    static var required: ConditionTrait {
        .enabled(if: find() != nil, "chromium is not installed (apt-get install chromium)")
    }

    static func find() -> HeadlessChromium? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let candidate = String(dir) + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return HeadlessChromium(path: candidate) }
            }
        }
        return nil
    }

    func dumpDOM(_ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=" + profile.path, "--dump-dom", url]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The value of the first `NAME="..."` in the DOM (the body's data attributes).
    static func attribute(_ name: String, in dom: String) -> String? {
        guard let start = dom.range(of: " " + name + "=\"") else { return nil }
        let rest = dom[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The ids of `<li class="event">` elements without a `hidden` attribute, in order.
    static func visibleEvents(in dom: String) -> [String] {
        var ids = [String]()
        for chunk in dom.components(separatedBy: "<li ").dropFirst() {
            guard let close = chunk.firstIndex(of: ">") else { continue }
            let tag = chunk[..<close]
            guard tag.contains("class=\"event"), !tag.contains(" hidden=\"\"") else { continue }
            if let start = tag.range(of: "id=\"") {
                let rest = tag[start.upperBound...]
                if let end = rest.firstIndex(of: "\"") { ids.append(String(rest[..<end])) }
            }
        }
        return ids
    }
}
