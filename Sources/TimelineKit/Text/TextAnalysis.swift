/// What a token is made of.
public enum TokenKind: UInt8, Sendable, Hashable {
    /// Letters, possibly with inner hyphens, apostrophes or digits ("Mar-a-Lago", "5G" counts as number).
    case word
    /// Starts with a digit: "2019", "1.2", "2020/7/16", "20:53:40", "5G", "170".
    case number
    /// Sentence and clause punctuation, quotes, brackets, dashes.
    case punctuation
    /// Anything else ("$", "%", "&").
    case symbol
}

/// One token of a text.
///
/// Stored in 12 bytes (32-bit offsets): a document holds millions of tokens
/// while it is read, so a text is at most ``maxTextLength`` bytes long.
public struct Token: Sendable, Hashable {
    private var start: UInt32
    private var end: UInt32
    public var kind: TokenKind
    /// The first character is an upper-case letter.
    public var isCapitalized: Bool

    /// The longest text whose tokens can be stored: 4 GiB.
    public static let maxTextLength = Int(UInt32.max)

    public var span: TextSpan {
        get { TextSpan(Int(start), Int(end)) }
        set {
            start = UInt32(newValue.start)
            end = UInt32(newValue.end)
        }
    }

    public init(span: TextSpan, kind: TokenKind, isCapitalized: Bool) {
        start = UInt32(span.start)
        end = UInt32(span.end)
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// Lines of a page that are not the article's text.
public enum Furniture: String, Sendable, Hashable, Codable {
    /// The headline (first line of a plain-text article) or a sub-headline.
    case headline
    /// A photo caption or photo credit.
    case caption
    /// A reporting or copyright credit.
    case credit
    /// "Related posts", "More from China" and the list under them.
    case related
    /// "Post a Comment", "blog comments powered by Disqus".
    case comments
    /// Share buttons and newsletter prompts.
    case share
    /// Bylines, datelines, "Source: ... Published: ..." lines.
    case meta
}

/// A paragraph: one line of one-paragraph-per-line text, or a block of hard-wrapped lines.
public struct Paragraph: Sendable, Hashable {
    public var span: TextSpan
    public var furniture: Furniture?
}

/// A sentence: never crosses a paragraph.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    /// Indices into ``TextAnalysis/tokens``.
    public var tokens: Range<Int>
    public var paragraph: Int
    /// Inherited from its paragraph; no event is read from furniture.
    public var furniture: Furniture?
}

/// A text split into paragraphs, sentences and tokens: the shared view every
/// later stage reads. Offsets are UTF-8 byte offsets into `text`.
public struct TextAnalysis: Sendable {
    /// The text's UTF-8: the one copy of the text the analysis keeps.
    public let bytes: [UInt8]
    /// The text (made from ``bytes`` on each call).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Empty in a compact analysis (``compacted()``).
    public internal(set) var tokens: [Token]
    public package(set) var sentences: [Sentence]
    public internal(set) var paragraphs: [Paragraph]
    /// Whether the tokens were dropped (``compacted()``): sentences and
    /// paragraphs remain, their token ranges referring to tokens no longer held.
    public private(set) var isCompact = false
    /// In a compact analysis: where each sentence opening with a wire dateline says its news (``contentStart(sentence:)``).
    private var datelineEnds = [Int: Int]()

    init(text: String) {
        self.bytes = Array(text.utf8)
        self.tokens = []
        self.sentences = []
        self.paragraphs = []
    }

    /// The analysis without its tokens (a document's largest part once read):
    /// what the stages after the events need (sentences, paragraphs, the
    /// bytes, where each sentence's news starts) in a third of the memory.
    public func compacted() -> TextAnalysis {
        guard !isCompact else { return self }
        var compact = self
        for s in sentences.indices {
            if let k = datelineEnd(sentence: s) { compact.datelineEnds[s] = tokens[k].span.start }
        }
        compact.tokens = []
        compact.isCompact = true
        return compact
    }

    /// A compact analysis with its tokens again (the text tokenised anew:
    /// the tokens depend on the bytes alone), as it was before ``compacted()``.
    public func expanded() -> TextAnalysis {
        guard isCompact else { return self }
        var full = self
        full.tokens = TextAnalyzer().tokenize(bytes)
        full.datelineEnds = [:]
        full.isCompact = false
        return full
    }

    /// The byte offset where sentence `s` starts saying something: after a
    /// wire dateline that opens it (``datelineEnd(sentence:)``), else its start.
    public func contentStart(sentence s: Int) -> Int {
        if isCompact { return datelineEnds[s] ?? sentences[s].span.start }
        return datelineEnd(sentence: s).map { tokens[$0].span.start } ?? sentences[s].span.start
    }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String {
        String(decoding: bytes[max(0, span.start)..<min(bytes.count, span.end)], as: UTF8.self)
    }

    /// The text of token `i`; a number keeps no space a tokeniser put into it ("50 ,000" reads "50,000").
    public func string(token i: Int) -> String {
        let t = tokens[i]
        guard t.kind == .number, bytes[t.span.start..<t.span.end].contains(0x20) else { return string(t.span) }
        return reading(t.span)
    }

    /// The text of a span as a reader sees it: its numbers without the spaces
    /// a tokeniser put into them ("45,000-50 ,000 people" reads "45,000-50,000 people").
    public func reading(_ span: TextSpan) -> String {
        let lo = max(0, span.start), hi = min(bytes.count, span.end)
        guard lo < hi else { return "" }
        var out = [UInt8]()
        var k = tokenIndex(atOrAfter: lo)
        var copied = lo
        while k < tokens.count && tokens[k].span.start < hi {
            let t = tokens[k].span
            if tokens[k].kind == .number, t.end <= hi, bytes[t.start..<t.end].contains(0x20) {
                if out.isEmpty { out.reserveCapacity(hi - lo) }
                out.append(contentsOf: bytes[copied..<t.start])
                out.append(contentsOf: bytes[t.start..<t.end].lazy.filter { $0 != 0x20 })
                copied = t.end
            }
            k += 1
        }
        guard copied > lo else { return string(span) }
        out.append(contentsOf: bytes[copied..<hi])
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of token `i`, lower-cased (ASCII folding only; other bytes kept).
    public func lowercased(token i: Int) -> String {
        let s = tokens[i].span
        return String(decoding: bytes[s.start..<s.end].map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Whether token `i` equals `word`, ignoring ASCII case.
    public func token(_ i: Int, is word: String) -> Bool {
        let s = tokens[i].span
        guard s.length == word.utf8.count else { return false }
        var j = s.start
        for w in word.utf8 {
            let b = bytes[j]
            let lb = (b >= 0x41 && b <= 0x5A) ? b + 32 : b
            let lw = (w >= 0x41 && w <= 0x5A) ? w + 32 : w
            if lb != lw { return false }
            j += 1
        }
        return true
    }

    /// The index of the sentence containing byte offset `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].span.start <= offset ? lo : nil
    }

    /// The index of the first token starting at or after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The tokens of a span (those starting inside it).
    public func tokenRange(of span: TextSpan) -> Range<Int> {
        let lo = tokenIndex(atOrAfter: span.start)
        var hi = lo
        while hi < tokens.count && tokens[hi].span.start < span.end { hi += 1 }
        return lo..<hi
    }
}
