/// Bounds the publication date of an undated document from its own time
/// references.
///
/// - An absolute date in a past or present clause ("in December 2018,
///   Canadian authorities arrested ...") puts publication after it: after a
///   month (or season, quarter), on or after a week or day, within or after a year.
/// - One in a future clause ("set to kick in March 2019") puts it before it.
/// - A photo caption's date puts publication on or after it.
/// - A bare month ("In January, Huawei fired ...", "set to kick in March")
///   is read in the year the absolute references allow: after it in a past
///   clause (a journalist writes "this month" for the current one), before it
///   in a future clause.
public struct PublicationBounder: Sendable {
    let tagger: TimeTagger

    public init() { tagger = TimeTagger() }

    /// The window the publication day must lie in, with a one-line account.
    ///
    /// - Parameters:
    ///   - timexes: the document's expressions, tagged with ``TimeReference/unknown``.
    ///   - analysis: the analysed text they came from.
    public func publicationBounds(_ timexes: [TimeExpression], analysis: TextAnalysis)
        -> (earliest: Day?, latest: Day?, explanation: String)
    {
        let matcher = TimexMatcher(analysis, lexicon: tagger.lexicon)
        var lo: Day?
        var hi: Day?
        var notes = [String]()
        var bareMonths = [(month: Int, tense: ClauseTense, text: String)]()
        func raise(_ d: Day, _ note: String) { if lo == nil || d > lo! { lo = d }; notes.append(note) }
        func lower(_ d: Day, _ note: String) { if hi == nil || d < hi! { hi = d }; notes.append(note) }

        for t in timexes where t.type == .date || t.type == .time {
            let tokens = analysis.tokenRange(of: t.span)
            guard !tokens.isEmpty else { continue }
            let sentence = analysis.sentenceIndex(containing: t.span.start)
            let isCaption = sentence.map { analysis.sentences[$0].furniture == .caption } ?? false
            let tense = tagger.clauseTense(around: tokens, matcher)
            let v = t.value
            // An absolute value written without a digit ("the Mobile World Congress")
            // took its year from elsewhere in the text: it proves nothing new.
            let written = t.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
            if !t.isRelative, written, let e = v.earliest, let l = v.latest {
                if isCaption {
                    raise(e, "on or after \(v.value) ('\(t.text)', caption)")
                } else if tense == .future {
                    if v.granularity <= .year {
                        lower(l, "not after \(v.value) ('\(t.text)', future)")
                    } else {
                        lower(e.adding(days: -1), "before \(v.value) ('\(t.text)', future)")
                    }
                } else if tense == .past || tense == .present {
                    if v.granularity <= .year {
                        raise(e, "within or after \(v.value) ('\(t.text)', \(tense.rawValue))")
                    } else if v.granularity >= .week {
                        raise(e, "on or after \(v.value) ('\(t.text)', \(tense.rawValue))")
                    } else {
                        raise(l.adding(days: 1), "after \(v.value) ('\(t.text)', \(tense.rawValue))")
                    }
                }
            } else if let m = Self.bareMonth(v.value), tense == .past || tense == .future {
                bareMonths.append((m, tense, t.text))
            }
        }
        // Bare months, read in the year the absolute references make possible.
        if let y = lo?.year ?? hi?.year {
            for b in bareMonths where b.tense == .past {
                let end = Day(year: y, month: b.month, day: 1).lastOfMonth
                if lo == nil || end >= lo! {
                    raise(end.adding(days: 1), "after \(Day.pad(y, 4))-\(Day.pad(b.month, 2)) ('\(b.text)', past)")
                }
            }
            for b in bareMonths where b.tense == .future {
                var start = Day(year: lo?.year ?? y, month: b.month, day: 1)
                if let l = lo, start <= l { start = start.adding(years: 1) }
                lower(start.adding(days: -1), "before \(Day.pad(start.year, 4))-\(Day.pad(b.month, 2)) ('\(b.text)', future)")
            }
        }
        if let l = lo, let h = hi, l > h {
            return (lo, nil, "conflicting references, kept the lower bound: " + notes.joined(separator: "; "))
        }
        if notes.isEmpty { return (nil, nil, "no dated reference in the text") }
        return (lo, hi, notes.joined(separator: "; "))
    }

    /// The month of an underspecified `XXXX-MM` value.
    static func bareMonth(_ value: String) -> Int? {
        let b = Array(value.utf8)
        guard b.count == 7, value.hasPrefix("XXXX-"), let m = Int(value.dropFirst(5)), (1...12).contains(m) else { return nil }
        return m
    }
}
