import Foundation

/// How many phrases of the Microsoft Recognizers-Text date/time specs the
/// tagger finds and resolves the same way, per spec file.
public struct RecognizersEvaluation: Sendable, CustomStringConvertible {
    public struct Family: Sendable, Hashable {
        /// The spec file name without `.json` ("DateParser", "DurationExtractor").
        public var name: String
        /// Expected results (phrases) in the spec.
        public var phrases = 0
        /// Phrases one of our expressions overlaps.
        public var found = 0
        /// Phrases with an expected Timex value.
        public var withValue = 0
        /// Of those, phrases we found with the same value (Recognizers' X
        /// wildcards accept any digit; a bare "T15:30" compares the clock part).
        public var resolved = 0
    }

    public var families: [Family] = []
    public var seconds = 0.0

    public var description: String {
        func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "    -" : String(format: "%5.1f", Double(a) * 100 / Double(b)) }
        var lines = ["family                              phrases  found%  values  resolved%"]
        var total = Family(name: "total")
        for f in families {
            lines.append(f.name.padding(toLength: 36, withPad: " ", startingAt: 0)
                + String(format: "%7d", f.phrases) + "  " + pct(f.found, f.phrases)
                + String(format: "%8d", f.withValue) + "   " + pct(f.resolved, f.withValue))
            total.phrases += f.phrases; total.found += f.found; total.withValue += f.withValue; total.resolved += f.resolved
        }
        lines.append("total".padding(toLength: 36, withPad: " ", startingAt: 0)
            + String(format: "%7d", total.phrases) + "  " + pct(total.found, total.phrases)
            + String(format: "%8d", total.withValue) + "   " + pct(total.resolved, total.withValue))
        return lines.joined(separator: "\n")
    }
}

/// Runs the tagger on Recognizers-Text spec files
/// (`Input`, `Context.ReferenceDateTime`, `Results[].Text/Start/Length|End`,
/// `Value.Timex` or `Resolution.values[].timex`).
public enum RecognizersEvaluator {
    /// Evaluates every `*.json` spec under `directory`.
    ///
    /// - Throws: ``TimelineError`` when the folder or a spec cannot be read or parsed.
    public static func evaluate(directory: String, tagger: TimeTagger = TimeTagger()) throws(TimelineError) -> RecognizersEvaluation {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw .unreadable(path: directory, reason: "cannot list folder")
        }
        var result = RecognizersEvaluation()
        let clock = ContinuousClock()
        let start = clock.now
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path, reason: "cannot read") }
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let cases = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [[String: Any]] else {
                throw .malformed(path: path, reason: "not a JSON array of spec cases")
            }
            var family = RecognizersEvaluation.Family(name: String(name.dropLast(5)))
            for c in cases { score(c, tagger: tagger, into: &family) }
            result.families.append(family)
        }
        let d = clock.now - start
        result.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return result
    }

    static func score(_ c: [String: Any], tagger: TimeTagger, into family: inout RecognizersEvaluation.Family) {
        guard let input = c["Input"] as? String, let results = c["Results"] as? [[String: Any]], !results.isEmpty else { return }
        let context = c["Context"] as? [String: Any]
        let reference = (context?["ReferenceDateTime"] as? String).flatMap { Day(iso: $0) }.map { TimeReference(day: $0) } ?? .unknown
        let ours = tagger.tag(input, reference: reference)
        let map = OffsetMap(input)
        let spans = ours.map { (map.scalarOffset($0.span.start), map.scalarOffset($0.span.end), $0.value.value) }
        for r in results {
            guard let start = r["Start"] as? Int else { continue }
            let length = (r["Length"] as? Int) ?? ((r["End"] as? Int).map { $0 - start + 1 }) ?? ((r["Text"] as? String)?.count ?? 0)
            family.phrases += 1
            let hits = spans.filter { $0.0 < start + length && start < $0.1 }
            if !hits.isEmpty { family.found += 1 }
            guard let timex = expectedTimex(r) else { continue }
            family.withValue += 1
            if hits.contains(where: { matches(ours: $0.2, expected: timex) }) { family.resolved += 1 }
        }
    }

    static func expectedTimex(_ r: [String: Any]) -> String? {
        if let v = r["Value"] as? [String: Any], let t = v["Timex"] as? String { return t }
        if let res = r["Resolution"] as? [String: Any], let values = res["values"] as? [[String: Any]],
            let t = values.first?["timex"] as? String { return t }
        return nil
    }

    /// Same value, allowing Recognizers' X wildcards and clock-only timexes.
    static func matches(ours: String, expected: String) -> Bool {
        func trim(_ s: String) -> String {
            var s = s
            while s.hasSuffix(":00") && s.filter({ $0 == ":" }).count > 0 && s.count > 3 { s.removeLast(3) }
            return s
        }
        let o = trim(ours), e = trim(expected)
        if o == e { return true }
        if e.hasPrefix("T"), let t = o.firstIndex(of: "T") { return String(o[t...]) == e }
        guard o.count == e.count else { return false }
        return zip(o, e).allSatisfy { $0 == $1 || $1 == "X" }
    }
}
