/// Ranges, combined lengths and clock times on a day: the passes that read
/// two neighbouring expressions (or an expression and a bare number next to
/// it) together.
///
/// TimeML tags the two ends of a range as separate expressions ("from
/// <5> to <6 pm>"), so a range here is never one expression: an end written
/// as a bare number ("5", "4") becomes an expression of its own that borrows
/// what the other end states (the half of the day, the month, the year,
/// the day a clock time is on). The range words come from `ranges.tsv`.
extension TimeTagger {
    /// "from 5 to 6 pm", "between 4 and 22 January, 1995", "from 11 am to 3",
    /// "from 4 to 22 this month", "3pm to 4pm tomorrow".
    func readRanges(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        readHyphenatedYears(&found, m)
        var k = 0
        while k < found.count {
            let y = found[k]
            let c = y.tokens.lowerBound
            let floor = k > 0 ? found[k - 1].tokens.upperBound : 0
            // Both ends found: the first borrows what only the second states.
            if k > 0, floor == c - 1, let role = lexicon.ranges[m.w(c - 1)], role != "open",
                role == "close" || opener(found[k - 1].tokens.lowerBound, m) == "between" {
                found[k - 1].meaning = borrow(found[k - 1], from: y, m)
                found[k].closesRange = true
                k += 1
                continue
            }
            // "from 4 to 22 this month": two bare days before a month.
            if let (x, y0) = daysBefore(y, floor: floor, m) {
                found.insert(TimexCandidate(tokens: y0..<y0 + 1, type: .date, meaning: .dayOf(y.meaning, day: m.dayNumber(y0)!)), at: k)
                found.insert(TimexCandidate(tokens: x..<x + 1, type: .date, meaning: .dayOf(y.meaning, day: m.dayNumber(x)!)), at: k)
                k += 3
                continue
            }
            // A bare first end: "from <5> to 6 pm", "<4> to 22 January".
            if c >= 2, c - 2 >= floor, let role = lexicon.ranges[m.w(c - 1)], role != "open",
                role == "close" || opener(c - 2, m) == "between", let meaning = firstEnd(c - 2, y, m) {
                found.insert(TimexCandidate(tokens: c - 2..<c - 1, type: y.type, meaning: meaning), at: k)
                k += 2
                continue
            }
            let e = y.tokens.upperBound
            // A listed second day: "on April 24 and <25>", "May 3 or <4>".
            if let role = lexicon.ranges[m.w(e)], role == "list" || role == "close-between",
                k + 1 == found.count || found[k + 1].tokens.lowerBound > e + 1, let meaning = listedDay(e + 1, after: y, m) {
                found.insert(TimexCandidate(tokens: e + 1..<e + 2, type: .date, meaning: meaning), at: k + 1)
                k += 2
                continue
            }
            // A bare second end after a clock time: "from 11 am to <3>".
            if let role = lexicon.ranges[m.w(e)], role != "open", role == "close" || opener(c, m) == "between",
                opener(c, m) != nil, k + 1 == found.count || found[k + 1].tokens.lowerBound > e + 1,
                let meaning = secondEnd(e + 1, y, m) {
                found.insert(TimexCandidate(tokens: e + 1..<e + 2, type: .time, meaning: meaning, closesRange: true), at: k + 1)
                k += 2
                continue
            }
            k += 1
        }
    }

    /// "2014-2018", "the 1998-99 season": two years joined by a hyphen
    /// (split apart by ``TextAnalysis/splittingHyphenatedRanges(_:)``) are
    /// the two ends of a range; the matcher leaves a year before a hyphen
    /// alone, since on its own it cannot tell "1984-85" from a score.
    /// The second year is later and at most a century later, and written
    /// with four digits or as the last two of the first's century ("99");
    /// a number after a second hyphen (a phone number) or a symbol glued
    /// before ("$2014-2018") is no range.
    func readHyphenatedYears(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        var i = 0
        while i + 2 < m.low.count {
            defer { i += 1 }
            guard m.w(i + 1) == "-", m.touching(i), m.touching(i + 1), let y1 = m.digits(i), m.w(i).utf8.count == 4,
                (1500...2099).contains(y1), let b = m.digits(i + 2) else { continue }
            let bLength = m.w(i + 2).utf8.count
            var y2: Int
            if bLength == 4 { y2 = b } else if bLength == 2 { y2 = y1 - y1 % 100 + b; if y2 <= y1 && y1 % 100 == 99 && b == 0 { y2 += 100 } } else { continue }
            guard y2 > y1, y2 - y1 <= 100 else { continue }
            if m.w(i + 3) == "-" && m.touching(i + 2) { continue }
            if m.kind(i - 1) == .symbol && m.touching(i - 1) { continue }
            if m.w(i - 1) == "-" && m.touching(i - 1) { continue }
            // The second year alone may already be read as a year ("2014-<2018>"): it becomes the range's end.
            let inside = found.indices.filter { found[$0].tokens.overlaps(i..<i + 3) }
            guard inside.allSatisfy({ found[$0].tokens == i + 2..<i + 3 && found[$0].meaning == .calendar(year: .stated(y2), month: nil, day: nil) })
            else { continue }
            for k in inside.reversed() { found.remove(at: k) }
            let at = found.firstIndex { $0.tokens.lowerBound > i } ?? found.count
            found.insert(contentsOf: [
                TimexCandidate(tokens: i..<i + 1, type: .date, meaning: .calendar(year: .stated(y1), month: nil, day: nil)),
                TimexCandidate(tokens: i + 2..<i + 3, type: .date, meaning: .calendar(year: .stated(y2), month: nil, day: nil), closesRange: true),
            ], at: at)
            i += 2
        }
    }

