import Testing
@testable import TimelineKit

/// Numbers of any length in the text: no arithmetic overflow anywhere, and
/// a number too long to be a date is no date.
@Suite struct HostileNumberTests {
    let tagger = TimeTagger()

    static let texts = [
        "The invoice number 12345678901234567890 was paid on May 5, 2019.",
        "It happened 99999999999999999999 years ago.",
        "It happened 99999999999999999999.5 years ago.",
        "It lasted 1e309 days, or 1.5e309 days, or 1000000000000000000000.0 weeks.",
        "Filed 9999999999999999999999-01-01 and 2019-99999999999999999999-01 and 01/01/99999999999999999999.",
        "Call 99999999999999999999-99999999999999999999 or 12:99999999999999999999 or 2019-99999999999999999999.",
        "The 99999999999999999999th century, the 99999999999999999999s, '99999999999999999999s.",
        "From 99999999999999999999 to 99999999999999999999 pm, 99999999999999999999 days from today.",
        "999999 years ago, 999999 centuries ago and 999999 decades later, 999999 weeks from tomorrow.",
        "Q99999999999999999999 and FY99999999999999999999 and H99999999999999999999.",
    ]

    /// Tagging the text against a day and against nothing does not trap.
    @Test(arguments: texts)
    func longNumbersDoNotOverflow(_ text: String) {
        for reference in [TimeReference(day: Day(year: 2019, month: 5, day: 15)), .unknown] {
            let found = tagger.tag(text, reference: reference)
            #expect(!found.contains { $0.text.contains("99999999999999999999") && $0.type == .date && $0.value.isBounded })
        }
    }

    /// The whole pipeline on such a text, and a good date beside it still found.
    @Test func aLongNumberDoesNotStopTheRun() throws {
        let document = Document(id: "d1", path: "invoice.txt", title: "Invoice",
                                text: "Invoice\n\nThe invoice number 12345678901234567890 was paid by Huawei on May 5, 2019.\n",
                                format: .text)
        let result = Pipeline(options: PipelineOptions(dct: Day(year: 2019, month: 6, day: 1))).run([document])
        #expect(result.documents[0].timexes.contains { $0.value.value == "2019-05-05" })
        #expect(!result.documents[0].timexes.contains { $0.text.contains("1234567890") })
    }

    @Test(arguments: [
        ("0", 0), ("42", 42), ("9223372036854775807", Int.max),
    ])
    func decimalNumbers(_ c: (String, Int)) {
        #expect(DecimalNumber.value(c.0.utf8) == c.1)
    }

    @Test(arguments: ["", "9223372036854775808", "12345678901234567890", "99999999999999999999999", "12a", "-1", " 1"])
    func notDecimalNumbers(_ text: String) {
        #expect(DecimalNumber.value(text.utf8) == nil)
    }

    @Test func limit() {
        #expect(DecimalNumber.value("1000000".utf8, limit: 1_000_000) == 1_000_000)
        #expect(DecimalNumber.value("1000001".utf8, limit: 1_000_000) == nil)
    }
}
