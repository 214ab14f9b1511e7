import TimelineKit
import Foundation

/// TempEval-3 figures of the tagger on a folder of gold TimeML files.
public struct TimexEvaluation: Sendable, CustomStringConvertible {
    /// One disagreement with the gold annotation.
    public struct Miss: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable { case missed, spurious, wrongValue = "value", wrongType = "type" }
        public var kind: Kind
        public var document: String
        public var goldText: String?
        public var goldValue: String?
        public var goldType: String?
        public var ourText: String?
        public var ourValue: String?
        public var ourType: String?
        public var explanation: String?
        /// The text around the expression, on one line.
        public var context: String = ""

        public var description: String {
            let g = goldText.map { "\"\($0)\" \(goldType ?? "") \(goldValue ?? "")" } ?? "-"
            let o = ourText.map { "\"\($0)\" \(ourType ?? "") \(ourValue ?? "")" } ?? "-"
            return "\(kind.rawValue)\t\(document)\tgold \(g)\tours \(o)\t\(explanation ?? "")\t\(context)"
        }
    }

    public var documents = 0
    public var gold = 0
    public var system = 0
    public var strict = 0
    public var relaxed = 0
    public var typeCorrect = 0
    public var valueCorrect = 0
    public var bytes = 0
    public var seconds = 0.0
    public var misses: [Miss] = []

    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    public var strictPrecision: Double { ratio(strict, system) }
    public var strictRecall: Double { ratio(strict, gold) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var relaxedPrecision: Double { ratio(relaxed, system) }
    public var relaxedRecall: Double { ratio(relaxed, gold) }
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    /// Share of relaxed matches with the gold type.
    public var typeAccuracy: Double { ratio(typeCorrect, relaxed) }
    /// TempEval-3 attribute F1: relaxed matches with the gold value over system and gold counts.
    public var valueF1: Double { Self.f1(ratio(valueCorrect, system), ratio(valueCorrect, gold)) }
    public var typeF1: Double { Self.f1(ratio(typeCorrect, system), ratio(typeCorrect, gold)) }
    /// Tagging speed (analysis included), MB/s.
    public var megabytesPerSecond: Double { seconds == 0 ? 0 : Double(bytes) / 1_000_000 / seconds }

    public var description: String {
        func p(_ x: Double) -> String { String(format: "%5.1f", x * 100) }
        return """
            documents \(documents), gold TIMEX3 \(gold), ours \(system)
            strict   P \(p(strictPrecision))  R \(p(strictRecall))  F1 \(p(strictF1))
            relaxed  P \(p(relaxedPrecision))  R \(p(relaxedRecall))  F1 \(p(relaxedF1))
            type     accuracy \(p(typeAccuracy))  F1 \(p(typeF1))
            value    F1 \(p(valueF1))  (relaxed matches with the gold value: \(valueCorrect))
            speed    \(String(format: "%.1f", megabytesPerSecond)) MB/s over \(bytes) bytes
            """
    }
}

/// Scores the tagger against gold TIMEX3 annotations (TempEval-3 measures).
public enum TimexEvaluator {
    /// Reads every `.tml` file under `directory`, tags each `<TEXT>` with its
    /// own DCT as reference, and compares with the gold TIMEX3.
    ///
    /// - Throws: ``TimelineError`` when the folder or a file cannot be read or parsed.
    public static func evaluate(directory: String, tagger: TimeTagger = TimeTagger()) throws(TimelineError) -> TimexEvaluation {
        var result = TimexEvaluation()
        for path in try timemlFiles(under: directory) {
            let contents: String
            do { contents = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw .unreadable(path: path, reason: "\(error.localizedDescription)")
            }
            let file = try TimeMLReader.read(contents, path: path)
            let id = file.docID ?? (path as NSString).lastPathComponent
            score(file, id: id, tagger: tagger, into: &result)
        }
        return result
    }

    /// Scores one parsed file into `result`.
    public static func score(_ file: TimeMLFile, id: String, tagger: TimeTagger, into result: inout TimexEvaluation) {
        let reference = file.dct.map { TimeReference(day: $0) } ?? .unknown
        let clock = ContinuousClock()
        var ours = [TimeExpression]()
        let elapsed = clock.measure { ours = tagger.tag(file.text, reference: reference) }
        result.seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        result.bytes += file.text.utf8.count
        result.documents += 1
        result.gold += file.gold.count
        result.system += ours.count
        let bytes = Array(file.text.utf8)
        func text(_ s: TextSpan) -> String { String(decoding: bytes[s.start..<min(s.end, bytes.count)], as: UTF8.self) }
        func context(_ s: TextSpan) -> String {
            var lo = max(0, s.start - 80), hi = min(bytes.count, s.end + 60)
            while lo > 0 && bytes[lo] & 0xC0 == 0x80 { lo -= 1 }
            while hi < bytes.count && bytes[hi] & 0xC0 == 0x80 { hi += 1 }
            return String(decoding: bytes[lo..<hi].map { $0 == 0x0A || $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        }

        var used = Set<Int>()
        for g in file.gold {
            // Prefer the exact span, then the largest overlap.
            let candidates = ours.indices.filter { !used.contains($0) && ours[$0].span.overlaps(g.span) }
            guard let k = candidates.first(where: { ours[$0].span == g.span })
                ?? candidates.max(by: { overlap(ours[$0].span, g.span) < overlap(ours[$1].span, g.span) })
            else {
                result.misses.append(.init(kind: .missed, document: id, goldText: text(g.span), goldValue: g.value,
                                           goldType: g.type.rawValue, context: context(g.span)))
                continue
            }
            used.insert(k)
            let o = ours[k]
            result.relaxed += 1
            if o.span == g.span { result.strict += 1 }
            if o.type == g.type { result.typeCorrect += 1 }
            if o.value.value == g.value {
                result.valueCorrect += 1
            } else {
                result.misses.append(.init(kind: .wrongValue, document: id, goldText: text(g.span), goldValue: g.value,
                                           goldType: g.type.rawValue, ourText: o.text, ourValue: o.value.value,
                                           ourType: o.type.rawValue, explanation: o.explanation, context: context(g.span)))
            }
        }
        for k in ours.indices where !used.contains(k) {
            let o = ours[k]
            result.misses.append(.init(kind: .spurious, document: id, ourText: o.text, ourValue: o.value.value,
                                       ourType: o.type.rawValue, explanation: o.explanation, context: context(o.span)))
        }
    }

    private static func overlap(_ a: TextSpan, _ b: TextSpan) -> Int { min(a.end, b.end) - max(a.start, b.start) }

    /// `.tml` files under `directory`, sorted for a stable order.
    static func timemlFiles(under directory: String) throws(TimelineError) -> [String] {
        try CorpusFiles.list(under: directory, suffix: ".tml")
    }
}
