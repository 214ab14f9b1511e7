import Foundation
import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// The MEANTIME reader and the scoring pieces, on a document written for the test.
@Suite struct EvaluationMeantimeTests {
    static var folder: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures/meantime") }

    @Test func readsTokensMentionsAndInstances() throws {
        let doc = try MeantimeReader.read(path: Self.folder.appendingPathComponent("1_acme.xml").path)
        #expect(doc.id == "1")
        #expect(doc.tokens.count == 25)
        #expect(doc.entities.count == 5)
        #expect(doc.events.map(\.tokens) == [[11]])
        let byID = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0) })
        #expect(byID["1"]?.instance == "PER1")
        #expect(byID["2"]?.instance == "PER1")
        #expect(byID["3"]?.instanceType == "ORG")
        // No corpus-wide id: a document-local key; no REFERS_TO: its own key.
        #expect(byID["4"]?.instance == "1/12")
        #expect(byID["5"]?.instance == "1/m5")
        #expect(byID["5"]?.syntacticType == "NOM")
    }

    /// TIMEX3 markables written in the text are read (the empty one the
    /// annotators added is not); the date line is the creation time and is
    /// left out of the scored text.
    @Test func timeExpressionsAreReadAndScored() throws {
        let doc = try MeantimeReader.read(path: Self.folder.appendingPathComponent("1_acme.xml").path)
        #expect(doc.timexes.map(\.value) == ["2010-03-03", "2010-W08"])
        #expect(doc.timexes.map(\.isCreationTime) == [true, false])
        let result = MeantimeEvaluator.timexes([doc])
        #expect(result.gold == 1)
        #expect(result.valueCorrect == 1, "\(result.misses)")
        #expect(result.system == 1)
    }

    @Test func scoresTheFolder() throws {
        let result = try MeantimeEvaluator.evaluate(directory: Self.folder.path)
        #expect(result.documents == 1)
        // Four named gold mentions; the nominal "old town" is not a name.
        #expect(result.namedMentions.truePositives + result.namedMentions.falseNegatives == 4)
        #expect(result.namedMentions.truePositives >= 3)
        #expect(result.entityMentions.truePositives + result.entityMentions.falseNegatives == 5)
    }

    @Test func detokenizesPossessivesAndPunctuation() {
        #expect(MeantimeEvaluator.attachesLeft("'s"))
        #expect(MeantimeEvaluator.attachesLeft(","))
        #expect(!MeantimeEvaluator.attachesLeft("Madrid"))
        #expect(MeantimeEvaluator.attachesRight("("))
    }

    @Test func matchesOneToOneByLargestOverlap() {
        let pairs = MeantimeEvaluator.match([[1, 2], [2], [7]], [[1, 2, 3], [2, 9]])
        #expect(pairs.map(\.predicted) == [0, 1])
        #expect(pairs.map(\.gold) == [0, 1])
    }

    @Test func bcubedOfASplitCluster() {
        // Gold {a, b, c} one entity; ours {a, b} and {c}: P 1, R (2/3 + 2/3 + 1/3) / 3.
        let (p, r) = MeantimeEvaluator.bcubed([("E", "x"), ("E", "x"), ("E", "y")])
        #expect(abs(p - 1) < 1e-9)
        #expect(abs(r - 5.0 / 9.0) < 1e-9)
    }
}
