/// Splits a text into paragraphs, sentences and tokens, and flags page
/// furniture, by scanning its UTF-8 bytes once.
///
/// Handles news punctuation: "U.S." and "Mr." keep their periods, "$1.2"
/// and "2020/7/16" stay whole numbers, "Huawei's" gives "Huawei" + "'s",
/// curly quotes and dashes are punctuation, "5G" is one token.
public struct TextAnalyzer: Sendable {
    let lexicon: TextLexicon

    public init() { lexicon = .shared }

    /// Analyses `text`. `hasTitleLine`: the first line is the headline
    /// (plain text without a front-matter title). Only the first
    /// ``Token/maxTextLength`` bytes of a longer text are read (a reader never
    /// hands one: its documents are at most 4,000 MB).
    public func analyze(_ text: String, hasTitleLine: Bool = false) -> TextAnalysis {
        let text = text.utf8.count <= Token.maxTextLength ? text
            : String(decoding: text.utf8.prefix(Token.maxTextLength), as: UTF8.self)
        var analysis = TextAnalysis(text: text)
        analysis.paragraphs = paragraphs(analysis.bytes, hasTitleLine: hasTitleLine)
        analysis.tokens = tokenize(analysis.bytes)
        analysis.sentences = sentences(analysis)
        return analysis
    }

    // MARK: Paragraphs

    private func paragraphs(_ b: [UInt8], hasTitleLine: Bool) -> [Paragraph] {
        // Lines, trimmed of surrounding white space.
        var lines = [TextSpan]()
        var start = 0
        for i in 0...b.count where i == b.count || b[i] == 0x0A {
            var s = start, e = i
            while s < e && Self.isSpace(b[s]) { s += 1 }
            while e > s && Self.isSpace(b[e - 1]) { e -= 1 }
            lines.append(TextSpan(s, e))
            start = i + 1
        }
        // Blocks of non-blank lines; a hard-wrapped block is one paragraph,
        // otherwise each line is a paragraph (web text: one paragraph a line).
        var result = [Paragraph]()
        var block = [TextSpan]()
        func flush() {
            guard !block.isEmpty else { return }
            if isHardWrapped(block, b) {
                result.append(Paragraph(span: TextSpan(block[0].start, block[block.count - 1].end), furniture: nil))
            } else {
                let first = result.count
                for line in block {
                    // A line opening with a comma continues the line before it: a sentence broken
                    // after a name's parenthesis ("Former senator Bob Graham (D-Fla.)" / ", one of ... said").
                    if b[line.start] == 0x2C && result.count > first {
                        result[result.count - 1].span = TextSpan(result[result.count - 1].span.start, line.end)
                    } else {
                        result.append(Paragraph(span: line, furniture: nil))
                    }
                }
            }
            block.removeAll()
        }
        for line in lines {
            if line.isEmpty { flush() } else { block.append(line) }
        }
        flush()
        // A picture credit glued before a paragraph is a caption line of its own.
        result = result.flatMap { p -> [Paragraph] in
            guard let (creditEnd, bodyStart) = creditSplit(p.span, b) else { return [p] }
            return [Paragraph(span: TextSpan(p.span.start, creditEnd), furniture: nil),
                    Paragraph(span: TextSpan(bodyStart, p.span.end), furniture: nil)]
        }
        markFurniture(&result, b, hasTitleLine: hasTitleLine)
        return result
    }

