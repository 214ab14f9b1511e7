import Foundation
import Testing
@testable import TimelineKit

/// One rendered output compared with its golden file.
struct GoldenCase: Sendable, CustomStringConvertible {
    var file: String
    var render: @Sendable (Timeline) throws -> String
    var description: String { file }
}

/// Golden-file tests: each renderer's output for ``RenderFixture`` must match
/// `Fixtures/render/<file>` byte for byte. Run with `TIMELINE_RECORD_GOLDENS=1`
/// to re-record after an intended change, then read the diff.
@Suite struct RenderGoldenTests {
    static let cases: [GoldenCase] = [
        GoldenCase(file: "digest.txt") { DigestRenderer.render($0) },
        GoldenCase(file: "digest.md") { DigestRenderer.render($0, format: .markdown) },
        GoldenCase(file: "graph.dot") { DOTRenderer.render($0) },
        GoldenCase(file: "timeline.svg") { try SVGRenderer.render($0) },
        GoldenCase(file: "timeline.json") { try JSONRenderer.render($0) },
        GoldenCase(file: "timeline.html") { try HTMLRenderer.render($0) },
        GoldenCase(file: "timelinejs.json") { try TimelineJSRenderer.render($0) },
        GoldenCase(file: "timeline.graphml") { try GraphMLRenderer.render($0) },
        GoldenCase(file: "events.csv") { CSVRenderer.render($0) },
    ]

    @Test(arguments: cases)
    func matchesGolden(_ c: GoldenCase) throws {
        let output = try c.render(RenderFixture.timeline)
        let url = RenderFixture.goldenDirectory.appendingPathComponent(c.file)
        if RenderFixture.recording {
            try FileManager.default.createDirectory(at: RenderFixture.goldenDirectory, withIntermediateDirectories: true)
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try? String(contentsOf: url, encoding: .utf8)
        #expect(golden != nil, "missing golden \(c.file): run with TIMELINE_RECORD_GOLDENS=1")
        if let golden {
            #expect(output == golden, "\(c.file) differs from its golden; re-record with TIMELINE_RECORD_GOLDENS=1 if intended")
        }
    }

    @Test(arguments: cases)
    func isDeterministic(_ c: GoldenCase) throws {
        #expect(try c.render(RenderFixture.timeline) == c.render(RenderFixture.timeline))
    }
}

/// `timeline.json` written element by element gives the bytes of the whole
/// timeline encoded at once: the fixture, an empty timeline, one with empty
/// sections beside full ones.
@Suite struct RenderJSONStreamTests {
    @Test func elementByElementIsTheWholeEncoding() throws {
        var partial = RenderFixture.timeline
        partial.relations = []
        partial.keyDates = []
        for t in [RenderFixture.timeline, Timeline(documents: [], actors: [], events: [], relations: []), partial] {
            #expect(try JSONRenderer.render(t) == JSONRenderer.renderWhole(t))
        }
    }
}

extension JSONRenderer {
    /// The whole timeline through one encoder call: the reference for ``render(_:)``'s bytes.
    static func renderWhole(_ t: Timeline) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(ContractTimeline(t))
        data.append(0x0A)
        return String(decoding: data, as: UTF8.self)
    }
}

/// The contract's top level in one value, as the encoder would write it whole (the
/// renderer writes it section by section), through wrappers so that every optional
/// value is encoded as an explicit `null`.
struct ContractTimeline: Encodable {
    let timeline: Timeline
    init(_ timeline: Timeline) { self.timeline = timeline }

    enum Keys: String, CodingKey { case documents, actors, events, relations, keyDates }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(timeline.documents.map(ContractDocument.init), forKey: .documents)
        try c.encode(timeline.actors.map(ContractActor.init), forKey: .actors)
        try c.encode(timeline.events.map(ContractEvent.init), forKey: .events)
        try c.encode(timeline.relations.map(ContractRelation.init), forKey: .relations)
        try c.encode(timeline.keyDates, forKey: .keyDates)
    }
}
