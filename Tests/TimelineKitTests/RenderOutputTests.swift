import Foundation
import Testing
@testable import TimelineKit

/// Structural checks on each renderer's output for ``RenderFixture``,
/// independent of the golden files: what must hold for any timeline.
@Suite struct RenderOutputTests {
    let timeline = RenderFixture.timeline

    // MARK: SVG

    @Test func svgIsWellFormed() throws {
        let svg = try SVGRenderer.render(timeline)
        #expect(XMLWellFormedness.problem(in: svg) == nil)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func wellFormednessCheckRejectsBrokenXML() {
        #expect(XMLWellFormedness.problem(in: "<svg><g></svg>") != nil)
        #expect(XMLWellFormedness.problem(in: "<svg>&nope;</svg>") != nil)
    }

    @Test func svgHasOneTooltipPerEvent() throws {
        let svg = try SVGRenderer.render(timeline)
        let events = svg.components(separatedBy: "<g class=\"event\"").count - 1
        #expect(events == timeline.events.count)
        for event in timeline.events {
            #expect(svg.contains("id=\"event-\(event.id)\""))
        }
        // Each event group opens with its <title>: the tooltip a browser shows.
        let chunks = svg.components(separatedBy: "<g class=\"event\"").dropFirst()
        for chunk in chunks {
            #expect(chunk.drop { $0 != ">" }.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<title>"))
        }
    }

    @Test func svgEscapesTextThroughLibxml2() throws {
        let svg = try SVGRenderer.render(timeline)
        #expect(svg.contains("no backdoors &lt;ever&gt; &amp; none planned"))
        #expect(!svg.contains("<ever>"))
        #expect(svg.contains("孟晚舟"))  // UTF-8, not character references
        #expect(svg.contains("Zürich"))
    }

