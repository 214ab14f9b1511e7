/// Holidays of the Islamic (Hijri) calendar: "Eid al-Fitr", "Ramadan".
///
/// Their Gregorian dates move about eleven days a year. The rule
/// `hijri:MM-DD` in `holidays.tsv` names a day and `hijri:MM` a whole month
/// (Ramadan); the days come from the tabular (arithmetic) Islamic calendar,
/// which agrees with the announced dates to within a day or two (those
/// depend on the sighting of the moon, which no table can know in advance).
/// Source of the arithmetic: E. M. Reingold and N. Dershowitz, *Calendrical
/// Calculations*, "Arithmetic Islamic calendar" (epoch 16 July 622 Julian).
extension TimeResolver {
    /// The first and last Gregorian day of a `hijri:` rule's first
    /// occurrence that begins in Gregorian year `y`; nil for other rules.
    func hijriDays(_ rule: String, year y: Int) -> (first: Day, last: Day)? {
        guard rule.hasPrefix("hijri:") else { return nil }
        let parts = rule.dropFirst(6).split(separator: "-").compactMap { Int($0) }
        guard let month = parts.first, (1...12).contains(month) else { return nil }
        let day = parts.count > 1 ? parts[1] : nil
        // A Hijri year is about 354.37 days: start two years early and take the first hit.
        let approx = (y - 622) * 33 / 32
        for hy in approx - 1...approx + 2 where hy >= 1 {
            let first = Self.hijriDay(year: hy, month: month, day: day ?? 1)
            guard first.year >= y else { continue }
            guard first.year == y else { return nil }
            let last = day == nil ? Self.hijriDay(year: month == 12 ? hy + 1 : hy, month: month % 12 + 1, day: 1).adding(days: -1) : first
            return (first, last)
        }
        return nil
    }

    /// The Gregorian day of a day of the arithmetic Islamic calendar.
    static func hijriDay(year: Int, month: Int, day: Int) -> Day {
        // Julian day number: days of the elapsed months (alternately 30 and 29),
        // of the elapsed years (354, plus 11 leap days every 30 years), from the epoch.
        let jdn = day + (59 * (month - 1) + 1) / 2 + (year - 1) * 354 + (3 + 11 * year) / 30 + 1_948_439
        return Day(daysSinceEpoch: jdn - 2_440_588)
    }
}
