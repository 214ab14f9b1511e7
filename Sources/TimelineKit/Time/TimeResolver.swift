/// Turns a ``TimexMeaning`` into a TimeML value against a reference.
///
/// A known reference day gives a full value; an unknown one leaves the
/// relative parts underspecified (`XXXX-12`, `XXXX-WXX-2`) with no bounds;
/// a bounded reference (an inferred publication window) is tried on every
/// possible day and the results are merged. Never reads the machine clock.
struct TimeResolver: Sendable {
    let lexicon: TimeLexicon

    init(lexicon: TimeLexicon = .shared) { self.lexicon = lexicon }

    struct Result: Sendable, Hashable {
        var value: TimeValue
        var isRelative: Bool
        /// How the value was reached, without the phrase ("stated",
        /// "publication 2019-05-15, past -> 2018-12").
        var how: String
    }

    /// Resolves against a reference that may be a day, a window or unknown.
    /// `mod` is the expression's TimeML mod ("START" for "the beginning of
    /// October"): a past clause may name the part of the current month that
    /// has already begun.
    func resolve(_ m: TimexMeaning, reference: TimeReference, tense: ClauseTense, mod: String? = nil) -> Result {
        guard m.needsReference else {
            return Result(value: value(m, on: nil, tense: tense, mod: mod), isRelative: false, how: "stated")
        }
        guard let lo = reference.earliest, let hi = reference.latest else {
            let v = value(m, on: nil, tense: tense, mod: mod)
            return Result(value: v, isRelative: true, how: "no publication date -> \(v.value)")
        }
        let t = tense == .none ? "" : ", \(tense.rawValue)"
        if lo == hi {
            let v = value(m, on: lo, tense: tense, mod: mod)
            return Result(value: v, isRelative: true, how: "publication \(lo)\(weekdayNote(m, lo))\(t) -> \(v.value)")
        }
        // A window: every day of it when it is short, its two ends otherwise
        // (values move monotonically with the reference, so the ends bound them).
        let n = hi.daysSinceEpoch - lo.daysSinceEpoch
        var days = [lo, hi]
        if n <= 1200 { days = (0...n).map { lo.adding(days: $0) } }
        var seen = [TimeValue]()
        for d in days {
            let v = value(m, on: d, tense: tense, mod: mod)
            if seen.last != v && !seen.contains(v) { seen.append(v) }
        }
        if seen.count == 1 {
            return Result(value: seen[0], isRelative: true,
                          how: "publication between \(lo) and \(hi)\(t) -> \(seen[0].value)")
        }
        let under = value(m, on: nil, tense: tense, mod: mod)
        let earliest = seen.compactMap(\.earliest).min()
        let latest = seen.compactMap(\.latest).max()
        let v = TimeValue(value: under.value, granularity: under.granularity, earliest: earliest, latest: latest)
        let range = "\(seen.first!.value)..\(seen.last!.value)"
        return Result(value: v, isRelative: true, how: "publication between \(lo) and \(hi)\(t) -> \(range)")
    }

    private func weekdayNote(_ m: TimexMeaning, _ day: Day) -> String {
        if case .weekday(let w, _) = m, w == day.weekday { return " is a \(weekdayName(w))" }
        return ""
    }

    func weekdayName(_ w: Int) -> String {
        lexicon.weekdays.filter { $0.value == w }.map(\.key).max { $0.utf8.count < $1.utf8.count }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "day \(w)"
    }

    // MARK: Values

