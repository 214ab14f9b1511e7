import Foundation
import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

@Suite struct TimeMLTests {
    func fixture() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/time/sample", withExtension: "tml"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func readsTextDCTAndGold() throws {
        let file = try TimeMLReader.read(try fixture(), path: "sample.tml")
        #expect(file.docID == "SAMPLE001")
        #expect(file.title == "Huawei & the trade war")
        #expect(file.dctValue == "2019-05-15")
        #expect(file.dct == Day(year: 2019, month: 5, day: 15))
        #expect(file.text.hasPrefix("\nHuawei fired a director last December & said on Tuesday"))
        #expect(file.text.contains("tariffs “will” rise for three years.\nCafé owners met March 22, 2019.\n"))
        #expect(file.gold.map(\.value) == ["2018-12", "2019-05-14", "P3Y", "2019-03-22"])
        #expect(file.gold.map { file.text.slice($0.span) } == ["last December", "Tuesday", "three years", "March 22, 2019"])
        #expect(file.gold[2].type == .duration)
    }

    @Test func malformedInputNamesTheFile() {
        #expect(throws: TimelineError.self) { try TimeMLReader.read("<TimeML><TEXT>oops</TimeML>", path: "bad.tml") }
        do {
            _ = try TimeMLReader.read("<TimeML><DOCID>x</DOCID></TimeML>", path: "empty.tml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("empty.tml"))
        }
    }

    @Test func writerKeepsTextAndAddsOurTags() throws {
        let original = try fixture()
        let file = try TimeMLReader.read(original, path: "sample.tml")
        let ours = TimeTagger().tag(file.text, reference: TimeReference(day: file.dct!))
        let written = TimeMLWriter.annotate(file, original: original, timexes: ours)
        let again = try TimeMLReader.read(written, path: "written.tml")
        #expect(again.text == file.text)
        #expect(!written.contains("<EVENT"))
        #expect(written.contains("&amp; said on"))
        #expect(written.contains("<TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2019-05-15\""))  // DCT kept
        #expect(again.gold.map(\.value) == ours.map(\.value.value))
        #expect(again.gold.map { again.text.slice($0.span) } == ours.map(\.text))
        #expect(again.gold.contains { $0.value == "2018-12" })
        // A value counted from the DCT names it, as TimeML does.
        #expect(written.contains("value=\"2018-12\" temporalFunction=\"true\" anchorTimeID=\"t0\""))
    }

    /// An anaphoric value names the expression it was counted from.
    @Test func anaphoricValueNamesItsAnchor() throws {
        let original = try fixture()
        let file = try TimeMLReader.read(original, path: "sample.tml")
        let text = "The league was founded in 1995. The following year it signed 12 teams."
        let ours = TimeTagger().tag(text, reference: TimeReference(day: file.dct!))
        let following = try #require(ours.first { $0.text == "The following year" })
        let founded = try #require(ours.first { $0.text == "1995" })
        #expect(following.anchor == founded.span)
        #expect(following.value.value == "1996")
        #expect(founded.anchor == nil && !founded.isRelative)
    }

    @Test func evaluatorScoresTheFixture() throws {
        var r = TimexEvaluation()
        let file = try TimeMLReader.read(try fixture(), path: "sample.tml")
        TimexEvaluator.score(file, id: "sample", tagger: TimeTagger(), into: &r)
        #expect(r.gold == 4)
        #expect(r.strict == 4)
        #expect(r.valueCorrect == 4)
        #expect(r.description.contains("value    F1 100.0"))
    }
}
