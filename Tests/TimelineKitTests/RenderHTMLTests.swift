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
    /// back which events the script left visible. Skipped, saying so, where
    /// Chromium is not installed (CI installs it).
    @Test(arguments: browserCases)
    func browserFiltersTheList(_ c: BrowserFilterCase) throws {
        guard let chromium = HeadlessChromium.find() else {
            print("RenderHTMLTests: chromium is not installed; skipping the browser check of '\(c)' (apt-get install chromium)")
            return
        }
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

/// Runs Chromium headless (`--dump-dom`) for the browser tests.
struct HeadlessChromium {
    let path: String

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
