/// The temporal tagger: finds every TIMEX3 expression of a text and
/// normalises it against a reference (publication) date.
///
/// Matching (``TimexMatcher``) and resolving (``TimeResolver``) are separate:
/// the matcher reads words from the tables in `Resources/time/`, the resolver
/// computes values for a reference day and the tense of the clause around
/// the expression. The machine clock is never read: with an unknown
/// reference relative values stay underspecified (`XXXX-12`).
public struct TimeTagger: Sendable {
    let lexicon: TimeLexicon
    let resolver: TimeResolver

    public init() {
        lexicon = .shared
        resolver = TimeResolver(lexicon: .shared)
    }

    /// Every temporal expression of an analysed text, normalised against `reference`.
    public func tag(_ analysis: TextAnalysis, reference: TimeReference) -> [TimeExpression] {
        let analysis = analysis.splittingHyphenatedRanges(lexicon)
        let matcher = TimexMatcher(analysis, lexicon: lexicon)
        var found = matcher.candidates()
        linkWeekdaysToNamedEvents(&found, analysis)
        readYearShiftsAsQuarters(&found, matcher)
        readShiftedQuarters(&found, matcher)
        linkAnaphoricYears(&found)
        readDayFrames(&found, matcher)
        readZones(&found, matcher)
        readRanges(&found, matcher)
        mergeLengths(&found, matcher)
        readClocksOnDays(&found, matcher)
        var anchors = [Anchor]()
        var lastTense = ClauseTense.none
        return found.compactMap { c in
            // "Wednesday's ruling": a possessive day names something that happened.
            let possessive = matcher.w(c.tokens.upperBound) == "'s"
            let tense = c.closesRange ? lastTense : possessive ? .past : clauseTense(around: c.tokens, matcher)
            lastTense = tense
            let span = TextSpan(analysis.tokens[c.tokens.lowerBound].span.start, analysis.tokens[c.tokens.upperBound - 1].span.end)
            let text = analysis.string(span)
            let sentence = analysis.sentenceIndex(containing: span.start) ?? 0
            let r: TimeResolver.Result
            var anchorSpan: TextSpan?
            if c.countsFromLastTime, let (a, day) = Anchor.best(anchors, for: c.meaning, in: sentence) {
                let v = resolver.value(c.meaning, on: day, tense: .none, mod: c.mod)
                r = TimeResolver.Result(value: v, isRelative: true, how: "after \"\(a.text)\" (\(a.value.value)) -> \(v.value)")
                anchorSpan = a.span
            } else if c.needsAnchor {
                return nil
            } else {
                r = resolver.resolve(c.meaning, reference: reference, tense: tense, mod: c.mod)
            }
            if c.type == .date || c.type == .time, r.value.earliest != nil, r.value.latest != nil {
                anchors.append(Anchor(span: span, text: text, value: r.value, sentence: sentence))
            }
            return TimeExpression(span: span, text: text, type: c.type, value: r.value, mod: c.mod,
                                  isRelative: r.isRelative, explanation: text + ": " + r.how + zoneNote(c, matcher), anchor: anchorSpan)
        }
    }

    /// Convenience: analyses `text` itself.
    public func tag(_ text: String, reference: TimeReference) -> [TimeExpression] {
        tag(TextAnalyzer().analyze(text), reference: reference)
    }

    /// The first fully specified day in a publication-date string
    /// ("2020/7/16 20:53:40", "May 15, 2019", "Tue, 16 Jul 2020 08:00:00 GMT").
    public func publicationDay(in text: String) -> Day? {
        for t in tag(text, reference: .unknown) {
            if let e = t.value.earliest, e == t.value.latest, t.type == .date || t.type == .time { return e }
        }
        return nil
    }

    /// How many sentences back an anaphoric expression looks for the time
    /// it is counted from; beyond that the publication date is the anchor.
    static let anaphoraReach = 3

    /// The last dated expression before an anaphoric one ("in 1995 ... the
    /// following year", "on Oct. 23 ... earlier that day").
    struct Anchor {
        var span: TextSpan
        var text: String
        var value: TimeValue
        var sentence: Int