    /// The value of `m` on reference day `ref` (nil: unknown reference).
    func value(_ m: TimexMeaning, on ref: Day?, tense: ClauseTense, mod: String? = nil) -> TimeValue {
        switch m {
        case .calendar(let ys, let month, let day):
            return calendar(ys, month, day, ref, tense, mod)
        case .weekday(let w, let shift):
            guard let r = ref else { return TimeValue(value: "XXXX-WXX-\(w)", granularity: .day, earliest: nil, latest: nil) }
            return TimeValue(day: weekday(w, shift: shift, ref: r, tense: tense))
        case .weekdayDuring(let w, let name, let ys):
            if let y = year(ys, ref), let row = lexicon.temponyms[name.split(separator: " ").first.map(String.init) ?? ""]?
                .first(where: { $0.words.joined(separator: " ") == name && $0.year == y }) {
                var d = Day(year: y, month: row.first.month, day: row.first.day)
                let end = Day(year: y, month: row.last.month, day: row.last.day)
                while d <= end {
                    if d.weekday == w { return TimeValue(day: d) }
                    d = d.adding(days: 1)
                }
            }
            return value(.weekday(w, shift: nil), on: ref, tense: tense)
        case .clock(let base, let h, let mi, let s):
            let b = base.map { value($0, on: ref, tense: tense) } ?? ref.map { TimeValue(day: $0) }
            let dayPart = b.map { $0.granularity == .day ? $0.value : "XXXX-XX-XX" } ?? "XXXX-XX-XX"
            var v = dayPart + "T" + Day.pad(h, 2) + ":" + Day.pad(mi, 2)
            if let s { v += ":" + Day.pad(s, 2) }
            return TimeValue(value: v, granularity: .time, earliest: b?.earliest, latest: b?.latest)
        case .partOfDay(let base, let code):
            let b = base.map { value($0, on: ref, tense: tense) } ?? ref.map { TimeValue(day: $0) }
            let dayPart = b.map { $0.granularity == .day || $0.value.hasPrefix("XXXX-WXX") ? $0.value : "XXXX-XX-XX" } ?? "XXXX-XX-XX"
            return TimeValue(value: dayPart + "T" + code, granularity: .partOfDay, earliest: b?.earliest, latest: b?.latest)
        case .unitShift(let unit, let n):
            return shifted(unit, n, ref)
        case .anaphoricYear:
            return shifted("Y", 0, ref)
        case .weekend:
            guard let r = ref else { return shifted("WE", 0, nil) }
            // Past: the weekend ending on or before the reference (this one on a Saturday or Sunday); future: the next.
            if r.weekday >= 6 { return shifted("WE", 0, r) }
            return shifted("WE", tense == .future ? 0 : -1, r)
        case .dayShift(let base, let n):
            let b = value(base, on: ref, tense: tense)
            guard b.granularity == .day, let d = b.earliest, d == b.latest else { return b }
            return TimeValue(day: d.adding(days: n))
        case .nthWeek(let n, let base):
            // Week n of a year is its ISO week n; of a month, the week holding its
            // day 1 + 7(n-1); the last week holds the last day (of a year, December 28).
            let b = value(base, on: ref, tense: tense)
            guard let first = b.earliest, let last = b.latest else {
                return TimeValue(value: "XXXX-WXX", granularity: .week, earliest: nil, latest: nil)
            }
            let isYear = b.granularity == .year
            var day: Day
            if n < 0 {
                day = isYear ? Day(year: last.year, month: 12, day: 28) : last
            } else if isYear {
                day = Day.mondayOf(isoYear: first.year, week: n)
            } else {
                day = first.adding(days: 7 * (n - 1))
            }
            if day > last { day = last }
            return shifted("W", 0, day)
        case .dayOf(let base, let d):
            let b = value(base, on: ref, tense: tense)
            guard let first = b.earliest, let last = b.latest, first.year == last.year, first.month == last.month else {
                // An unresolved month ("XXXX-09"): keep its digits and add the day.
                let head = b.value.utf8.count == 7 ? b.value : "XXXX-XX"
                return TimeValue(value: head + "-" + Day.pad(d, 2), granularity: .day, earliest: nil, latest: nil)
            }
            return TimeValue(day: Day(year: first.year, month: first.month, day: min(d, Day.length(ofMonth: first.month, year: first.year))))
        case .weekOf(let base):
            let b = value(base, on: ref, tense: tense)
            guard b.granularity == .day, let d = b.earliest, d == b.latest else { return b }
            return shifted("W", 0, d)
        case .monthShift(let month, let n, let day):
            guard let r = ref else {
                let md = Day.pad(month, 2) + (day.map { "-" + Day.pad($0, 2) } ?? "")
                return TimeValue(value: "XXXX-" + md, granularity: day == nil ? .month : .day, earliest: nil, latest: nil)
            }
            let y: Int
            switch n {
            case ..<0: y = month < r.month ? r.year : r.year - 1
            case 0: y = r.year
            default: y = month > r.month ? r.year : r.year + 1
            }
            if let d = day { return TimeValue(day: Day(year: y, month: month, day: min(d, Day.length(ofMonth: month, year: y)))) }
            return TimeValue(year: y, month: month)
        case .season(let code, let ys, let shift):
            return season(code, ys, shift, ref, tense)
        case .part(let n, let months, let ys):
            let letter = months == 3 ? "Q" : "H"
            guard let y = year(ys, ref) else {
                return TimeValue(value: "XXXX-\(letter)\(n)", granularity: months == 3 ? .quarter : .half, earliest: nil, latest: nil)
            }
            // "the fourth quarter" said in January of a past result is last year's.
            // (Not the other way round: "will report third-quarter results"
            // in October speaks of the quarter just ended.)
            if ys == .none, let r = ref, tense == .past {
                let p = part(y, n, months)
                if let a = p.earliest, a > r { return part(y - 1, n, months) }
                return p
            }
            return part(y, n, months)
        case .decade(let start):
            return TimeValue(value: String(start / 10), granularity: .decade,
                             earliest: Day(year: start, month: 1, day: 1), latest: Day(year: start + 9, month: 12, day: 31))
        case .century(let c):
            let start = (c - 1) * 100
            return TimeValue(value: Day.pad(c - 1, 2), granularity: .century,
                             earliest: Day(year: start, month: 1, day: 1), latest: Day(year: start + 99, month: 12, day: 31))
        case .ref(let r):
            let e: Day? = r == "PRESENT_REF" ? ref : nil
            let bounds: (Day?, Day?) = r == "PAST_REF" ? (nil, ref) : r == "FUTURE_REF" ? (ref, nil) : (e, e)
            return TimeValue(value: r, granularity: .other, earliest: bounds.0, latest: bounds.1)
        case .duration(let v), .set(let v):
            return TimeValue(value: v, granularity: .other, earliest: nil, latest: nil)
        case .holiday(_, let rule, let ys):
            guard let y = holidayYear(rule, ys, ref, tense), let d = holiday(rule, year: y) else {
                let md = rule.count == 5 ? rule : "XX-XX"
                return TimeValue(value: "XXXX-" + md, granularity: .day, earliest: nil, latest: nil)
            }
            if let (a, b) = hijriDays(rule, year: y), a != b { return span(a, b) }
            return TimeValue(day: d)
        case .temponym(let name, let ys):
            let rows = lexicon.temponyms[name.split(separator: " ").first.map(String.init) ?? ""]?
                .filter { $0.words.joined(separator: " ") == name } ?? []
            guard let y = year(ys, ref) ?? (rows.count == 1 ? rows[0].year : nil),
                let row = rows.first(where: { $0.year == y })
            else {
                if let y = year(ys, ref) { return TimeValue(year: y) }
                return TimeValue(value: "XXXX", granularity: .year, earliest: nil, latest: nil)
            }
            let a = Day(year: y, month: row.first.month, day: row.first.day)
            let b = Day(year: y, month: row.last.month, day: row.last.day)
            return span(a, b)
        case .reportedQuarter(let years):
            guard let r = ref else { return TimeValue(value: "XXXX-QX", granularity: .quarter, earliest: nil, latest: nil) }
            let q = (r.month - 1) / 3
            return q == 0 ? part(r.year - 1 + years, 4, 3) : part(r.year + years, q, 3)
        case .reportedQuarterIn(let y):
            guard let r = ref else { return TimeValue(value: Day.pad(y, 4) + "-QX", granularity: .quarter, earliest: nil, latest: nil) }
            let q = (r.month - 1) / 3
            return part(y, q == 0 ? 4 : q, 3)
        case .fiscalYear(let y):
            return TimeValue(value: "FY" + Day.pad(y, 4), granularity: .year,
                             earliest: Day(year: y - 1, month: 1, day: 1), latest: Day(year: y, month: 12, day: 31))
        }
    }

