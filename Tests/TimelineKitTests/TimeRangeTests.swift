import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// A range phrase: both ends must be found with these values.
struct TimeRangeCase: Sendable, CustomStringConvertible {
    var text: String
    var reference: String
    /// The two ends as they must be found, with their values.
    var ends: [(phrase: String, value: String)]
    var description: String { text }

    func check(with tagger: TimeTagger) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(iso: reference)!))
        for (phrase, value) in ends {
            let hit = found.first { $0.text == phrase }
            #expect(hit?.value.value == value, "\(phrase) in \(found.map { "\($0.text)=\($0.value.value)" })")
        }
    }
}

/// A phrase with numbers that is not a time.
struct NotTimeCase: Sendable, CustomStringConvertible {
    var text: String
    var description: String { text }
}

@Suite struct TimeRangeTests {
    let tagger = TimeTagger()

    static let ranges: [TimeRangeCase] = [
        .init(text: "The clinic is open from 5 to 6 pm daily.", reference: "2016-11-07",
              ends: [("5", "2016-11-07T17:00"), ("6 pm", "2016-11-07T18:00")]),
        .init(text: "Polls will stay open between 3 and 5 pm on Tuesday.", reference: "2016-11-07",
              ends: [("3", "2016-11-08T15:00"), ("5 pm on Tuesday", "2016-11-08T17:00")]),
        .init(text: "From 11 am to 3, the shop is open.", reference: "2017-12-01",
              ends: [("11 am", "2017-12-01T11:00"), ("3", "2017-12-01T15:00")]),
        .init(text: "The talks ran from 1:30 to 3pm.", reference: "2017-12-01",
              ends: [("1:30", "2017-12-01T13:30"), ("3pm", "2017-12-01T15:00")]),
        .init(text: "The panel meets from 3pm to 4pm tomorrow.", reference: "2016-11-07",
              ends: [("3pm", "2016-11-08T15:00"), ("4pm tomorrow", "2016-11-08T16:00")]),
        .init(text: "The festival ran from 4 to 22 January, 1995.", reference: "2016-11-07",
              ends: [("4", "1995-01-04"), ("22 January, 1995", "1995-01-22")]),
        .init(text: "I'll be out from 4 to 22 this month.", reference: "2016-11-07",
              ends: [("4", "2016-11-04"), ("22", "2016-11-22")]),
        .init(text: "The strike lasted between 4 and 22 of next month.", reference: "2016-11-07",
              ends: [("4", "2016-12-04"), ("22", "2016-12-22")]),
        .init(text: "The exhibition runs from March to May, organisers said.", reference: "2016-11-07",
              ends: [("March", "2017-03"), ("May", "2017-05")]),
        .init(text: "He served from January 1st to April 5th 2018.", reference: "2016-11-07",
              ends: [("January 1st", "2018-01-01"), ("April 5th 2018", "2018-04-05")]),
        // Hyphenated ranges: the text stage keeps one token, the tagger reads two ends.
        .init(text: "The summit is on 19-20 March 2019.", reference: "2018-11-07",
              ends: [("19", "2019-03-19"), ("20 March 2019", "2019-03-20")]),
        .init(text: "Output fell in 2014-2018, the report said.", reference: "2019-11-07",
              ends: [("2014", "2014"), ("2018", "2018")]),
        .init(text: "The 1998-99 season was long.", reference: "2001-11-07",
              ends: [("1998", "1998"), ("99", "1999")]),
        .init(text: "The desk is staffed 3-5pm daily.", reference: "2016-11-07",
              ends: [("3", "2016-11-07T15:00"), ("5pm", "2016-11-07T17:00")]),
        .init(text: "Polls will open 8-10 am on Tuesday.", reference: "2016-11-07",
              ends: [("8", "2016-11-08T08:00"), ("10 am on Tuesday", "2016-11-08T10:00")]),
        .init(text: "The office will open Monday-Friday next week.", reference: "2016-11-09",
              ends: [("Monday", "2016-11-14")]),
    ]

    @Test(arguments: ranges) func bothEndsOfARange(_ c: TimeRangeCase) { c.check(with: tagger) }

