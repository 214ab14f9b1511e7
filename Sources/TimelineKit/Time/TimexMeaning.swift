/// The tense of the clause around a time expression, as far as the tagger
/// can tell from signal words ("said", "-ed", "will", "is set to").
enum ClauseTense: String, Sendable, Hashable {
    case past, present, future, none
}

/// How a year is given inside an expression.
enum YearSpec: Sendable, Hashable {
    /// Not given ("March 22"): anchored on the reference and the tense.
    case none
    /// Written ("2019", "'98").
    case stated(Int)
    /// Relative to the reference year ("of last year" = -1, "this year" = 0).
    case shifted(Int)
}

/// What a time expression means before it is resolved against a reference.
///
/// The matcher turns words into one of these; ``TimeResolver`` turns it into
/// a TimeML value for a given reference day and clause tense. Keeping the two
/// apart lets a bounded reference (an inferred publication window) be tried
/// day by day without re-reading the text.
indirect enum TimexMeaning: Sendable, Hashable {
    /// Year, month, day as far as written; a missing year is anchored by tense.
    case calendar(year: YearSpec, month: Int?, day: Int?)
    /// A weekday; `shift` nil = by tense, -1 last, 0 this, +1 next.
    case weekday(Int, shift: Int?)
    /// A weekday said in the same clause as a named event: resolved inside its dates.
    case weekdayDuring(Int, temponym: String, year: YearSpec)
    /// A clock time on a day (`base` nil = the reference day).
    case clock(base: TimexMeaning?, hour: Int, minute: Int, second: Int?)
    /// A part of a day ("Tuesday morning", "tonight"); `base` nil = the reference day.
    case partOfDay(base: TimexMeaning?, code: String)
    /// A calendar unit shifted from the reference ("last week", "two days ago", "this year").
    case unitShift(unit: String, by: Int)
    /// "that year": the year last written before it (the tagger links it);
    /// the reference year when the text names none.
    case anaphoricYear
    /// The weekend nearest the reference, chosen by tense ("over the weekend").
    case weekend
    /// A named month shifted ("last December" -1, "next March" +1, "this May" 0).
    case monthShift(month: Int, by: Int, day: Int?)
    /// A day counted from another ("the day before last Tuesday" -1).
    case dayShift(base: TimexMeaning, days: Int)
    /// The ISO week holding a day ("the week of March 6").
    case weekOf(TimexMeaning)
    /// The `n`-th ISO week of a month or year (-1: the last), "the first week of July".
    case nthWeek(Int, of: TimexMeaning)
    /// A day of the month another expression names: the first end of
    /// "from 4 to 22 this month", "between 4 and 22 January".
    case dayOf(TimexMeaning, day: Int)
    /// A season; `shift` as for weekdays.
    case season(code: String, year: YearSpec, shift: Int?)
    /// Quarter (`months` 3) or half-year (`months` 6) number `n`.
    case part(n: Int, months: Int, year: YearSpec)
    /// The decade starting in `start` (1990), or the century number (20 = 1900s).
    case decade(Int)
    case century(Int)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case ref(String)
    /// A duration value (P3Y, PT90M, PXY) or a set value (P1W, XXXX-WXX-2).
    case duration(String)
    case set(String)
    /// A holiday by its rule in holidays.tsv.
    case holiday(name: String, rule: String, year: YearSpec)
    /// A named event from temponyms.tsv.
    case temponym(name: String, year: YearSpec)
    /// A fiscal year.
    case fiscalYear(Int)
    /// The latest completed quarter before the reference, `years` shifted
    /// ("the quarter" in an earnings report; "the year-ago quarter" = -1).
    case reportedQuarter(years: Int)
    /// That quarter of a written year ("the 1988 quarter", "the 1989 period":
    /// the quarter being reported, in that year).
    case reportedQuarterIn(year: Int)

    /// Whether resolving needs the reference day.
    var needsReference: Bool {
        switch self {
        case .calendar(let y, let m, let d): return y.isRelative || (m == nil && d != nil) || (y == .none && m != nil)
        case .weekday, .weekdayDuring, .weekend, .anaphoricYear, .unitShift, .monthShift, .reportedQuarter, .reportedQuarterIn: return true
        case .clock(let base, _, _, _), .partOfDay(let base, _): return base?.needsReference ?? true
        case .dayShift(let base, _), .weekOf(let base), .dayOf(let base, _), .nthWeek(_, let base): return base.needsReference
        case .season(_, let y, let s): return s != nil || y.isRelativeOrNone
        case .part(_, _, let y): return y.isRelativeOrNone
        case .holiday(_, _, let y), .temponym(_, let y): return y.isRelativeOrNone
        case .decade, .century, .ref, .duration, .set, .fiscalYear: return false
        }
    }
}

extension YearSpec {
    var isRelative: Bool { if case .shifted = self { return true } else { return false } }
    var isRelativeOrNone: Bool { if case .stated = self { return false } else { return true } }
}
