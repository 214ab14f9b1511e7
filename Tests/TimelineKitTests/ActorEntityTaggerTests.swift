import Foundation
import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// The trained name tagger: BILOU tags, features, training, the model file,
/// and the shipped model on sentences written for these tests.
@Suite struct ActorEntityTaggerTests {
    static var fixture: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures/actors/tagger-train.conll") }

    struct SpanCase: CustomTestStringConvertible, Sendable {
        var length: Int
        var spans: [EntitySpan]
        var testDescription: String { spans.map { "\($0.type)\($0.start)..<\($0.end)" }.joined(separator: " ") }
    }

    @Test(arguments: [
        SpanCase(length: 5, spans: [EntitySpan(start: 0, end: 2, type: .person), EntitySpan(start: 3, end: 4, type: .location)]),
        SpanCase(length: 4, spans: [EntitySpan(start: 0, end: 4, type: .organization)]),
        SpanCase(length: 3, spans: [EntitySpan(start: 0, end: 1, type: .misc), EntitySpan(start: 1, end: 3, type: .person)]),
        SpanCase(length: 2, spans: []),
    ])
    func bilouRoundTrip(_ c: SpanCase) {
        let tags = EntityTag.tags(c.spans, length: c.length)
        #expect(EntityTag.spans(tags, offset: 0) == c.spans)
        // Every gold sequence obeys the constraints the decoder enforces.
        var previous = -1
        for t in tags {
            #expect(EntityTag.allowed(previous, t))
            previous = t
        }
    }

    @Test func constraintsKeepNamesWhole() {
        let b = EntityTag.begin(.person)
        #expect(EntityTag.allowed(b, EntityTag.inside(.person)))
        #expect(EntityTag.allowed(b, EntityTag.last(.person)))
        #expect(!EntityTag.allowed(b, EntityTag.outside))
        #expect(!EntityTag.allowed(b, EntityTag.last(.organization)))
        #expect(!EntityTag.allowed(EntityTag.outside, EntityTag.inside(.location)))
        #expect(!EntityTag.allowed(-1, EntityTag.last(.misc)))
        #expect(EntityTag.allowed(EntityTag.unit(.location), EntityTag.begin(.person)))
        // A sentence ending inside a name closes it.
        #expect(EntityTag.spans([0, b], offset: 10) == [EntitySpan(start: 11, end: 12, type: .person)])
    }

    @Test func featuresReadTheWordItsNeighboursAndTheTables() {
        let doc = EntityTokens(sentences: [["He", "flew", "to", "France", "on", "Monday", "."]])
        let f = EntityFeatures(doc)
        let france = Set(f.features[f.range(3)])
        #expect(france.contains(mix(2, lowerHash("france"))))
        #expect(france.contains(mix(4, lowerHash("to"))))
        #expect(france.contains(mix(5, lowerHash("on"))))
        // A one-token country form: category country, position U.
        #expect(france.contains(mix(25, mix(UInt64(EntityGazetteer.Category.country.rawValue), 3) | 1)))
        // Case matters to the exact-word feature only.
        let lower = EntityFeatures(EntityTokens(sentences: [["He", "flew", "to", "france", "on", "Monday", "."]]))
        let other = Set(lower.features[lower.range(3)])
        #expect(other.contains(mix(2, lowerHash("france"))))
        #expect(other.contains(mix(3, lowerHash("france"))))
        #expect(!france.contains(mix(3, lowerHash("france"))))
        #expect(france != other)
        // The first word of a sentence has no left neighbour but the boundary.
        #expect(Set(f.features[f.range(0)]).contains(mix(4, 0x5eed)))
    }

    @Test func viewOfAnAnalysisMatchesTheTokens() {
        let analysis = TextAnalyzer().analyze("Meng Wanzhou was arrested in Vancouver. She denied it.")
        let doc = EntityTokens(analysis)
        #expect(doc.count == analysis.tokens.count)
        #expect(doc.sentences == analysis.sentences.map(\.tokens))
        #expect(String(decoding: doc.bytes[doc.starts[5]..<doc.ends[5]], as: UTF8.self) == "Vancouver")
    }

    @Test func trainsSavesAndReloadsATinyModel() throws {
        let corpus = try CoNLLCorpus(path: Self.fixture.path)
        #expect(corpus.documents.count == 1)
        #expect(corpus.documents[0].names.count == 22)
        var options = EntityTaggerTrainer.Options()
        options.epochs = 8
        options.minimumWeight = 0
        let model = EntityTaggerTrainer.train(corpus, options: options)
        // It learns its training data.
        let scores = EntityTaggerTrainer.score(model, on: corpus)
        #expect((scores["ALL"]?.f1 ?? 0) > 0.9)
        // The file holds the same model.
        let reloaded = try EntityModel(bytes: model.serialized())
        #expect(reloaded.featureCount == model.featureCount)
        let doc = EntityTokens(sentences: [["Anna", "Weber", "joined", "Zeta", "Motors", "in", "Oslo", "."]])
        #expect(reloaded.spans(in: doc) == model.spans(in: doc))
        #expect(model.spans(in: doc) == [
            EntitySpan(start: 0, end: 2, type: .person), EntitySpan(start: 3, end: 5, type: .organization),
            EntitySpan(start: 6, end: 7, type: .location),
        ])
        // Deterministic: the same data gives the same bytes.
        #expect(EntityTaggerTrainer.train(corpus, options: options).serialized() == model.serialized())
    }

    @Test func rejectsAFileThatIsNotAModel() {
        #expect(throws: TimelineError.self) { try EntityModel(bytes: Array("not a model".utf8)) }
        #expect(throws: TimelineError.self) { try EntityModel(bytes: [0x54, 0x4C, 0x4E, 0x52, 9, 0, 0, 0]) }
    }

    struct ShippedCase: CustomTestStringConvertible, Sendable {
        var sentence: String
        var names: [String: EntityType]
        var testDescription: String { sentence }
    }

    @Test(arguments: [
        ShippedCase(sentence: "German Chancellor Angela Merkel met French President Nicolas Sarkozy in Berlin on Tuesday.",
                    names: ["Angela Merkel": .person, "Nicolas Sarkozy": .person, "Berlin": .location]),
        ShippedCase(sentence: "Shares of General Motors fell 3 percent on the New York Stock Exchange.",
                    names: ["General Motors": .organization, "New York Stock Exchange": .organization]),
        ShippedCase(sentence: "The European Union imposed sanctions on Iran after talks in Geneva.",
                    names: ["European Union": .organization, "Iran": .location, "Geneva": .location]),
    ])
    func shippedModelTagsNews(_ c: ShippedCase) throws {
        let model = try #require(EntityTagger.shared)
        let analysis = TextAnalyzer().analyze(c.sentence)
        var found = [String: EntityType]()
        for s in model.spans(in: EntityTokens(analysis)) {
            found[analysis.string(TextSpan(analysis.tokens[s.start].span.start, analysis.tokens[s.end - 1].span.end))] = s.type
        }
        for (name, type) in c.names { #expect(found[name] == type, "\(name)") }
    }
}
