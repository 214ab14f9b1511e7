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
