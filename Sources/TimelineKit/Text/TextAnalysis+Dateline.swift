extension TextAnalysis {
    /// The first token after a wire dateline that opens sentence `s`
    /// ("NEW ORLEANS -- ...", "WASHINGTON (Reuters) - ...", "LONDON | Thu Apr
    /// 29, 2010 11:29 am EDT LONDON (Reuters) - ..."), or nil when the sentence
    /// opens with none. A dateline is page furniture glued to the lead: what
    /// the sentence says starts after it.
    ///
    /// Two shapes, each ending at a dash within the first 24 tokens: an
    /// agency in brackets right before the dash ("(Reuters) -", "(AP) --"),
    /// or nothing but capitalised words, commas and full stops before the
    /// dash, at most six tokens with one in capitals ("BOOTHVILLE, La. --").
    public func datelineEnd(sentence s: Int) -> Int? {
        let range = sentences[s].tokens
        guard range.count > 3 else { return nil }
        var k = range.lowerBound
        var allCapitalised = true, shouting = false
        while k < range.upperBound && k < range.lowerBound + 24 {
            if isDash(k) {
                guard k > range.lowerBound else { return nil }
                var end = k + 1
                while end < range.upperBound && isDash(end) { end += 1 }
                guard end < range.upperBound - 2 else { return nil }
                if agencyBefore(k) { return end }
                if allCapitalised && shouting && k - range.lowerBound <= 6 { return end }
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
