/// One time expression found by ``TimexMatcher``, before resolution.
struct TimexCandidate: Sendable, Hashable {
    /// Token indices of the expression.
    var tokens: Range<Int>
    var type: TimexType
    var meaning: TimexMeaning
    var mod: String?
    /// Counted from the time the text last spoke of rather than from the
    /// publication ("the following year", "that day", "the next morning").
    var anaphoric = false
    /// Anaphoric and meaningless without a time to point back to: "that
    /// day" with no date before it is generic ("trades made that day").
    var needsAnchor = false
    /// The second end of a range: read in the tense of the first ("from March to May").
    var closesRange = false

    /// Resolved from the time the text last spoke of when there is one:
    /// anaphoric words, and a clock time with no day of its own ("on Friday
    /// ... at 10:35 a.m."); else from the publication date.
    var countsFromLastTime: Bool {
        if anaphoric { return true }
        if case .clock(nil, _, _, _) = meaning { return true }
        return false
    }
}

/// Finds time expressions in the tokens of a text.
///
/// At each token every pattern family is tried (numeric dates, month
/// phrases, weekdays, shifted units, counted units, deictic words, seasons,
/// quarters, decades, holidays, named events, clock times, sets); the longest
/// match wins and scanning resumes after it. Words come from ``TimeLexicon``;
/// this type only knows the shapes of the phrases.
struct TimexMatcher {
    let a: TextAnalysis
    let lex: TimeLexicon
    /// Lower-cased token texts (curly apostrophes folded to straight ones).
    let low: [String]
    /// The clock stamps of a live page: four digits that read as a 24-hour
    /// time opening at least ``minimumStamps`` of its sentences, each before
    /// a capitalised word or a number ("2346 Survivor Jackson tells the BBC
    /// ...", "2032 50,000 people ..."): times of the day, not years.
    let stamps: Set<Int>
    static let minimumStamps = 3