    @Test func svgDrawsDaysAsDotsAndPeriodsAsBars() throws {
        let layout = SVGLayout(timeline, graph: EventGraph(timeline))
        let byID = Dictionary(uniqueKeysWithValues: layout.items.map { ($0.event.id, $0) })
        #expect(byID["e2"]?.isDot == true)
        #expect(byID["e6"]?.isDot == true)
        for id in ["e1", "e3", "e4", "e5"] { #expect(byID[id]?.isDot == false, "\(id)") }
        // A year bar is wider than a month bar, which is wider than a week bar.
        func width(_ id: String) -> Double { byID[id]!.markerEnd - byID[id]!.markerStart }
        #expect(width("e1") > width("e3"))
        #expect(width("e3") > width("e4"))
        #expect(layout.unplaced.map(\.id) == ["e7", "e8"])
    }

    // MARK: DOT

    @Test func dotIsStructurallyValid() {
        let dot = DOTRenderer.render(timeline)
        #expect(dot.hasPrefix("digraph timeline {\n"))
        #expect(dot.hasSuffix("}\n"))
        let check = DOTCheck(dot)
        #expect(check.problem == nil)
        for event in timeline.events { #expect(check.nodes.contains("event:" + event.id)) }
        // Actors in two or more events get a node; the others are named in their event's label.
        var events = [String: Int]()
        for event in timeline.events { for actor in Set(event.actors) { events[actor, default: 0] += 1 } }
        for actor in timeline.actors where events[actor.id, default: 0] >= 2 { #expect(check.nodes.contains("actor:" + actor.id)) }
        for actor in timeline.actors where events[actor.id, default: 0] == 1 { #expect(!check.nodes.contains("actor:" + actor.id)) }
        // Participation edges actor -> event.
        #expect(check.edges.contains(["actor:meng-wanzhou", "event:e2"]))
        // The time spine runs in date order.
        let spine = check.edges.filter { $0[0].hasPrefix("date:") && $0[1].hasPrefix("date:") }
        // Column ids are positional ("date:N:label"): two columns may share a label.
        #expect(spine.map { $0[0] } == ["date:1:2018", "date:2:2018-12-01", "date:3:2019-01", "date:4:2019-W04",
                                        "date:5:2019-Q2", "date:6:2019-05-15"])
        #expect(Set(spine.map { $0[0] }).count == spine.count)
    }

    @Test(.enabled(if: DOTCheck.dotPath != nil, "GraphViz dot is not installed"))
    func dotIsAcceptedByGraphviz() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DOTCheck.dotPath!)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(DOTRenderer.render(timeline).utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot: \(messages)")
        #expect(!messages.lowercased().contains("error"), "dot: \(messages)")
        #expect(svg.count > 1000)
    }

    // MARK: JSON

    @Test func jsonWritesUnknownValuesAsNull() throws {
        let json = try JSONRenderer.render(timeline)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["documents", "actors", "events", "relations", "keyDates"])
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events.count == 8)
        let unplaced = try #require(events[6]["date"] as? [String: Any])
        #expect(unplaced["earliest"] is NSNull)
        #expect(unplaced["latest"] is NSNull)
        #expect(unplaced["value"] as? String == "XXXX-06")
        #expect(events[7]["date"] is NSNull)
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents[2]["published"] is NSNull)
        let conflicts = try #require((events[1]["date"] as? [String: Any])?["conflicts"] as? [[String: Any]])
        #expect(conflicts.first?["value"] as? String == "2019-12")
        #expect(conflicts.first?["document"] as? String == "d3")
        let source = try #require((events[1]["sources"] as? [[String: Any]])?.first)
        #expect(Set(source.keys) == ["document", "sentence", "start", "end"])
    }

    @Test func jsonKeysAreSortedAndSlashesUnescaped() throws {
        let json = try JSONRenderer.render(timeline)
        #expect(json.contains("\"path\" : \"Samples/cfo-arrest.txt\"") || json.contains("\"path\": \"Samples/cfo-arrest.txt\""))
        // In every object the keys come in sorted order.
        let keys = json.split(separator: "\n").compactMap { line -> (Int, String)? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("\""), let close = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
            guard trimmed[close...].dropFirst().drop(while: { $0 == " " }).hasPrefix(":") else { return nil }
            return (line.count - trimmed.count, String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]))
        }
        #expect(keys.first?.1 == "actors")
        let top = keys.filter { $0.0 == 2 }.map(\.1)
        #expect(top == ["actors", "documents", "events", "keyDates", "relations"])
    }

    // MARK: Digest

    @Test func digestEntriesStartWithTheirValue() {
        let digest = DigestRenderer.render(timeline)
        let entryLines = digest.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty && !$0.hasPrefix(" ") }
        for event in timeline.events {
            let lead = RenderText.dateLabel(event.date)
            #expect(entryLines.contains { $0.hasPrefix(lead + " ") && $0.hasSuffix(event.summary) }, "\(event.id)")
        }
        #expect(digest.contains("    conflict: d3 says 2019-12\n"))
        // A known value leads as it is; an underspecified one by the bounds it is known within.
        #expect(timeline.events.contains { $0.date?.value.contains("X") == false && RenderText.dateLabel($0.date) == $0.date?.value })
        // Undated events come after the heading, dated ones before it.
        let heading = digest.range(of: "\nUndated events\n")!
        #expect(digest.range(of: "undated     Meng Wanzhou")!.lowerBound > heading.lowerBound)
        #expect(digest.range(of: "2019-05-15  Trump")!.lowerBound < heading.lowerBound)
    }

    @Test func markdownDigestHasYearAndMonthHeadings() {
        let digest = DigestRenderer.render(timeline, format: .markdown)
        for heading in ["## 2018\n", "### December 2018\n", "## 2019\n", "### January 2019\n", "### May 2019\n", "## Undated events\n"] {
            #expect(digest.contains(heading), "\(heading)")
        }
        #expect(digest.contains("no backdoors \\<ever> & none planned"))
    }
}

/// A small reader of DOT good enough to check our own output: every quoted
/// string closes, braces and brackets balance, and it collects node ids and
/// `a -> b` edges.
struct DOTCheck {
    var nodes = Set<String>()
    var edges = [[String]]()
    var problem: String?