    /// The smallest calendar unit (day, ISO week, month, year) holding `a...b`.
    func span(_ a: Day, _ b: Day) -> TimeValue {
        if a == b { return TimeValue(day: a) }
        let wa = a.isoWeek, wb = b.isoWeek
        if wa == wb {
            return TimeValue(value: Day.pad(wa.year, 4) + "-W" + Day.pad(wa.week, 2), granularity: .week, earliest: a, latest: b)
        }
        if a.year == b.year && a.month == b.month {
            return TimeValue(value: Day.pad(a.year, 4) + "-" + Day.pad(a.month, 2), granularity: .month, earliest: a, latest: b)
        }
        if a.year == b.year { return TimeValue(value: Day.pad(a.year, 4), granularity: .year, earliest: a, latest: b) }
        return TimeValue(value: Day.pad(a.year / 10, 3), granularity: .decade, earliest: a, latest: b)
    }

    func year(_ ys: YearSpec, _ ref: Day?) -> Int? {
        switch ys {
        case .stated(let y): return y
        case .shifted(let n): return ref.map { $0.year + n }
        case .none: return ref?.year
        }
    }

    private func calendar(_ ys: YearSpec, _ month: Int?, _ day: Int?, _ ref: Day?, _ tense: ClauseTense, _ mod: String?) -> TimeValue {
        var y: Int?
        switch ys {
        case .stated(let v): y = v
        case .shifted(let n): y = ref.map { $0.year + n }
        case .none:
            if let r = ref, let m = month {
                y = anchorYear(month: m, day: day, ref: r, tense: tense, mod: mod)
            } else {
                y = ref?.year
            }
        }
        var m = month
        if m == nil, day != nil { m = ref?.month }
        let ytext = y.map { Day.pad($0, 4) } ?? "XXXX"
        guard let mm = m else {
            guard let y else { return TimeValue(value: "XXXX", granularity: .year, earliest: nil, latest: nil) }
            return TimeValue(year: y)
        }
        if let d = day {
            guard let y else {
                return TimeValue(value: ytext + "-" + (month.map { Day.pad($0, 2) } ?? "XX") + "-" + Day.pad(d, 2),
                                 granularity: .day, earliest: nil, latest: nil)
            }
            return TimeValue(day: Day(year: y, month: mm, day: d))
        }
        guard let y else { return TimeValue(value: "XXXX-" + Day.pad(mm, 2), granularity: .month, earliest: nil, latest: nil) }
        return TimeValue(year: y, month: mm)
    }

