import TimelineKit
import Foundation

/// Word classes from unlabelled text by the exchange algorithm (Kneser and
/// Ney 1993; Martin, Liermann and Ney 1998): each word is in one of K
/// classes, and words move, one at a time, to the class that most raises
/// the likelihood of a class bigram model of the text, until few move.
/// Words that occur in the same contexts end up together ("Tuesday" with
/// the weekdays, "said" with "told"), which lets the tagger and the parser
/// generalise from a word they were trained on to one they were not.
///
/// Words are lower-cased UD words, as the parser reads them (``SyntaxWords``);
/// words seen fewer than `minimumCount` times share one class and are not written.
public enum WordClusterer {
    public struct Options: Sendable {
        public var classes = 256
        public var minimumCount = 5
        public var iterations = 10
        public init() {}
    }

    /// The words of every sentence of `text` (the pipeline's tokens as UD words), lower-cased.
    public static func sentences(ofText text: String) -> [[String]] {
        let analysis = TextAnalyzer().analyze(text)
        return analysis.sentences.map { s in
            let words = SyntaxWords(bytes: analysis.bytes, spans: analysis.tokens[s.tokens].map { $0.span.start..<$0.span.end })
            return (0..<words.count).map { String(decoding: words.bytes[words.starts[$0]..<words.ends[$0]], as: UTF8.self).lowercased() }
        }
    }

    /// Word -> class, for the words seen at least `minimumCount` times; `log` gets a line per iteration.
    public static func cluster(_ sentences: [[String]], options: Options = .init(), log: (String) -> Void = { _ in }) -> [String: Int] {
        // Vocabulary by frequency (ties: by word), rare words as one word, a boundary word.
        var counts = [String: Int]()
        for s in sentences { for w in s { counts[w, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= options.minimumCount }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var ids = [String: Int]()
        for (k, w) in vocabulary.enumerated() { ids[w.key] = k }
        let rare = vocabulary.count, boundary = rare + 1, n = rare + 2
        // Word bigrams.
        var pairs = [UInt64: Int]()
        for s in sentences {
            var previous = boundary
            for w in s + [""] {
                let id = w.isEmpty ? boundary : ids[w] ?? rare
                pairs[UInt64(previous) << 32 | UInt64(id), default: 0] += 1
                previous = id
            }
        }
        var successors = [[(Int, Int)]](repeating: [], count: n), predecessors = [[(Int, Int)]](repeating: [], count: n)
        var leftCount = [Int](repeating: 0, count: n), rightCount = [Int](repeating: 0, count: n)
        for key in pairs.keys.sorted() {
            let u = Int(key >> 32), v = Int(key & 0xFFFF_FFFF), c = pairs[key]!
            successors[u].append((v, c))
            predecessors[v].append((u, c))
            leftCount[u] += c
            rightCount[v] += c
        }
        // Classes: by frequency rank, round robin; the boundary has its own.
        let k = options.classes
        var classOf = (0..<n).map { $0 % (k - 1) }
        classOf[boundary] = k - 1
        var bigram = [Int](repeating: 0, count: k * k), left = [Int](repeating: 0, count: k), right = [Int](repeating: 0, count: k)
        for u in 0..<n {
            for (v, c) in successors[u] { bigram[classOf[u] * k + classOf[v]] += c }
            left[classOf[u]] += leftCount[u]
            right[classOf[u]] += rightCount[u]
        }
        // x log x, from a table for the small counts most terms have.
        func xlogx(_ x: Int) -> Double { x > 0 ? Double(x) * Foundation.log(Double(x)) : 0 }
        let table: [Double] = (0..<(1 << 20)).map(xlogx)
        func f(_ x: Int) -> Double { x < table.count ? table[x] : xlogx(x) }
        var s = [Int](repeating: 0, count: k), p = [Int](repeating: 0, count: k)
        var touchedS = [Int](), touchedP = [Int]()
        for iteration in 1...options.iterations {
            var moves = 0
            for w in 0..<n where w != boundary {
                let a = classOf[w]
                // Counts of w's neighbours by class, w itself left out.
                var selfCount = 0
                for (v, c) in successors[w] {
                    if v == w { selfCount += c; continue }
                    if s[classOf[v]] == 0 { touchedS.append(classOf[v]) }
                    s[classOf[v]] += c
                }
                for (u, c) in predecessors[w] where u != w {
                    if p[classOf[u]] == 0 { touchedP.append(classOf[u]) }
                    p[classOf[u]] += c
                }
                // Take w out of its class.
                for d in touchedS { bigram[a * k + d] -= s[d] }
                for c in touchedP { bigram[c * k + a] -= p[c] }
                bigram[a * k + a] -= selfCount
                left[a] -= leftCount[w]
                right[a] -= rightCount[w]
                // The class where it adds the most likelihood (ties: its own, then the lowest).
                var best = a, bestGain = -Double.infinity
                for b in 0..<(k - 1) {
                    var gain = 0.0
                    for d in touchedS where d != b { gain += f(bigram[b * k + d] + s[d]) - f(bigram[b * k + d]) }
                    for c in touchedP where c != b { gain += f(bigram[c * k + b] + p[c]) - f(bigram[c * k + b]) }
                    gain += f(bigram[b * k + b] + s[b] + p[b] + selfCount) - f(bigram[b * k + b])
                    gain -= f(left[b] + leftCount[w]) - f(left[b]) + f(right[b] + rightCount[w]) - f(right[b])
                    if gain > bestGain + 1e-9 || b == a && gain >= bestGain - 1e-9 {
                        best = b
                        bestGain = gain
                    }
                }
                // Put it there.
                for d in touchedS { bigram[best * k + d] += s[d]; s[d] = 0 }
                for c in touchedP { bigram[c * k + best] += p[c]; p[c] = 0 }
                bigram[best * k + best] += selfCount
                left[best] += leftCount[w]
                right[best] += rightCount[w]
                touchedS.removeAll(keepingCapacity: true)
                touchedP.removeAll(keepingCapacity: true)
                if best != a { moves += 1 }
                classOf[w] = best
            }
            log("iteration \(iteration): \(moves) words moved")
            if moves < n / 1000 { break }
        }
        var out = [String: Int]()
        for (w, id) in ids { out[w] = classOf[id] }
        return out
    }
}
