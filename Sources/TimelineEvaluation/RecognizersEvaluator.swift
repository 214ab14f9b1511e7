import TimelineKit
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
        /// Of those, phrases we found with the same value (see
        /// ``RecognizersEvaluator/resolves(_:expected:)``).
        public var resolved = 0
    }

    /// A phrase we missed or resolved differently, for reading.
    public struct Miss: Sendable, Hashable, CustomStringConvertible {
        public var family: String
        /// The spec sentence.
        public var input: String
        /// The phrase the spec expects.
        public var phrase: String
        /// The spec's reference date (our stand-in for the publication date).
        public var reference: String
        /// The spec's Timex, nil for extractor-only specs.
        public var expected: String?
        /// Our expressions overlapping the phrase: `"text" TYPE value`.
        public var ours: [String]
        /// Our explanations of those expressions.
        public var explanations: [String]

        public var description: String {
            let o = ours.isEmpty ? "-" : ours.joined(separator: " + ")
            var s = "\(family)  \"\(phrase)\"  ref \(reference)  expected \(expected ?? "(found only)")  ours \(o)"
            for e in explanations { s += "\n    " + e }
            s += "\n    in: " + input
            return s
        }
    }

    public var families: [Family] = []
    /// Missed phrases and wrong values, in spec order.
    public var misses: [Miss] = []
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
///
/// What counts as "the same" value:
/// - a single Timex: one of our expressions overlapping the phrase has that
///   TimeML value; an `X` in the spec accepts any character there, a
///   clock-only spec value ("T15:30") compares our clock part, and trailing
///   ":00" fields are ignored;
/// - a range `(start,end,duration)` (end exclusive): TimeML tags the two ends
///   of a range as separate expressions, so the expressions overlapping the
///   phrase are taken together. For days, their earliest..latest
///   (``TimeValue/earliest``, ``TimeValue/latest``) must be exactly
///   start..end-1 day when one expression covers the phrase, and when we tag
///   its two ends, the first must begin on start and the last on end
///   (Recognizers ends a written range where its last end begins:
///   "from 4 to 22" is `(..-04,..-22,P18D)`, "from 2014 to 2018" ends
///   2018-01-01); for clock times, the first expression's clock must be
///   the start and the last one's the end (we carry clock bounds only as
///   values). `X` in a bound again accepts any digit there.
/// Durations, sets and everything else compare as single values. A
/// holiday Recognizers writes as the n-th weekday of a month
/// ("XXXX-11-WXX-4-4") matches our day when it is that weekday. The
/// TimeZone specs expect a zone entity, which TimeML does not tag on its
/// own: a zone counts as found when one of our (clock) expressions covers
/// it, and as resolved when that expression's explanation records the
/// expected UTC offset (``zoneMatches(_:expected:)``); a zone named without
/// a clock time stays a miss.
public enum RecognizersEvaluator {
    /// Evaluates every `*.json` spec under `directory`.
    ///
    /// - Parameter family: only the spec file of that name (without `.json`), when given.
    /// - Throws: ``TimelineError`` when the folder or a spec cannot be read or parsed.
    public static func evaluate(directory: String, family only: String? = nil,
                                tagger: TimeTagger = TimeTagger()) throws(TimelineError) -> RecognizersEvaluation {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw .unreadable(path: directory, reason: "cannot list folder")
        }
        var result = RecognizersEvaluation()
        let clock = ContinuousClock()
        let start = clock.now
        for name in names where only == nil || String(name.dropLast(5)) == only {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path, reason: "cannot read") }
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let cases = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [[String: Any]] else {
                throw .malformed(path: path, reason: "not a JSON array of spec cases")
            }
            var family = RecognizersEvaluation.Family(name: String(name.dropLast(5)))
            for c in cases { score(c, tagger: tagger, into: &family, misses: &result.misses) }
            result.families.append(family)
        }
        let d = clock.now - start
        result.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return result
    }

    static func score(_ c: [String: Any], tagger: TimeTagger, into family: inout RecognizersEvaluation.Family,
                      misses: inout [RecognizersEvaluation.Miss]) {
        guard let input = c["Input"] as? String, let results = c["Results"] as? [[String: Any]], !results.isEmpty else { return }
        let context = c["Context"] as? [String: Any]
        let refText = (context?["ReferenceDateTime"] as? String) ?? ""
        let reference = Day(iso: refText).map { TimeReference(day: $0) } ?? .unknown
        let ours = tagger.tag(input, reference: reference)
        let map = OffsetMap(input)
        let spans = ours.map { (start: map.scalarOffset($0.span.start), end: map.scalarOffset($0.span.end), expression: $0) }
        for r in results {
            guard let start = r["Start"] as? Int else { continue }
            let length = (r["Length"] as? Int) ?? ((r["End"] as? Int).map { $0 - start + 1 }) ?? ((r["Text"] as? String)?.count ?? 0)
            family.phrases += 1
            let hits = spans.filter { $0.start < start + length && start < $0.end }.map(\.expression)
            if !hits.isEmpty { family.found += 1 }
            let timex = expectedTimex(r)
            var ok = !hits.isEmpty
            if let zone = expectedZone(r) {
                family.withValue += 1
                ok = hits.contains { zoneMatches($0.explanation, expected: zone) }
                if ok { family.resolved += 1 }
            } else if let timex {
                family.withValue += 1
                ok = resolves(hits, expected: timex)
                if ok { family.resolved += 1 }
            }
            if !ok {
                misses.append(RecognizersEvaluation.Miss(
                    family: family.name, input: input, phrase: (r["Text"] as? String) ?? "", reference: String(refText.prefix(10)),
                    expected: expectedZone(r) ?? timex, ours: hits.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value.value)" },
                    explanations: hits.map(\.explanation)))
            }
        }
    }

    /// The UTC offset a TimeZone spec expects ("UTC+08:00", "UTC+XX:XX" when unknown).
    static func expectedZone(_ r: [String: Any]) -> String? {
        guard let v = (r["Value"] ?? r["Resolution"]) as? [String: Any], let z = v["TimeZoneResolution"] as? [String: Any] else { return nil }
        return (z["Value"] ?? z["value"]) as? String
    }

    /// Whether an explanation records the zone the spec expects: a zone
    /// is not a TIMEX3 of its own, so only a zone said with a clock time is
    /// tagged, and ``TimeTagger`` notes it in the time's explanation
    /// ("; zone EST = UTC-05:00"). "UTC+XX:XX" (an offset the spec leaves
    /// unknown) accepts any recorded zone.
    static func zoneMatches(_ explanation: String, expected: String) -> Bool {
        guard let r = explanation.range(of: "; zone ") else { return false }
        let note = explanation[r.upperBound...]
        return expected.contains("X") || note.contains("= " + expected)
    }

    static func expectedTimex(_ r: [String: Any]) -> String? {
        if let v = r["Value"] as? [String: Any], let t = v["Timex"] as? String { return t }
        if let res = r["Resolution"] as? [String: Any], let values = res["values"] as? [[String: Any]],
            let t = values.first?["timex"] as? String { return t }
        return nil
    }

    /// Whether our expressions over a phrase resolve it as the spec does
    /// (the rules are in the type's documentation).
    static func resolves(_ hits: [TimeExpression], expected: String) -> Bool {
        guard expected.hasPrefix("("), expected.hasSuffix(")") else {
            return hits.contains { matches(ours: $0.value.value, expected: expected) }
        }
        let parts = expected.dropFirst().dropLast().split(separator: ",").map(String.init)
        guard parts.count >= 2, let first = hits.first, let last = hits.last else { return false }
        let (a, b) = (parts[0], parts[1])
        if a.contains("T") || b.contains("T") {
            // Clock bounds: the first end's clock and the last end's clock (a day
            // said beside the range, "tomorrow between 8am and 2pm", is an expression of its own).
            let clocks = hits.filter { $0.value.value.contains("T") }
            guard let first = clocks.first, let last = clocks.last else { return false }
            return clockPart(first.value.value).map { matches(ours: $0, expected: clockPart(a) ?? a) } == true
                && clockPart(last.value.value).map { matches(ours: $0, expected: clockPart(b) ?? b) } == true
                && dayPartMatches(first.value, a) && dayPartMatches(last.value, b)
        }
        // Days. One period ("Q3", "the 1970s"): its earliest..latest is start...end-1.
        // Two ends ("from 4 to 22 January"): the first starts on start and the last on end,
        // since Recognizers ends a written range where its last end begins (P18D for the 4th to the 22nd).
        guard let lo = first.value.earliest, matches(ours: lo.description, expected: a) else { return false }
        if hits.count == 1 {
            // The day after our latest is the spec's (exclusive) end; "XXXX-10-01" digit by digit.
            guard let hi = first.value.latest else { return false }
            return matches(ours: hi.adding(days: 1).description, expected: b)
        }
        guard let lastStart = last.value.earliest else { return false }
        return matches(ours: lastStart.description, expected: b)
    }

    /// "T15:30" of "2016-11-07T15:30" or of "T15:30".
    private static func clockPart(_ v: String) -> String? {
        v.firstIndex(of: "T").map { String(v[$0...]) }
    }

    /// A range bound with a day part ("2016-11-07T15") needs our value on that day.
    private static func dayPartMatches(_ v: TimeValue, _ bound: String) -> Bool {
        guard let t = bound.firstIndex(of: "T"), t != bound.startIndex else { return true }
        let day = String(bound[..<t])
        guard let o = v.value.firstIndex(of: "T") else { return false }
        return matches(ours: String(v.value[..<o]), expected: day)
    }

    /// Recognizers writes a holiday on the n-th weekday of a month as
    /// `YYYY-MM-WXX-W-N` ("XXXX-11-WXX-4-4": the fourth Thursday of
    /// November), which is not a TimeML value: the year (X wildcards
    /// allowed), month, ISO weekday and its count in the month.
    static func nthWeekday(_ e: String) -> (year: String, month: Int, weekday: Int, n: Int)? {
        let p = e.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 5, p[2] == "WXX", p[0].count == 4, let m = Int(p[1]), let wd = Int(p[3]), let n = Int(p[4]) else { return nil }
        return (String(p[0]), m, wd, n)
    }

    /// Whether our day value is that n-th weekday (n 5: the last one).
    static func nthWeekdayMatches(ours: String, _ nth: (year: String, month: Int, weekday: Int, n: Int)) -> Bool {
        guard ours.count == 10, let d = Day(iso: ours), matches(ours: String(ours.prefix(4)), expected: nth.year),
            d.month == nth.month, d.weekday == nth.weekday else { return false }
        let k = (d.day - 1) / 7 + 1
        return k == nth.n || (nth.n == 5 && d.day + 7 > Day.length(ofMonth: d.month, year: d.year))
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
        if let nth = nthWeekday(e) { return nthWeekdayMatches(ours: o, nth) }
        if e.hasPrefix("T"), let t = o.firstIndex(of: "T") { return String(o[t...]) == e }
        guard o.count == e.count else { return false }
        return zip(o, e).allSatisfy { $0 == $1 || $1 == "X" }
    }
}
