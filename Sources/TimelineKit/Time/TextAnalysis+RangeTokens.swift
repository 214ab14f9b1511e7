/// Hyphenated ranges seen by the time tagger as their two ends.
///
/// The text stage keeps "19-20", "2014-2018", "3-5pm" and "Monday-Friday"
/// as one token, which is right for every other stage (a score, a model
/// number, a compound word). TimeML tags the two ends of a range as two
/// expressions, so the tagger reads a copy of the analysis in which such a
/// token is split into end, hyphen, end (byte spans inside the original
/// token, so offsets are unchanged). Whether the ends are times is then up
/// to the ordinary patterns and their guards: "3-5 players", "a 2-1 win"
/// or "737-800" give no time expression.
extension TextAnalysis {
    /// This analysis with hyphenated ranges split, or itself when there is none.
    ///
    /// Split are: a number token of two numbers joined by one hyphen ("19-20",
    /// "3-5pm", "10:00-11:30", "1998-99"; not "2013-03", a year and month,
    /// and never a token with two hyphens: dates, phone numbers); and a word
    /// token of two weekday or month names ("Monday-Friday", "January-March").
    func splittingHyphenatedRanges(_ lex: TimeLexicon) -> TextAnalysis {
        var splits = [Int: Int]()  // token index -> byte offset of its hyphen
        for (k, t) in tokens.enumerated() {
            if let h = rangeHyphen(t, lex) { splits[k] = h }
        }
        guard !splits.isEmpty else { return self }
        var copy = self
        var out = [Token]()
        out.reserveCapacity(tokens.count + 2 * splits.count)
        var newIndex = [Int](repeating: 0, count: tokens.count + 1)
        for (k, t) in tokens.enumerated() {
            newIndex[k] = out.count
            guard let h = splits[k] else { out.append(t); continue }
            let secondCap = bytes[h + 1] >= 0x41 && bytes[h + 1] <= 0x5A
            out.append(Token(span: TextSpan(t.span.start, h), kind: t.kind, isCapitalized: t.isCapitalized))
            out.append(Token(span: TextSpan(h, h + 1), kind: .punctuation, isCapitalized: false))
            out.append(Token(span: TextSpan(h + 1, t.span.end), kind: t.kind, isCapitalized: secondCap))
        }
        newIndex[tokens.count] = out.count
        copy.tokens = out
        for s in copy.sentences.indices {
            let r = copy.sentences[s].tokens
            copy.sentences[s].tokens = newIndex[r.lowerBound]..<newIndex[r.upperBound]
        }
        return copy
    }

    /// The byte offset of the hyphen of a token that is a hyphenated range, if it is one.
    private func rangeHyphen(_ t: Token, _ lex: TimeLexicon) -> Int? {
        let s = t.span
        guard s.length >= 3 else { return nil }
        var hyphen: Int?
        for j in s.start..<s.end where bytes[j] == 0x2D {
            if hyphen != nil { return nil }
            hyphen = j
        }
        guard let h = hyphen, h > s.start, h + 1 < s.end else { return nil }
        switch t.kind {
        case .number:
            // Digits (a clock's colon allowed) on both sides; letters only at the end ("5pm").
            guard let a = clockDigits(s.start, h, lettersAllowed: false), let b = clockDigits(h + 1, s.end, lettersAllowed: true)
            else { return nil }
            // Days and hours ("19-20", "3-5pm", "10:00-11:30"): one or two digits a side.
            if (a.colon || a.digits <= 2) && (b.colon || b.digits <= 2) { return h }
            // Years ("2014-2018", "1998-99"), the second later; not "2013-03" (a year and a
            // month), a phone number ("555-1984") or a model number ("737-800").
            guard a.digits == 4, !a.colon, !b.colon, (1000...2099).contains(a.value) else { return nil }
            if b.digits == 4 { return b.value > a.value ? h : nil }
            return b.digits == 2 && (b.value > a.value % 100 || (a.value % 100 == 99 && b.value == 0)) ? h : nil
        case .word:
            func name(_ from: Int, _ to: Int) -> Bool {
                let w = String(decoding: bytes[from..<to].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
                return lex.weekdays[w] != nil || lex.months[w].map { !$0.ambiguous || bytes[from] <= 0x5A } == true
            }
            return bytes[s.start] >= 0x41 && bytes[s.start] <= 0x5A && name(s.start, h) && name(h + 1, s.end) ? h : nil
        default:
            return nil
        }
    }

    /// Digits with at most one colon in `from..<to`, optionally followed by letters.
    private func clockDigits(_ from: Int, _ to: Int, lettersAllowed: Bool) -> (digits: Int, colon: Bool, value: Int)? {
        var j = from, digits = 0, value = 0, colon = false
        while j < to, (bytes[j] >= 0x30 && bytes[j] <= 0x39) || (bytes[j] == 0x3A && !colon && digits > 0) {
            if bytes[j] == 0x3A {
                colon = true
            } else {
                digits += 1
                guard digits <= 4, let next = DecimalNumber.appending(bytes[j], to: value) else { return nil }
                value = next
            }
            j += 1
        }
        guard digits >= 1, digits <= 4 else { return nil }
        while j < to, lettersAllowed, TextAnalyzer.isASCIILetter(bytes[j]) { j += 1 }
        return j == to ? (digits, colon, value) : nil
    }
}
