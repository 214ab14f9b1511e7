/// Checks a publication date given as metadata (front matter `date:`, a
/// JSON Lines `date` field) before it is trusted: one that is not a date is
/// ignored with a warning saying why, never silently, and never read as some
/// other date ("-0001-01-01" as year 1, "2019-02-30" as February 28).
enum MetadataDate {
    static let tagger = TimeTagger()

    /// Nil when `text` names a day or a month the time stage reads; else why it is no date.
    static func problem(_ text: String) -> String? {
        let t = text.trimmedXMLSpace
        if t.hasPrefix("-") || t.hasPrefix("\u{2212}") { return "a year before year 1 is no publication date" }
        if let (fields, widths) = numericFields(t) {
            let (y, m, d) = (fields[0], fields[1], fields[2])
            if widths[0] > 4 { return "a year has four digits" }
            if widths[0] == 4 {
                if y < 1 { return "there is no year 0" }
                if !(1...12).contains(m) { return "there is no month \(m)" }
                let length = Day.length(ofMonth: m, year: y)
                if d < 1 || d > length { return "\(Day.pad(y, 4))-\(Day.pad(m, 2)) has days 1 to \(length)" }
            }
        }
        if tagger.publicationDay(in: t) != nil { return nil }
        if tagger.tag(t, reference: .unknown).contains(where: {
            $0.type == .date && $0.value.granularity == .month && $0.value.isBounded
        }) { return nil }
        return "no day or month in it (write YYYY-MM-DD)"
    }

    /// `Y-M-D` or `Y/M/D` at the start of `t`: the three values (of their
    /// first nine digits) and their widths.
    static func numericFields(_ t: String) -> ([Int], [Int])? {
        var fields = [Int](), widths = [Int]()
        var cur = 0, width = 0
        var separator: UInt8?
        for c in t.utf8 {
            if c >= 0x30 && c <= 0x39 {
                // Digits past the ninth only count (a field that long is no date field anyway).
                if width < 9, let next = DecimalNumber.appending(c, to: cur) { cur = next }
                width += 1
            } else if width > 0, fields.count < 2, c == 0x2D || c == 0x2F, separator == nil || separator == c {
                separator = c
                fields.append(cur); widths.append(width)
                cur = 0; width = 0
            } else {
                break
            }
        }
        guard fields.count == 2, width > 0 else { return nil }
        return (fields + [cur], widths + [width])
    }
}
