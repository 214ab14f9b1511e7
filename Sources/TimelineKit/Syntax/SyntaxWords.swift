/// One sentence as the tagger and the parser read it: words tokenised as the
/// UD English treebanks are, each a byte slice of a normalised copy of the
/// text, each tied to the token it comes from.
///
/// From the pipeline's tokens (``init(bytes:spans:)``):
/// - a contraction is two words: "didn't" -> did + n't, "I'm" -> I + 'm,
///   "cannot" -> can + not (`syntax/word-splits.tsv`);
/// - a hyphenated word is its parts and the hyphens ("long-term" -> long - term),
///   unless the part before is a prefix UD keeps (`syntax/hyphen-prefixes.tsv`:
///   "re-elected", "e-mail");
/// - tokens glued together make one word when they spell what a tokenised
///   text writes for one: a Penn Treebank bracket escape ("-LRB-", which the
///   text stage reads as "-", "LRB", "-"; `syntax/ptb-escapes.tsv`), a quote
///   written as two characters (`` `` `` and `''`), a clitic after an
///   apostrophe that stands alone ("night 's");
/// - curly quotes and apostrophes read as straight ones, "…" as "...".
///
/// Treebank words (``init(words:)``) are only normalised. Nothing here
/// allocates per word: one byte buffer and a few arrays per sentence.
package struct SyntaxWords: Sendable {
    /// The normalised words, separated by spaces.
    package private(set) var bytes: [UInt8] = []
    package private(set) var starts: [Int] = []
    package private(set) var ends: [Int] = []
    /// Per word, the index (in the spans given) of the token it comes from;
    /// a word made of several tokens: the first of them.
    package private(set) var sources: [Int] = []
    /// Per word, the FNV-1a hash of its lower-cased bytes (``lowerHash(_:)``).
    package private(set) var lower: [UInt64] = []
    /// Per word, its class in `syntax/word-clusters.tsv` (``SyntaxLexicon/unclustered`` if none).
    package private(set) var clusters: [UInt16] = []
    /// Per word, whether it is a piece of a token that was split (not the whole token).
    package private(set) var isPiece: [Bool] = []

    package var count: Int { starts.count }

    /// The words as the taggers read them.
    package var entityTokens: EntityTokens {
        EntityTokens(bytes: bytes, starts: starts, ends: ends, sentences: [0..<starts.count])
    }

    /// Treebank words, as tokenised there.
    package init(words: [some StringProtocol]) {
        bytes.reserveCapacity(words.count * 7)
        for (k, w) in words.enumerated() {
            let utf8 = Array(w.utf8)
            utf8.withUnsafeBufferPointer { b in append(b, 0..<b.count, source: k, piece: false) }
        }
    }

    /// The tokens `spans` (byte ranges of `text`, in order), split and
    /// joined into UD words as described above.
    package init(bytes text: [UInt8], spans: [Range<Int>]) {
        let lexicon = SyntaxLexicon.shared
        bytes.reserveCapacity(spans.count * 8)
        text.withUnsafeBufferPointer { b in
            func glued(_ k: Int) -> Bool { k + 1 < spans.count && spans[k].upperBound == spans[k + 1].lowerBound }
            func isByte(_ k: Int, _ c: UInt8) -> Bool { spans[k].count == 1 && b[spans[k].lowerBound] == c }
            func isApostrophe(_ k: Int) -> Bool {
                let s = spans[k]
                return isByte(k, 0x27) || s.count == 3 && b[s.lowerBound] == 0xE2 && b[s.lowerBound + 1] == 0x80
                    && (b[s.lowerBound + 2] == 0x99 || b[s.lowerBound + 2] == 0x98)
            }
            var k = 0
            while k < spans.count {
                // "-LRB-": three glued tokens.
                if glued(k) && glued(k + 1) && isByte(k, 0x2D) && isByte(k + 2, 0x2D),
                   let c = lexicon.escapes[byteHash(b, spans[k + 1], lower: false)] {
                    appendByte(c, source: k)
                    k += 3
                    continue
                }
                // `` and '' (two glued tokens).
                if glued(k) && (isByte(k, 0x60) && isByte(k + 1, 0x60) || isByte(k, 0x27) && isByte(k + 1, 0x27)) {
                    appendByte(0x22, source: k)
                    k += 2
                    continue
                }
                // A clitic after a lone apostrophe: "night 's".
                if glued(k) && isApostrophe(k) && (k == 0 || !glued(k - 1)) && Self.isClitic(b, spans[k + 1]) {
                    startWord(source: k, piece: false)
                    bytes.append(0x27)
                    appendNormalised(b, spans[k + 1])
                    endWord()
                    k += 2
                    continue
                }
                split(b, spans[k], source: k, lexicon: lexicon)
                k += 1
            }
        }
    }

    // MARK: Building

    private mutating func startWord(source: Int, piece: Bool) {
        if !bytes.isEmpty { bytes.append(0x20) }
        starts.append(bytes.count)
        sources.append(source)
        isPiece.append(piece)
    }

    private mutating func endWord() {
        let s = starts[starts.count - 1]
        ends.append(bytes.count)
        let h = bytes.withUnsafeBufferPointer { b in byteHash(b, s..<b.count, lower: true) }
        lower.append(h)
        clusters.append(SyntaxLexicon.shared.clusters[h] ?? SyntaxLexicon.unclustered)
    }

    private mutating func appendByte(_ c: UInt8, source: Int) {
        startWord(source: source, piece: false)
        bytes.append(c)
        endWord()
    }

    private mutating func append(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, source: Int, piece: Bool) {
        startWord(source: source, piece: piece)
        appendNormalised(b, range)
        endWord()
    }

    /// Copies bytes, reading curly quotes as straight ones and "…" as "...".
    private mutating func appendNormalised(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            if b[i] == 0xE2 && i + 2 < range.upperBound && b[i + 1] == 0x80 {
                switch b[i + 2] {
                case 0x98, 0x99: bytes.append(0x27); i += 3; continue
                case 0x9C, 0x9D: bytes.append(0x22); i += 3; continue
                case 0xA6: bytes.append(contentsOf: [0x2E, 0x2E, 0x2E]); i += 3; continue
                default: break
                }
            }
            bytes.append(b[i])
            i += 1
        }
    }

    /// One token as one or more words (contractions, hyphens).
    private mutating func split(_ b: UnsafeBufferPointer<UInt8>, _ span: Range<Int>, source: Int, lexicon: SyntaxLexicon) {
        let s = span.lowerBound, e = span.upperBound
        guard e - s > 2, Self.isLetter(b[s]) else {
            append(b, span, source: source, piece: false)
            return
        }
        if let first = lexicon.splits[byteHash(b, span, lower: true)], first < e - s {
            append(b, s..<(s + first), source: source, piece: true)
            append(b, (s + first)..<e, source: source, piece: true)
            return
        }
        if let cut = Self.contraction(b, span) {
            splitHyphens(b, s..<cut, source: source, lexicon: lexicon, piece: true)
            append(b, cut..<e, source: source, piece: true)
            return
        }
        splitHyphens(b, span, source: source, lexicon: lexicon, piece: false)
    }

    /// A word's parts at its hyphens, a prefix UD keeps staying joined to what follows.
    private mutating func splitHyphens(_ b: UnsafeBufferPointer<UInt8>, _ span: Range<Int>, source: Int,
                                       lexicon: SyntaxLexicon, piece: Bool) {
        var partStart = span.lowerBound
        var k = span.lowerBound
        var split = false
        while k < span.upperBound {
            if b[k] == 0x2D && k > partStart && k + 1 < span.upperBound {
                if !lexicon.hyphenPrefixes.contains(byteHash(b, partStart..<k, lower: true)) {
                    append(b, partStart..<k, source: source, piece: true)
                    append(b, k..<(k + 1), source: source, piece: true)
                    partStart = k + 1
                    split = true
                }
            }
            k += 1
        }
        append(b, partStart..<span.upperBound, source: source, piece: piece || split)
    }

    /// Where a contraction's second word starts: before "n't" ("did|n't"),
    /// or before the apostrophe of 'm, 're, 've, 'll, 'd ("I|'m"); nil for another word.
    static func contraction(_ b: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> Int? {
        let s = span.lowerBound, e = span.upperBound
        // The apostrophe's position and length (straight or curly) before `end`.
        func apostrophe(before end: Int) -> Int? {
            if end - 1 > s && b[end - 1] == 0x27 { return end - 1 }
            if end - 3 > s && b[end - 3] == 0xE2 && b[end - 2] == 0x80 && b[end - 1] == 0x99 { return end - 3 }
            return nil
        }
        func lower(_ i: Int) -> UInt8 { b[i] | 0x20 }
        let last = lower(e - 1)
        if last == 0x74, let a = apostrophe(before: e - 1), a - 1 > s, lower(a - 1) == 0x6E { return a - 1 }
        if last == 0x6D || last == 0x64, let a = apostrophe(before: e - 1), a > s { return a }
        let two = e - s > 3 ? (lower(e - 2), last) : (0, 0)
        if two == (0x72, 0x65) || two == (0x76, 0x65) || two == (0x6C, 0x6C), let a = apostrophe(before: e - 2), a > s {
            return a
        }
        return nil
    }

    /// An ASCII letter or the lead byte of a letter outside ASCII.
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c >= 0xC3 && c != 0xE2 }

    /// 's, 're, 've, 'm, 'll, 'd without their apostrophe.
    static func isClitic(_ b: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> Bool {
        let n = span.count
        guard n >= 1 && n <= 2 else { return false }
        let c0 = b[span.lowerBound] | 0x20
        if n == 1 { return c0 == 0x73 || c0 == 0x6D || c0 == 0x64 }
        let c1 = b[span.lowerBound + 1] | 0x20
        return (c0 == 0x72 || c0 == 0x76) && c1 == 0x65 || c0 == 0x6C && c1 == 0x6C
    }
}
