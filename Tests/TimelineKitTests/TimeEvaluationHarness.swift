import Foundation
import Testing
import TimelineKit

/// Opt-in runs of the evaluators on corpora outside the repository, until the
/// CLI's `timeline eval` commands are wired. Each does nothing unless its
/// environment variable names a folder:
///
///     TIMELINE_EVAL=DIR [TIMELINE_EVAL_MISSES=FILE] swift test --filter TimeEvaluationHarness
///     TIMELINE_REC=DIR swift test --filter TimeEvaluationHarness
///     TIMELINE_SPEED=DIR swift test -c release -Xswiftc -enable-testing --filter TimeEvaluationHarness
@Suite struct TimeEvaluationHarness {
    let env = ProcessInfo.processInfo.environment

    @Test func timeBank() throws {
        guard let dir = env["TIMELINE_EVAL"] else { return }
        let r = try TimexEvaluator.evaluate(directory: dir)
        print(r.description)
        if let out = env["TIMELINE_EVAL_MISSES"] {
            try ([r.description] + r.misses.map(\.description)).joined(separator: "\n")
                .write(toFile: out, atomically: true, encoding: .utf8)
        }
    }

    @Test func recognizers() throws {
        guard let dir = env["TIMELINE_REC"] else { return }
        print(try RecognizersEvaluator.evaluate(directory: dir).description)
    }

    @Test func speed() throws {
        guard let dir = env["TIMELINE_SPEED"] else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tml") }
        let texts = try files.map { try TimeMLReader.read(String(contentsOfFile: dir + "/" + $0, encoding: .utf8), path: $0).text }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let tagger = TimeTagger()
        _ = tagger.tag("warm up on Tuesday", reference: .unknown)
        let analyses = texts.map { TextAnalyzer().analyze($0) }
        let clock = ContinuousClock()
        var n = 0
        let t = clock.measure { for a in analyses { n += tagger.tag(a, reference: TimeReference(day: Day(year: 1998, month: 1, day: 8))).count } }
        let s = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
        print("tagging \(bytes) bytes (\(n) expressions): \(String(format: "%.1f", Double(bytes) / 1e6 / s)) MB/s")
    }
}
