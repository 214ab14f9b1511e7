/// Rules that complete the event-mention tagger's output with mentions a
/// TimeBank-trained model does not propose: event nouns from a table
/// (`events/event-nominals.tsv`) and copulas used as main verbs
/// (`events/copulas.tsv`).
///
/// The tagger learnt TimeML's conventions, where "is" in "the iPod is
/// smaller" is no event and nominal events are rare in training; news event
/// annotation (NewsReader, MEANTIME) marks both. The rules add mentions only;
/// they never remove one of the model's.
enum EventMentionRules {
    /// Lower-cased word hashes (``lowerHash(_:)``) of the event nouns.
    static let nominals: Set<UInt64> = Set(ResourceTable.rows("events/event-nominals.tsv").compactMap { $0.first.map(lowerHash) })
    /// Lower-cased word hashes of the forms of "be".
    static let copulas: Set<UInt64> = Set(ResourceTable.rows("events/copulas.tsv").compactMap { $0.first.map(lowerHash) })
    /// Adverbs and negation that may stand between a copula and what follows ("is now smaller", "is not").
    static let adverbs: Set<UInt64> = Set(EventLexicon.shared.adverbs.map(lowerHash)).union(["not", "n't", "never"].map(lowerHash))

    /// Sets `labels[i]` to ``EventTagger/event`` for the tokens of `sentence` the rules find.
    static func apply(to labels: inout [Int], sentence: Range<Int>, analysis: TextAnalysis) {
        let tokens = analysis.tokens
        let bytes = analysis.bytes
        func hash(_ i: Int) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325
            for k in tokens[i].span.start..<tokens[i].span.end {
                let c = bytes[k]
                h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c + 32 : c)) &* 0x100000001b3
            }
            return h
        }
        /// A participle or gerund form: "filed", "taken", "shipping".
        func isParticiple(_ i: Int) -> Bool {
            let s = tokens[i].span
            guard s.length > 3 else { return false }
            let (a, b, c) = (bytes[s.end - 3] | 0x20, bytes[s.end - 2] | 0x20, bytes[s.end - 1] | 0x20)
            return (b == 0x65 && c == 0x64) || (b == 0x65 && c == 0x6E) || (a == 0x69 && b == 0x6E && c == 0x67)
        }
        let model = labels
        for i in sentence where tokens[i].kind == .word && labels[i] != EventTagger.event {
            let h = hash(i)
            if nominals.contains(h) {
                // Inside a longer name but not its last word ("the Moscone West Convention Center"):
                // it names a place or thing, not the event.
                let inName = tokens[i].isCapitalized && i > sentence.lowerBound && i + 1 < sentence.upperBound
                    && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized
                if !inName { labels[i] = EventTagger.event }
            } else if copulas.contains(h) {
                // The next word that is not an adverb: a participle, "to" or one of the model's
                // events right after it makes this an auxiliary ("was filed", "is set", "is to").
                var k = i + 1
                while k < sentence.upperBound && adverbs.contains(hash(k)) { k += 1 }
                guard k < sentence.upperBound, tokens[k].kind != .punctuation else { continue }
                if isParticiple(k) || model[k] == EventTagger.event || hash(k) == lowerHash("to") { continue }
                labels[i] = EventTagger.event
            }
        }
    }
}
