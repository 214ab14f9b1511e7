import Foundation

/// The part-of-speech tagger and dependency parser shipped with the library.
///
/// The tagger is a greedy left-to-right averaged perceptron (Collins 2002)
/// over the name tagger's features (``EntityFeatures``: the word, its
/// affixes and shape, its neighbours, the two previous tags), with UD's 17
/// tags. The parser is a greedy arc-hybrid transition parser (``ParserState``)
/// trained with a dynamic oracle (Goldberg and Nivre 2012, 2013): an averaged
/// perceptron chooses shift, left or right from ``ParserFeatures``, and a
/// second one labels each arc as it is made, with the dependent complete.
///
/// Models: `Resources/syntax/pos-model.bin` and `Resources/syntax/parser-model.bin`,
/// loaded once on first use (`timeline train pos` and `timeline train parser`
/// rebuild them). Without them every word hangs from the next one.
public struct SyntaxParser: Sendable {
    /// The resources' names under `Resources/`.
    public static let taggerResource = "syntax/pos-model.bin", parserResource = "syntax/parser-model.bin"

    /// The shipped models.
    public static let shared: SyntaxParser = {
        func bytes(_ name: String) -> [UInt8]? {
            guard let url = Bundle.module.url(forResource: "Resources/" + name, withExtension: nil)
                ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/" + name),
                let data = try? Data(contentsOf: url)
            else { return nil }
            return [UInt8](data)
        }
        if let t = bytes(taggerResource), let p = bytes(parserResource),
           let tagger = try? EntityModel(bytes: t, labelCount: PartOfSpeech.count),
           let parser = try? ParserModel(bytes: p) {
            return SyntaxParser(tagger: tagger, parser: parser)
        }
        return SyntaxParser(tagger: nil, parser: nil)
    }()

    package let tagger: EntityModel?
    package let parser: ParserModel?

    /// Whether both models are there.
    public var isTrained: Bool { tagger != nil && parser != nil }

    package init(tagger: EntityModel?, parser: ParserModel?) {
        self.tagger = tagger
        self.parser = parser
    }

    /// The parse of sentence `sentence` of `analysis`, on its own tokens.
    public func parse(_ analysis: TextAnalysis, sentence: Int) -> SentenceParse {
        var scratch = Scratch()
        return parse(analysis, sentence: sentence, scratch: &scratch)
    }

    /// The parse of every sentence of `analysis`, in order.
    public func parse(_ analysis: TextAnalysis) -> [SentenceParse] {
        var scratch = Scratch()
        return analysis.sentences.indices.map { parse(analysis, sentence: $0, scratch: &scratch) }
    }

    private func parse(_ analysis: TextAnalysis, sentence: Int, scratch: inout Scratch) -> SentenceParse {
        let range = analysis.sentences[sentence].tokens
        let spans = analysis.tokens[range].map { $0.span.start..<$0.span.end }
        let words = SyntaxWords(bytes: analysis.bytes, spans: spans)
        let parse = self.parse(words, scratch: &scratch)
        return SentenceParse(tokens: range, words: words, parse: parse)
    }

