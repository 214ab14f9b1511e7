import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// A clock time with a zone: the clock is kept as written, the zone is
/// part of the expression and named in its explanation.
struct ZoneCase: Sendable, CustomStringConvertible {
    var text: String
    var phrase: String
    var value: String
    /// What the explanation must say about the zone ("UTC-05:00", "offset unknown").
    var zone: String
    var description: String { text }
}

@Suite struct TimeZoneTests {
    let tagger = TimeTagger()

    static let zones: [ZoneCase] = [
        .init(text: "The market opens at 9:30 a.m. EST on Monday.", phrase: "9:30 a.m. EST on Monday", value: "2016-11-07T09:30", zone: "UTC-05:00"),
        .init(text: "The call is at 3pm est today.", phrase: "3pm est", value: "2016-11-07T15:00", zone: "UTC-05:00"),
        .init(text: "Trading resumed at 10:00 GMT.", phrase: "10:00 GMT", value: "2016-11-07T10:00", zone: "UTC+00:00"),
        .init(text: "The launch is at noon Beijing time.", phrase: "noon Beijing time", value: "2016-11-07T12:00", zone: "UTC+08:00"),
        .init(text: "The deadline is 10:00 UTC+8.", phrase: "10:00 UTC+8", value: "2016-11-07T10:00", zone: "UTC+08:00"),
        .init(text: "Polls close at 8 p.m. UTC -4.", phrase: "8 p.m. UTC -4", value: "2016-11-07T20:00", zone: "UTC-04:00"),
        .init(text: "Let's meet at 1pm mountain timezone.", phrase: "1pm mountain timezone", value: "2016-11-07T13:00", zone: "UTC-07:00"),
        .init(text: "It's 1pm Eastern Daylight Time.", phrase: "1pm Eastern Daylight Time", value: "2016-11-07T13:00", zone: "UTC-04:00"),
        .init(text: "The blast came at 3 p.m. local time.", phrase: "3 p.m. local time", value: "2016-11-07T15:00", zone: "offset unknown"),
        .init(text: "The match starts at 10:30am Montreal time.", phrase: "10:30am Montreal time", value: "2016-11-07T10:30", zone: "offset unknown"),
    ]

    @Test(arguments: zones) func zoneKeptWithTheClock(_ c: ZoneCase) {
        let found = tagger.tag(c.text, reference: TimeReference(day: Day(year: 2016, month: 11, day: 7)))
        let hit = found.first { $0.text == c.phrase }
        #expect(hit?.value.value == c.value, "\(found.map { "\($0.text)=\($0.value.value)" })")
        #expect(hit?.type == .time)
        #expect(hit?.explanation.contains("= " + c.zone) == true, "\(hit?.explanation ?? "-")")
    }

    /// A zone named without a clock time is not a TIMEX3.
    @Test func zoneAloneIsNotATime() {
        for text in ["We work on Beijing time.", "The office keeps EST hours.", "Kiribati is in UTC+14."] {
            let found = tagger.tag(text, reference: TimeReference(day: Day(year: 2016, month: 11, day: 7)))
            #expect(found.isEmpty, "\(text): \(found.map(\.text))")
        }
    }

    @Test func words() {
        #expect(TimeLexicon.offsetMinutes("+05:30") == 330)
        #expect(TimeLexicon.offsetMinutes("-03") == -180)
        #expect(TimeLexicon.offsetMinutes("?") == nil)
        #expect(ClockZone(end: 0, offset: -210).utc == "UTC-03:30")
        #expect(RecognizersEvaluator.zoneMatches("3pm EST: x; zone EST = UTC-05:00, clock as written", expected: "UTC-05:00"))
        #expect(!RecognizersEvaluator.zoneMatches("3pm EST: x; zone EST = UTC-05:00, clock as written", expected: "UTC-04:00"))
        #expect(RecognizersEvaluator.zoneMatches("x; zone CST = UTC-06:00, clock as written", expected: "UTC+XX:XX"))
        #expect(!RecognizersEvaluator.zoneMatches("3pm: publication", expected: "UTC+XX:XX"))
    }
}
