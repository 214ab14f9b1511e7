import TimelineKit
import Foundation

/// Trains the event-mention tagger (``EventTagger``) on TimeML EVENT
/// annotations: the name tagger's averaged perceptron and features
/// (``EntityTaggerTrainer``, ``EntityFeatures``) with two labels, EVENT / not.
///
/// Each document's `<TEXT>` is tokenised by ``TextAnalyzer``, as at tagging
/// time; a gold EVENT labels the first word token it overlaps (TimeML marks
/// one word, the head of a phrase).
public enum EventTaggerTrainer {
    /// Reads every `.tml` file under `directory`, sorted by path.
    public static func read(directory: String) throws(TimelineError) -> [TimeMLFile] {
        var files = [TimeMLFile]()
        for path in try TimexEvaluator.timemlFiles(under: directory) {
            let contents: String
            do { contents = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw .unreadable(path: path, reason: "missing, unreadable or not UTF-8")
            }
            files.append(try TimeMLReader.read(contents, path: path))
        }
        return files
    }

    /// A file's tokens and gold label per token.
    static func labelled(_ file: TimeMLFile) -> (tokens: EntityTokens, gold: [Int]) {
        let analysis = TextAnalyzer().analyze(file.text)
        var gold = [Int](repeating: EventTagger.outside, count: analysis.tokens.count)
        var t = 0
        for e in file.events.sorted(by: { $0.span.start < $1.span.start }) {
            while t < analysis.tokens.count && analysis.tokens[t].span.end <= e.span.start { t += 1 }
            var k = t
            while k < analysis.tokens.count && analysis.tokens[k].span.start < e.span.end {
                if analysis.tokens[k].kind == .word { gold[k] = EventTagger.event; break }
                k += 1
            }
        }
        return (EntityTokens(analysis), gold)
    }

    /// Trains on every file; `progress` gets (epoch, errors, tokens).
    public static func train(_ files: [TimeMLFile], options: EntityTaggerTrainer.Options = .init(),
                             progress: (Int, Int, Int) -> Void = { _, _, _ in }) -> EntityModel {
        EntityTaggerTrainer.train(files.map(labelled), labelCount: EventTagger.labelCount, constrained: false,
                                  wordClasses: EventTagger.wordClasses, options: options, progress: progress)
    }

    /// Token-level precision, recall and F1 of `model`'s triggers against the gold EVENTs of `files`.
    public static func score(_ model: EntityModel, on files: [TimeMLFile]) -> EntityScore {
        var score = EntityScore()
        for file in files {
            let (tokens, gold) = labelled(file)
            let predicted = model.labels(in: tokens, wordClasses: EventTagger.wordClasses)
            for i in gold.indices {
                switch (predicted[i] == EventTagger.event, gold[i] == EventTagger.event) {
                case (true, true): score.truePositives += 1
                case (true, false): score.falsePositives += 1
                case (false, true): score.falseNegatives += 1
                case (false, false): break
                }
            }
        }
        return score
    }
}
