/// Time zones written after a clock time: "3pm EST", "10:00 UTC+8",
/// "noon Beijing time", "9pm pacific time", "3 p.m. local time".
///
/// TimeML keeps the clock as written ("4 a.m. EDT Thursday" is
/// `2000-04-06T04:00`) and the zone inside the expression's extent; it does
/// not tag a zone said on its own ("we work on Beijing time"), so a zone is
/// only read here right after a clock time. Abbreviations come from
/// `clock.tsv` (kind `zone`), names from `zones.tsv`.
struct ClockZone: Sendable, Hashable {
    /// Token after the zone's last word.
    var end: Int
    /// The offset from UTC in minutes; nil when the words name no fixed one ("local time").
    var offset: Int?

    /// `UTC+08:00`, `UTC-03:30`, or nil for an unknown offset.
    var utc: String? {
        guard let offset else { return nil }
        let a = abs(offset)
        return "UTC" + (offset < 0 ? "-" : "+") + Day.pad(a / 60, 2) + ":" + Day.pad(a % 60, 2)
    }
}

extension TimexMatcher {
    /// A zone starting at token `i`: an abbreviation with an optional
    /// offset ("EST", "UTC+8", "GMT -3", "UTC -12h"), a listed name
    /// ("Beijing time", "mountain timezone"), or capitalised place words
    /// before "time" ("Montreal time": offset unknown).
    func zonePhrase(_ i: Int) -> ClockZone? {
        guard kind(i) == .word else { return nil }
        let word = w(i)
        if let c = lex.clock[word], c.kind == "zone", allCaps(i) || lex.lowerCaseZones.contains(word) {
            let base = TimeLexicon.offsetMinutes(c.argument)
            if let (shift, end) = zoneOffset(i + 1) { return ClockZone(end: end, offset: (base ?? 0) + shift) }
            return ClockZone(end: i + 1, offset: base)
        }
        for row in lex.zones[word] ?? [] {
            if let end = zoneWords(i, row.words) { return ClockZone(end: end, offset: row.offset) }
        }
        // "Montreal time", "New York time": up to three capitalised words before "time".
        var j = i
        while j < i + 3, cap(j), kind(j) == .word, lex.verbGroup[w(j)] == nil, lex.clock[w(j)] == nil { j += 1 }
        if j > i, let end = zoneWords(j, ["time"]) { return ClockZone(end: end, offset: nil) }
        return nil
    }

    /// The end of a zone name's words at `i`; a final "time" may be written
    /// "timezone" or "time zone".
    private func zoneWords(_ i: Int, _ words: [String]) -> Int? {
        var j = i
        for (k, word) in words.enumerated() {
            if word == "time" && k == words.count - 1 {
                if w(j) == "timezone" { return j + 1 }
                guard w(j) == "time" else { return nil }
                return w(j + 1) == "zone" ? j + 2 : j + 1
            }
            guard w(j) == word else { return nil }
            j += 1
        }
        return j
    }

    /// "+8", "-3", "+05:30", " -12h", "±0" after a zone abbreviation: (minutes, end).
    private func zoneOffset(_ i: Int) -> (Int, Int)? {
        let s = w(i)
        let sign: Int
        switch s {
        case "+", "\u{00B1}": sign = 1
        case "-", "\u{2212}": sign = -1
        default: return nil
        }
        // "UTC+8", "UTC -4", "UTC+ 4", and "UTC + 4" (a plus has no other reading there);
        // "EST - 4 hours later" is a dash.
        guard kind(i + 1) == .number, touching(i) || touching(i - 1) || s == "+" else { return nil }
        var text = w(i + 1)
        if text.hasSuffix("h") { text.removeLast() }
        let p = text.split(separator: ":")
        guard let h = p.first.flatMap({ Int($0) }), h <= 14 else { return nil }
        let m = p.count > 1 ? Int(p[1]) ?? 0 : 0
        guard m < 60 else { return nil }
        return (sign * (h * 60 + m), i + 2)
    }
}
