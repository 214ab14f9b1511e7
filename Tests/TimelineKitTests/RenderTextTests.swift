import Testing
@testable import TimelineKit

struct ShortenCase: Sendable, CustomStringConvertible {
    var text: String
    var limit: Int
    var expected: String
    var description: String { text }
}

struct WrapCase: Sendable, CustomStringConvertible {
    var text: String
    var width: Int
    var maxLines: Int
    var expected: [String]
    var description: String { text }
}

struct EscapeCase: Sendable, CustomStringConvertible {
    var text: String
    var expected: String
    var description: String { text }
}

@Suite struct RenderTextTests {
    static let shortenCases: [ShortenCase] = [
        .init(text: "Canada arrests Meng Wanzhou", limit: 40, expected: "Canada arrests Meng Wanzhou"),
        .init(text: "Huawei chairman says there is no evidence of backdoors", limit: 30, expected: "Huawei chairman says there is…"),
        .init(text: "China's foreign ministry\n  denies\tback door deals", limit: 80, expected: "China's foreign ministry denies back door deals"),
        .init(text: "Meng Wanzhou’s lawyers contest extradition — 孟晚舟", limit: 47, expected: "Meng Wanzhou’s lawyers contest extradition…"),
        .init(text: "孟晚舟孟晚舟孟晚舟孟晚舟", limit: 5, expected: "孟晚舟孟…"),
        .init(text: "The U.S. says Chinese law compels Huawei, Beijing denies it", limit: 42, expected: "The U.S. says Chinese law compels Huawei…"),
    ]

    @Test(arguments: shortenCases)
    func shorten(_ c: ShortenCase) {
        let result = RenderText.shorten(c.text, to: c.limit)
        #expect(result == c.expected)
        #expect(result.unicodeScalars.count <= c.limit)
    }

    static let wrapCases: [WrapCase] = [
        .init(text: "Canadian authorities arrest Huawei CFO Meng Wanzhou in Vancouver", width: 28, maxLines: 4,
              expected: ["Canadian authorities arrest", "Huawei CFO Meng Wanzhou in", "Vancouver"]),
        .init(text: "Canadian authorities arrest Huawei CFO Meng Wanzhou in Vancouver", width: 28, maxLines: 2,
              expected: ["Canadian authorities arrest", "Huawei CFO Meng Wanzhou in…"]),
        .init(text: "Supercalifragilisticexpialidocious words", width: 10, maxLines: 5,
              expected: ["Supercalifragilisticexpialidocious", "words"]),
        .init(text: "", width: 10, maxLines: 3, expected: []),
    ]

    @Test(arguments: wrapCases)
    func wrap(_ c: WrapCase) {
        #expect(RenderText.wrap(c.text, width: c.width, maxLines: c.maxLines) == c.expected)
    }

    static let dotEscapeCases: [EscapeCase] = [
        .init(text: "Ren says Huawei \"would never\"", expected: "Ren says Huawei \\\"would never\\\""),
        .init(text: "C:\\path\\n", expected: "C:\\\\path\\\\n"),
        .init(text: "line one\nline two", expected: "line one line two"),
        .init(text: "Zürich — 孟晚舟", expected: "Zürich — 孟晚舟"),
        .init(text: "\\N and \\G are not expanded", expected: "\\\\N and \\\\G are not expanded"),
    ]

    @Test(arguments: dotEscapeCases)
    func dotEscape(_ c: EscapeCase) {
        #expect(DOTRenderer.escape(c.text) == c.expected)
    }

    static let markdownCases: [EscapeCase] = [
        .init(text: "Huawei's *secret* plan", expected: "Huawei's \\*secret\\* plan"),
        .init(text: "no backdoors <ever>", expected: "no backdoors \\<ever>"),
        .init(text: "5G_network [draft]", expected: "5G\\_network \\[draft\\]"),
    ]

    @Test(arguments: markdownCases)
    func markdownEscape(_ c: EscapeCase) {
        #expect(DigestRenderer.md(c.text) == c.expected)
    }

    @Test func numbersAreCompactAndStable() {
        #expect(RenderText.number(12) == "12")
        #expect(RenderText.number(12.34) == "12.3")
        #expect(RenderText.number(-0.05) == "-0.1" || RenderText.number(-0.05) == "0")
        #expect(RenderText.number(1199.96) == "1200")
    }