    /// Where a picture credit glued before a paragraph ends, and where the
    /// paragraph's text starts ("Photograph: Sang Tan/AP | Boris Johnson, the
    /// mayor of London, said ..."): a label of `text/credit-labels.tsv` and a
    /// colon open the line; the credit runs to its last word holding a slash
    /// among the next six ("Carl de Souza/AFP/Getty Images"), else it is one
    /// word ("PA", "Reuters"; "Getty Images" counted whole); a capitalised word
    /// then opens at least 40 bytes of text. Nil for a line that is a caption.
    func creditSplit(_ line: TextSpan, _ b: [UInt8]) -> (creditEnd: Int, bodyStart: Int)? {
        // Every paragraph passes here: most open with no label, told by a byte look (no colon
        // ending the first word or standing after it) before any word is made a string.
        var i = line.start
        while i < line.end && i < line.start + 16 && b[i] != 0x20 { i += 1 }
        guard i < line.end, i > line.start, b[i - 1] == 0x3A || (i + 1 < line.end && b[i + 1] == 0x3A) else { return nil }
        // Words as written (space-separated) in the line's first 200 bytes.
        var units = [(start: Int, end: Int)]()
        i = line.start
        let limit = min(line.end, line.start + 200)
        while i < limit && units.count < 9 {
            while i < limit && b[i] == 0x20 { i += 1 }
            let s = i
            while i < limit && b[i] != 0x20 { i += 1 }
            if i > s { units.append((s, i)) }
        }
        guard units.count >= 4 else { return nil }
        func text(_ u: Int) -> String { String(decoding: b[units[u].start..<units[u].end], as: UTF8.self) }
        // "Photograph:" or "Photograph :" (tokenised text).
        var label = text(0).lowercased()
        var first = 1
        if label.hasSuffix(":") {
            label.removeLast()
        } else if text(1) == ":" {
            first = 2
        } else {
            return nil
        }
        guard lexicon.creditLabels.contains(label) else { return nil }
        let credit = units.indices.dropFirst(first).prefix(6)
        var last = credit.last { text($0).contains("/") } ?? first
        if last + 1 < units.count, text(last).hasSuffix("Getty"), text(last + 1).lowercased() == "images" { last += 1 }
        guard last + 1 < units.count else { return nil }
        let body = units[last + 1].start
        guard b[body] >= 0x41 && b[body] <= 0x5A, line.end - body >= 40 else { return nil }
        return (units[last].end, body)
    }

    /// A block is hard-wrapped when its lines (but the last) are of similar
    /// width and most do not end a sentence.
    private func isHardWrapped(_ block: [TextSpan], _ b: [UInt8]) -> Bool {
        guard block.count >= 2 else { return false }
        let body = block.dropLast()
        let open = body.filter { !Self.endsSentence($0, b) }.count
        let widths = body.map(\.length)
        return widths.allSatisfy { (35...110).contains($0) } && open * 2 >= body.count
    }

    private static func endsSentence(_ line: TextSpan, _ b: [UInt8]) -> Bool {
        guard line.length > 0 else { return false }
        var e = line.end - 1
        // Skip closing quotes (ASCII and the last byte of ’ ” in UTF-8).
        while e > line.start && (b[e] == 0x22 || b[e] == 0x27 || b[e] == 0x29
            || (b[e] == 0x9D || b[e] == 0x99) && e >= 2 && b[e - 2] == 0xE2) {
            e -= (b[e] == 0x9D || b[e] == 0x99) ? 3 : 1
        }
        return e >= line.start && (b[e] == 0x2E || b[e] == 0x21 || b[e] == 0x3F || b[e] == 0x3A)
    }

    private func markFurniture(_ paragraphs: inout [Paragraph], _ b: [UInt8], hasTitleLine: Bool) {
        var inSection = false
        // A reader-comment thread: from the first of two or more commenter attributions to the end.
        var threadStart: Int?
        var attributions = 0
        let lines = paragraphs.map { Self.folded(b[$0.span.start..<$0.span.end]) }
        let rules = paragraphs.indices.map { lexicon.furniture(for: lines[$0], length: paragraphs[$0].span.length) }
        for (i, rule) in rules.enumerated() where rule?.match.attributesComment == true {
            attributions += 1
            if threadStart == nil { threadStart = i }
        }
        for i in paragraphs.indices {
            let span = paragraphs[i].span
            if attributions >= 2, let t = threadStart, i >= t {
                paragraphs[i].furniture = .comments
                continue
            }
            if inSection {
                if span.length < 200 && !looksLikeProse(span, b) || span.length < 90 {
                    paragraphs[i].furniture = .related
                    continue
                }
                inSection = false
            }
            if hasTitleLine && i == 0 {
                paragraphs[i].furniture = .headline
                continue
            }
            if let rule = rules[i], !rule.match.attributesComment {
                paragraphs[i].furniture = rule.kind
                if rule.match == .section { inSection = true }
                continue
            }
            if ageStamps(in: lines[i]) >= 2 {
                paragraphs[i].furniture = .related
                continue
            }
            if isHeadlineLike(span, b, index: i, paragraphs: paragraphs) {
                paragraphs[i].furniture = i <= 3 && isDatelineOrByline(span, b) ? .meta : .headline
            }
        }
    }

