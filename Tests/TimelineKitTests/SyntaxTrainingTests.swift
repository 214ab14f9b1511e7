import Foundation
import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// The CoNLL-U reader, the transition system and its dynamic oracle, the
/// Penn Treebank tag mapping, and training and scoring on a small treebank.
@Suite struct SyntaxTrainingTests {
    static var fixture: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/syntax/sample.conllu").path
    }

    @Test func readsTheWordsOfATreebank() throws {
        let corpus = try CoNLLUCorpus(path: Self.fixture)
        #expect(corpus.sentences.count == 8)
        let first = corpus.sentences[0]
        #expect(first.words.prefix(5) == ["President", "Bush", "on", "Tuesday", "nominated"])
        #expect(first.heads[4] == -1 && first.relations[4] == .root)
        #expect(first.heads[1] == 4 && first.relations[1] == .nsubj)
        #expect(first.tags[0] == .properNoun)
        // A multi-word token line is skipped: its words are there.
        #expect(corpus.sentences[1].words.contains("'s"))
        #expect(!corpus.sentences[1].words.contains("there's"))
    }

    @Test func skipsEmptyNodesAndReadsSubtypes() throws {
        let text = "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj:pass\t_\t_\n1.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_\n3\thome\thome\tADV\tRB\t_\t2\tobl:tmod\t_\t_\n\n"
        let s = try CoNLLUCorpus(text: text).sentences
        #expect(s.count == 1 && s[0].words == ["He", "went", "home"])
        #expect(s[0].relations == [.nsubjPass, .root, .obl])
        #expect(throws: TimelineError.self) { try CoNLLUCorpus(text: "1\tHe\the\tPRON\tPRP\t_\t7\tnsubj\t_\t_\n\n") }
    }

    @Test func pennTagsMapToUniversalTags() {
        let words = ["He", "did", "n't", "say", "that", "the", "deal", "has", "been", "signed", "after", "talks", "to", "Paris", "."]
        let tags = ["PRP", "VBD", "RB", "VB", "IN", "DT", "NN", "VBZ", "VBN", "VBN", "IN", "NNS", "TO", "NNP", "."]
        let u = PennTreebankTags.universal(words: words, tags: tags).map { $0 < 0 ? nil : PartOfSpeech(rawValue: UInt8($0)) }
        let expected: [PartOfSpeech?] = [.pronoun, .auxiliary, .particle, .verb, .subordinatingConjunction, .determiner,
                                         .noun, .auxiliary, .auxiliary, .verb, nil, .noun, .adposition, .properNoun, .punctuation]
        #expect(u == expected)
    }

    /// Following the oracle's cheapest move from the start rebuilds every projective gold tree.
    @Test func theOracleRebuildsTheGoldTrees() throws {
        for sentence in try CoNLLUCorpus(path: Self.fixture).sentences {
            guard let heads = DependencyParserTrainer.projective(sentence.heads) else { continue }
            let n = heads.count
            var dependents = [[Int]](repeating: [], count: n + 1)
            for d in 0..<n { dependents[heads[d] < 0 ? n : heads[d]].append(d) }
            let item = DependencyParserTrainer.Item(words: SyntaxWords(words: sentence.words), tags: [],
                                                    heads: heads.map { $0 < 0 ? n : $0 }, labels: [], dependents: dependents)
            var state = ParserState()
            state.reset(count: n)
            var inStack = [Bool](repeating: false, count: n + 1)
            inStack[n] = true
            while !state.isTerminal {
                let move = ParserState.Move.allCases.filter(state.isValid)
                    .min { DependencyParserTrainer.cost($0, state, item, inStack) < DependencyParserTrainer.cost($1, state, item, inStack) }!
                #expect(DependencyParserTrainer.cost(move, state, item, inStack) == 0)
                if move == .shift { inStack[state.next] = true } else { inStack[state.stack(0)] = false }
                state.apply(move, label: 0)
            }
            #expect(state.heads == heads, "\(sentence.words.joined(separator: " "))")
        }
    }

    @Test func crossingArcsAreLifted() {
        // 3 -> 1 crosses the root (2), and so does 0 -> 3: the shorter is lifted
        // first (1 to 0), then 3 to 2.
        #expect(DependencyParserTrainer.projective([2, 3, -1, 0]) == [2, 0, -1, 2])
        #expect(DependencyParserTrainer.projective([1, -1, 1]) == [1, -1, 1])
    }

    /// A tagger and a parser trained on the eight sentences learn them (the
    /// parser less well: it learns on tags jackknifed from four sentences), and
    /// the evaluator counts words, tags and arcs; the model files round-trip.
    @Test func trainsAndScoresOnATreebank() throws {
        let sentences = try CoNLLUCorpus(path: Self.fixture).sentences
        var training = ParseEvaluator.Training()
        training.folds = 2
        training.parser.minimumWeight = 0.05
        let parser = ParseEvaluator.train(sentences, news: nil, training: training)
        let score = ParseEvaluator.score(parser, on: sentences)
        #expect(score.words == sentences.reduce(0) { $0 + $1.words.count })
        #expect(score.upos > 0.9)
        #expect(score.uas > 0.5)
        #expect(score.las <= score.uas)
        let tagger = try EntityModel(bytes: parser.tagger!.serialized(), labelCount: PartOfSpeech.count)
        let model = try ParserModel(bytes: parser.parser!.serialized())
        let again = ParseEvaluator.score(SyntaxParser(tagger: tagger, parser: model), on: sentences)
        #expect(again.tags == score.tags && again.heads == score.heads && again.labelled == score.labelled)
    }
}
