/// A day of the proleptic Gregorian calendar, without time zone.
///
/// Day arithmetic is done on a day count (days since 1970-01-01), with the
/// civil-from-days conversion of Howard Hinnant's date algorithms, so no
/// `Calendar` or `Date` (and no machine clock) is ever involved.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, clamping `day` to the length of the month.
    public init(year: Int, month: Int, day: Int) {
        let m = min(max(month, 1), 12)
        self.year = year
        self.month = m
        self.day = min(max(day, 1), Day.length(ofMonth: m, year: year))
    }

    /// Creates a day from the number of days since 1970-01-01.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Parses `YYYY-MM-DD`, also accepting a longer ISO string (`2020-07-16T20:53`)
    /// and `YYYY/MM/DD`; returns nil for anything else, for a day the month
    /// does not have and for year 0000.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == bytes[7], bytes[4] == 0x2D || bytes[4] == 0x2F,
            let y = Day.number(bytes[0..<4]), y >= 1, let m = Day.number(bytes[5..<7]),
            let d = Day.number(bytes[8..<10]), (1...12).contains(m), d >= 1,
            d <= Day.length(ofMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? { DecimalNumber.value(bytes) }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (daysSinceEpoch % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday (3 from Monday)
        return w + 1
    }

    public func adding(days n: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + n) }

    /// Adds calendar months, clamping the day to the target month's length.
    public func adding(months n: Int) -> Day {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        return Day(year: y, month: total - y * 12 + 1, day: day)
    }

    public func adding(years n: Int) -> Day { Day(year: year + n, month: month, day: day) }

    public var firstOfMonth: Day { Day(year: year, month: month, day: 1) }
    public var lastOfMonth: Day { Day(year: year, month: month, day: Day.length(ofMonth: month, year: year)) }

    /// The ISO 8601 week-numbering year and week of this day.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1)
    }

    /// The Monday of ISO week `week` of ISO year `year`.
    public static func mondayOf(isoYear year: Int, week: Int) -> Day {
        let jan4 = Day(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