        /// The time an anaphoric `m` said in `sentence` counts from: among
        /// the dated expressions of the last few sentences, the latest one of
        /// the unit `m` counts in ("the second quarter ... that quarter"),
        /// else the latest finer one (a year anchors "the following year",
        /// only a day anchors "the next morning"); its first day.
        static func best(_ anchors: [Anchor], for m: TimexMeaning, in sentence: Int) -> (Anchor, Day)? {
            let unit: Int
            switch m {
            case .unitShift(let u, _):
                guard let n = unitDays[u] else { return nil }
                unit = n
            case .weekday, .partOfDay, .clock: unit = 1
            case .monthShift, .season: unit = 366
            default: return nil
            }
            var finer: (Anchor, Day)?
            for a in anchors.reversed() {
                guard sentence - a.sentence <= TimeTagger.anaphoraReach else { break }
                guard let lo = a.value.earliest, let hi = a.value.latest else { continue }
                let days = hi.daysSinceEpoch - lo.daysSinceEpoch + 1
                if days > unit { continue }
                if days * 3 > unit { return (a, lo) }
                if finer == nil { finer = (a, lo) }
            }
            return finer
        }

        /// The longest stretch, in days, of each unit an anaphoric expression counts in.
        static let unitDays = ["D": 1, "W": 7, "WE": 7, "M": 31, "Q": 92, "H": 184, "Y": 366]
    }

    /// A weekday in the same sentence as a named event (a temponym) is read
    /// inside that event's dates: "at the Mobile World Congress ... on Tuesday".
    private func linkWeekdaysToNamedEvents(_ found: inout [TimexCandidate], _ a: TextAnalysis) {
        for (k, c) in found.enumerated() {
            guard case .temponym(let name, var year) = c.meaning else { continue }
            guard let s = a.sentenceIndex(containing: a.tokens[c.tokens.lowerBound].span.start) else { continue }
            let sentence = a.sentences[s].tokens
            // Candidates are in text order: only those from this sentence to three after it
            // can be in it or nearby (looking at all of them for each name was quadratic).
            let windowEnd = a.sentences[min(s + Self.nearbyReach, a.sentences.count - 1)].tokens.upperBound
            var from = 0, to = found.count
            while from < to {
                let mid = (from + to) / 2
                if found[mid].tokens.lowerBound < sentence.lowerBound { from = mid + 1 } else { to = mid }
            }
            to = from
            while to < found.count && found[to].tokens.lowerBound < windowEnd { to += 1 }
            // An explicit year nearby ("the 2019 edition") fixes the event's year.
            if year == .none {
                for o in found[from..<to] where sentence.contains(o.tokens.lowerBound) || nearby(o, c, a) {
                    if case .calendar(.stated(let y), nil, nil) = o.meaning { year = .stated(y); break }
                }
                found[k].meaning = .temponym(name: name, year: year)
            }
            for j in from..<to where sentence.contains(found[j].tokens.lowerBound) {
                if case .weekday(let d, nil) = found[j].meaning {
                    found[j].meaning = .weekdayDuring(d, temponym: name, year: year)
                }
            }
        }
    }

    /// "a year ago" / "a year earlier" in a text about a quarter compares
    /// quarters: the year-ago quarter (TimeBank's reading of earnings reports).
    private func readYearShiftsAsQuarters(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        // A report about a quarter: a quarter word anywhere in the text ("third-quarter" included).
        var quarterTalk: Bool?
        for k in found.indices {
            guard case .unitShift("Y", -1) = found[k].meaning, m.w(found[k].tokens.lowerBound) == "a" else { continue }
            if quarterTalk == nil {
                quarterTalk = m.low.contains { w in
                    lexicon.units[w] == "Q" || (w.hasSuffix("-quarter") && lexicon.units[String(w.split(separator: "-").last ?? "")] == "Q")
                }
            }
            if quarterTalk == true { found[k].meaning = .reportedQuarter(years: -1) }
        }
    }