    /// Time-ago stamps in a folded line ("10 hrs ago", "2 days ago"): two
    /// or more make it a list of linked headlines, each with its age and
    /// source ("Obama calls for 'clean energy future' - 10 hrs ago Bangkok
    /// Post US oil spill 'epidemic' may last years - 4 hrs ago Guardian").
    func ageStamps(in line: [UInt8]) -> Int {
        // Most lines have no " ago": found without splitting the line.
        var i = 1
        while i + 2 < line.count && !(line[i - 1] == 0x20 && line[i] == 0x61 && line[i + 1] == 0x67 && line[i + 2] == 0x6F) { i += 1 }
        guard i + 2 < line.count else { return 0 }
        let words = line.split(separator: 0x20)
        var count = 0
        for k in words.indices.dropFirst(2) where words[k].elementsEqual("ago".utf8) {
            let unit = String(decoding: words[k - 1], as: UTF8.self)
            let number = words[k - 2]
            if lexicon.ageUnits.contains(unit), !number.isEmpty, number.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) || number.elementsEqual("an".utf8)
                || number.elementsEqual("a".utf8) {
                count += 1
            }
        }
        return count
    }

    /// A short line with no sentence-final punctuation, or a repeated title.
    private func isHeadlineLike(_ span: TextSpan, _ b: [UInt8], index: Int, paragraphs: [Paragraph]) -> Bool {
        if span.length < 100 && !Self.endsSentence(span, b) { return true }
        // A question used as a sub-headline: short, no quotation.
        if span.length < 60 && b[span.end - 1] == 0x3F && !b[span.start..<span.end].contains(0x22)
            && !Self.containsCurlyQuote(b[span.start..<span.end]) {
            return true
        }
        // The headline repeated in the body.
        if index > 0, paragraphs[0].furniture == .headline {
            let first = paragraphs[0].span
            if first.length == span.length && b[first.start..<first.end].elementsEqual(b[span.start..<span.end]) {
                return true
            }
        }
        return false
    }

    private func isDatelineOrByline(_ span: TextSpan, _ b: [UInt8]) -> Bool {
        span.length < 40
    }

    private func looksLikeProse(_ span: TextSpan, _ b: [UInt8]) -> Bool {
        Self.endsSentence(span, b) && b[span.start..<span.end].filter { $0 == 0x20 }.count >= 12
    }

    private static func containsCurlyQuote(_ s: ArraySlice<UInt8>) -> Bool {
        var i = s.startIndex
        while i + 2 < s.endIndex {
            if s[i] == 0xE2 && s[i + 1] == 0x80 && (0x98...0x9D).contains(s[i + 2]) { return true }
            i += 1
        }
        return false
    }

    /// Lower-cased ASCII, curly apostrophes folded to `'`, runs of space folded.
    static func folded(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == 0xE2 && i + 2 < s.endIndex && s[i + 1] == 0x80 && (s[i + 2] == 0x98 || s[i + 2] == 0x99) {
                out.append(0x27)
                i += 3
                continue
            }
            if isSpace(c) {
                if out.last != 0x20 { out.append(0x20) }
            } else {
                out.append((c >= 0x41 && c <= 0x5A) ? c + 32 : c)
            }
            i += 1
        }
        return out
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A || c == 0x0C }

    // MARK: Tokens

    func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(b.count / 5)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if Self.isSpace(c) {
                i += 1
                continue
            }
            // Non-breaking space (C2 A0).
            if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 {
                i += 2
                continue
            }
            let start = i
            if Self.isDigit(c) {
                i = scanNumber(b, from: i)
                tokens.append(Token(span: TextSpan(start, i), kind: .number, isCapitalized: false))
                continue
            }
            if Self.isLetter(b, i) {
                i = scanWord(b, from: i)
                // "Huawei's" / "Huawei’s": split the possessive off.
                var wordEnd = i
                if i - start > 2 {
                    if b[i - 2] == 0x27 && (b[i - 1] == 0x73 || b[i - 1] == 0x53) {
                        wordEnd = i - 2
                    } else if i - start > 4 && b[i - 4] == 0xE2 && b[i - 3] == 0x80 && b[i - 2] == 0x99
                        && (b[i - 1] == 0x73 || b[i - 1] == 0x53) {
                        wordEnd = i - 4
                    }
                }
                let cap = c >= 0x41 && c <= 0x5A
                // Abbreviations keep their final period: "Mr.", "U.S.", "Co.".
                if wordEnd == i && i < n && b[i] == 0x2E && isAbbreviation(b, start, i) {
                    i += 1
                    tokens.append(Token(span: TextSpan(start, i), kind: .word, isCapitalized: cap))
                    continue
                }
                tokens.append(Token(span: TextSpan(start, wordEnd), kind: .word, isCapitalized: cap))
                if wordEnd != i {
                    tokens.append(Token(span: TextSpan(wordEnd, i), kind: .word, isCapitalized: false))
                }
                continue
            }
            // Multi-byte punctuation: ‘ ’ “ ” – — … (E2 80 xx).
            if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 {
                i += 3
                tokens.append(Token(span: TextSpan(start, i), kind: .punctuation, isCapitalized: false))
                continue
            }
            if c < 0x80 {
                i += 1
                // "..." as one token.
                if c == 0x2E { while i < n && b[i] == 0x2E { i += 1 } }
                let isPunct = c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F
                    || c == 0x22 || c == 0x27 || c == 0x28 || c == 0x29 || c == 0x5B || c == 0x5D
                    || c == 0x2D || c == 0x7B || c == 0x7D
                tokens.append(Token(span: TextSpan(start, i), kind: isPunct ? .punctuation : .symbol, isCapitalized: false))
                continue
            }
            // Other non-ASCII: a symbol of its own length.
            i += Self.scalarLength(c)
            tokens.append(Token(span: TextSpan(start, min(i, n)), kind: .symbol, isCapitalized: false))
            i = min(i, n)
        }
        return tokens
    }

    /// Digits with inner `.,:/-` between digits, then trailing letters ("5G", "1990s", "22nd").
    /// A thousands separator a tokeniser split off ("50 ,000" in Penn Treebank-style text) stays in the number.
    private func scanNumber(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        let n = b.count
        var group = 0
        while i < n {
            if Self.isDigit(b[i]) {
                i += 1
                group += 1
            } else if (b[i] == 0x2E || b[i] == 0x2C || b[i] == 0x3A || b[i] == 0x2F || b[i] == 0x2D)
                && i + 1 < n && Self.isDigit(b[i + 1]) {
                i += 1
                group = 0
            } else if b[i] == 0x20, group >= 1, group <= 3, i + 5 <= n, b[i + 1] == 0x2C,
                      Self.isDigit(b[i + 2]), Self.isDigit(b[i + 3]), Self.isDigit(b[i + 4]),
                      i + 5 == n || !Self.isDigit(b[i + 5]) {
                i += 2
                group = 0
            } else {
                break
            }
        }
        while i < n && Self.isASCIILetter(b[i]) { i += 1 }
        return i
    }

    /// Letters (ASCII or any non-punctuation non-ASCII), digits, inner hyphens,
    /// apostrophes and periods between single letters ("U.S").
    private func scanWord(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        let n = b.count
        while i < n {
            if Self.isLetter(b, i) || Self.isDigit(b[i]) {
                i += Self.scalarLength(b[i])
            } else if (b[i] == 0x2D || b[i] == 0x27 || b[i] == 0x26) && i + 1 < n && Self.isLetter(b, i + 1) {
                i += 1
            } else if b[i] == 0xE2 && i + 3 < n && b[i + 1] == 0x80 && b[i + 2] == 0x99 && Self.isLetter(b, i + 3) {
                i += 3  // curly apostrophe inside a word: "won’t"
            } else if b[i] == 0x2E && i + 1 < n && Self.isASCIILetter(b[i + 1])
                && (i + 2 >= n || !Self.isASCIILetter(b[i + 2])) && i - start <= 2 {
                i += 1  // "U.S", "p.m": single letters joined by periods
            } else {
                break
            }
        }
        return min(i, n)
    }

    private func isAbbreviation(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
        // Letters separated by periods ("U.S", "p.m") or a single capital ("J").
        if b[start..<end].contains(0x2E) || (end - start == 1 && b[start] >= 0x41 && b[start] <= 0x5A) { return true }
        return lexicon.abbreviations[String(decoding: b[start..<end], as: UTF8.self)] != nil
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    /// ASCII letter, or the lead byte of a non-ASCII scalar that is not
    /// general punctuation (E2 80 xx) or a no-break space.
    static func isLetter(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return isASCIILetter(c) }
        if c == 0xE2 && i + 1 < b.count && (b[i + 1] == 0x80 || b[i + 1] == 0x82 || b[i + 1] == 0x84) { return false }
        if c == 0xC2 { return false }
        return c >= 0xC3
    }

    static func scalarLength(_ c: UInt8) -> Int {
        c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
    }

    // MARK: Sentences

    private func sentences(_ a: TextAnalysis) -> [Sentence] {
        var result = [Sentence]()
        let tokens = a.tokens
        var t = 0
        for (p, paragraph) in a.paragraphs.enumerated() {
            while t < tokens.count && tokens[t].span.start < paragraph.span.start { t += 1 }
            var first = t
            while t < tokens.count && tokens[t].span.end <= paragraph.span.end {
                if isBoundary(a, t, paragraphEnd: paragraph.span.end) {
                    var last = t
                    // Closing quotes and brackets belong to the sentence they close.
                    while last + 1 < tokens.count && tokens[last + 1].span.end <= paragraph.span.end
                        && isCloser(a, last + 1) {
                        last += 1
                    }
                    result.append(Sentence(span: TextSpan(tokens[first].span.start, tokens[last].span.end),
                                           tokens: first..<(last + 1), paragraph: p, furniture: paragraph.furniture))
                    t = last + 1
                    first = t
                } else {
                    t += 1
                }
            }
            if first < t {
                result.append(Sentence(span: TextSpan(tokens[first].span.start, tokens[t - 1].span.end),
                                       tokens: first..<t, paragraph: p, furniture: paragraph.furniture))
            }
        }
        return result
    }

    private func isBoundary(_ a: TextAnalysis, _ t: Int, paragraphEnd: Int) -> Bool {
        let tok = a.tokens[t]
        let b = a.bytes
        guard t + 1 < a.tokens.count, a.tokens[t + 1].span.start < paragraphEnd else { return false }
        var next = t + 1
        while next < a.tokens.count && isCloser(a, next) { next += 1 }
        guard next < a.tokens.count, a.tokens[next].span.start < paragraphEnd else { return false }
        let nextTok = a.tokens[next]
        let nextStartsSentence = nextTok.isCapitalized || nextTok.kind == .number || isOpener(a, next)
        if tok.kind == .punctuation {
            let c = b[tok.span.start]
            guard tok.span.length == 1 || (c == 0x2E && tok.span.length == 3) else { return false }
            guard c == 0x2E || c == 0x21 || c == 0x3F else { return false }
            return nextStartsSentence
        }
        // An abbreviation that may end a sentence ("U.S.", "Inc.") before a sentence starter.
        if tok.kind == .word && b[tok.span.end - 1] == 0x2E {
            let word = String(decoding: b[tok.span.start..<(tok.span.end - 1)], as: UTF8.self)
            if lexicon.abbreviations[word] == .title { return false }
            if word.count == 1 { return false }  // an initial: "George W. Bush"
            return nextTok.isCapitalized && lexicon.sentenceStarters.contains(a.string(nextTok.span))
        }
        return false
    }

    /// Closing quote or bracket.
    private func isCloser(_ a: TextAnalysis, _ t: Int) -> Bool {
        let s = a.tokens[t].span
        let b = a.bytes
        if s.length == 1 && (b[s.start] == 0x22 || b[s.start] == 0x27) {
            // A straight quote closes when a space, punctuation or the end follows it;
            // glued to the next word it opens one ("said. \"The US").
            return t + 1 >= a.tokens.count || a.tokens[t + 1].span.start > s.end || a.tokens[t + 1].kind == .punctuation
        }
        if s.length == 1 { return b[s.start] == 0x29 || b[s.start] == 0x5D }
        return s.length == 3 && b[s.start] == 0xE2 && b[s.start + 1] == 0x80 && (b[s.start + 2] == 0x99 || b[s.start + 2] == 0x9D)
            && (t + 1 >= a.tokens.count || a.tokens[t + 1].span.start > s.end || a.tokens[t + 1].kind == .punctuation)
    }

    /// Opening quote or bracket.
    private func isOpener(_ a: TextAnalysis, _ t: Int) -> Bool {
        let s = a.tokens[t].span
        let b = a.bytes
        if s.length == 1 { return b[s.start] == 0x22 || b[s.start] == 0x27 || b[s.start] == 0x28 || b[s.start] == 0x5B }
        return s.length == 3 && b[s.start] == 0xE2 && b[s.start + 1] == 0x80 && (b[s.start + 2] == 0x98 || b[s.start + 2] == 0x9C)
    }
}
