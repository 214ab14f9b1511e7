import TimelineKit

/// Trains the part-of-speech tagger (``SyntaxParser``'s): the name tagger's
/// averaged perceptron and features (``EntityTaggerTrainer``, ``EntityFeatures``)
/// with UD's 17 tags, each sentence on its own, on UD treebank sentences and
/// on Penn-tagged news (CoNLL-2003's second column, mapped by ``PennTreebankTags``;
/// its tokens split into UD words as the pipeline's are, the pieces of a split
/// token teaching nothing but a hyphen's PUNCT).
///
/// The treebank sentences are seen ``treebankCopies`` times an epoch, so that
/// UD's conventions outweigh the mapped Penn tags of four times as many news
/// words; a news sentence mostly in capitals (a headline, a sports table:
/// every word NNP) teaches nothing.
public enum POSTaggerTrainer {
    /// Times each treebank sentence is seen per epoch.
    static let treebankCopies = 3

    /// One sentence's words and gold tag per word (-1: unknown).
    static func example(_ sentence: CoNLLUCorpus.Sentence) -> (tokens: EntityTokens, gold: [Int]) {
        (SyntaxWords(words: sentence.words).entityTokens, sentence.tags.map { Int($0.rawValue) })
    }

    /// Every sentence of a Penn-tagged corpus as UD words with their gold tags
    /// (all unknown in a sentence with more capitals than lower-case letters).
    static func examples(_ corpus: CoNLLCorpus) -> [(tokens: EntityTokens, gold: [Int])] {
        var out = [(tokens: EntityTokens, gold: [Int])]()
        for doc in corpus.documents {
            for (words, tags) in zip(doc.sentences, doc.tags) {
                let tokens = EntityTokens(sentences: [words])
                let syntax = SyntaxWords(bytes: tokens.bytes, spans: zip(tokens.starts, tokens.ends).map { $0..<$1 })
                var gold = [Int](repeating: -1, count: syntax.count)
                var upper = 0, lower = 0
                for c in tokens.bytes {
                    if c >= 0x41 && c <= 0x5A { upper += 1 } else if c >= 0x61 && c <= 0x7A { lower += 1 }
                }
                if upper <= lower {
                    let mapped = PennTreebankTags.universal(words: words, tags: tags)
                    for w in 0..<syntax.count {
                        if !syntax.isPiece[w] {
                            gold[w] = mapped[syntax.sources[w]]
                        } else if syntax.ends[w] - syntax.starts[w] == 1 && syntax.bytes[syntax.starts[w]] == 0x2D {
                            gold[w] = Int(PartOfSpeech.punctuation.rawValue)
                        }
                    }
                }
                out.append((syntax.entityTokens, gold))
            }
        }
        return out
    }

    /// Trains on treebank sentences and, if given, a Penn-tagged news corpus;
    /// `progress` gets (epoch, errors, tokens with a known tag).
    public static func train(sentences: [CoNLLUCorpus.Sentence], news: CoNLLCorpus?,
                             options: EntityTaggerTrainer.Options = .init(),
                             progress: (Int, Int, Int) -> Void = { _, _, _ in }) -> EntityModel {
        let treebank = sentences.map(example)
        var examples = (0..<treebankCopies).flatMap { _ in treebank }
        if let news { examples += Self.examples(news) }
        return EntityTaggerTrainer.train(examples, labelCount: PartOfSpeech.count, constrained: false, wordClasses: SyntaxParser.wordClasses,
                                         options: options, progress: progress)
    }
}
