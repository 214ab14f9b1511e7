/// Holidays: "Christmas Day 2018", "the 2019 Mother's Day", "Father's Day
/// of 2015", "Boxing Day, 2004", "New Year's Day of next year", and in lower case where the name
/// cannot be anything else ("christmas", "halloween"; the third column of
/// `holidays.tsv`, `lower`: "may day", "election day" or "memorial day" in
/// lower case are ordinary words).
extension TimexMatcher {
    /// A holiday name at `i` (after an optional "the" and a year before it),
    /// capitalised or listed as unambiguous in lower case, with the year that follows it.
    func holidayPhrase(_ i: Int) -> TimexCandidate? {
        var j = i
        if w(i) == "the" { j += 1 }
        var ys = YearSpec.none
        // (The name after the year must still be capitalised or unambiguous in lower case:
        // "the 2004 Boxing Day tsunami", "the 2004 boxing day tsunami".)
        if let y = yearNumber(j), low[j].utf8.count == 4 { ys = .stated(y.year); j = y.end }
        for h in lex.holidays[w(j)] ?? [] {
            guard let e = phrase(j, h.words), cap(j) || h.lowerCase else { continue }
            var end = e
            // "Christmas Day 2018", "Father's Day of 2015", "Boxing Day, 2004," (after a
            // comma only a year the clause then leaves: "on Christmas Day, 1500 troops" counts troops).
            let comma = w(e) == ","
            let k = w(e) == "of" || comma ? e + 1 : e
            if let y = yearNumber(k), low[k].utf8.count == 4, kind(y.end) != .number,
               !comma || y.end >= low.count || kind(y.end) == .punctuation {
                ys = .stated(y.year)
                end = y.end
            } else if k > e, let (shift, after) = relativeYear(k) {
                ys = .shifted(shift)
                end = after
            }
            return TimexCandidate(tokens: i..<end, type: .date, meaning: .holiday(name: h.words.joined(separator: " "), rule: h.rule, year: ys))
        }
        return nil
    }
}
