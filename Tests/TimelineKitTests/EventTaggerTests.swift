import Foundation
import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// The event-mention tagger: gold EVENTs read from TimeML, a tiny model
/// trained in-test on the fixture, its triggers in annotate's JSON.
@Suite struct EventTaggerTests {
    static var folder: String { Bundle.module.resourceURL!.appendingPathComponent("Fixtures/events/timeml").path }

    static func model() throws -> EntityModel {
        var options = EntityTaggerTrainer.Options()
        options.minimumWeight = 0
        return EventTaggerTrainer.train(try EventTaggerTrainer.read(directory: folder), options: options)
    }

    @Test func readerReturnsGoldEvents() throws {
        let files = try EventTaggerTrainer.read(directory: Self.folder)
        #expect(files.count == 2)
        let file = files[0]
        #expect(file.events.count == 9)
        let words = file.events.map { e in String(decoding: Array(file.text.utf8)[e.span.start..<e.span.end], as: UTF8.self) }
        #expect(words.prefix(4) == ["announced", "arrested", "attack", "said"])
        #expect(file.events[3].eventClass == "REPORTING")
        #expect(file.gold.count == 1)
    }

    @Test func labelsMarkOneTokenPerEvent() throws {
        let file = try EventTaggerTrainer.read(directory: Self.folder)[1]
        let (tokens, gold) = EventTaggerTrainer.labelled(file)
        #expect(gold.filter { $0 == EventTagger.event }.count == file.events.count)
        #expect(tokens.count == gold.count)
    }

    struct Case: Sendable, CustomStringConvertible {
        let sentence: String
        let triggers: [String]
        var description: String { sentence }
    }

    /// Unseen sentences made of the fixture's trigger words in new company.
    static let cases = [
        Case(sentence: "The government announced a strike.", triggers: ["announced", "strike"]),
        Case(sentence: "The police said shares fell.", triggers: ["said", "fell"]),
        Case(sentence: "Officers arrested the minister.", triggers: ["arrested"]),
    ]

    @Test(arguments: cases) func tinyModelTagsTriggers(_ c: Case) throws {
        let analysis = TextAnalyzer().analyze(c.sentence)
        let spans = EventTagger.triggers(in: analysis, model: try Self.model())
        let words = spans.map { String(decoding: analysis.bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == c.triggers)
    }

    @Test func modelRoundTripsAndScores() throws {
        let model = try Self.model()
        let bytes = model.serialized()
        let back = try EntityModel(bytes: bytes, labelCount: EventTagger.labelCount)
        #expect(back.serialized() == bytes)
        #expect(throws: TimelineError.self) { try EntityModel(bytes: bytes) }
        let files = try EventTaggerTrainer.read(directory: Self.folder)
        let score = EventTaggerTrainer.score(back, on: files)
        #expect(score.f1 > 0.9)
    }

    @Test func annotateJSONListsEventMentions() throws {
        let doc = Document(id: "d1", path: "x.txt", title: "", text: "Police arrested two men on Monday.", format: .text)
        let analyzed = Pipeline().run([doc]).documents[0]
        let json = try AnnotationRenderer.json(analyzed)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let mentions = try #require(root["eventMentions"] as? [[String: Any]])
        // The shipped model finds the arrest; offsets count code points.
        #expect(mentions.contains { $0["text"] as? String == "arrested" && $0["start"] as? Int == 7 })
    }
}