    /// The range word that opens a range whose first end starts at `i`.
    private func opener(_ i: Int, _ m: TimexMatcher) -> String? {
        lexicon.ranges[m.w(i - 1)] == "open" ? m.w(i - 1) : nil
    }

    /// Whether a clock expression states its half of the day ("3pm", "6 in the evening", "noon").
    private func statesHalf(_ c: TimexCandidate, _ m: TimexMatcher) -> Bool {
        for i in c.tokens {
            let w = m.w(i)
            if let k = lexicon.clock[w]?.kind, k == "am" || k == "pm" || k == "named" { return true }
            if lexicon.partsOfDay[w] != nil { return true }
            if m.kind(i) == .number && (w.hasSuffix("am") || w.hasSuffix("pm")) { return true }
        }
        return false
    }

    /// An hour written alone: 0-23, or 1-12 in words.
    private func bareHour(_ i: Int, _ m: TimexMatcher) -> Int? {
        if let h = m.digits(i), m.w(i).utf8.count <= 2, h <= 23 { return h }
        return m.hourWord(i)
    }

    /// The first end written as a bare number before `y`.
    private func firstEnd(_ x: Int, _ y: TimexCandidate, _ m: TimexMatcher) -> TimexMeaning? {
        // "$5 to 6", "-3 to 5": amounts.
        if m.kind(x - 1) == .symbol || m.w(x - 1) == "-" { return nil }
        switch y.meaning {
        case .clock(let base, let h, _, _):
            guard statesHalf(y, m) || opener(x, m) != nil, let hx = bareHour(x, m) else { return nil }
            // "5 to 6 pm": the first end is in the same half of the day when that keeps it earlier.
            let hour = h >= 12 && hx < 12 && hx + 12 <= h ? hx + 12 : hx
            return .clock(base: base, hour: hour, minute: 0, second: nil)
        case .calendar(let ys, let month?, let day?):
            guard let d = m.dayNumber(x), d < day else { return nil }
            return .calendar(year: ys, month: month, day: d)
        default:
            return nil
        }
    }

    /// A day number listed after a date ("April 24 and 25"): a later day of
    /// the same month, not a count ("April 24 and 25 people") or a day of
    /// another month ("May 31 and June 1" is two dates already).
    private func listedDay(_ i: Int, after x: TimexCandidate, _ m: TimexMatcher) -> TimexMeaning? {
        guard case .calendar(let ys, let month?, let day?) = x.meaning, m.kind(i) == .number, let d = m.dayNumber(i), d > day,
            d <= Day.length(ofMonth: month, year: 2000) else { return nil }
        if m.kind(i + 1) == .word && !m.cap(i + 1) && lexicon.verbGroup[m.w(i + 1)] != "preposition" { return nil }
        if m.month(i + 1) != nil || m.kind(i + 1) == .symbol { return nil }
        return .calendar(year: ys, month: month, day: d)
    }

    /// The second end written as a bare hour after a clock time that states its half of the day.
    private func secondEnd(_ i: Int, _ x: TimexCandidate, _ m: TimexMatcher) -> TimexMeaning? {
        guard case .clock(let base, let h, let mi, _) = x.meaning, statesHalf(x, m), let hy = m.digits(i), m.w(i).utf8.count <= 2,
            hy <= 23 else { return nil }
        // "to 3 people", "to 4 percent": a word after the number makes it a count.
        if m.kind(i + 1) == .word && lexicon.deictics[m.w(i + 1)] == nil { return nil }
        if m.kind(i + 1) == .symbol { return nil }
        // "from 11 am to 3": the next time the clock shows 3 (15:00); "10:10pm and 3": 03:00.
        let hour: Int
        if hy >= 12 { hour = hy } else if h < 12 { hour = hy > h || (hy == h && mi == 0) ? hy : hy + 12 } else { hour = hy + 12 > h ? hy + 12 : hy }
        return .clock(base: base, hour: hour, minute: 0, second: nil)
    }

    /// "from 4 to 22 this month", "between 4 and 22 of next month": the token
    /// indices of the two bare days before a month expression.
    private func daysBefore(_ y: TimexCandidate, floor: Int, _ m: TimexMatcher) -> (Int, Int)? {
        switch y.meaning {
        case .unitShift("M", _), .calendar(_, _?, nil), .monthShift(_, _, nil): break
        default: return nil
        }
        var j = y.tokens.lowerBound - 1
        if m.w(j) == "of" || m.w(j) == "in" { j -= 1 }
        let x = j - 2
        guard x >= floor, let dy = m.dayNumber(j), let role = lexicon.ranges[m.w(j - 1)], role != "open",
            role == "close" || opener(x, m) == "between", let dx = m.dayNumber(x), dx < dy else { return nil }
        if m.kind(x - 1) == .symbol { return nil }
        return (x, j)
    }

