/// How fine a time value is: a month stays a month.
public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case century, decade, year, half, quarter, season, month, week, day, partOfDay, time
    /// Not a point or period on the calendar (PRESENT_REF, PAST_REF, durations, sets).
    case other

    private var rank: Int { Granularity.allCases.firstIndex(of: self)! }
    /// Coarser granularities sort first.
    public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
}

/// A normalised time value: its TimeML value, its granularity, and the
/// days that bound it (`nil` where a bound is unknown, for example an
/// underspecified `XXXX-12` in a document without a publication date).
public struct TimeValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// TimeML value: `2018-12`, `2019-02-26`, `2019-W08`, `XXXX-12`, `PAST_REF`, `P3Y`.
    public var value: String
    public var granularity: Granularity
    public var earliest: Day?
    public var latest: Day?

    public init(value: String, granularity: Granularity, earliest: Day?, latest: Day?) {
        self.value = value
        self.granularity = granularity
        self.earliest = earliest
        self.latest = latest
    }

    /// A single day.
    public init(day: Day) {
        self.init(value: day.description, granularity: .day, earliest: day, latest: day)
    }

    /// A calendar month.
    public init(year: Int, month: Int) {
        let first = Day(year: year, month: month, day: 1)
        self.init(value: Day.pad(year, 4) + "-" + Day.pad(month, 2), granularity: .month,
                  earliest: first, latest: first.lastOfMonth)
    }

    /// A calendar year.
    public init(year: Int) {
        self.init(value: Day.pad(year, 4), granularity: .year,
                  earliest: Day(year: year, month: 1, day: 1), latest: Day(year: year, month: 12, day: 31))
    }

    /// Both bounds known.
    public var isBounded: Bool { earliest != nil && latest != nil }

    /// Whether two values can denote the same time: their intervals overlap
    /// (an unknown bound overlaps anything).
    public func isCompatible(with other: TimeValue) -> Bool {
        if let a = earliest, let b = other.latest, a > b { return false }
        if let a = other.earliest, let b = latest, a > b { return false }
        return true
    }

    /// Length of the bounding interval in days, or nil when unbounded.
    public var spanInDays: Int? {
        guard let e = earliest, let l = latest else { return nil }
        return l.daysSinceEpoch - e.daysSinceEpoch + 1
    }

    public var description: String { value }
}

/// What a document's relative expressions are resolved against: its
/// publication day when known, or bounds on it (an inferred publication
/// date), or nothing. Never the machine's clock.
public struct TimeReference: Sendable, Hashable, Codable {
    public var earliest: Day?
    public var latest: Day?

    public init(earliest: Day?, latest: Day?) {
        self.earliest = earliest
        self.latest = latest
    }

    public init(day: Day) { self.init(earliest: day, latest: day) }

    /// No publication date at all.
    public static let unknown = TimeReference(earliest: nil, latest: nil)

    /// The publication day, when it is known to the day.
    public var day: Day? { earliest != nil && earliest == latest ? earliest : nil }
}

extension TimeValue {
    /// The coarsest TimeML value that names the days `earliest...latest`,
    /// keeping those bounds: one day, one month, one year, or `XXXX`.
    public static func covering(_ earliest: Day?, _ latest: Day?) -> TimeValue {
        guard let e = earliest, let l = latest else {
            return TimeValue(value: "XXXX", granularity: .other, earliest: earliest, latest: latest)
        }
        if e == l { return TimeValue(day: e) }
        if e.year == l.year && e.month == l.month {
            var v = TimeValue(year: e.year, month: e.month)
            (v.earliest, v.latest) = (e, l)
            return v
        }
        if e.year == l.year {
            var v = TimeValue(year: e.year)
            (v.earliest, v.latest) = (e, l)
            return v
        }
        return TimeValue(value: "XXXX", granularity: .other, earliest: e, latest: l)
    }
}