    /// The year of a month (and day) written without one.
    ///
    /// News speaks mostly of the months around its publication, and a
    /// clause's tense is weak evidence against that: a past clause may still
    /// name a date of the next two months ("said it will pay on Dec. 7",
    /// written in October), a future one a date of the last month ("the
    /// report due out Sept. 30", written on Oct. 10, is this year's).
    /// Beyond those windows the tense decides: past -> the most recent
    /// occurrence, future -> the next one; no tense -> the nearest. The
    /// current month named in a past clause is last year's: news calls its
    /// own month "this month", unless the expression names a part of it
    /// that has begun by the reference day: "the beginning of October"
    /// written on October 27 (mid-month from the 11th, the end from the 21st).
    private func anchorYear(month m: Int, day: Int?, ref r: Day, tense: ClauseTense, mod: String?) -> Int {
        let ahead = 62, behind = 31
        if let d = day {
            let here = Day(year: r.year, month: m, day: min(d, Day.length(ofMonth: m, year: r.year))).daysSinceEpoch - r.daysSinceEpoch
            switch tense {
            case .past: return here <= ahead ? r.year : r.year - 1
            case .future: return here >= -behind ? r.year : r.year + 1
            default:
                return here > 183 ? r.year - 1 : here < -183 ? r.year + 1 : r.year
            }
        }
        let diff = m - r.month
        switch tense {
        case .past:
            if diff == 0, let mod, let from = Self.partStarts[mod], r.day >= from { return r.year }
            return diff != 0 && diff <= ahead / 31 ? r.year : r.year - 1
        case .future: return diff >= -(behind / 31) ? r.year : r.year + 1
        default:
            return diff > 6 ? r.year - 1 : diff < -6 ? r.year + 1 : r.year
        }
    }

