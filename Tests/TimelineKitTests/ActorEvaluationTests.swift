import Foundation
import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

@Suite struct ActorEvaluationTests {
    static var fixture: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures/actors/conll-sample.conll") }

    /// Gold: Huawei (ORG), Meng Wanzhou, Wang Yi (PER), Vancouver, China, Rome (LOC),
    /// Federal Communications Commission, Telco Italia (ORG). "Telco Italia" has
    /// nothing that makes it an organisation: the tagger reads it as a person
    /// (one miss, one false PER); "Canadian authorities" is Canada by our
    /// convention but MISC + O in CoNLL: one false LOC.
    @Test func scoresTheSampleExactly() throws {
        let scores = try NamedEntityEvaluation.conll(path: Self.fixture.path)
        let per = try #require(scores["PER"]), org = try #require(scores["ORG"]), loc = try #require(scores["LOC"])
        #expect((per.truePositives, per.falsePositives, per.falseNegatives) == (2, 1, 0))
        #expect((loc.truePositives, loc.falsePositives, loc.falseNegatives) == (3, 1, 0))
        #expect((org.truePositives, org.falsePositives, org.falseNegatives) == (2, 0, 1))
        #expect(scores["ALL"]?.truePositives == 7)
        #expect(scores["ALL"]?.falsePositives == 2)
        #expect(abs(org.recall - 2.0 / 3.0) < 1e-9)
    }

    @Test func missingFileIsAnError() {
        #expect(throws: TimelineError.self) { try NamedEntityEvaluation.conll(path: "/nonexistent/valid.txt") }
    }

    /// Opt-in measurements (not part of the normal run): set
    /// `TIMELINE_ACTORS_CONLL=/path/valid.txt` to print the corpus scores, and
    /// `TIMELINE_ACTORS_BENCH=1` (release build) to print recognition speed.
    @Test func optInMeasurements() throws {
        let env = ProcessInfo.processInfo.environment
        if let path = env["TIMELINE_ACTORS_CONLL"] {
            let start = Date()
            let scores = try NamedEntityEvaluation.conll(path: path)
            for key in scores.keys.sorted() { print("CoNLL \(key): \(scores[key]!)") }
            print("CoNLL scored in \(Date().timeIntervalSince(start)) s")
        }
        if env["TIMELINE_ACTORS_BENCH"] != nil {
            let dir = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/actors")
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
            let seeds = try files.sorted().map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
            let text = String(repeating: seeds.joined(separator: "\n\n") + "\n\n", count: 200)
            let analysis = TextAnalyzer().analyze(text)
            let recognizer = ActorRecognizer()
            _ = recognizer.mentions(in: TextAnalyzer().analyze(seeds[0]))
            let start = Date()
            let mentions = recognizer.mentions(in: analysis)
            let seconds = Date().timeIntervalSince(start)
            print("actors: \(text.utf8.count) bytes, \(mentions.count) mentions in \(seconds) s: \(Double(text.utf8.count) / seconds / 1e6) MB/s")
        }
    }
}
