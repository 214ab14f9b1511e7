import TimelineKit
import Foundation

/// Scores the tagger and the parser on a UD treebank, on its own words
/// (gold tokenisation, predicted tags): UPOS accuracy, UAS and LAS over all
/// words, punctuation included, LAS comparing the universal relation as
/// the CoNLL 2018 shared task did (and with subtypes), and the speed of
/// tagging and parsing (CPU time of one core). Also trains models for cross-validation.
public enum ParseEvaluator {
    public struct Score: Sendable, CustomStringConvertible {
        public var words = 0, tags = 0, heads = 0, labelled = 0, labelledSubtypes = 0
        public var nonPunctuation = 0, nonPunctuationHeads = 0, nonPunctuationLabelled = 0
        public var bytes = 0
        public var seconds = 0.0

        public init() {}

        public var upos: Double { ratio(tags, words) }
        public var uas: Double { ratio(heads, words) }
        public var las: Double { ratio(labelled, words) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

        public static func + (a: Score, b: Score) -> Score {
            var s = a
            s.words += b.words; s.tags += b.tags; s.heads += b.heads; s.labelled += b.labelled
            s.labelledSubtypes += b.labelledSubtypes; s.nonPunctuation += b.nonPunctuation
            s.nonPunctuationHeads += b.nonPunctuationHeads; s.nonPunctuationLabelled += b.nonPunctuationLabelled
            s.bytes += b.bytes; s.seconds += b.seconds
            return s
        }

        public var description: String {
            let f = { (x: Double) in String(format: "%.4f", x) }
            var lines = [
                "words \(words): UPOS \(f(upos))  UAS \(f(uas))  LAS \(f(las))",
                "  LAS with subtypes \(f(ratio(labelledSubtypes, words)));"
                    + " without punctuation UAS \(f(ratio(nonPunctuationHeads, nonPunctuation)))"
                    + " LAS \(f(ratio(nonPunctuationLabelled, nonPunctuation)))",
            ]
            if seconds > 0 {
                lines.append(String(format: "  speed (tag + parse): %.0f words/s, %.2f MB/s", Double(words) / seconds,
                                    Double(bytes) / 1e6 / seconds))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Scores `parser` on `sentences`; `tags`, if given, are used instead of the tagger's.
    public static func score(_ parser: SyntaxParser, on sentences: [CoNLLUCorpus.Sentence],
                             tags: [[PartOfSpeech]]? = nil) -> Score {
        var score = Score()
        var scratch = SyntaxParser.Scratch()
        let words = sentences.map { SyntaxWords(words: $0.words) }
        var results = [WordParse]()
        results.reserveCapacity(sentences.count)
        let start = cpuSeconds()
        for (k, w) in words.enumerated() {
            if let tags {
                let (heads, relations) = parser.parse(w, tags: tags[k], scratch: &scratch)
                results.append(WordParse(tags: tags[k], heads: heads, relations: relations))
            } else {
                results.append(parser.parse(w, scratch: &scratch))
            }
        }
        score.seconds = cpuSeconds() - start
        for (s, p) in zip(sentences, results) {
            score.bytes += s.byteCount
            for k in s.words.indices {
                score.words += 1
                let head = p.heads[k] == s.heads[k]
                let label = p.relations[k].universal == s.relations[k].universal
                if p.tags[k] == s.tags[k] { score.tags += 1 }
                if head { score.heads += 1 }
                if head && label { score.labelled += 1 }
                if head && p.relations[k] == s.relations[k] { score.labelledSubtypes += 1 }
                if s.tags[k] != .punctuation {
                    score.nonPunctuation += 1
                    if head { score.nonPunctuationHeads += 1 }
                    if head && label { score.nonPunctuationLabelled += 1 }
                }
            }
        }
        return score
    }

    /// What models are trained with.
    public struct Training: Sendable {
        public var tagger = EntityTaggerTrainer.Options()
        public var parser = DependencyParserTrainer.Options()
        /// Folds of the jackknife that tags the parser's training sentences.
        public var folds = 10
        /// Train and test the parser on the treebanks' own tags (no tagger).
        public var goldTags = false
        public init() {}
    }

    /// Each sentence tagged by a tagger trained on `news` and the sentences
    /// of the other folds (sentence k is in fold `fold[k]`, by default k % folds):
    /// tags as the parser will see them on text the tagger never saw.
    public static func jackknifedTags(_ sentences: [CoNLLUCorpus.Sentence], folds: Int, fold: [Int]? = nil,
                                      news: CoNLLCorpus?, options: EntityTaggerTrainer.Options,
                                      log: (String) -> Void = { _ in }) -> [[PartOfSpeech]] {
        let fold = fold ?? sentences.indices.map { $0 % folds }
        var out = [[PartOfSpeech]](repeating: [], count: sentences.count)
        for f in 0..<folds {
            let train = sentences.indices.filter { fold[$0] != f }.map { sentences[$0] }
            let tagger = SyntaxParser(tagger: POSTaggerTrainer.train(sentences: train, news: news, options: options), parser: nil)
            for k in sentences.indices where fold[k] == f { out[k] = tagger.tag(SyntaxWords(words: sentences[k].words)) }
            log("tagger fold \(f + 1)/\(folds)")
        }
        return out
    }

    /// The tagger alone: with `folds` > 1, the jackknife of ``crossValidate(_:folds:extra:news:training:log:)``
    /// (each fold of `sentences` tagged by a tagger trained on the other folds, `extra` and `news`), else a
    /// tagger trained on `extra` and `news` tagging `sentences`: a ``Score`` of its words and tags.
    public static func scoreTagger(_ sentences: [CoNLLUCorpus.Sentence], folds: Int, extra: [CoNLLUCorpus.Sentence],
                                   news: CoNLLCorpus?, options: EntityTaggerTrainer.Options,
                                   log: (String) -> Void = { _ in }) -> Score {
        let tags: [[PartOfSpeech]]
        if folds > 1 {
            let all = sentences + extra
            let fold = sentences.indices.map { $0 % folds } + extra.indices.map { $0 % folds }
            tags = Array(jackknifedTags(all, folds: folds, fold: fold, news: news, options: options, log: log)
                .prefix(sentences.count))
        } else {
            let tagger = SyntaxParser(tagger: POSTaggerTrainer.train(sentences: extra, news: news, options: options), parser: nil)
            tags = sentences.map { tagger.tag(SyntaxWords(words: $0.words)) }
        }
        var score = Score()
        for (s, t) in zip(sentences, tags) {
            score.words += s.tags.count
            score.tags += zip(s.tags, t).filter { $0 == $1 }.count
        }
        return score
    }

    /// A tagger and a parser trained on `sentences` (and `news` for the tagger).
    public static func train(_ sentences: [CoNLLUCorpus.Sentence], news: CoNLLCorpus?, training: Training,
                             log: (String) -> Void = { _ in }) -> SyntaxParser {
        if training.goldTags {
            return SyntaxParser(tagger: nil, parser: DependencyParserTrainer.train(sentences.map { ($0, $0.tags) },
                                                                                   options: training.parser))
        }
        let tags = jackknifedTags(sentences, folds: training.folds, news: news, options: training.tagger, log: log)
        let tagger = POSTaggerTrainer.train(sentences: sentences, news: news, options: training.tagger)
        let parser = DependencyParserTrainer.train(Array(zip(sentences, tags)), options: training.parser) { e, errors, steps in
            log("parser epoch \(e): \(errors) errors in \(steps) transitions")
        }
        return SyntaxParser(tagger: tagger, parser: parser)
    }

    /// Cross-validation on `sentences`: `folds` times, train on the other
    /// folds and on `extra` (always training), score on the fold; the sum.
    public static func crossValidate(_ sentences: [CoNLLUCorpus.Sentence], folds: Int, extra: [CoNLLUCorpus.Sentence],
                                     news: CoNLLCorpus?, training: Training,
                                     log: (String) -> Void = { _ in }) -> Score {
        // One jackknife over everything, with the test folds as its folds:
        // fold f's tagger never saw test fold f, and tags it.
        let all = sentences + extra
        let fold = sentences.indices.map { $0 % folds } + extra.indices.map { $0 % folds }
        let tags = training.goldTags ? all.map(\.tags)
            : jackknifedTags(all, folds: folds, fold: fold, news: news, options: training.tagger, log: log)
        var total = Score()
        for f in 0..<folds {
            let train = all.indices.filter { $0 >= sentences.count || fold[$0] != f }
            let model = DependencyParserTrainer.train(train.map { (all[$0], tags[$0]) }, options: training.parser)
            let test = sentences.indices.filter { fold[$0] == f }
            let score = self.score(SyntaxParser(tagger: nil, parser: model), on: test.map { sentences[$0] },
                                   tags: test.map { tags[$0] })
            log("fold \(f + 1)/\(folds): " + score.description.split(separator: "\n")[0])
            total = total + score
        }
        total.seconds = 0
        return total
    }

    /// Tagging and parsing speed on the pipeline's tokens of plain-text
    /// articles (every file under `directory`, analysed first, not timed):
    /// (tokens, bytes, CPU seconds).
    public static func speed(_ parser: SyntaxParser, directory: String) throws(TimelineError) -> (tokens: Int, bytes: Int, seconds: Double) {
        var analyses = [TextAnalysis]()
        var bytes = 0
        for path in try CorpusFiles.list(under: directory, suffix: ".txt") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            analyses.append(TextAnalyzer().analyze(text))
            bytes += text.utf8.count
        }
        let start = cpuSeconds()
        var tokens = 0
        for a in analyses {
            tokens += a.sentences.reduce(0) { $0 + $1.tokens.count }
            _ = parser.parse(a)
        }
        return (tokens, bytes, cpuSeconds() - start)
    }

    /// The process's CPU time: on a machine others share, what the work itself costs.
    public static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