    /// The day of the month on which the part a mod names begins.
    static let partStarts = ["START": 1, "MID": 11, "END": 21]

    /// Past: the most recent such weekday on or before the reference; future:
    /// the next one after it; "last"/"next" skip the reference day itself.
    private func weekday(_ w: Int, shift: Int?, ref r: Day, tense: ClauseTense) -> Day {
        let back = (r.weekday - w + 7) % 7
        let ahead = (w - r.weekday + 7) % 7
        switch shift {
        case -1: return r.adding(days: back == 0 ? -7 : -back)
        case 1: return r.adding(days: ahead == 0 ? 7 : ahead)
        case 0: return r.adding(days: w - r.weekday)
        default:
            if tense == .future { return r.adding(days: ahead == 0 ? 0 : ahead) }
            // Present ("plans to hold a conference on Tuesday"): the nearer one.
            if tense == .present || tense == .none { return ahead < back ? r.adding(days: ahead) : r.adding(days: -back) }
            return r.adding(days: -back)
        }
    }

    private func shifted(_ unit: String, _ n: Int, _ ref: Day?) -> TimeValue {
        guard let r = ref else {
            let v: String
            let g: Granularity
            switch unit {
            case "D", "h", "m", "s": (v, g) = ("XXXX-XX-XX", .day)
            case "W": (v, g) = ("XXXX-WXX", .week)
            case "WE": (v, g) = ("XXXX-WXX-WE", .week)
            case "M": (v, g) = ("XXXX-XX", .month)
            case "Q": (v, g) = ("XXXX-QX", .quarter)
            case "H": (v, g) = ("XXXX-HX", .half)
            case "DE": (v, g) = ("XXX", .decade)
            case "CE": (v, g) = ("XX", .century)
            default: (v, g) = ("XXXX", .year)
            }
            return TimeValue(value: v, granularity: g, earliest: nil, latest: nil)
        }
        switch unit {
        // "two hours ago": the reference has no clock, so the most we know is its day.
        case "D", "h", "m", "s": return TimeValue(day: r.adding(days: unit == "D" ? n : unit == "h" ? n / 24 : 0))
        case "W", "WE", "FN":
            let d = r.adding(days: 7 * n * (unit == "FN" ? 2 : 1))
            let w = d.isoWeek
            let monday = Day.mondayOf(isoYear: w.year, week: w.week)
            let v = Day.pad(w.year, 4) + "-W" + Day.pad(w.week, 2)
            if unit == "WE" {
                return TimeValue(value: v + "-WE", granularity: .week, earliest: monday.adding(days: 5), latest: monday.adding(days: 6))
            }
            return TimeValue(value: v, granularity: .week, earliest: monday, latest: monday.adding(days: 6))
        case "M":
            let d = r.firstOfMonth.adding(months: n)
            return TimeValue(year: d.year, month: d.month)
        case "Q", "H":
            let months = unit == "Q" ? 3 : 6
            let index = r.year * (12 / months) + (r.month - 1) / months + n
            let y = index >= 0 ? index / (12 / months) : (index - (12 / months) + 1) / (12 / months)
            return part(y, index - y * (12 / months) + 1, months)
        case "DE":
            let start = (r.year / 10 + n) * 10
            return value(.decade(start), on: nil, tense: .none)
        case "CE":
            return value(.century(r.year / 100 + 1 + n), on: nil, tense: .none)
        default:
            return TimeValue(year: r.year + n)
        }
    }

    private func part(_ y: Int, _ n: Int, _ months: Int) -> TimeValue {
        let first = Day(year: y, month: (n - 1) * months + 1, day: 1)
        let last = first.adding(months: months - 1).lastOfMonth
        return TimeValue(value: Day.pad(y, 4) + (months == 3 ? "-Q" : "-H") + String(n),
                         granularity: months == 3 ? .quarter : .half, earliest: first, latest: last)
    }