    init(_ analysis: TextAnalysis, lexicon: TimeLexicon = .shared) {
        a = analysis
        lex = lexicon
        low = analysis.tokens.indices.map { i in
            let s = analysis.tokens[i].span
            var out = [UInt8]()
            out.reserveCapacity(s.length)
            var j = s.start
            let b = analysis.bytes
            while j < s.end {
                let c = b[j]
                if c == 0xE2 && j + 2 < s.end && b[j + 1] == 0x80 && (b[j + 2] == 0x99 || b[j + 2] == 0x98) {
                    out.append(0x27); j += 3; continue
                }
                out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                j += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        var stamps = Set<Int>()
        for sentence in analysis.sentences where sentence.tokens.count > 2 {
            let i = sentence.tokens.lowerBound
            guard low[i].utf8.count == 4, let n = Int(low[i]), n / 100 <= 23, n % 100 <= 59,
                  analysis.tokens[i + 1].isCapitalized || analysis.tokens[i + 1].kind == .number else { continue }
            stamps.insert(i)
        }
        self.stamps = stamps.count >= Self.minimumStamps ? stamps : []
    }

    // MARK: Token helpers

    func w(_ i: Int) -> String { i >= 0 && i < low.count ? low[i] : "" }
    func cap(_ i: Int) -> Bool { i >= 0 && i < low.count && a.tokens[i].isCapitalized }
    func kind(_ i: Int) -> TokenKind? { i >= 0 && i < low.count ? a.tokens[i].kind : nil }
    /// Whether tokens `i` and `i+1` touch (no space between).
    func touching(_ i: Int) -> Bool { i + 1 < low.count && a.tokens[i].span.end == a.tokens[i + 1].span.start }

    /// The value of an all-digit token.
    func digits(_ i: Int) -> Int? {
        guard kind(i) == .number else { return nil }
        return DecimalNumber.value(low[i].utf8, limit: 1_000_000)
    }

    /// A day of the month written as "22" or "22nd".
    func dayNumber(_ i: Int) -> Int? {
        if let d = digits(i), low[i].utf8.count <= 2, (1...31).contains(d) { return d }
        guard kind(i) == .number else { return nil }
        let s = low[i]
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) {
            if let d = Int(s.dropLast(2)), (1...31).contains(d), s.utf8.count <= 4 { return d }
        }
        return nil
    }

    /// A year written with four digits (any value) or as "'98".
    func yearNumber(_ i: Int) -> (year: Int, end: Int)? {
        if let y = digits(i), low[i].utf8.count == 4 {
            // Four digits before a time zone are a clock time ("19 JANUARY, 2200 GMT").
            if let c = lex.clock[w(i + 1)], c.kind == "zone" { return nil }
            return (y, i + 1)
        }
        if w(i) == "'", touching(i), let y = digits(i + 1), low[i + 1].utf8.count == 2 {
            return (y < 30 ? 2000 + y : 1900 + y, i + 2)
        }
        return nil
    }

    /// A plausible stand-alone year (1900-2099) that is not a quantity.
    func standaloneYear(_ i: Int) -> Bool {
        guard let y = digits(i), low[i].utf8.count == 4 else { return false }
        // Earlier years only after a preposition ("independence from Spain in 1898").
        guard (1900...2099).contains(y) || ((1500...1899).contains(y) && lex.signals[w(i - 1)]?.contains("year-prep") == true)
        else { return false }
        if lex.notTimeBefore.contains(w(i - 1)) || lex.notTimeAfter.contains(w(i + 1)) { return false }
        if identifies(i) || stamps.contains(i) { return false }
        // Four digits before a time zone are a clock time ("completed at 1930 CDT").
        if let c = lex.clock[w(i + 1)], c.kind == "zone" { return false }
        // "1984-85" is a range, "1984 -- part of" a dash.
        if (w(i + 1) == "-" && !(w(i + 2) == "-" || !touching(i))) || w(i + 1) == "/" || (kind(i + 1) == .number && touching(i)) { return false }
        if kind(i - 1) == .symbol && touching(i - 1) { return false }
        return true
    }

    /// The number at `i` is the identifier of the noun before it ("Resolution
    /// 1973", "Flight 1973", "Windows 2000"), not a year: a capitalised word
    /// right before it that no time table knows (not a month, season,
    /// weekday, time modifier or signal, nor a word that may stand before a
    /// year: "In 1973", "The 1973 oil crisis", "Fiscal 1989"), and no
    /// possessive ("Mixte's 1989 results"). A noun that names an event takes
    /// the year as its time ("Conference 2010", "WWDC 2005": event nouns of
    /// `events/event-nominals.tsv` and acronyms).
    func identifies(_ i: Int) -> Bool {
        let p = i - 1
        guard kind(p) == .word, cap(p), !touching(p) else { return false }
        var word = w(p)
        if word.hasSuffix(".") { word.removeLast() }
        if word.hasSuffix("'s") || word.hasSuffix("'") || word == "i" { return false }
        if lex.triggers.contains(word) || lex.signals[word] != nil || lex.verbGroup[word] != nil || lex.months[word] != nil
            || lex.eventNouns.contains(word) {
            return false
        }
        let written = a.string(token: p)
        if written.count >= 2, written.allSatisfy({ $0.isUppercase || $0 == "." }) { return false }
        return true
    }

    /// A month word at `i` (with its optional abbreviation period), if it reads as a month here.
    func month(_ i: Int, needsNumberAfter: Bool = false) -> (month: Int, end: Int)? {
        var key = w(i)
        var end = i + 1
        if key.hasSuffix(".") { key.removeLast() }
        // Lower case is accepted for unambiguous full names ("april 22"), not for "may"/"march" or abbreviations.
        guard let m = lex.months[key], cap(i) || (!m.ambiguous && key.utf8.count > 4 && key != "sept") else { return nil }
        if w(end) == "." && touching(i) && key.utf8.count <= 4 { end += 1 }
        let isShort = key.utf8.count <= 4 && key != "june" && key != "july" && key != "may"
        if isShort && !(dayNumber(end) != nil || yearNumber(end) != nil) && !needsNumberAfter { return nil }
        return (m.number, end)
    }

    func allCaps(_ i: Int) -> Bool {
        let s = a.tokens[i].span
        return a.bytes[s.start..<s.end].allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) }
    }

    func weekday(_ i: Int) -> (day: Int, end: Int)? {
        var key = w(i)
        var end = i + 1
        if key.hasSuffix(".") { key.removeLast() }
        guard let d = lex.weekdays[key], cap(i) || key.hasSuffix("day") else { return nil }
        if key.utf8.count <= 5 && !key.hasSuffix("day") {
            // "Tue," / "Tue." only before a date.
            if w(end) == "." && touching(i) { end += 1 }
            let next = w(end) == "," ? end + 1 : end
            guard dayNumber(next) != nil || month(next) != nil else { return nil }
        }
        return (d, end)
    }

    /// A counted quantity: "3", "three", "twenty-four", "a", "a few", "several".
    /// `value` nil means vague (TimeML X).
    func quantity(_ i: Int) -> (value: Double?, end: Int)? {
        if let n = digits(i) { return (Double(n), i + 1) }
        // "2.5"; not "1e309" or a 40-digit figure: a count is finite and at most a million.
        if kind(i) == .number, low[i].utf8.contains(0x2E), !low[i].utf8.contains(0x2F), let d = Double(low[i]),
            d.isFinite, d >= 0, d <= 1_000_000 {
            return (d, i + 1)
        }
        let s = w(i)
        // "half an hour", "half a day", "half hour"
        if s == "half" {
            if w(i + 1) == "a" || w(i + 1) == "an" { return (0.5, i + 2) }
            if unit(i + 1)?.plural == false { return (0.5, i + 1) }
            return nil
        }
        if s == "a" || s == "an" {
            if w(i + 1) == "few" { return (nil, i + 2) }
            if w(i + 1) == "couple" && w(i + 2) == "of" { return (2, i + 3) }
            if w(i + 1) == "half" { return (0.5, i + 2) }
            return (1, i + 1)
        }
        if s.utf8.contains(0x2D) {
            let parts = s.split(separator: "-").map(String.init)
            if parts.count == 2, let t = lex.numbers[parts[0]], let u = lex.numbers[parts[1]],
                t.kind == "cardinal", u.kind == "cardinal", t.value >= 20, u.value < 10 {
                return (Double(t.value + u.value), i + 1)
            }
        }
        guard let n = lex.numbers[s] else { return nil }
        // "the next couple of years"
        if n.kind == "vague", n.value > 0, w(i + 1) == "of" { return (Double(n.value), i + 2) }
        switch n.kind {
        case "cardinal":
            if n.value >= 20 && n.value < 100, let u = lex.numbers[w(i + 1)], u.kind == "cardinal", u.value < 10 {
                return (Double(n.value + u.value), i + 2)
            }
            return (Double(n.value), i + 1)
        case "vague": return (n.value > 0 ? Double(n.value) : nil, i + 1)
        default: return nil
        }
    }

    /// A unit word: (code, plural).
    func unit(_ i: Int) -> (code: String, plural: Bool)? {
        let s = w(i)
        guard let u = lex.units[s] else { return nil }
        return (u, s.hasSuffix("s") && s != "s")
    }

    static func durationValue(_ n: Double?, _ unit: String) -> String {
        // A half of a unit is written in the next smaller one: P2Y6M, PT5H30M, PT1M30S.
        if let n, n != n.rounded(), (n * 2) == (n * 2).rounded() {
            let whole = Int(n)
            let half: String
            switch unit {
            case "Y": half = "6M"
            case "D": half = "T12H"
            case "h": half = "30M"
            case "m": half = "30S"
            default: half = ""
            }
            if !half.isEmpty {
                let head = durationValue(Double(whole), unit)
                if whole == 0 { return unit == "h" || unit == "m" ? "PT" + half : "P" + half }
                return head + half
            }
        }
        let count: String
        if let n {
            count = n == n.rounded() ? String(Int(n)) : String(n)
        } else {
            count = "X"
        }
        switch unit {
        case "h": return "PT\(count)H"
        case "m": return "PT\(count)M"
        case "s": return "PT\(count)S"
        case "Q": return n.map { $0 == $0.rounded() ? "P\(Int($0))Q" : "P\(Int($0 * 3))M" } ?? "PXQ"
        case "DE": return n.map { "P\(Int($0 * 10))Y" } ?? "P\(count)DE"
        case "CE": return n.map { "P\(Int($0 * 100))Y" } ?? "P\(count)CE"
        case "FN": return n.map { "P\(Int($0 * 2))W" } ?? "PXW"
        case "WE": return "P\(count)WE"
        case "H": return n.map { "P\(Int($0 * 6))M" } ?? "PXM"
        default: return "P\(count)\(unit)"
        }
    }

    // MARK: Scan

    /// Whether a pattern can start at token `i`: a number, or a word some
    /// table starts a phrase with (also before a hyphen: "two-year", "mid-1990s").
    func isTrigger(_ i: Int) -> Bool {
        switch a.tokens[i].kind {
        case .number: return true
        case .punctuation, .symbol: return low[i] == "'"
        case .word:
            let s = low[i]
            if lex.triggers.contains(s) { return true }
            let b = s.utf8
            if let dash = b.firstIndex(of: 0x2D) {
                return lex.triggers.contains(String(s[..<dash]))
            }
            if let f = b.first, f == 0x71 || f == 0x68 || f == 0x66, b.count >= 2, b.count <= 6,
                let l = b.last, l >= 0x30 && l <= 0x39 { return true }  // q3, h1, fy2019
            return false
        }
    }

    func candidates() -> [TimexCandidate] {
        var out = [TimexCandidate]()
        var i = 0
        let n = low.count
        while i < n {
            guard isTrigger(i) else { i += 1; continue }
            var best: TimexCandidate?
            for c in matches(at: i) where best == nil || c.tokens.upperBound > best!.tokens.upperBound {
                best = c
            }
            if var c = best {
                c = extendLeft(c, floor: out.last?.tokens.upperBound ?? 0)
                out.append(c)
                i = c.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private func matches(at i: Int) -> [TimexCandidate] {
        var found = [TimexCandidate]()
        func add(_ c: TimexCandidate?) { if let c { found.append(c) } }
        add(periodPhrase(i))  // a fixed table phrase wins a tie with the general patterns
        add(numericDate(i))
        add(monthPhrase(i))
        add(dayMonthPhrase(i))
        add(weekdayPhrase(i))
        add(shiftedPhrase(i))
        add(countedPhrase(i))
        add(deictic(i))
        add(seasonPhrase(i))
        add(partPhrase(i))
        add(decadePhrase(i))
        add(modifiedPartOfDay(i))
        add(namedEvent(i))
        add(holidayPhrase(i))
        add(clockPhrase(i))
        add(setPhrase(i))
        add(fiscalPhrase(i))
        add(spokenYear(i))
        add(unspecifiedLength(i))
        add(partOfDayPhrase(i))
        add(nthWeekPhrase(i))
        return found
    }

    /// Prefix modifiers: "early 1998", "late last year", "the end of 2018",
    /// "more than three years", "earlier this year".
    private func extendLeft(_ c: TimexCandidate, floor: Int) -> TimexCandidate {
        var c = c
        let start = c.tokens.lowerBound
        for pm in lex.pointModifiers {
            let k = pm.words.count + (pm.takesOf ? 1 : 0)
            let s = start - k
            guard s >= floor else { continue }
            var ok = true
            for (j, word) in pm.words.enumerated() where w(s + j) != word { ok = false }
            if pm.takesOf && w(start - 1) != "of" { ok = false }
            guard ok else { continue }
            let durationLike = pm.mod.hasPrefix("LESS") || pm.mod.hasPrefix("MORE") || pm.mod.hasPrefix("EQUAL") || pm.mod == "APPROX"
            if durationLike {
                guard c.type == .duration || c.type == .time, w(start) != "the" else { continue }
            } else {
                guard c.type == .date || c.type == .time else { continue }
            }
            c.tokens = s..<c.tokens.upperBound
            if pm.mod != "NONE" { c.mod = pm.mod }
            return c
        }
        return c
    }

    // MARK: Families

    /// 2013-03-22, 2020/7/16 [20:53:40], 3/22/13, 1998 (a year), 1990s, '90s.
    private func numericDate(_ i: Int) -> TimexCandidate? {
        guard kind(i) == .number || w(i) == "'" else { return nil }
        if let y = yearNumber(i), w(i) == "'" {
            if low[i + 1].hasSuffix("s") { return nil }
            return TimexCandidate(tokens: i..<y.end, type: .date, meaning: .calendar(year: .stated(y.year), month: nil, day: nil))
        }
        if w(i) == "'" {
            // '90s
            let s = w(i + 1)
            if touching(i), s.hasSuffix("s"), let d = Int(s.dropLast()), s.utf8.count == 3 {
                return TimexCandidate(tokens: i..<i + 2, type: .date, meaning: .decade((d < 30 ? 2000 : 1900) + d))
            }
            return nil
        }
        let s = low[i]
        let bytes = Array(s.utf8)
        // Decades: 1990s.
        if bytes.count == 5, s.hasSuffix("s"), let d = Int(s.dropLast()), d % 10 == 0, (1000...2090).contains(d) {
            let start = w(i - 1) == "the" ? i - 1 : i
            return TimexCandidate(tokens: start..<i + 1, type: .date, meaning: .decade(d))
        }
        // Centuries: 20th century.
        if let d = dayNumber(i), !s.allSatisfy({ $0.isNumber }), unit(i + 1)?.code == "CE" {
            let start = w(i - 1) == "the" ? i - 1 : i
            return TimexCandidate(tokens: start..<i + 2, type: .date, meaning: .century(d))
        }
        // Dates with separators.
        var fields = [Int]()
        var widths = [Int]()
        var seps = [UInt8]()
        var cur = 0, width = 0, has = false, trailingT = false
        for (k, c) in bytes.enumerated() {
            if c >= 0x30 && c <= 0x39 {
                // A field too long for any date ("12345678901234567890") makes the token no date.
                guard let next = DecimalNumber.appending(c, to: cur), width < 9 else { return nil }
                cur = next; has = true; width += 1; continue
            }
            if has { fields.append(cur); widths.append(width); cur = 0; width = 0; has = false }
            if c == 0x74 && k == bytes.count - 1 { trailingT = true; break }
            seps.append(c)
        }
        if has { fields.append(cur); widths.append(width) }
        if fields.count == 3, seps.count >= 2, seps[0] == seps[1], seps[0] == 0x2D || seps[0] == 0x2F || seps[0] == 0x2E {
            var y = 0, m = 0, d = 0
            if widths[0] == 4 {
                (y, m, d) = (fields[0], fields[1], fields[2])
            } else if seps[0] == 0x2F || seps[0] == 0x2E || seps[0] == 0x2D, widths[2] == 4 || widths[2] == 2 {
                y = widths[2] == 4 ? fields[2] : (fields[2] < 50 ? 2000 + fields[2] : 1900 + fields[2])
                if fields[0] <= 12 { (m, d) = (fields[0], fields[1]) } else { (m, d) = (fields[1], fields[0]) }
            } else {
                return nil
            }
            guard y >= 1, (1...12).contains(m), d >= 1, d <= Day.length(ofMonth: m, year: y) else { return nil }
            let date = TimexMeaning.calendar(year: .stated(y), month: m, day: d)
            var end = i + 1
            if trailingT || kind(end) == .number, let (clock, cend) = clockTime(end) {
                end = cend
                return TimexCandidate(tokens: i..<end, type: .time, meaning: .clock(base: date, hour: clock.0, minute: clock.1, second: clock.2))
            }
            return TimexCandidate(tokens: i..<end, type: .date, meaning: date)
        }
        // A bare year.
        if standaloneYear(i) {
            let y = digits(i)!
            return TimexCandidate(tokens: i..<i + 1, type: .date, meaning: .calendar(year: .stated(y), month: nil, day: nil))
        }
        // "the 22nd"
        if w(i - 1) == "the", let d = dayNumber(i), !s.allSatisfy({ $0.isNumber }),
            kind(i + 1) == .punctuation || kind(i + 1) == nil {
            return TimexCandidate(tokens: i - 1..<i + 1, type: .date, meaning: .calendar(year: .none, month: nil, day: d))
        }
        return nil
    }

    /// A year in words: "nineteen ninety-six", "nineteen eighty".
    /// Years and decades in words: "nineteen ninety-four", "two thousand
    /// (and) one", "the year two thousand", "the nineties".
    private func spokenYear(_ i: Int) -> TimexCandidate? {
        if let d = lex.numbers[w(i)], d.kind == "decade", w(i - 1) == "the" || pointModifier(w(i - 1)) != nil {
            return TimexCandidate(tokens: (w(i - 1) == "the" ? i - 1 : i)..<i + 1, type: .date, meaning: .decade(1900 + d.value))
        }
        guard let lead = lex.numbers[w(i)], lead.kind == "cardinal" else { return nil }
        var y: Int
        var e: Int
        let thousands = lex.numbers[w(i + 1)]?.kind == "thousand"
        if thousands, (1...2).contains(lead.value) {
            y = lead.value * 1000
            e = i + 2
            let k = w(e) == "and" ? e + 1 : e
            if let (rest, re) = quantity(k), let r = rest, r >= 1, r < 100, r == r.rounded() {
                y += Int(r)
                e = re
            }
        } else {
            guard (10...20).contains(lead.value), let (rest, re) = quantity(i + 1), let r = rest, r >= 10, r < 100,
                lex.numbers[w(i + 1)] != nil || w(i + 1).utf8.contains(0x2D)
            else { return nil }
            y = lead.value * 100 + Int(r)
            e = re
        }
        guard (1000...2099).contains(y), unit(e) == nil else { return nil }
        // "the year two thousand": the words before a spoken year belong to it.
        let afterTheYear = w(i - 2) == "the" && unit(i - 1)?.code == "Y" && unit(i - 1)?.plural == false
        // "two thousand" is a count ("two thousand people") unless "the year" or a preposition ends a phrase with it.
        if thousands && e == i + 2 && !afterTheYear && !(lex.verbGroup[w(i - 1)] == "preposition" && kind(e) != .word) { return nil }
        let start = afterTheYear ? i - 2 : i
        return TimexCandidate(tokens: start..<e, type: .date, meaning: .calendar(year: .stated(y), month: nil, day: nil))
    }

    func clockTime(_ i: Int) -> ((Int, Int, Int?), Int)? {
        guard kind(i) == .number else { return nil }
        let s = low[i]
        var parts = s.split(separator: ":").map(String.init)
        var zoneLetter = false
        if let last = parts.last, last.hasSuffix("z") { parts[parts.count - 1] = String(last.dropLast()); zoneLetter = true }
        var end = i + 1
        var h = 0, m = 0
        var sec: Int?
        // "7pm", "7:56pm": the am/pm word glued to the number.
        var glued: String?
        if let last = parts.last, last.utf8.count > 2, last.hasSuffix("pm") || last.hasSuffix("am") {
            glued = String(last.suffix(2))
            parts[parts.count - 1] = String(last.dropLast(2))
            if parts.count == 1, let hh = Int(parts[0]), hh >= 1, hh <= 12 { parts.append("00") }
        }
        if parts.count >= 2, parts.count <= 3, let hh = Int(parts[0]), let mm = Int(parts[1]), hh < 25, mm < 60,
            parts[1].utf8.count == 2 {
            h = hh; m = mm
            if parts.count == 3 { sec = Int(parts[2]) }
        } else if let hh = digits(i), hh >= 1, hh <= 12, let c = lex.clock[w(i + 1)], c.kind == "am" || c.kind == "pm" || c.kind == "oclock" {
            h = hh
        } else {
            return nil
        }
        if let g = glued {
            if g == "pm" && h < 12 { h += 12 }
            if g == "am" && h == 12 { h = 0 }
        } else if let c = lex.clock[w(end)], c.kind == "am" || c.kind == "pm" {
            if c.kind == "pm" && h < 12 { h += 12 }
            if c.kind == "am" && h == 12 { h = 0 }
            end += 1
            if w(end) == "." && touching(end - 1) { end += 1 }
        } else if lex.clock[w(end)]?.kind == "oclock" {
            end += 1
        }
        if !zoneLetter, let c = lex.clock[w(end)], c.kind == "zone", allCaps(end) { end += 1 }
        return ((h, m, sec), end)
    }

    /// An hour of the clock written 1-12 or as a word ("seven").
    func hourWord(_ i: Int) -> Int? {
        if let d = digits(i), low[i].utf8.count <= 2, (1...12).contains(d) { return d }
        if let n = lex.numbers[w(i)], n.kind == "cardinal", (1...12).contains(n.value) { return n.value }
        return nil
    }

    /// Clock times in words: "seven o'clock", "half past eight", "a quarter
    /// to 8", "20 minutes past nine", "8 in the morning" (the part of day
    /// makes 8 in the evening 20:00).
    private func spokenClock(_ i: Int) -> ((Int, Int), Int)? {
        var j = i
        var minutes: Int?
        var before = false
        if w(j) == "a" && w(j + 1) == "quarter" { j += 1 }
        if w(j) == "half" { minutes = 30; j += 1 } else if w(j) == "quarter" { minutes = 15; j += 1 }
        else if let (q, e) = quantity(j), let n = q, n == n.rounded(), (1...59).contains(Int(n)), w(j) != "a" {
            var k = e
            if let u = unit(k), u.code == "m" { k += 1 }
            // Without "minutes", digits count minutes only past the hour ("20 past nine"):
            // "5 to 6 pm" and "from five to seven" are ranges of hours.
            let opensRange = lex.ranges[w(i - 1)] == "open"
            if lex.clock[w(k)]?.kind == "relative", hourWord(k + 1) != nil,
                k > e || (!opensRange && kind(j) == .number && lex.clock[w(k)]?.argument == "+") {
                minutes = Int(n); j = k
            }
        }
        if minutes != nil {
            guard let c = lex.clock[w(j)], c.kind == "relative" else { return nil }
            before = c.argument == "-"
            j += 1
        }
        guard var h = hourWord(j) else { return nil }
        var end = j + 1
        var anchored = minutes != nil
        if lex.clock[w(end)]?.kind == "oclock" { end += 1; anchored = true }
        if let c = lex.clock[w(end)], c.kind == "am" || c.kind == "pm" {
            if c.kind == "pm" && h < 12 { h += 12 }
            if c.kind == "am" && h == 12 { h = 0 }
            end += 1
            if w(end) == "." && touching(end - 1) { end += 1 }
            anchored = true
        } else if w(end) == "in", w(end + 1) == "the", let p = lex.partsOfDay[w(end + 2)] {
            if (p == "AF" || p == "EV" || (p == "NI" && h >= 6)) && h < 12 { h += 12 }
            end += 3
            anchored = true
        }
        guard anchored else { return nil }
        var m = minutes ?? 0
        if before { h -= 1; m = 60 - m; if h < 0 { h += 24 } }
        return ((h, m), end)
    }

    /// "3:30 p.m. EST", "noon", "10 a.m. Tuesday".
    private func clockPhrase(_ i: Int) -> TimexCandidate? {
        var h = 0, m = 0
        var sec: Int?
        var end: Int
        if let c = lex.clock[w(i)], c.kind == "named" {
            let p = c.argument.split(separator: ":").compactMap { Int($0) }
            h = p[0]; m = p.count > 1 ? p[1] : 0
            end = i + 1
        } else if let (t, e) = clockTime(i) {
            // A bare "20:53" needs a colon; "3 p.m." needs its am/pm word.
            (h, m, sec) = t
            end = e
        } else if let (t, e) = spokenClock(i) {
            (h, m) = t
            end = e
        } else {
            return nil
        }
        var base: TimexMeaning?
        if let wd = weekday(end) {
            base = .weekday(wd.day, shift: nil); end = wd.end
        } else if w(end) == "on", let wd = weekday(end + 1) {
            base = .weekday(wd.day, shift: nil); end = wd.end
        } else if let d = lex.deictics[w(end)]?.first(where: { $0.kind == "day" && $0.words.count == 1 }) {
            base = .unitShift(unit: "D", by: Int(d.argument) ?? 0); end += 1
        } else if let c = monthPhrase(w(end) == "," ? end + 1 : end), case .calendar(_, _, _?) = c.meaning {
            // "5 p.m. EST, Nov. 9": the clock on that day.
            base = c.meaning
            end = c.tokens.upperBound
        }
        return TimexCandidate(tokens: i..<end, type: .time, meaning: .clock(base: base, hour: h, minute: m, second: sec))
    }

    /// "March 22, 2013", "Mar. 22", "December 2018", "March of 2019", a bare "January".
    private func monthPhrase(_ i: Int) -> TimexCandidate? {
        guard let (m, e) = month(i) else { return nil }
        var end = e
        if let d = dayNumber(end), !(yearNumber(end) != nil && low[end].utf8.count == 4) {
            end += 1
            var ys = YearSpec.none
            var j = end
            if w(j) == "," { j += 1 }
            if let y = yearNumber(j) { ys = .stated(y.year); end = y.end }
            guard Self.monthHas(m, day: d, year: ys) else { return nil }  // "February 30, 2019" is no date
            let date = TimexMeaning.calendar(year: ys, month: m, day: d)
            return withClock(date, i, end)
        }
        var j = end
        if w(j) == "," || w(j) == "of" { j += 1 }
        if let y = yearNumber(j), j == end || low[j].utf8.count == 4 {
            return TimexCandidate(tokens: i..<y.end, type: .date, meaning: .calendar(year: .stated(y.year), month: m, day: nil))
        }
        // "March of last year", "May this year"
        if let (shift, e2) = relativeYear(w(end) == "of" ? end + 1 : end) {
            return TimexCandidate(tokens: i..<e2, type: .date, meaning: .calendar(year: .shifted(shift), month: m, day: nil))
        }
        // A bare month: ambiguous words need a preposition before them.
        let key = w(i).hasSuffix(".") ? String(w(i).dropLast()) : w(i)
        if lex.months[key]?.ambiguous == true {
            let wordAfter = kind(i + 1) == .word && !cap(i + 1) && lex.signals[w(i + 1)] == nil && w(i + 1) != "and"
            // "the March accession", "its May meeting": a month naming a noun after a determiner.
            let modifiesNoun = lex.verbGroup[w(i - 1)] == "determiner" && wordAfter && lex.verbGroup[w(i + 1)] == nil
            if !modifiesNoun {
                guard lex.signals[w(i - 1)]?.contains("month-prep") == true, !wordAfter else { return nil }
            }
        }
        return TimexCandidate(tokens: i..<end, type: .date, meaning: .calendar(year: .none, month: m, day: nil))
    }

    /// "last year", "this year", "next year" after a month: the year shift.
    func relativeYear(_ i: Int) -> (Int, Int)? {
        guard let mod = lex.modifiers[w(i)], unit(i + 1)?.code == "Y", unit(i + 1)?.plural == false else { return nil }
        return (mod.shift, i + 2)
    }

    /// A date followed by a clock time ("16 Jul 2020 08:00:00 GMT").
    private func withClock(_ date: TimexMeaning, _ start: Int, _ end: Int) -> TimexCandidate {
        var j = end
        if w(j) == "at" || w(j) == "," { j += 1 }
        if let (t, e) = clockTime(j), low[j].utf8.contains(0x3A) || lex.clock[w(j + 1)] != nil {
            return TimexCandidate(tokens: start..<e, type: .time, meaning: .clock(base: date, hour: t.0, minute: t.1, second: t.2))
        }
        return TimexCandidate(tokens: start..<end, type: .date, meaning: date)
    }

    /// "22 March 2013", "16 Jul 2020", "the 22nd of March".
    private func dayMonthPhrase(_ i: Int) -> TimexCandidate? {
        var start = i
        var j = i
        if w(i) == "the" { j += 1 }
        guard let d = dayNumber(j) else { return nil }
        var k = j + 1
        if w(k) == "of" { k += 1 }
        guard let (m, e) = month(k, needsNumberAfter: true) else { return nil }
        if w(i) != "the" && w(j + 1) == "of" { return nil }
        start = i
        var end = e
        var ys = YearSpec.none
        var y0 = end
        if w(y0) == "," { y0 += 1 }
        if let y = yearNumber(y0) { ys = .stated(y.year); end = y.end }
        guard Self.monthHas(m, day: d, year: ys) else { return nil }
        return withClock(.calendar(year: ys, month: m, day: d), start, end)
    }

    /// Whether month `m` has day `d` (in the stated year; February 29 when none is stated).
    static func monthHas(_ m: Int, day d: Int, year: YearSpec) -> Bool {
        if case .stated(let y) = year { return d <= Day.length(ofMonth: m, year: y) }
        return d <= Day.length(ofMonth: m, year: 2000)
    }

    /// "Tuesday", "Tuesday morning", "Tue, 16 Jul 2020 08:00:00 GMT", "Wednesday, March 4".
    private func weekdayPhrase(_ i: Int) -> TimexCandidate? {
        guard let (d, e) = weekday(i) else {
            // "Tuesdays": a set.
            let s = w(i)
            if s.hasSuffix("days"), cap(i), let d = lex.weekdays[String(s.dropLast())] {
                return TimexCandidate(tokens: i..<i + 1, type: .set, meaning: .set("XXXX-WXX-\(d)"))
            }
            return nil
        }
        var j = e
        if w(j) == "," { j += 1 }
        if let c = monthPhrase(j) ?? dayMonthPhrase(j) {
            var date = c.meaning
            if case .clock(let base?, _, _, _) = date { date = base }
            if case .calendar(_, _, let day) = date, day != nil {
                return TimexCandidate(tokens: i..<c.tokens.upperBound, type: c.type, meaning: c.meaning)
            }
        }
        if let p = lex.partsOfDay[w(e)] {
            return TimexCandidate(tokens: i..<e + 1, type: .time, meaning: .partOfDay(base: .weekday(d, shift: nil), code: p))
        }
        return TimexCandidate(tokens: i..<e, type: .date, meaning: .weekday(d, shift: nil))
    }

    /// "last week", "next month", "this year", "last December", "next Tuesday",
    /// "this spring", "the past three years", "the coming weeks", "last night".
    private func shiftedPhrase(_ i: Int) -> TimexCandidate? {
        var j = i
        let hasThe = w(i) == "the"
        if hasThe { j += 1 }
        // "this past week"
        if w(j) == "this", w(j + 1) == "past", unit(j + 2)?.plural == false {
            let u = unit(j + 2)!.code
            return TimexCandidate(tokens: i..<j + 3, type: .date, meaning: .unitShift(unit: u, by: -1))
        }
        guard let mod = lex.modifiers[w(j)] else {
            return nil
        }
        let k = j + 1
        // Counted: "the past three years", "the next few months".
        if mod.startsSpan || hasThe, let (q, qe) = quantity(k), w(k) != "a" && w(k) != "an", let u = unit(qe) {
            guard u.plural || q == 1 else { return nil }
            return TimexCandidate(tokens: i..<qe + 1, type: .duration, meaning: .duration(Self.durationValue(q, u.code)))
        }
        // "the next day", "the next morning": with the article, the day after the one just spoken of.
        let nextDay = hasThe && mod.anaphoricDayAfterThe
        if let u = unit(k) {
            if u.plural {
                // "the coming weeks", "the past months"
                guard mod.startsSpan || hasThe else { return nil }
                return TimexCandidate(tokens: i..<k + 1, type: .duration, meaning: .duration(Self.durationValue(nil, u.code)))
            }
            if nextDay && u.code == "D" {
                return TimexCandidate(tokens: i..<k + 1, type: .date, meaning: .unitShift(unit: "D", by: 1), anaphoric: true)
            }
            if (hasThe && mod.startsSpan) && u.code != "WE" {
                // "the past year": a duration in TimeML.
                return TimexCandidate(tokens: i..<k + 1, type: .duration, meaning: .duration(Self.durationValue(1, u.code)))
            }
            if ["h", "m", "s"].contains(u.code) { return nil }
            return TimexCandidate(tokens: i..<k + 1, type: .date, meaning: .unitShift(unit: u.code, by: mod.shift),
                                  anaphoric: mod.anaphoric, needsAnchor: mod.unitOnly)
        }
        if let p = lex.partsOfDay[w(k)], w(k).hasSuffix("s") == false, !hasThe || nextDay || mod.anaphoric {
            // "this morning", "last night", "that evening", "the next morning"
            let base: TimexMeaning? = mod.shift == 0 ? nil : .unitShift(unit: "D", by: mod.shift)
            return TimexCandidate(tokens: i..<k + 1, type: .time, meaning: .partOfDay(base: base, code: p),
                                  anaphoric: mod.anaphoric || nextDay, needsAnchor: mod.unitOnly)
        }
        if hasThe || mod.unitOnly { return nil }
        if let (m, e) = month(k) {
            // "last Oct. 23": the day in that month.
            if let d = dayNumber(e), w(e + 1) != ":" {
                return TimexCandidate(tokens: i..<e + 1, type: .date, meaning: .monthShift(month: m, by: mod.shift, day: d),
                                      anaphoric: mod.anaphoric)
            }
            return TimexCandidate(tokens: i..<e, type: .date, meaning: .monthShift(month: m, by: mod.shift, day: nil),
                                  anaphoric: mod.anaphoric)
        }
        if let (d, e) = weekday(k) {
            if let p = lex.partsOfDay[w(e)] {
                return TimexCandidate(tokens: i..<e + 1, type: .time, meaning: .partOfDay(base: .weekday(d, shift: mod.shift), code: p),
                                      anaphoric: mod.anaphoric)
            }
            return TimexCandidate(tokens: i..<e, type: .date, meaning: .weekday(d, shift: mod.shift), anaphoric: mod.anaphoric)
        }
        if let s = lex.seasons[w(k)] {
            return TimexCandidate(tokens: i..<k + 1, type: .date, meaning: .season(code: s.code, year: .none, shift: mod.shift),
                                  anaphoric: mod.anaphoric)
        }
        return nil
    }

    /// "three years", "10-year", "two days ago", "a year earlier", "24 hours".
    private func countedPhrase(_ i: Int) -> TimexCandidate? {
        var q: Double?
        var end: Int
        var u: (code: String, plural: Bool)
        let s = w(i)
        // Hyphenated compounds in one word: "two-year", "first-quarter" is handled by quarters.
        if s.utf8.contains(0x2D), kind(i) == .word {
            let parts = s.split(separator: "-").map(String.init)
            guard parts.count == 2, let un = lex.units[parts[1]] else {
                // "twenty-four hours"
                guard let (qq, e) = quantity(i), let uu = unit(e) else { return nil }
                q = qq; end = e + 1; u = uu
                return counted(i, q, end, u)
            }
            if parts[0] == "year" || parts[0] == "month" { return nil }
            if un == "Q" { return nil }  // "three-quarters" is a fraction
            guard let n = lex.numbers[parts[0]], n.kind == "cardinal" || n.kind == "vague" else { return nil }
            if w(i + 1) == "-" && w(i + 2) == "old" { return nil }
            return TimexCandidate(tokens: i..<i + 1, type: .duration,
                                  meaning: .duration(Self.durationValue(n.kind == "cardinal" ? Double(n.value) : nil, un)))
        }
        guard var (qq, e) = quantity(i) else { return nil }
        // "5 1/2 hours": a whole number and a half.
        if let n = qq, n == n.rounded(), kind(i) == .number, w(e) == "1/2" { qq = n + 0.5; e += 1 }
        // "two more weeks", "an additional year": the count of a further stretch.
        if lex.signals[w(e)]?.contains("further") == true, unit(e + 1) != nil { e += 1 }
        q = qq
        // "eight trading days": a qualifier between the count and its unit.
        if unit(e) == nil, lex.unitQualifiers.contains(w(e)), unit(e + 1)?.plural == true || qq == 1 && unit(e + 1) != nil { e += 1 }
        // "10-year"
        if w(e) == "-", touching(e - 1), let uu = unit(e + 1) {
            if w(e + 2) == "-" && w(e + 3) == "old" { return nil }
            return TimexCandidate(tokens: i..<e + 2, type: .duration, meaning: .duration(Self.durationValue(q, uu.code)))
        }
        guard let uu = unit(e) else { return nil }
        // "a year" alone is only a duration when counted ("a year ago", "for a year").
        end = e + 1
        u = uu
        // "a minute and a half"
        if w(end) == "and" && (w(end + 1) == "a" || w(end + 1) == "an") && w(end + 2) == "half", let n = q {
            q = n + 0.5; end += 3
        }
        if (s == "a" || s == "an") && uu.plural && q == 1 { return nil }
        // "five year plan" is a duration; "1988 second quarter" is not.
        if !uu.plural, let n = q, n > 1, kind(i) == .number, low[i].utf8.count >= 3 { return nil }
        return counted(i, q, end, u)
    }

    private func counted(_ i: Int, _ q: Double?, _ end: Int, _ u: (code: String, plural: Bool)) -> TimexCandidate? {
        if lex.notTimeBefore.contains(w(i - 1)) { return nil }
        // "52 years old" is an age, like "52-year-old".
        if w(end) == "old" { return nil }
        if u.code == "Q" && w(end) == "of" { return nil }  // "a quarter of the shares
        // "several years ago", "a few weeks earlier": some time in the past.
        if q == nil, lex.signals[w(end)]?.contains("before") == true {
            return TimexCandidate(tokens: i..<end + 1, type: .date, meaning: .ref("PAST_REF"))
        }
        if let sig = lex.signals[w(end)], let n = q, n == n.rounded() {
            if sig.contains("before") {
                return TimexCandidate(tokens: i..<end + 1, type: .date, meaning: .unitShift(unit: u.code, by: -Int(n)))
            }
            if sig.contains("after") {
                return TimexCandidate(tokens: i..<end + 1, type: .date, meaning: .unitShift(unit: u.code, by: Int(n)))
            }
        }
        if w(end) == "from" && w(end + 1) == "now", let n = q {
            return TimexCandidate(tokens: i..<end + 2, type: .date, meaning: .unitShift(unit: u.code, by: Int(n)))
        }
        // "three days from today", "a week from tomorrow": counted from a day word.
        if w(end) == "from", let d = lex.deictics[w(end + 1)]?.first(where: { $0.kind == "day" && $0.words.count == 1 }),
            let n = q, n == n.rounded(), u.code == "D" || u.code == "W" {
            let days = (u.code == "W" ? 7 : 1) * Int(n)
            return TimexCandidate(tokens: i..<end + 2, type: .date,
                                  meaning: .dayShift(base: .unitShift(unit: "D", by: Int(d.argument) ?? 0), days: days))
        }
        // "$5 a year": a set.
        if (w(i) == "a" || w(i) == "an") && q == 1 && (kind(i - 1) == .number || lex.notTimeAfter.contains(w(i - 1))) {
            return TimexCandidate(tokens: i..<end, type: .set, meaning: .set(Self.durationValue(1, u.code)))
        }
        if u.code == "WE" { return nil }
        return TimexCandidate(tokens: i..<end, type: .duration, meaning: .duration(Self.durationValue(q, u.code)))
    }

    /// today, yesterday, tomorrow, tonight, now, recently, the future, "yesterday morning".
    private func deictic(_ i: Int) -> TimexCandidate? {
        guard let rows = lex.deictics[w(i)] else { return nil }
        for d in rows {
            var ok = true
            for (k, word) in d.words.enumerated() where w(i + k) != word { ok = false }
            guard ok else { continue }
            let end = i + d.words.count
            switch d.kind {
            case "day":
                let n = Int(d.argument) ?? 0
                if let p = lex.partsOfDay[w(end)] {
                    return TimexCandidate(tokens: i..<end + 1, type: .time,
                                          meaning: .partOfDay(base: .unitShift(unit: "D", by: n), code: p))
                }
                return TimexCandidate(tokens: i..<end, type: .date, meaning: .unitShift(unit: "D", by: n))
            case "daypart":
                return TimexCandidate(tokens: i..<end, type: .time, meaning: .partOfDay(base: nil, code: d.argument))
            case "discourse":
                // "Now, he says ...": a discourse marker; "until now, ..." stays a time.
                if kind(i - 1) != .word && kind(i - 1) != .number { return nil }
                continue
            case "ref":
                // "recent" before a plural unit is a duration ("recent years"), handled elsewhere.
                if let u = unit(end), u.plural { return nil }
                return TimexCandidate(tokens: i..<end, type: .date, meaning: .ref(d.argument))
            default:
                return nil
            }
        }
        return nil
    }

    /// "the first week of July", "the third week of 2027", "the last week of
    /// next month": a week counted inside a month or a year.
    private func nthWeekPhrase(_ i: Int) -> TimexCandidate? {
        let j = w(i) == "the" ? i + 1 : i
        guard let o = lex.numbers[w(j)], o.kind == "ordinal", o.value > 0 || w(j) == "last", o.value <= 53,
            unit(j + 1)?.code == "W", unit(j + 1)?.plural == false, w(j + 2) == "of" else { return nil }
        let k = j + 3
        var base: TimexCandidate?
        if let y = yearNumber(k), low[k].utf8.count == 4 {
            base = TimexCandidate(tokens: k..<y.end, type: .date, meaning: .calendar(year: .stated(y.year), month: nil, day: nil))
        } else {
            base = monthPhrase(k) ?? shiftedPhrase(k)
        }
        guard let b = base else { return nil }
        switch b.meaning {
        case .calendar(_, _, nil), .unitShift("M", _), .unitShift("Y", _), .monthShift(_, _, nil): break
        default: return nil
        }
        return TimexCandidate(tokens: i..<b.tokens.upperBound, type: .date, meaning: .nthWeek(o.value > 0 ? o.value : -1, of: b.meaning))
    }

    /// "in the afternoon", "during the night": a part of the day the text
    /// speaks of (the last day it named, else the publication day).
    private func partOfDayPhrase(_ i: Int) -> TimexCandidate? {
        guard w(i) == "the", lex.signals[w(i - 1)]?.contains("daypart-prep") == true, let p = lex.partsOfDay[w(i + 1)],
            !w(i + 1).hasSuffix("s"), w(i + 2) != "of" else { return nil }
        return TimexCandidate(tokens: i..<i + 2, type: .time, meaning: .partOfDay(base: nil, code: p), anaphoric: true)
    }

    /// "spring 2013", "the spring of 2013", "the summer", "in the fall".
    private func seasonPhrase(_ i: Int) -> TimexCandidate? {
        let start = i
        var j = i
        if w(i) == "the" { j += 1 }
        guard let s = lex.seasons[w(j)] else { return nil }
        var k = j + 1
        if w(k) == "of" { k += 1 }
        if let y = yearNumber(k) {
            return TimexCandidate(tokens: start..<y.end, type: .date, meaning: .season(code: s.code, year: .stated(y.year), shift: nil))
        }
        if let (shift, e) = relativeYear(k), k > j + 1 {
            return TimexCandidate(tokens: start..<e, type: .date, meaning: .season(code: s.code, year: .shifted(shift), shift: nil))
        }
        // A bare season word needs "the" or a preposition ("fall" is also a verb).
        guard w(i) == "the" || lex.signals[w(i - 1)]?.contains("month-prep") == true else { return nil }
        if w(i) != "the" && !cap(j) && s.code == "FA" { return nil }
        return TimexCandidate(tokens: start..<j + 1, type: .date, meaning: .season(code: s.code, year: .none, shift: nil))
    }

    /// "the third quarter [of 1998]", "first-quarter", "the first half of 2019", "Q3 2019".
    private func partPhrase(_ i: Int) -> TimexCandidate? {
        var j = i
        if w(i) == "the" { j += 1 }
        var lead: Int?
        if let y = yearNumber(j), low[j].utf8.count == 4 {
            // "the 1988 third quarter"
            lead = y.year
            j = y.end
        }
        var n: Int
        var months: Int
        var k: Int
        let s = w(j)
        if s.utf8.contains(0x2D) {
            let p = s.split(separator: "-").map(String.init)
            guard p.count == 2, let o = lex.numbers[p[0]], o.kind == "ordinal", o.value > 0,
                let u = lex.units[p[1]], u == "Q" || p[1] == "half" else { return nil }
            n = o.value; months = u == "Q" ? 3 : 6; k = j + 1
        } else if s.utf8.count == 2, s.hasPrefix("q"), let v = Int(s.dropFirst()), (1...4).contains(v) {
            n = v; months = 3; k = j + 1
        } else if s.utf8.count == 2, s.hasPrefix("h"), let v = Int(s.dropFirst()), (1...2).contains(v), cap(j) {
            n = v; months = 6; k = j + 1
        } else {
            guard let o = lex.numbers[s], o.kind == "ordinal", o.value > 0 || s == "last" else { return nil }
            guard w(j + 1) == "quarter" || w(j + 1) == "half" else { return nil }
            months = w(j + 1) == "quarter" ? 3 : 6
            n = o.value > 0 ? o.value : 12 / months
            k = j + 2
        }
        guard n >= 1, n <= 12 / months else { return nil }
        var ys = lead.map { YearSpec.stated($0) } ?? .none
        var end = k
        var y0 = k
        if w(y0) == "of" || w(y0) == "," { y0 += 1 }
        if let y = yearNumber(y0) {
            ys = .stated(y.year); end = y.end
        } else if w(y0) == "fiscal", let y = yearNumber(y0 + 1) {
            ys = .stated(y.year); end = y.end
        } else if w(k) == "of", let (shift, e) = relativeYear(y0) {
            ys = .shifted(shift); end = e
        } else if w(k) == "of", w(y0) == "the", w(y0 + 1) == "year" {
            ys = .shifted(0); end = y0 + 2
        }
        // "the first half" of something else ("the first half of the game") is not a time.
        if months == 6 && ys == .none && !s.utf8.contains(0x2D) { return nil }
        return TimexCandidate(tokens: i..<end, type: .date, meaning: .part(n: n, months: months, year: ys))
    }

    /// "mid-1990s", "mid-1998", "the nineteen-nineties" is not handled.
    /// The one-word point modifier `word` is ("early", "mid", "late", "about"), if any.
    func pointModifier(_ word: String) -> TimeLexicon.PointModifier? {
        lex.pointModifiers.first { $0.words.count == 1 && $0.words[0] == word }
    }

    /// "mid afternoon", "late morning", "early evening yesterday": a part of
    /// day after a word that names a part of it (the modifier is added by
    /// ``extendLeft``); on the reference day, or on a deictic day after it.
    private func modifiedPartOfDay(_ i: Int) -> TimexCandidate? {
        guard let p = lex.partsOfDay[w(i)], !w(i).hasSuffix("s"),
            let pm = pointModifier(w(i - 1)), !pm.takesOf,
            pm.mod == "START" || pm.mod == "MID" || pm.mod == "END" else { return nil }
        return partOfDay(p, i..<i + 1, mod: nil)
    }

    /// A part of day on the reference day, or on the deictic day written
    /// right after it ("mid-afternoon yesterday").
    private func partOfDay(_ code: String, _ tokens: Range<Int>, mod: String?) -> TimexCandidate {
        let e = tokens.upperBound
        if let d = lex.deictics[w(e)]?.first(where: { $0.kind == "day" && $0.words.count == 1 }), let n = Int(d.argument) {
            return TimexCandidate(tokens: tokens.lowerBound..<e + 1, type: .time,
                                  meaning: .partOfDay(base: .unitShift(unit: "D", by: n), code: code), mod: mod)
        }
        return TimexCandidate(tokens: tokens, type: .time, meaning: .partOfDay(base: nil, code: code), mod: mod)
    }

    private func decadePhrase(_ i: Int) -> TimexCandidate? {
        let s = w(i)
        guard s.hasPrefix("mid-") || s.hasPrefix("early-") || s.hasPrefix("late-") else { return nil }
        let parts = s.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2, let mod = pointModifier(parts[0])?.mod else { return nil }
        let rest = parts[1]
        if rest.hasSuffix("s"), let d = Int(rest.dropLast()), rest.utf8.count == 5 {
            return TimexCandidate(tokens: i..<i + 1, type: .date, meaning: .decade(d), mod: mod)
        }
        if let y = Int(rest), rest.utf8.count == 4 {
            return TimexCandidate(tokens: i..<i + 1, type: .date, meaning: .calendar(year: .stated(y), month: nil, day: nil), mod: mod)
        }
        if let m = lex.months[rest] {
            return TimexCandidate(tokens: i..<i + 1, type: .date, meaning: .calendar(year: .none, month: m.number, day: nil), mod: mod)
        }
        if let p = lex.partsOfDay[rest], !rest.hasSuffix("s") {
            return partOfDay(p, i..<i + 1, mod: mod)
        }
        return nil
    }

    /// Named events ("the Mobile World Congress", "the 2019 Mobile World Congress"); holidays are ``holidayPhrase(_:)``.
    private func namedEvent(_ i: Int) -> TimexCandidate? {
        let start = i
        var j = i
        var leadYear: Int?
        if w(i) == "the" { j += 1 }
        if let y = yearNumber(j), low[j].utf8.count == 4, cap(y.end) { leadYear = y.year; j = y.end }
        if let rows = lex.temponyms[w(j)] {
            for t in rows {
                guard let e = phrase(j, t.words), cap(j) else { continue }
                var ys = leadYear.map { YearSpec.stated($0) } ?? .none
                var end = e
                if let y = yearNumber(e), low[e].utf8.count == 4 { ys = .stated(y.year); end = y.end }
                return TimexCandidate(tokens: start..<end, type: .date, meaning: .temponym(name: t.words.joined(separator: " "), year: ys))
            }
        }
        return nil
    }

    /// The end of a multi-word name at `i`, joining possessive "'s" tokens to their word.
    func phrase(_ i: Int, _ words: [String]) -> Int? {
        var j = i
        for word in words {
            let t = w(j)
            j += 1
            // "valentine's" in a table is "valentine" + "'s" in the text; a
            // possessive after a table word is not part of the phrase ("the
            // latest quarter's results").
            if (w(j) == "'s" || w(j) == "'") && word == t + w(j) {
                j += 1
            } else if t != word {
                return nil
            }
        }
        return j
    }

    /// "every week", "each year", "daily", "every Tuesday".
    private func setPhrase(_ i: Int) -> TimexCandidate? {
        if let v = lex.sets[w(i)] {
            // "annual" before a noun is a set only in TimeBank's reading of reports; keep it.
            return TimexCandidate(tokens: i..<i + 1, type: .set, meaning: .set(v))
        }
        guard let q = lex.setQuantifiers[w(i)], q == "every" || q == "per" && w(i) == "per" else { return nil }
        if let u = unit(i + 1) {
            return TimexCandidate(tokens: i..<i + 2, type: .set, meaning: .set(Self.durationValue(1, u.code)))
        }
        if let (n, e) = quantity(i + 1), let n, let u = unit(e) {
            return TimexCandidate(tokens: i..<e + 1, type: .set, meaning: .set(Self.durationValue(n, u.code)))
        }
        if let (d, e) = weekday(i + 1) {
            return TimexCandidate(tokens: i..<e, type: .set, meaning: .set("XXXX-WXX-\(d)"))
        }
        if let (m, e) = month(i + 1) {
            return TimexCandidate(tokens: i..<e, type: .set, meaning: .set("XXXX-" + Day.pad(m, 2)))
        }
        if let p = lex.partsOfDay[w(i + 1)] {
            return TimexCandidate(tokens: i..<i + 2, type: .set, meaning: .set("XXXX-XX-XXT" + p))
        }
        return nil
    }

    /// Reporting phrases from periods.tsv: "the year-ago quarter", "current".
    private func periodPhrase(_ i: Int) -> TimexCandidate? {
        guard let rows = lex.periods[w(i)] else { return nil }
        for p in rows {
            guard let e = phrase(i, p.words) else { continue }
            switch p.kind {
            case "reported-quarter":
                return TimexCandidate(tokens: i..<e, type: .date, meaning: .reportedQuarter(years: Int(p.argument) ?? 0))
            case "ref":
                return TimexCandidate(tokens: i..<e, type: .date, meaning: .ref(p.argument))
            case "current", "weekend":
                // Only after a preposition: "the year" alone is a noun ("the year of the dragon").
                guard lex.signals[w(i - 1)]?.contains("period-prep") == true, kind(e) != .number, lex.numbers[w(e)] == nil
                else { continue }  // "the year 2000", "the year two thousand" name a year
                if w(e) == "'s" { continue }
                if lex.signals[w(e)]?.contains("period-end") == true {
                    return TimexCandidate(tokens: i..<e, type: .duration, meaning: .duration(Self.durationValue(1, p.argument)))
                }
                if p.kind == "weekend" {
                    return TimexCandidate(tokens: i..<e, type: .date, meaning: .weekend)
                }
                return TimexCandidate(tokens: i..<e, type: .date, meaning: .unitShift(unit: p.argument, by: 0))
            case "anaphoric-year":
                return TimexCandidate(tokens: i..<e, type: .date, meaning: .anaphoricYear)
            case "previous", "next":
                if lex.signals[w(e)]?.contains("period-end") == true { continue }  // "the past year ended June 30"
                return TimexCandidate(tokens: i..<e, type: .date, meaning: .unitShift(unit: p.argument, by: p.kind == "next" ? 1 : -1))
            case "length":
                return TimexCandidate(tokens: i..<e, type: .duration, meaning: .duration(p.argument))
            default: continue
            }
        }
        return nil
    }

    /// "for years", "within weeks": a plural unit without a count after a
    /// span-prep word is a length of unknown size (PXY, PXW).
    private func unspecifiedLength(_ i: Int) -> TimexCandidate? {
        guard let u = unit(i), u.plural, lex.signals[w(i - 1)]?.contains("span-prep") == true,
            u.code != "WE", u.code != "Q" else { return nil }
        if w(i + 1) == "-" || w(i + 1) == "of" { return nil }  // "for years-old", "for weeks of talks"
        return TimexCandidate(tokens: i..<i + 1, type: .duration, meaning: .duration(Self.durationValue(nil, u.code)))
    }

    /// "fiscal 1998", "fiscal year 1998", "FY2019".
    private func fiscalPhrase(_ i: Int) -> TimexCandidate? {
        let s = w(i)
        if s.hasPrefix("fy"), let y = Int(s.dropFirst(2)), s.utf8.count == 6 {
            return TimexCandidate(tokens: i..<i + 1, type: .date, meaning: .calendar(year: .stated(y), month: nil, day: nil))
        }
        guard s == "fiscal" else { return nil }
        var j = i + 1
        if w(j) == "year" { j += 1 }
        guard let y = yearNumber(j) else { return nil }
        return TimexCandidate(tokens: i..<y.end, type: .date, meaning: .calendar(year: .stated(y.year), month: nil, day: nil))
    }
}
