import Foundation
import Testing
@testable import TimelineKit
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One event's expected TimelineJS dates.
struct TimelineJSDateCase: Sendable, CustomStringConvertible {
    var event: String
    var start: [String: String]
    var end: [String: String]?
    var description: String { event }
}

/// One CSV field and how RFC 4180 writes it.
struct CSVFieldCase: Sendable, CustomStringConvertible {
    var value: String
    var written: String
    var description: String { written }
}

#if canImport(FoundationXML)
extension XMLElement {
    /// An attribute's value (looked up by name among all attributes:
    /// corelibs' `attribute(forName:)` misses them under a default namespace).
    func value(of name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}
#endif

/// The exports (TimelineJS, GraphML, CSV) and the digest's `--dates`.
@Suite struct RenderExportTests {
    static let dateCases: [TimelineJSDateCase] = [
        TimelineJSDateCase(event: "e1", start: ["year": "2018"], end: nil),
        TimelineJSDateCase(event: "e2", start: ["year": "2018", "month": "12", "day": "1"], end: nil),
        TimelineJSDateCase(event: "e3", start: ["year": "2019", "month": "1"], end: nil),
        TimelineJSDateCase(event: "e4", start: ["year": "2019", "month": "1", "day": "21"],
                           end: ["year": "2019", "month": "1", "day": "27"]),
        TimelineJSDateCase(event: "e5", start: ["year": "2019", "month": "4"], end: ["year": "2019", "month": "6"]),
        TimelineJSDateCase(event: "e6", start: ["year": "2019", "month": "5", "day": "15"], end: nil),
    ]

    static func timelineJS() throws -> [String: Any] {
        let text = try TimelineJSRenderer.render(RenderFixture.timeline)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: dateCases)
    func timelineJSDatesKeepTheirPrecision(_ c: TimelineJSDateCase) throws {
        let events = try #require(try Self.timelineJS()["events"] as? [[String: Any]])
        let event = try #require(events.first { $0["unique_id"] as? String == c.event })
        #expect(event["start_date"] as? [String: String] == c.start)
        #expect(event["end_date"] as? [String: String] == c.end)
    }

    @Test func timelineJSHasTheDocumentedShape() throws {
        let root = try Self.timelineJS()
        let title = try #require(root["title"] as? [String: Any])
        #expect((title["text"] as? [String: String])?["headline"] != nil)
        let events = try #require(root["events"] as? [[String: Any]])
        // e7 (XXXX-06, no bound) and e8 (undated) cannot be placed.
        #expect(events.map { $0["unique_id"] as? String ?? "" } == ["e1", "e2", "e3", "e4", "e5", "e6"])
        for event in events {
            let text = try #require(event["text"] as? [String: String])
            #expect(!(text["headline"] ?? "").isEmpty)
            #expect((text["text"] ?? "").contains("<blockquote>"))
            #expect(event["group"] is String && event["display_date"] is String)
        }
        let e6 = try #require(events.first { $0["unique_id"] as? String == "e6" })
        // The sentence's quotes and backslash are escaped for HTML inside the JSON, not dropped.
        #expect(((e6["text"] as? [String: String])?["text"] ?? "").contains("\"Entity List\" \\ blacklist"))
    }

    @Test func timelineJSLinksWebSources() throws {
        var t = RenderFixture.timeline
        t.documents[0].path = "https://example.org/cfo"
        let text = try TimelineJSRenderer.render(t)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        let e2 = try #require(events.first { $0["unique_id"] as? String == "e2" })
        #expect((e2["media"] as? [String: String])?["url"] == "https://example.org/cfo")
    }

    @Test func graphMLIsWellFormedAndConsistent() throws {
        let text = try GraphMLRenderer.render(RenderFixture.timeline)
        #expect(XMLWellFormedness.problem(in: text) == nil)
        #if canImport(FoundationXML)
        let document = try XMLDocument(xmlString: text)
        let root = try #require(document.rootElement())
        #expect(root.name == "graphml")
        #expect(root.uri == "http://graphml.graphdrawing.org/xmlns")
        let keys = Set(root.elements(forName: "key").compactMap { $0.value(of: "id") })
        let graph = try #require(root.elements(forName: "graph").first)
        let nodes = graph.elements(forName: "node").compactMap { $0.value(of: "id") }
        #expect(Set(nodes).count == nodes.count, "node ids are unique")
        #expect(nodes.count == RenderFixture.timeline.actors.count + RenderFixture.timeline.events.count)
        let edges = graph.elements(forName: "edge")
        #expect(!edges.isEmpty)
        for edge in edges {
            #expect(nodes.contains(edge.value(of: "source") ?? ""))
            #expect(nodes.contains(edge.value(of: "target") ?? ""))
        }
        // GraphML's order: keys, then the graph; every data names a declared key.
        for element in graph.elements(forName: "node") + edges {
            for data in element.elements(forName: "data") {
                #expect(keys.contains(data.value(of: "key") ?? ""))
            }
        }
        let labels = graph.elements(forName: "node").flatMap { $0.elements(forName: "data") }.compactMap(\.stringValue)
        #expect(labels.contains("Guo Ping: no backdoors <ever> & none planned"))
        #endif
    }

    static let fieldCases: [CSVFieldCase] = [
        CSVFieldCase(value: "plain text", written: "plain text"),
        CSVFieldCase(value: "Huawei, ZTE", written: "\"Huawei, ZTE\""),
        CSVFieldCase(value: "said \"never\"", written: "\"said \"\"never\"\"\""),
        CSVFieldCase(value: "two\nlines", written: "\"two\nlines\""),
        CSVFieldCase(value: "孟晚舟 — Zürich", written: "孟晚舟 — Zürich"),
    ]

    @Test(arguments: fieldCases)
    func csvQuotesPerRFC4180(_ c: CSVFieldCase) {
        #expect(CSVRenderer.field(c.value) == c.written)
    }

    @Test func csvReadsBackRowForRow() {
        let rows = Self.parseCSV(CSVRenderer.render(RenderFixture.timeline))
        #expect(rows.count == RenderFixture.timeline.events.count + 1)
        #expect(rows.allSatisfy { $0.count == CSVRenderer.header.count })
        #expect(rows[3][7] == "Ren Zhengfei says Huawei \"would never\" share customer data")
        #expect(rows[2][8] == "Meng Wanzhou; Canada; Huawei")
    }

    /// A small RFC 4180 reader, to check the writer against.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows = [[String]](), row = [String](), field = "", quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test(arguments: [(1, ["e2"]), (2, ["e2", "e6"]), (20, ["e1", "e2", "e3", "e4", "e5", "e6"])])
    func digestKeepsTheMostImportantDates(_ c: (Int, [String])) {
        let kept = TimelineFilter(maxDates: c.0).apply(to: RenderFixture.timeline)
        #expect(kept.events.map(\.id) == c.1)
    }

    @Test func markdownDigestLinksSources() {
        let md = DigestRenderer.render(RenderFixture.timeline, format: .markdown)
        #expect(md.contains("[d1 *Huawei CFO arrested in Canada*](Samples/cfo-arrest.txt)"))
        #expect(DigestRenderer.linkTarget("My Articles/a (1).txt") == "My%20Articles/a%20%281%29.txt")
    }
}
