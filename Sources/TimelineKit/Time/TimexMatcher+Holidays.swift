/// Holidays as readers write them: in lower case where the name cannot be
/// anything else ("christmas", "father's day"), and with the year after
/// them ("Easter Sunday 2018", "Father's Day of 2015", "New Year's Day of
/// next year").
///
/// `namedDay` already reads a capitalised holiday name; this family adds
/// what it does not, and wins only when it reads more words. Which names may
/// be written in lower case is the third column of `holidays.tsv` (`lower`):
/// "may day", "election day" or "memorial day" in lower case are ordinary
/// words, "halloween" is not.
extension TimexMatcher {
    /// Holiday names (space-joined table words) allowed in lower case.
    static let lowerCaseHolidays: Set<String> = Set(
        ResourceTable.rows("time/holidays.tsv").filter { $0.count >= 3 && $0[2] == "lower" }.map { $0[0] })

    /// A holiday name at `i` (after an optional "the"), capitalised or
    /// listed as unambiguous in lower case, with the year that follows it.
    func holidayPhrase(_ i: Int) -> TimexCandidate? {
        var j = i
        if w(i) == "the" { j += 1 }
        // "presidents' day": the table indexes the word with its apostrophe.
        let rows = (lex.holidays[w(j)] ?? []) + (w(j + 1) == "'" ? lex.holidays[w(j) + "'"] ?? [] : [])
        for h in rows {
            let name = h.words.joined(separator: " ")
            guard let e = phrase(j, h.words), cap(j) || Self.lowerCaseHolidays.contains(name) else { continue }
            var ys = YearSpec.none
            var end = e
            let k = w(e) == "of" ? e + 1 : e
            if let y = yearNumber(k), low[k].utf8.count == 4, kind(y.end) != .number {
                ys = .stated(y.year)
                end = y.end
            } else if k > e, let (shift, after) = relativeYear(k) {
                ys = .shifted(shift)
                end = after
            }
            return TimexCandidate(tokens: i..<end, type: .date, meaning: .holiday(name: name, rule: h.rule, year: ys))
        }
        return nil
    }
}
