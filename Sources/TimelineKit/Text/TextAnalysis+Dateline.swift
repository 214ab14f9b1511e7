extension TextAnalysis {
    /// The first token after a wire dateline or a publication stamp that
    /// opens sentence `s` ("NEW ORLEANS -- ...", "WASHINGTON (Reuters) - ...",
    /// "LONDON | Thu Apr 29, 2010 11:29 am EDT LONDON (Reuters) - ...",
    /// "Tuesday, September 30, 2008; 10:10 AM Most Americans ..."), or nil
    /// when the sentence opens with none. A dateline is page furniture glued
    /// to the lead: what the sentence says starts after it.
    ///
    /// Two shapes of dateline, each ending at a dash within the first 24
    /// tokens: an agency in brackets right before the dash ("(Reuters) -",
    /// "(AP) --"), or nothing but capitalised words, commas and full stops
    /// before the dash, at most six tokens with one in capitals ("BOOTHVILLE,
    /// La. --"). A stamp (``stampEnd(_:)``) may come before either.
    public func datelineEnd(sentence s: Int) -> Int? {
        let range = sentences[s].tokens
        guard range.count > 3 else { return nil }
        let stamp = stampEnd(range)
        return wireDatelineEnd(from: stamp ?? range.lowerBound, in: range) ?? stamp
    }

    /// The token after a publication stamp opening `range`: capitalised
    /// words (a weekday, a month), numbers and commas or semicolons, at most
    /// twelve tokens, holding a year (four digits) and ending with a clock
    /// time ("10:10", "09.18") and its am/pm or zone word (the clock words of
    /// `documents/dateline-words.tsv`), then a capitalised word ("Thursday,
    /// May 6, 2010; 11:30 AM PORT FOURCHON"); nil when the sentence opens with
    /// no such stamp. Prose puts a preposition before a time; a stamp stands alone.
    func stampEnd(_ range: Range<Int>) -> Int? {
        var k = range.lowerBound
        var year = false
        while k < range.upperBound && k < range.lowerBound + 12 {
            let t = tokens[k]
            let text = bytes[t.span.start..<t.span.end]
            switch t.kind {
            case .number:
                if text.count == 4 && text.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { year = true; break }
                guard year, DatelineFinder.isClockTime(text) else { break }
                // A clock time: its am/pm or zone word, then a capitalised word.
                var end = k + 1
                if end < range.upperBound, isClockWord(end) { end += 1 }
                guard end > k + 1, end < range.upperBound - 2, tokens[end].isCapitalized else { return nil }
                return end
            case .word:
                guard t.isCapitalized else { return nil }
            case .punctuation:
                guard t.span.length == 1, text.first == 0x2C || text.first == 0x3B else { return nil }
            default:
                return nil
            }
            k += 1
        }
        return nil
    }

    /// "AM", "p.m.", "GMT", "EDT": a clock word of the dateline table.
    private func isClockWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word else { return false }
        let folded = bytes[t.span.start..<t.span.end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return DocumentsLexicon.shared.kind(of: folded[...]) == .clock
    }

    /// The first token after a wire dateline starting at token `start` of `range`, or nil.
    private func wireDatelineEnd(from start: Int, in range: Range<Int>) -> Int? {
        var k = start
        var allCapitalised = true, shouting = false
        while k < range.upperBound && k < start + 24 {
            if isDash(k) {
                guard k > start else { return nil }
                var end = k + 1
                while end < range.upperBound && isDash(end) { end += 1 }
                guard end < range.upperBound - 2 else { return nil }
                if agencyBefore(k) { return end }
                if allCapitalised && shouting && k - start <= 6 { return end }
                return nil
            }
            let t = tokens[k]
            switch t.kind {
            case .word:
                if !t.isCapitalized { allCapitalised = false }
                if t.span.length >= 2 && bytes[t.span.start..<t.span.end].allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) {
                    shouting = true
                }
            case .punctuation:
                let c = bytes[t.span.start]
                if !(t.span.length == 1 && (c == 0x2C || c == 0x2E)) { allCapitalised = false }
            default:
                allCapitalised = false
            }
            k += 1
        }
        return nil
    }

    /// "-", "--", an en or em dash.
    private func isDash(_ k: Int) -> Bool {
        let s = tokens[k].span
        let b = bytes
        if s.length >= 1 && s.length <= 2 && b[s.start..<s.end].allSatisfy({ $0 == 0x2D }) { return true }
        return s.length == 3 && b[s.start] == 0xE2 && b[s.start + 1] == 0x80 && (b[s.start + 2] == 0x93 || b[s.start + 2] == 0x94)
    }

    /// Token `k` is preceded by one to three capitalised words in brackets: "(Reuters)".
    private func agencyBefore(_ k: Int) -> Bool {
        guard k >= 3, tokens[k - 1].span.length == 1, bytes[tokens[k - 1].span.start] == 0x29 else { return false }
        var j = k - 2
        var words = 0
        while j >= 0 && words <= 3 {
            let t = tokens[j]
            if t.span.length == 1 && bytes[t.span.start] == 0x28 { return words > 0 }
            guard t.kind == .word, t.isCapitalized else { return false }
            words += 1
            j -= 1
        }
        return false
    }
}
