import Testing
@testable import TimelineKit

/// A sentence without a full stop, of any length: processed in time linear
/// in its length, skipped for events past ``EventExtractor/maxSentenceTokens``
/// with a warning.
@Suite struct HostileSentenceTests {
    /// One sentence of 100 KB without a full stop (the 1 MB one is measured in
    /// release, see the README: under 2 s): the event stage skips it (more
    /// than 1,000 tokens) and says so; its time expressions are still found.
    /// The assignment of times to triggers, which scanned the tokens between
    /// every pair, was cubic in the sentence's length: 100 KB took 108 s.
    @Test func aLongSentenceIsProcessed() throws {
        let unit = "The minister said on July 14, 2020 that Huawei was banned and "
        let text = "Long sentence\n\n" + String(repeating: unit, count: 100_000 / unit.utf8.count + 1)
        let document = Document(id: "d1", path: "long.txt", title: "Long sentence", text: text, format: .text)
        let result = Pipeline(options: PipelineOptions(dct: Day(iso: "2020-07-20"))).run([document])
        #expect(result.documents[0].timexes.count > 1_500)
        #expect(result.documents[0].events.isEmpty)
        let warning = try #require(result.documents[0].warnings.first).description
        #expect(warning.hasPrefix("long.txt: warning: a sentence of "))
        #expect(warning.hasSuffix(" tokens (more than 1000) skipped for events"))
    }

    /// Under the cap, many triggers and times in one sentence are still
    /// assigned (the bounded search gives the same anchors).
    @Test func manyTriggersInOneSentence() {
        let unit = "Huawei was banned on July 14, 2020 and "
        let text = "Bans\n\n" + String(repeating: unit, count: 100) + "it said so."
        let document = Document(id: "d1", path: "bans.txt", title: "Bans", text: text, format: .text)
        let result = Pipeline(options: PipelineOptions(dct: Day(iso: "2020-07-20"))).run([document])
        #expect(result.documents[0].warnings.isEmpty)
        #expect(result.documents[0].events.contains { $0.date?.value == "2020-07-14" })
    }

    /// A text of plain words without commas or full stops: the tense of each
    /// time expression is looked for within a bounded clause.
    @Test func wordsWithoutPunctuation() {
        let words = String(repeating: "the people said last year was good and the day came at the time they made it ", count: 1_000)
        let document = Document(id: "d1", path: "words.txt", title: "", text: words, format: .text)
        let result = Pipeline(options: PipelineOptions(dct: Day(iso: "2020-07-20"))).run([document])
        #expect(result.documents[0].timexes.contains { $0.value.value == "2019" })
        #expect(result.documents[0].warnings.count == 1)
    }
}
