/// All-digit dates in page furniture ("30.01.2022 18:36", "02/10/2020",
/// "$Date: 2016/11/18 06:31:41 $") rewritten as ISO days for the time stage,
/// which reads words and ISO forms. Dotted dates are day first (the German
/// and Nordic way); slashed ones are year first when they start with a year,
/// else day first when the first part is over 12 or the page is not in
/// American English, else month first.
enum NumericDate {
    static func iso(_ text: String, dayFirst: Bool) -> String? {
        let b = Array(text.utf8)
        var i = 0
        func number(_ at: inout Int) -> (value: Int, digits: Int)? {
            var v = 0, n = 0
            while at < b.count && b[at] >= 0x30 && b[at] <= 0x39 && n < 5 { v = v * 10 + Int(b[at] - 0x30); at += 1; n += 1 }
            return n == 0 ? nil : (v, n)
        }
        while i < b.count {
            guard b[i] >= 0x30 && b[i] <= 0x39, i == 0 || !(b[i - 1] >= 0x30 && b[i - 1] <= 0x39) else { i += 1; continue }
            var j = i
            guard let a = number(&j), j < b.count, b[j] == 0x2E || b[j] == 0x2F || b[j] == 0x2D else { i = j; continue }
            let separator = b[j]
            j += 1
            guard let m = number(&j), j < b.count, b[j] == separator else { i = j; continue }
            j += 1
            guard let c = number(&j) else { i = j; continue }
            var day: Int, month: Int, year: Int
            if a.digits == 4 {
                (year, month, day) = (a.value, m.value, c.value)
            } else if c.digits == 4 || c.digits == 2 {
                year = c.digits == 2 ? 2000 + c.value : c.value
                if separator == 0x2E || a.value > 12 || (dayFirst && m.value <= 12) {
                    (day, month) = (a.value, m.value)
                } else {
                    (day, month) = (m.value, a.value)
                }
            } else {
                i = j
                continue
            }
            if (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day) {
                func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
                return "\(year)-\(pad(month))-\(pad(day))"
            }
            i = j
        }
        return nil
    }
}