    /// Working storage reused from sentence to sentence.
    package struct Scratch {
        var state = ParserState()
        var features = [UInt64]()
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: DependencyRelation.count)
        var slots = [UInt64]()
        package init() {}
    }

    /// The tags of `words`.
    package func tag(_ words: SyntaxWords) -> [PartOfSpeech] {
        guard let tagger, words.count > 0 else { return [PartOfSpeech](repeating: .other, count: words.count) }
        return tagger.labels(in: words.entityTokens, wordClasses: Self.wordClasses).map { PartOfSpeech(rawValue: UInt8($0)) ?? .other }
    }

    /// The tagger's word classes: ``SyntaxLexicon/clusterClasses``.
    package static var wordClasses: [UInt64: UInt64] { SyntaxLexicon.shared.clusterClasses }

    /// Tags and parses `words`.
    package func parse(_ words: SyntaxWords, scratch: inout Scratch) -> WordParse {
        let tags = tag(words)
        let (heads, relations) = parse(words, tags: tags, scratch: &scratch)
        return WordParse(tags: tags, heads: heads, relations: relations)
    }

    /// Parses `words` given their tags: greedy, the best valid move at each step.
    package func parse(_ words: SyntaxWords, tags: [PartOfSpeech], scratch: inout Scratch)
        -> (heads: [Int], relations: [DependencyRelation]) {
        let n = words.count
        guard let parser else {
            return ((0..<n).map { $0 + 1 < n ? $0 + 1 : -1 }, (0..<n).map { $0 + 1 < n ? .dep : .root })
        }
        let tagBytes = tags.map(\.rawValue)
        scratch.state.reset(count: n)
        while !scratch.state.isTerminal {
            scratch.features.removeAll(keepingCapacity: true)
            ParserFeatures.transition(scratch.state, words: words.lower, tags: tagBytes, clusters: words.clusters,
                                      into: &scratch.features)
            parser.fastTransitions.score(scratch.features, into: &scratch.scores, firstSlots: &scratch.slots)
            let move = Self.best(scratch.scores, scratch.state)
            var label = DependencyRelation.root.rawValue
            if let (h, d) = scratch.state.arc(move), h < n {
                scratch.features.removeAll(keepingCapacity: true)
                ParserFeatures.label(scratch.state, head: h, dependent: d, words: words.lower, tags: tagBytes,
                                     clusters: words.clusters, into: &scratch.features)
                parser.labels.score(scratch.features, into: &scratch.labelScores)
                label = UInt8(Self.bestLabel(scratch.labelScores))
            }
            scratch.state.apply(move, label: label)
        }
        return (scratch.state.heads, scratch.state.labels.map { DependencyRelation(rawValue: $0) ?? .dep })
    }

    /// The highest-scoring valid move (ties: shift, then left).
    package static func best(_ scores: [Float], _ state: ParserState) -> ParserState.Move {
        var best = ParserState.Move.shift, top = -Float.infinity
        for m in ParserState.Move.allCases where state.isValid(m) && scores[m.rawValue] > top {
            best = m
            top = scores[m.rawValue]
        }
        return best
    }

    /// The highest-scoring relation other than root (an arc between two words).
    package static func bestLabel(_ scores: [Float]) -> Int {
        var best = 1, top = -Float.infinity
        for k in 1..<scores.count where scores[k] > top {
            best = k
            top = scores[k]
        }
        return best
    }
}

/// The parser's two weight sets in one file: magic `TLDP`, then the
/// transition model and the label model (``EntityModel`` files), each after
/// its length (UInt32, little endian).
package struct ParserModel: Sendable {
    package let transitions: EntityModel
    package let labels: EntityModel
    /// The transition weights as parsing reads them.
    let fastTransitions: TransitionWeights
    static let magic: UInt32 = 0x5044_4C54

    package init(transitions: EntityModel, labels: EntityModel) {
        self.transitions = transitions
        self.labels = labels
        fastTransitions = TransitionWeights(transitions)
    }

    package init(bytes: [UInt8]) throws(TimelineError) {
        var p = 0
        func word() throws(TimelineError) -> Int {
            guard p + 4 <= bytes.count else { throw .unreadable(path: "parser model", reason: "truncated at byte \(p)") }
            var v = 0
            for k in 0..<4 { v |= Int(bytes[p + k]) << (8 * k) }
            p += 4
            return v
        }
        func blob() throws(TimelineError) -> [UInt8] {
            let n = try word()
            guard p + n <= bytes.count else { throw .unreadable(path: "parser model", reason: "truncated at byte \(p)") }
            defer { p += n }
            return Array(bytes[p..<(p + n)])
        }
        guard try word() == Int(Self.magic) else { throw .unreadable(path: "parser model", reason: "not a timeline parser model") }
        let transitions = try EntityModel(bytes: try blob(), labelCount: ParserState.Move.allCases.count,
                                          featureVersion: ParserFeatures.version)
        let labels = try EntityModel(bytes: try blob(), labelCount: DependencyRelation.count, featureVersion: ParserFeatures.version)
        self.init(transitions: transitions, labels: labels)
    }

    package func serialized() -> [UInt8] {
        var out = [UInt8]()
        func put(_ v: UInt32) { for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * k))) } }
        put(Self.magic)
        for model in [transitions, labels] {
            let b = model.serialized()
            put(UInt32(b.count))
            out.append(contentsOf: b)
        }
        return out
    }
}