    private func season(_ code: String, _ ys: YearSpec, _ shift: Int?, _ ref: Day?, _ tense: ClauseTense) -> TimeValue {
        guard let s = lexicon.seasons.values.first(where: { $0.code == code }) else {
            return TimeValue(value: "XXXX-" + code, granularity: .season, earliest: nil, latest: nil)
        }
        func occurrence(_ y: Int) -> TimeValue {
            let a = Day(year: y, month: s.first, day: 1)
            let b = Day(year: s.last < s.first ? y + 1 : y, month: s.last, day: 1).lastOfMonth
            return TimeValue(value: Day.pad(y, 4) + "-" + code, granularity: .season, earliest: a, latest: b)
        }
        switch ys {
        case .stated(let y): return occurrence(y)
        case .shifted(let n): if let r = ref { return occurrence(r.year + n) }
        case .none: break
        }
        guard let r = ref else { return TimeValue(value: "XXXX-" + code, granularity: .season, earliest: nil, latest: nil) }
        let all = (r.year - 2...r.year + 1).map(occurrence)
        let containing = all.first { $0.earliest! <= r && r <= $0.latest! }
        switch shift ?? (tense == .past ? -2 : tense == .future ? 2 : 0) {
        case -1: return all.last { $0.latest! < r } ?? occurrence(r.year - 1)
        case 1: return all.first { $0.earliest! > r } ?? occurrence(r.year + 1)
        case -2: return containing ?? all.last { $0.latest! < r } ?? occurrence(r.year)
        case 2: return containing ?? all.first { $0.earliest! > r } ?? occurrence(r.year)
        default: return containing ?? occurrence(r.year)
        }
    }

    private func holidayYear(_ rule: String, _ ys: YearSpec, _ ref: Day?, _ tense: ClauseTense) -> Int? {
        switch ys {
        case .stated(let y): return y
        case .shifted(let n): return ref.map { $0.year + n }
        case .none:
            guard let r = ref, let d = holiday(rule, year: r.year) else { return ref?.year }
            if tense == .past && d > r { return r.year - 1 }
            if tense == .future && d < r { return r.year + 1 }
            return r.year
        }
    }

    /// The day of a holiday rule in `year`: `MM-DD`, `MM-N-W`, `easter+K`.
    func holiday(_ rule: String, year y: Int) -> Day? {
        if rule.hasPrefix("hijri:") { return hijriDays(rule, year: y)?.first }
        if rule.hasPrefix("easter") {
            let k = Int(rule.dropFirst(6)) ?? 0
            let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k2 = c % 4, l = (32 + 2 * e + 2 * i - h - k2) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return Day(year: y, month: month, day: day).adding(days: k)
        }
        // "11-1-1+1": a day after a rule's day (the Tuesday after the first Monday).
        if let plus = rule.firstIndex(of: "+"), let k = Int(rule[rule.index(after: plus)...]) {
            return holiday(String(rule[..<plus]), year: y)?.adding(days: k)
        }
        // "05--1-1": month 5, n = -1, weekday 1.
        var parts = [Int]()
        var sign = 1, cur = 0, has = false
        for ch in rule.utf8 {
            if ch == 0x2D {
                if has { parts.append(sign * cur); cur = 0; has = false; sign = 1 } else { sign = -1 }
            } else if let next = DecimalNumber.appending(ch, to: cur) {
                cur = next; has = true
            } else if ch >= 0x30 && ch <= 0x39 {
                return nil  // a number too long for any rule
            }
        }
        if has { parts.append(sign * cur) }
        if parts.count == 2 { return Day(year: y, month: parts[0], day: parts[1]) }
        guard parts.count == 3 else { return nil }
        let (month, n, w) = (parts[0], parts[1], parts[2])
        if n > 0 {
            let first = Day(year: y, month: month, day: 1)
            return first.adding(days: (w - first.weekday + 7) % 7 + 7 * (n - 1))
        }
        let last = Day(year: y, month: month, day: 1).lastOfMonth
        return last.adding(days: -((last.weekday - w + 7) % 7))
    }
}