    static let singles: [TimexCase] = [
        .init(text: "The flight took 3 hours and 20 minutes.", reference: nil, phrase: "3 hours and 20 minutes", value: "PT3H20M", type: .duration),
        .init(text: "It lasted 1 year 1 month 21 days in all.", reference: nil, phrase: "1 year 1 month 21 days", value: "P1Y1M21D", type: .duration),
        .init(text: "They waited half an hour.", reference: nil, phrase: "half an hour", value: "PT30M", type: .duration),
        .init(text: "They meet next Tuesday at 3pm.", reference: "2016-11-07", phrase: "next Tuesday at 3pm", value: "2016-11-08T15:00", type: .time),
        .init(text: "The vote will be on Tuesday in the afternoon.", reference: "2016-11-07", phrase: "Tuesday in the afternoon",
              value: "2016-11-08TAF", type: .time),
        .init(text: "Dealers placed heavy buy orders in the morning.", reference: "1989-10-27", phrase: "the morning",
              value: "1989-10-27TMO", type: .time),
        .init(text: "She left 2 hours ago.", reference: "2016-11-07", phrase: "2 hours ago", value: "2016-11-07"),
        .init(text: "The results come three days from today.", reference: "2019-08-24", phrase: "three days from today", value: "2019-08-27"),
        .init(text: "It rained in the first week of July 2016.", reference: nil, phrase: "the first week of July 2016", value: "2016-W26"),
        .init(text: "Sales peak in the third week of 2027.", reference: nil, phrase: "the third week of 2027", value: "2027-W03"),
        .init(text: "Stores open early on Black Friday.", reference: "2016-11-07", phrase: "Black Friday", value: "2016-11-25"),
        .init(text: "We eat turkey on Thanksgiving.", reference: "2016-11-07", phrase: "Thanksgiving", value: "2016-11-24"),
        .init(text: "The call is at 3pm EST.", reference: "2016-11-07", phrase: "3pm EST", value: "2016-11-07T15:00", type: .time),
    ]

    @Test(arguments: singles) func lengthsDaysAndParts(_ c: TimexCase) { c.check(with: tagger) }

    static let notTimes: [NotTimeCase] = [
        .init(text: "It was a 2-1 win."),
        .init(text: "Teams of 3-5 players compete."),
        .init(text: "Prices rose between 3 and 5 percent."),
        .init(text: "He paid $5 to 6 people."),
        .init(text: "The vote was 5 to 4 in favour."),
        .init(text: "Boeing flies the 737-800 there."),
        .init(text: "Call 555-2014 for tickets."),
        .init(text: "Kids aged 12-15 years old were there."),
    ]

    @Test(arguments: notTimes) func numbersThatAreNotTimes(_ c: NotTimeCase) {
        let found = tagger.tag(c.text, reference: TimeReference(day: Day(year: 2016, month: 11, day: 7)))
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func lengthsAddOnlyInFallingUnits() {
        #expect(TimeTagger.sumOfLengths("P1Y", "P1M21D") == "P1Y1M21D")
        #expect(TimeTagger.sumOfLengths("PT3H", "PT20M") == "PT3H20M")
        #expect(TimeTagger.sumOfLengths("P2D", "PT1H") == "P2DT1H")
        #expect(TimeTagger.sumOfLengths("PT20M", "PT3H") == nil)
        #expect(TimeTagger.sumOfLengths("PXY", "P2M") == nil)
    }

    /// Recognizers ranges compare by their bounds, not by a looser overlap.
    @Test func recognizersRangeComparison() {
        let q3 = TimeExpression(span: TextSpan(0, 2), text: "Q3", type: .date,
                                value: TimeValue(value: "2016-Q3", granularity: .quarter,
                                                 earliest: Day(year: 2016, month: 7, day: 1), latest: Day(year: 2016, month: 9, day: 30)),
                                isRelative: true, explanation: "")
        #expect(RecognizersEvaluator.resolves([q3], expected: "(2016-07-01,2016-10-01,P3M)"))
        #expect(RecognizersEvaluator.resolves([q3], expected: "(XXXX-07-01,XXXX-10-01,P3M)"))
        #expect(!RecognizersEvaluator.resolves([q3], expected: "(2016-07-01,2016-09-30,P3M)"))
        func day(_ d: Int, _ text: String) -> TimeExpression {
            TimeExpression(span: TextSpan(0, 1), text: text, type: .date, value: TimeValue(day: Day(year: 2016, month: 11, day: d)),
                           isRelative: true, explanation: "")
        }
        #expect(RecognizersEvaluator.resolves([day(4, "4"), day(22, "22")], expected: "(2016-11-04,2016-11-22,P18D)"))
        #expect(!RecognizersEvaluator.resolves([day(4, "4"), day(21, "21")], expected: "(2016-11-04,2016-11-22,P18D)"))
        func clock(_ v: String) -> TimeExpression {
            TimeExpression(span: TextSpan(0, 1), text: v, type: .time,
                           value: TimeValue(value: v, granularity: .time, earliest: nil, latest: nil), isRelative: true, explanation: "")
        }
        #expect(RecognizersEvaluator.resolves([clock("2016-11-07T17:00"), clock("2016-11-07T18:00")], expected: "(T17,T18,PT1H)"))
        #expect(!RecognizersEvaluator.resolves([clock("2016-11-07T17:55")], expected: "(T17,T18,PT1H)"))
    }
}