    @Test func textWidthsGrowWithTextAndBoldness() {
        let plain = TextMetrics.width("Huawei", fontSize: 12)
        #expect(plain > 30 && plain < 60)
        #expect(TextMetrics.width("Huawei", fontSize: 12, bold: true) > plain)
        #expect(TextMetrics.width("孟晚舟", fontSize: 12) > TextMetrics.width("abc", fontSize: 12))
    }

    @Test func typeColoursComeFromTheTableOrAStableFallback() {
        #expect(RenderTables.color(forType: "arrest") == "#882255")
        let fallback = RenderTables.color(forType: "visit-abroad")
        #expect(RenderTables.fallbackColors.contains(fallback))
        #expect(RenderTables.color(forType: "visit-abroad") == fallback)
        #expect(RenderTables.tint("#000000", 0) == "#ffffff")
        #expect(RenderTables.tint("#d62728", 1) == "#d62728")
    }
}

struct FitCase: Sendable, CustomStringConvertible {
    var text: String
    var width: Int
    var expected: String
    var description: String { text }
}

/// The digest in a terminal: long lines broken at the terminal's width,
/// continuation lines keeping the entry's indentation.
@Suite struct RenderTextFitLinesTests {
    static let cases: [FitCase] = [
        .init(text: "2018-12-01  Canadian authorities arrest Huawei CFO Meng Wanzhou in Vancouver", width: 40,
              expected: "2018-12-01  Canadian authorities arrest\n            Huawei CFO Meng Wanzhou in\n            Vancouver"),
        .init(text: "    d1 Huawei CFO arrested: \"Meng Wanzhou was arrested by Canadian authorities\"", width: 36,
              expected: "    d1 Huawei CFO arrested: \"Meng\n    Wanzhou was arrested by Canadian\n    authorities\""),
        .init(text: "- **2019-05-15** Trump administration adds Huawei to the Entity List", width: 30,
              expected: "- **2019-05-15** Trump\n  administration adds Huawei\n  to the Entity List"),
        .init(text: "    actors: Canada, Huawei, Meng Wanzhou, Vancouver International Airport", width: 44,
              expected: "    actors: Canada, Huawei, Meng Wanzhou,\n            Vancouver International Airport"),
        .init(text: "short line\n\n  another short one", width: 30, expected: "short line\n\n  another short one"),
        .init(text: "see https://example.com/a/very/long/address/that/cannot/break here", width: 24,
              expected: "see\nhttps://example.com/a/very/long/address/that/cannot/break\nhere"),
    ]

    @Test(arguments: cases)
    func fitsTheWidth(_ c: FitCase) {
        let fitted = RenderText.fitLines(c.text, width: c.width)
        #expect(fitted == c.expected)
        // Nothing is lost: the same words in the same order.
        #expect(fitted.split(whereSeparator: \.isWhitespace) == c.text.split(whereSeparator: \.isWhitespace))
    }
}

/// `RenderText.shorten` reads UTF-8 bytes for speed; it must cut exactly where
/// the plain scalar algorithm (kept here as the reference) cuts.
@Suite struct RenderTextShortenReferenceTests {
    static func reference(_ text: String, to limit: Int) -> String {
        let line = RenderText.oneLine(text)
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > limit, limit > 1 else { return line }
        var cut = limit - 1
        if scalars[cut] != " ", let space = scalars[..<cut].lastIndex(of: " "), space >= limit / 2 { cut = space }
        var kept = String.UnicodeScalarView(scalars[..<cut])
        while let last = kept.last, RenderText.dangling.contains(last) { kept.removeLast() }
        return String(kept) + "…"
    }

    static let texts = [
        "Hua Chunying said the US move to pressure its allies to ban Huawei 5G is a “dirty trick”, adding that China — unlike the US — never spies.",
        "  Meng Wanzhou’s lawyers,\u{00A0}in Vancouver,  said:\t“We will fight” (again) – and again; \"she is innocent\" -- they said.  ",
        "孟晚舟 said, “no” — 孟晚舟 said — “no”, 孟晚舟孟晚舟 ... and then: (",
        "Short one.",
        "",
    ]

    @Test(arguments: texts)
    func matchesReference(_ text: String) {
        for limit in 0...(text.unicodeScalars.count + 2) {
            #expect(RenderText.shorten(text, to: limit) == Self.reference(text, to: limit), "limit \(limit)")
        }
    }
}
