import Foundation
import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// The parser's words from the pipeline's tokens: contractions and hyphens
/// split as UD does, Penn Treebank escapes and two-character quotes joined,
/// curly quotes read as straight ones.
@Suite struct SyntaxWordsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var words: [String]
        var testDescription: String { text }
    }

    static func words(_ text: String) -> (analysis: TextAnalysis, words: SyntaxWords) {
        let a = TextAnalyzer().analyze(text)
        return (a, SyntaxWords(bytes: a.bytes, spans: a.tokens.map { $0.span.start..<$0.span.end }))
    }

    static func strings(_ w: SyntaxWords) -> [String] {
        (0..<w.count).map { String(decoding: w.bytes[w.starts[$0]..<w.ends[$0]], as: UTF8.self) }
    }

    @Test(arguments: [
        Case(text: "He didn't go.", words: ["He", "did", "n't", "go", "."]),
        Case(text: "I’m sure they can’t.", words: ["I", "'m", "sure", "they", "ca", "n't", "."]),
        Case(text: "We're told you'll cannot", words: ["We", "'re", "told", "you", "'ll", "can", "not"]),
        Case(text: "Jackson's long-term doctor", words: ["Jackson", "'s", "long", "-", "term", "doctor"]),
        Case(text: "He was re-elected by e-mail", words: ["He", "was", "re-elected", "by", "e-mail"]),
        Case(text: "the U.S.-led coalition", words: ["the", "U.S.", "-", "led", "coalition"]),
        Case(text: "$ 57m -LRB- # 35m -RRB- raised", words: ["$", "57m", "(", "#", "35m", ")", "raised"]),
        Case(text: "was `` apocalyptic '' , and Friday night 's event", words: ["was", "\"", "apocalyptic", "\"", ",", "and", "Friday", "night", "'s", "event"]),
        Case(text: "he said “no” … ", words: ["he", "said", "\"", "no", "\"", "..."]),
        Case(text: "O'Neill and Mar-a-Lago", words: ["O'Neill", "and", "Mar", "-", "a", "-", "Lago"]),
    ])
    func wordsAsUDTokenisesThem(_ c: Case) {
        let (_, w) = Self.words(c.text)
        #expect(Self.strings(w) == c.words)
    }

    @Test func everyWordKnowsItsToken() {
        let (a, w) = Self.words("He didn't see the -LRB- long-term -RRB- plan")
        let sources = (0..<w.count).map { a.string(token: w.sources[$0]) }
        #expect(sources == ["He", "didn't", "didn't", "see", "the", "-", "long-term", "long-term", "long-term", "-", "plan"])
        #expect(w.isPiece == [false, true, true, false, false, false, true, true, true, false, false])
        #expect(w.lower[0] == lowerHash("he"))
    }

    @Test func treebankWordsAreOnlyNormalised() {
        let w = SyntaxWords(words: ["long-term", "n't", "’s"])
        #expect(Self.strings(w) == ["long-term", "n't", "'s"])
        #expect(w.sources == [0, 1, 2])
    }
}
