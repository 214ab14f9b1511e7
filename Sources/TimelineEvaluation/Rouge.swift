import Foundation
import TimelineKit

/// ROUGE-1 and ROUGE-2 counts as ROUGE-1.5.5 computes them with the options
/// the timeline-summarisation literature uses (tilse's `Rouge155(stem=True,
/// ignore_stopwords=True, average="raw")`: `-n 2 -m -s -t 2`): text lower-cased,
/// every character but letters and digits a space (a hyphen is cut off its
/// words as a token of its own, which no n-gram counts), SMART stop words
/// removed, only tokens starting with a letter or digit kept, words longer
/// than three letters looked up in WordNet's exception lists and else
/// Porter-stemmed; n-gram counts clipped per reference.
struct Rouge: Sendable {
    /// Hit, system and reference n-gram counts (tilse's `h_count`, `p_count`, `m_count`).
    struct Counts: Sendable, Hashable {
        var hits = 0.0
        var system = 0
        var reference = 0
    }

    let stopWords: Set<String>
    let exceptions: [String: String]

    static let shared = Rouge()

    init() {
        func lines(_ name: String) -> [String] {
            guard let url = Bundle.module.url(forResource: "Resources/rouge/" + name, withExtension: nil),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        }
        stopWords = Set(ResourceTable.rows("story/stop-words.tsv").compactMap(\.first))
        var exceptions = [String: String]()
        for line in lines("wordnet-exceptions.tsv") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { exceptions[String(parts[0])] = String(parts[1]) }
        }
        self.exceptions = exceptions
    }

    /// The tokens ROUGE counts in a text (sentences joined by spaces).
    func tokens(_ text: String) -> [String] {
        var cleaned = ""
        cleaned.unicodeScalars.reserveCapacity(text.utf8.count)
        for s in text.lowercased().unicodeScalars {
            let ok = (s >= "a" && s <= "z") || (s >= "0" && s <= "9")
            cleaned.unicodeScalars.append(ok ? s : " ")
        }
        var out = [String]()
        for t in cleaned.split(separator: " ") {
            let token = String(t)
            if stopWords.contains(token) { continue }
            if token.count > 3 {
                out.append(exceptions[token] ?? PorterStemmer.stem(token))
            } else {
                out.append(token)
            }
        }
        return out
    }

    static func ngrams(_ tokens: [String], _ n: Int) -> [String: Int] {
        var counts = [String: Int]()
        guard tokens.count >= n else { return counts }
        for i in 0...(tokens.count - n) { counts[tokens[i..<(i + n)].joined(separator: " "), default: 0] += 1 }
        return counts
    }

    /// ROUGE-N counts of one summary against references (summed over references, as ROUGE's `-t 2` does).
    func counts(system: [String], references: [[String]], n: Int) -> Counts {
        let sys = Self.ngrams(tokens(system.joined(separator: " ")), n)
        let systemTotal = sys.values.reduce(0, +)
        var result = Counts()
        for reference in references {
            let ref = Self.ngrams(tokens(reference.joined(separator: " ")), n)
            for (gram, c) in ref { result.hits += Double(min(c, sys[gram] ?? 0)) }
            result.reference += ref.values.reduce(0, +)
            result.system += systemTotal
        }
        return result
    }
}

/// Precision, recall and F1 of one measure.
public struct PRF: Sendable, Hashable, CustomStringConvertible {
    public var precision: Double
    public var recall: Double
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
    }

    public var description: String { String(format: "%.3f / %.3f / %.3f", precision, recall, f1) }
}
