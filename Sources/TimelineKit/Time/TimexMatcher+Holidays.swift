/// Holidays: "Christmas Day 2018", "the 2019 Mother's Day", "Father's Day
/// of 2015", "New Year's Day of next year", and in lower case where the name
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
        if let y = yearNumber(j), low[j].utf8.count == 4, cap(y.end) { ys = .stated(y.year); j = y.end }
        for h in lex.holidays[w(j)] ?? [] {
            guard let e = phrase(j, h.words), cap(j) || h.lowerCase else { continue }
            var end = e
            let k = w(e) == "of" ? e + 1 : e
            if let y = yearNumber(k), low[k].utf8.count == 4, kind(y.end) != .number {
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