    static let dotPath: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    init(_ text: String) {
        var tokens = [String]()
        var depth = 0, brackets = 0
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            switch s {
            case "\"":
                var value = ""
                var closed = false
                while let c = scalars.first {
                    scalars = scalars.dropFirst()
                    if c == "\\" {
                        guard let next = scalars.first else { break }
                        scalars = scalars.dropFirst()
                        value.unicodeScalars.append(next)
                    } else if c == "\"" {
                        closed = true
                        break
                    } else if c == "\n" {
                        problem = "raw newline inside a quoted string"
                        value.unicodeScalars.append(c)
                    } else {
                        value.unicodeScalars.append(c)
                    }
                }
                if !closed { problem = "unterminated string" }
                tokens.append("\"" + value)
            case "{": depth += 1; tokens.append("{")
            case "}": depth -= 1; tokens.append("}"); if depth < 0 { problem = "unbalanced }" }
            case "[": brackets += 1; tokens.append("[")
            case "]": brackets -= 1; tokens.append("]")
            case ";", "\n": tokens.append(";")
            case "-" where scalars.first == ">": scalars = scalars.dropFirst(); tokens.append("->")
            case " ", "\t": continue
            default:
                if var last = tokens.last, !last.hasPrefix("\""), !["{", "}", "[", "]", ";", "->"].contains(last) {
                    last.unicodeScalars.append(s)
                    tokens[tokens.count - 1] = last
                } else {
                    tokens.append(String(s))
                }
            }
        }
        if depth != 0 || brackets != 0 { problem = "unbalanced braces or brackets" }
        // Statements: `"a" [..]` is a node, `"a" -> "b" [..]` an edge.
        var inAttributes = false
        for (i, token) in tokens.enumerated() {
            if token == "[" { inAttributes = true }
            if token == "]" { inAttributes = false }
            guard !inAttributes, token.hasPrefix("\"") else { continue }
            let id = String(token.dropFirst())
            if i + 2 < tokens.count, tokens[i + 1] == "->", tokens[i + 2].hasPrefix("\"") {
                edges.append([id, String(tokens[i + 2].dropFirst())])
            }
            if i + 1 < tokens.count, tokens[i + 1] == "[", i == 0 || tokens[i - 1] != "->" { nodes.insert(id) }
        }
    }
}

/// The date a reader sees for values the pipeline could only bound.
@Suite struct RenderDateLabelTests {
    struct Case: Sendable, CustomStringConvertible {
        var value: String
        var earliest: String?
        var latest: String?
        var label: String
        var description: String { "\(value) \(earliest ?? "-")..\(latest ?? "-")" }
    }

    static let cases: [Case] = [
        .init(value: "2019-05", earliest: "2019-05-01", latest: "2019-05-31", label: "2019-05"),
        .init(value: "XXXX-WXX", earliest: "2019-04-29", latest: "2019-05-26", label: "2019-04-29..05-26"),
        .init(value: "XXXX", earliest: "2018-12-20", latest: "2019-01-10", label: "2018-12-20..2019-01-10"),
        .init(value: "XXXX", earliest: "2019-10-22", latest: nil, label: "2019-10-22 or later"),
        .init(value: "XXXX", earliest: nil, latest: "2019-02-28", label: "2019-02-28 or before"),
        .init(value: "XXXX-WXX", earliest: nil, latest: nil, label: "undated"),
        .init(value: "XXXX-06", earliest: nil, latest: nil, label: "XXXX-06"),
    ]

    @Test(arguments: cases) func labels(_ c: Case) {
        let v = TimeValue(value: c.value, granularity: .other, earliest: c.earliest.flatMap { Day(iso: $0) },
                          latest: c.latest.flatMap { Day(iso: $0) })
        #expect(RenderText.dateLabel(EventDate(value: v, basis: .inferred, explanation: "")) == c.label)
    }

    @Test func noDateIsUndated() { #expect(RenderText.dateLabel(nil) == "undated") }
}