    /// What the first of two found ends borrows from the second: the day a
    /// clock time is on and its half of the day ("3 to 4pm tomorrow",
    /// "from 1:30 to 3pm"), the year of a date ("January 1st to April 5th, 2018").
    private func borrow(_ x: TimexCandidate, from y: TimexCandidate, _ m: TimexMatcher) -> TimexMeaning {
        switch (x.meaning, y.meaning) {
        case (.clock(let bx, let hx, let mx, let sx), .clock(let by, let hy, _, _)):
            var hour = hx
            if !statesHalf(x, m), statesHalf(y, m), hy >= 12, hx < 12, hx + 12 <= hy { hour = hx + 12 }
            return .clock(base: bx ?? by, hour: hour, minute: mx, second: sx)
        case (.calendar(.none, let mx?, let dx), .calendar(.stated(let yy), let my?, _)) where mx <= my:
            return .calendar(year: .stated(yy), month: mx, day: dx)
        default:
            return x.meaning
        }
    }

    /// "3 hours and 20 minutes", "1 year 1 month 21 days": lengths written
    /// one after the other are one length (PT3H20M, P1Y1M21D), when each
    /// unit is smaller than the one before.
    func mergeLengths(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        var k = 1
        while k < found.count {
            let a = found[k - 1], b = found[k]
            let gap = b.tokens.lowerBound - a.tokens.upperBound
            let joined = gap == 0 || (gap == 1 && (m.w(a.tokens.upperBound) == "and" || m.w(a.tokens.upperBound) == ","))
            if joined, a.type == .duration, b.type == .duration, a.mod == nil, b.mod == nil,
                case .duration(let va) = a.meaning, case .duration(let vb) = b.meaning,
                let sum = Self.sumOfLengths(va, vb) {
                found[k - 1] = TimexCandidate(tokens: a.tokens.lowerBound..<b.tokens.upperBound, type: .duration, meaning: .duration(sum))
                found.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// `P1Y` + `P1M21D` = `P1Y1M21D`; nil unless every unit of `b` is
    /// smaller than every unit of `a` and both counts are numbers.
    static func sumOfLengths(_ a: String, _ b: String) -> String? {
        let order = ["Y", "M", "W", "D", "TH", "TM", "TS"]
        func fields(_ v: String) -> [(String, String)]? {
            guard v.hasPrefix("P") else { return nil }
            var out = [(String, String)]()
            var num = ""
            var time = false
            for ch in v.dropFirst() {
                if ch == "T" { time = true; continue }
                if ch.isNumber || ch == "." { num.append(ch); continue }
                let unit = (time ? "T" : "") + String(ch)
                guard !num.isEmpty, order.contains(unit) else { return nil }
                out.append((unit, num))
                num = ""
            }
            return num.isEmpty && !out.isEmpty ? out : nil
        }
        guard let fa = fields(a), let fb = fields(b), let lastA = order.firstIndex(of: fa.last!.0),
            let firstB = order.firstIndex(of: fb.first!.0), firstB > lastA else { return nil }
        var date = "", time = ""
        for (u, n) in fa + fb {
            if u.hasPrefix("T") { time += n + u.dropFirst() } else { date += n + u }
        }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    /// "next Tuesday at 3pm", "tomorrow at 10 a.m.", "Tuesday in the
    /// afternoon": a clock time or part of the day said at a day is one
    /// time on that day.
    func readClocksOnDays(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        var k = 1
        while k < found.count {
            let a = found[k - 1], b = found[k]
            let between = m.w(a.tokens.upperBound)
            guard b.tokens.lowerBound == a.tokens.upperBound + 1, a.type == .date, Self.namesDay(a.meaning) else { k += 1; continue }
            if between == "at", case .clock(nil, let h, let mi, let s) = b.meaning {
                found[k - 1] = TimexCandidate(tokens: a.tokens.lowerBound..<b.tokens.upperBound, type: .time,
                                              meaning: .clock(base: a.meaning, hour: h, minute: mi, second: s), anaphoric: a.anaphoric)
                found.remove(at: k)
            } else if between == "in", case .partOfDay(nil, let code) = b.meaning {
                // "Tuesday in the afternoon"
                found[k - 1] = TimexCandidate(tokens: a.tokens.lowerBound..<b.tokens.upperBound, type: .time,
                                              meaning: .partOfDay(base: a.meaning, code: code), anaphoric: a.anaphoric)
                found.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// Whether a meaning names one day.
    static func namesDay(_ m: TimexMeaning) -> Bool {
        switch m {
        case .calendar(_, _, _?), .weekday, .holiday, .monthShift(_, _, _?), .dayShift, .dayOf: return true
        case .unitShift("D", _): return true
        default: return false
        }
    }
}