    /// A year shift written before a quarter moves that quarter: "the
    /// year-earlier third quarter", "next year's first quarter"; and "the
    /// quarter a year ago" is the year-ago quarter. The two expressions
    /// become one.
    private func readShiftedQuarters(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        // "the 1988 quarter", "the 1989 period": the reported quarter of that
        // year; "last year's quarter": the year-ago quarter.
        func periodNoun(_ i: Int) -> Bool {
            m.unit(i).map { $0.code == "Q" && !$0.plural } ?? (lexicon.signals[m.w(i)]?.contains("period-noun") == true)
        }
        for k in found.indices {
            let s = found[k].tokens.lowerBound, e = found[k].tokens.upperBound
            guard k + 1 == found.count || found[k + 1].tokens.lowerBound > e + 1 else { continue }
            switch found[k].meaning {
            case .calendar(.stated(let y), nil, nil) where m.w(s - 1) == "the" && periodNoun(e):
                found[k] = TimexCandidate(tokens: s - 1..<e + 1, type: .date, meaning: .reportedQuarterIn(year: y))
            case .unitShift("Y", let n) where m.w(e) == "'s" && periodNoun(e + 1):
                found[k] = TimexCandidate(tokens: s..<e + 2, type: .date, meaning: .reportedQuarter(years: n))
            default: break
            }
        }
        var k = 1
        while k < found.count {
            let a = found[k - 1], b = found[k]
            var merged: TimexMeaning?
            switch (a.meaning, b.meaning) {
            case (.reportedQuarter(let ya), .part(let n, let months, .none)) where a.tokens.upperBound == b.tokens.lowerBound && a.tokens.count <= 2:
                merged = .part(n: n, months: months, year: .shifted(ya))
            case (.unitShift("Y", let ya), .part(let n, let months, .none))
                where a.tokens.upperBound + 1 == b.tokens.lowerBound && m.w(a.tokens.upperBound) == "'s":
                merged = .part(n: n, months: months, year: .shifted(ya))
            case (.reportedQuarter(0), .reportedQuarter(let yb)) where a.tokens.upperBound == b.tokens.lowerBound && yb != 0:
                merged = .reportedQuarter(years: yb)
            default: break
            }
            if let merged {
                // The article before "year-earlier" belongs to the quarter: "the year-earlier third quarter".
                var start = a.tokens.lowerBound
                if m.w(start - 1) == "the" && (k < 2 || found[k - 2].tokens.upperBound < start) { start -= 1 }
                found[k - 1] = TimexCandidate(tokens: start..<b.tokens.upperBound, type: .date, meaning: merged, mod: b.mod)
                found.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// "that year" takes the year last written before it ("fled in June
    /// 1998 and returned later that year").
    private func linkAnaphoricYears(_ found: inout [TimexCandidate]) {
        var last: Int?
        for k in found.indices {
            switch found[k].meaning {
            case .calendar(.stated(let y), _, _): last = y
            case .anaphoricYear: if let y = last { found[k].meaning = .calendar(year: .stated(y), month: nil, day: nil) }
            default: break
            }
        }
    }

    /// "the day before last Tuesday", "the week of March 6": a frame before
    /// a day names the day counted from it or the week holding it.
    private func readDayFrames(_ found: inout [TimexCandidate], _ m: TimexMatcher) {
        for k in found.indices {
            let c = found[k]
            switch c.meaning {
            case .calendar(_, _, .some), .weekday, .weekdayDuring, .holiday, .monthShift(_, _, .some): break
            default: continue
            }
            let start = c.tokens.lowerBound
            for f in lexicon.dayFrames where start >= f.words.count {
                let from = start - f.words.count
                guard f.words.indices.allSatisfy({ m.w(from + $0) == f.words[$0] }) else { continue }
                // The frame's own words must not be another expression ("the week" of "the week of").
                if found.contains(where: { $0.tokens.overlaps(from..<start) && $0.tokens != c.tokens }) { break }
                found[k].tokens = from..<c.tokens.upperBound
                found[k].type = .date
                found[k].meaning = f.kind == "week" ? .weekOf(c.meaning) : .dayShift(base: c.meaning, days: Int(f.argument) ?? 0)
                break
            }
        }
    }

    static let nearbyReach = 3

    /// Within the next three sentences (the year is often given a sentence later).
    private func nearby(_ o: TimexCandidate, _ c: TimexCandidate, _ a: TextAnalysis) -> Bool {
        guard let so = a.sentenceIndex(containing: a.tokens[o.tokens.lowerBound].span.start),
            let sc = a.sentenceIndex(containing: a.tokens[c.tokens.lowerBound].span.start) else { return false }
        return so >= sc && so - sc <= Self.nearbyReach
    }

    /// The tense of the clause around `tokens`, from the verb that governs
    /// the expression: the nearest verb group before it in its clause
    /// (between commas, semicolons, dashes, brackets), else the nearest verb
    /// after it there (a fronted expression: "On Friday the board met"), else
    /// the same in the rest of the sentence. The first auxiliary of a group
    /// decides ("would still be held": future; "had not called": past).
    static let clauseReach = 60

    func clauseTense(around tokens: Range<Int>, _ m: TimexMatcher) -> ClauseTense {
        let a = m.a
        guard let s = a.sentenceIndex(containing: a.tokens[tokens.lowerBound].span.start) else { return .none }
        let sentence = a.sentences[s].tokens
        var lo = tokens.lowerBound, hi = tokens.upperBound
        // A clause reaches no farther than `clauseReach` tokens each way: in a text without
        // commas or full stops, scanning to the sentence's ends made tagging quadratic.
        let first = max(sentence.lowerBound, tokens.lowerBound - Self.clauseReach)
        let last = min(sentence.upperBound, tokens.upperBound + Self.clauseReach)
        while lo > first && !isClauseBreak(lo - 1, m) { lo -= 1 }
        while hi < last && !isClauseBreak(hi, m) { hi += 1 }
        if let (t, i) = verbBefore(tokens.lowerBound, from: lo, m) {
            // "a service planned for Saturday was canceled": the verb after the noun phrase governs.
            if isNounParticiple(i, m), let after = verbAfter(tokens.upperBound, to: hi, m) { return after }
            return t
        }
        if let t = verbAfter(tokens.upperBound, to: hi, m) { return t }
        if let (t, _) = verbBefore(lo, from: max(sentence.lowerBound, lo - 40), m) { return t }
        return verbAfter(hi, to: min(sentence.upperBound, hi + 40), m) ?? .none
    }

    /// The nearest verb group ending before `end`, scanning back to `from`.
    private func verbBefore(_ end: Int, from: Int, _ m: TimexMatcher) -> (ClauseTense, Int)? {
        var i = end - 1
        while i >= from {
            if let t = signal(at: i, m, after: false) ?? auxiliary(at: i, m) {
                // "Until Thursday, they had ...": the clause's verb decides.
                let opensClause = i == from && lexicon.verbGroup[m.w(i)] == "preposition"
                if !opensClause { return (groupTense(i, t, from, m), i) }
            }
            i -= 1
        }
        return nil
    }

    /// An -ed form right after a noun and before a preposition may be a
    /// participle inside a noun phrase ("a service planned for Saturday
    /// was canceled") rather than the clause's verb ("talks resumed in
    /// March"): a verb group after the expression tells them apart.
    private func isNounParticiple(_ i: Int, _ m: TimexMatcher) -> Bool {
        guard m.w(i).hasSuffix("ed"), lexicon.verbGroup[m.w(i + 1)] == "preposition" else { return false }
        let prev = i - 1
        return prev >= 0 && m.kind(prev) == .word && lexicon.verbGroup[m.w(prev)] == nil
    }

    /// The nearest verb group starting at or after `start`, before `to`.
    private func verbAfter(_ start: Int, to: Int, _ m: TimexMatcher) -> ClauseTense? {
        var i = start
        while i < to {
            if let t = signal(at: i, m, after: true) ?? auxiliary(at: i, m) { return groupTense(i, t, start, m) }
            i += 1
        }
        return nil
    }

    private func auxiliary(at i: Int, _ m: TimexMatcher) -> ClauseTense? {
        verbGroupRole(i, m).flatMap { ClauseTense(rawValue: $0) }
    }

    /// The verb-group role of the word at `i` (`verb-groups.tsv`); none for a
    /// month beside its day ("22 April - 15 May", "May 3"), which is no modal.
    private func verbGroupRole(_ i: Int, _ m: TimexMatcher) -> String? {
        isMonthBesideDay(i, m) ? nil : lexicon.verbGroup[m.w(i)]
    }

    private func isMonthBesideDay(_ i: Int, _ m: TimexMatcher) -> Bool {
        m.cap(i) && lexicon.months[m.w(i)] != nil && (m.kind(i - 1) == .number || m.kind(i + 1) == .number)
    }

    /// The tense of the verb group whose signal word is at `i`: a modal
    /// before it makes it future ("will be held"), another auxiliary before
    /// a past form gives its own tense ("is held", "has closed").
    private func groupTense(_ i: Int, _ t: ClauseTense, _ limit: Int, _ m: TimexMatcher) -> ClauseTense {
        var k = i - 1
        var first: ClauseTense?
        // "may have been", "would have closed": a modal before a perfect is a past possibility.
        var perfect = m.w(i) == "have"
        while k >= limit, let role = verbGroupRole(k, m), role != "determiner", role != "modifier", role != "preposition",
            role != "pronoun" {
            if let aux = ClauseTense(rawValue: role) {
                if aux == .past && m.w(k) == "have" { perfect = true }
                first = aux
            }
            k -= 1
        }
        guard let aux = first else { return t }
        if aux == .future { return perfect ? .past : .future }
        return t == .past ? aux : t
    }

    private func isClauseBreak(_ i: Int, _ m: TimexMatcher) -> Bool {
        let w = m.w(i)
        return m.kind(i) == .punctuation && (w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "-"
            || w == "\u{2013}" || w == "\u{2014}")
    }

    /// The tense a word at `i` signals: a tense.tsv phrase (value "-": a word
    /// that only looks past, "succeed"; `after`: the word stands after the
    /// expression), or an "-ed" form. A verb-like signal right after a
    /// determiner is a noun ("the plan") and signals nothing.
    private func signal(at i: Int, _ m: TimexMatcher, after: Bool) -> ClauseTense? {
        let word = m.w(i)
        if isMonthBesideDay(i, m) { return nil }
        let role = lexicon.verbGroup[word]
        if role != "modifier" && lexicon.verbGroup[m.w(i - 1)] == "determiner" { return nil }
        if let rows = lexicon.tense[word] {
            for p in rows {
                var ok = true
                for (k, x) in p.words.enumerated() where m.w(i + k) != x { ok = false }
                if ok {
                    let v = after ? p.valueAfter : p.value
                    return v == "-" ? nil : ClauseTense(rawValue: v) ?? ClauseTense.none
                }
            }
            if rows.contains(where: { $0.value == "-" }) { return nil }
        }
        guard m.kind(i) == .word, !m.cap(i) else { return nil }
        if word.utf8.count >= 5, word.hasSuffix("ed") {
            let prev = m.w(i - 1)
            if prev == "be" || prev == "being" || prev == "to" { return nil }
            // "unspecified", "undisclosed": an un- participle is an adjective.
            if word.hasPrefix("un") { return nil }
            // "a still unnamed date", "the widely expected cut": a determiner before, across adverbs.
            var k = i - 1
            while k >= 0 && lexicon.verbGroup[m.w(k)] == "adverb" { k -= 1 }
            if k < i - 1 && lexicon.verbGroup[m.w(k)] == "determiner" { return nil }
            return .past
        }
        return nil
    }
}
