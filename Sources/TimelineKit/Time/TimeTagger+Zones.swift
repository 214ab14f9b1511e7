/// A time zone after a clock time joins the clock's expression, and the
/// expression's explanation says which zone it is; the value keeps the clock
/// as written, as TimeML does ("9 a.m. EST Tuesday" is `...T09:00`).
extension TimeTagger {
    /// "3pm est", "noon Beijing time", "10:00 UTC+8": extends a clock
    /// expression over the zone written right after it (the matcher already
    /// takes a capitalised abbreviation: "3:30 p.m. EST"; an offset after it
    /// is read here).
    func readZones(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        for k in found.indices {
            guard case .clock = found[k].meaning else { continue }
            let e = found[k].tokens.upperBound
            let z = m.zonePhrase(e - 1).flatMap { $0.end > e ? $0 : nil } ?? m.zonePhrase(e)
            guard let z, k + 1 == found.count || found[k + 1].tokens.lowerBound >= z.end else { continue }
            found[k].tokens = found[k].tokens.lowerBound..<z.end
        }
    }

    /// "; zone EST = UTC-05:00, clock as written" for a time expression that
    /// states its zone, "" otherwise.
    func zoneNote(_ c: TimexCandidate, _ m: TimexMatcher) -> String {
        guard c.type == .time, c.tokens.count > 1 else { return "" }
        for k in c.tokens.lowerBound + 1..<c.tokens.upperBound {
            guard let z = m.zonePhrase(k), z.end <= c.tokens.upperBound else { continue }
            let a = m.a
            let words = a.string(TextSpan(a.tokens[k].span.start, a.tokens[z.end - 1].span.end))
            return "; zone \(words) = \(z.utc ?? "offset unknown"), clock as written"
        }
        return ""
    }
}
