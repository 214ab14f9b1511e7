import Foundation
import Testing
@testable import TimelineKit

/// One phrase, the day it is read against, and what the tagger must give.
struct TimexCase: Sendable, CustomStringConvertible {
    var text: String
    var reference: String?
    /// The expression as it must be found in `text`.
    var phrase: String
    var value: String
    var type: TimexType = .date
    var description: String { "\(text) @\(reference ?? "unknown")" }

    /// Tags `text` against `reference` and expects `phrase` with `value` and `type`.
    func check(with tagger: TimeTagger) {
        let ref = reference.flatMap { Day(iso: $0) }.map { TimeReference(day: $0) } ?? .unknown
        let found = tagger.tag(text, reference: ref)
        let hit = found.first { $0.text == phrase }
        #expect(hit != nil, "\(phrase) not found in \(found.map(\.text))")
        #expect(hit?.value.value == value, "\(phrase): \(hit?.explanation ?? "-")")
        #expect(hit?.type == type)
    }
}

@Suite struct TimeTaggerTests {
    let tagger = TimeTagger()

    func run(_ c: TimexCase) { c.check(with: tagger) }

    static let absolute: [TimexCase] = [
        .init(text: "It opened on March 22, 2013 in Paris.", reference: "2019-05-15", phrase: "March 22, 2013", value: "2013-03-22"),
        .init(text: "It opened on 22 March 2013.", reference: "2019-05-15", phrase: "22 March 2013", value: "2013-03-22"),
        .init(text: "Filed 2013-03-22 by the clerk.", reference: nil, phrase: "2013-03-22", value: "2013-03-22"),
        .init(text: "Published: 2020/7/16 20:53:40", reference: nil, phrase: "2020/7/16 20:53:40", value: "2020-07-16T20:53:40", type: .time),
        .init(text: "The vote on 3/22/13 failed.", reference: nil, phrase: "3/22/13", value: "2013-03-22"),
        .init(text: "Meanwhile, in December 2018, Canadian authorities arrested her.", reference: nil, phrase: "December 2018", value: "2018-12"),
        .init(text: "He said it in 2019.", reference: nil, phrase: "2019", value: "2019"),
        // A diary's dateline: four digits before a time zone are the hour, not the year.
        .init(text: "19 JANUARY, 2200 GMT, PORT-AU-PRINCE We have finally arrived.", reference: "2010-01-19", phrase: "19 JANUARY", value: "2010-01-19"),
        .init(text: "Those attending the 2019 edition of the congress.", reference: nil, phrase: "2019", value: "2019"),
        .init(text: "Prices rose in the 1990s.", reference: nil, phrase: "the 1990s", value: "199"),
        .init(text: "Sales fell in the third quarter of 1998.", reference: nil, phrase: "the third quarter of 1998", value: "1998-Q3"),
        .init(text: "It was built in the 20th century.", reference: nil, phrase: "the 20th century", value: "19"),
        .init(text: "It snowed in the winter of 1994.", reference: nil, phrase: "the winter of 1994", value: "1994-WI"),
        .init(text: "The meeting starts at 3:30 p.m. EST today.", reference: "2020-07-16", phrase: "3:30 p.m. EST today", value: "2020-07-16T15:30", type: .time),
        .init(text: "Earnings for fiscal 1998 fell.", reference: nil, phrase: "fiscal 1998", value: "1998"),
        .init(text: "We met on Christmas Day 2018.", reference: nil, phrase: "Christmas Day 2018", value: "2018-12-25"),
        .init(text: "Tue, 16 Jul 2020 08:00:00 GMT", reference: nil, phrase: "Tue, 16 Jul 2020 08:00:00 GMT", value: "2020-07-16T08:00:00", type: .time),
        .init(text: "Posted May 15, 2019 by staff", reference: nil, phrase: "May 15, 2019", value: "2019-05-15"),
        .init(text: "Sales in mid-1998 were weak.", reference: nil, phrase: "mid-1998", value: "1998"),
        // A year in its time context: after a preposition of time, a determiner, a capitalised opener.
        .init(text: "The 1973 oil crisis hit Western economies.", reference: nil, phrase: "1973", value: "1973"),
        .init(text: "Since 1973, the council has passed many resolutions.", reference: nil, phrase: "1973", value: "1973"),
        .init(text: "This 1973 law still stands.", reference: nil, phrase: "1973", value: "1973"),
        .init(text: "Results for Mixte's 1989 year were weak.", reference: nil, phrase: "1989", value: "1989"),
        .init(text: "Jobs spoke at the Worldwide Developers Conference 2010.", reference: nil, phrase: "2010", value: "2010"),
        .init(text: "Jobs gave the keynote at WWDC 2005.", reference: nil, phrase: "2005", value: "2005"),
    ]

    static let relative: [TimexCase] = [
        .init(text: "Huawei fired him last December.", reference: "2019-05-15", phrase: "last December", value: "2018-12"),
        .init(text: "In February, the firm said it would grow.", reference: "2019-05-15", phrase: "February", value: "2019-02"),
        .init(text: "In January, Huawei fired sales director Wang Weijing.", reference: "2019-05-15", phrase: "January", value: "2019-01"),
        .init(text: "In May, Huawei fired a director.", reference: "2019-05-15", phrase: "May", value: "2018-05"),
        .init(text: "Tariffs, which were set to kick in March, were postponed.", reference: "2019-02-25", phrase: "March", value: "2019-03"),
        .init(text: "Tariffs, which were set to kick in March, were postponed.", reference: "2019-05-15", phrase: "March", value: "2020-03"),
        .init(text: "The minister said Thursday that talks failed.", reference: "2020-07-16", phrase: "Thursday", value: "2020-07-16"),
        .init(text: "On Wednesday, the ministry said it had no deals.", reference: "2020-07-16", phrase: "Wednesday", value: "2020-07-15"),
        .init(text: "The company said on Tuesday it disagreed.", reference: "2020-07-16", phrase: "Tuesday", value: "2020-07-14"),
        .init(text: "The board will meet on Tuesday.", reference: "2020-07-16", phrase: "Tuesday", value: "2020-07-21"),
        .init(text: "What President Trump said last week surprised him.", reference: "1998-11-12", phrase: "last week", value: "1998-W45"),
        .init(text: "Shares fell earlier this week.", reference: "2019-05-15", phrase: "earlier this week", value: "2019-W20"),
        .init(text: "She left two days ago.", reference: "2019-05-15", phrase: "two days ago", value: "2019-05-13"),
        .init(text: "Profit rose from a year earlier.", reference: "2019-05-15", phrase: "a year earlier", value: "2018"),
        .init(text: "Prices will rise next month.", reference: "2019-05-15", phrase: "next month", value: "2019-06"),
        .init(text: "It will launch later this year.", reference: "2019-05-15", phrase: "later this year", value: "2019"),
        .init(text: "He has recently left.", reference: "2019-05-15", phrase: "recently", value: "PAST_REF"),
        .init(text: "Sales doubled over the past year.", reference: "2019-05-15", phrase: "the past year", value: "2018"),
        .init(text: "In the past year, the firm has hired 40 people.", reference: "1998-02-10", phrase: "the past year", value: "1997"),
        .init(text: "It is now clear.", reference: "2019-05-15", phrase: "now", value: "PRESENT_REF"),
        .init(text: "The court ruled today.", reference: "2019-05-15", phrase: "today", value: "2019-05-15"),
        .init(text: "The court ruled yesterday.", reference: "2019-05-15", phrase: "yesterday", value: "2019-05-14"),
        .init(text: "The court rules tomorrow.", reference: "2019-05-15", phrase: "tomorrow", value: "2019-05-16"),
        .init(text: "He speaks tonight.", reference: "2019-05-15", phrase: "tonight", value: "2019-05-15TNI", type: .time),
        .init(text: "They met Tuesday morning.", reference: "1998-11-18", phrase: "Tuesday morning", value: "1998-11-17TMO", type: .time),
        .init(text: "Sales grew this spring.", reference: "2013-05-02", phrase: "this spring", value: "2013-SP"),
        .init(text: "Sales grew in the latest quarter, up from a year ago.", reference: "1989-10-26", phrase: "a year ago", value: "1988-Q3"),
        .init(text: "Sales grew in the first quarter.", reference: "1998-05-02", phrase: "the first quarter", value: "1998-Q1"),
        // "May" beside its day is the month, not a modal making the clause future.
        .init(text: "Approximate oil locations 22 April - 15 May are shown.", reference: "2010-07-20", phrase: "22 April", value: "2010-04-22"),
        .init(text: "Oil was seen on 22 April and May 3.", reference: "2010-07-20", phrase: "22 April", value: "2010-04-22"),
        .init(text: "The fight of the century.", reference: nil, phrase: "", value: "", type: .date),
    ].filter { !$0.phrase.isEmpty }

    static let unknownReference: [TimexCase] = [
        .init(text: "Huawei fired him last December.", reference: nil, phrase: "last December", value: "XXXX-12"),
        .init(text: "The company said on Tuesday it disagreed.", reference: nil, phrase: "Tuesday", value: "XXXX-WXX-2"),
        .init(text: "What he said last week surprised him.", reference: nil, phrase: "last week", value: "XXXX-WXX"),
        .init(text: "Meanwhile, in December 2018, they arrested her.", reference: nil, phrase: "December 2018", value: "2018-12"),
    ]

    static let durationsAndSets: [TimexCase] = [
        .init(text: "The plan runs for three years.", reference: nil, phrase: "three years", value: "P3Y", type: .duration),
        .init(text: "The flight took 90 minutes.", reference: nil, phrase: "90 minutes", value: "PT90M", type: .duration),
        .init(text: "He stayed for a month.", reference: nil, phrase: "a month", value: "P1M", type: .duration),
        .init(text: "It is a 10-year bond.", reference: nil, phrase: "10-year", value: "P10Y", type: .duration),
        .init(text: "Prices rose over the past three years.", reference: nil, phrase: "the past three years", value: "P3Y", type: .duration),
        .init(text: "We meet every week.", reference: nil, phrase: "every week", value: "P1W", type: .set),
        .init(text: "The paper is published daily.", reference: nil, phrase: "daily", value: "P1D", type: .set),
        .init(text: "He earns $50,000 a year.", reference: nil, phrase: "a year", value: "P1Y", type: .set),
        .init(text: "The market fell in the last twenty-four hours.", reference: nil, phrase: "the last twenty-four hours", value: "PT24H", type: .duration),
    ]

    /// Sentences whose numbers and month-like words are not times.
    static let notTimes: [String] = [
        "The company cut 2,000 jobs.",
        "Boeing grounded its 737 fleet.",
        "China pledged to buy $1.2 billion of goods.",
        "Goods worth around $200 billion are taxed.",
        "May I ask a question?",
        "It may rain.",
        "Thousands joined the protest march.",
        "He stayed at his Mar-a-Lago resort.",
        "Huawei leads in 5G networks.",
        "It sells phones in 170 countries.",
        "Huawei has won 18 contracts.",
        "The Sun reported the story.",
        "Thus the deal failed.",
        // A number after a capitalised noun identifies it: no year.
        "The Security Council passed Resolution 1973 on Libya.",
        "Flight 1973 landed safely in Malta.",
        "Passengers of Flight 2010 were stranded.",
        // Four digits before a time zone are the hour.
        "The cap was fitted at 1930 CDT.",
        "They drove along Route 66 to Chicago.",
    ]

    @Test(arguments: absolute) func absoluteDates(_ c: TimexCase) { run(c) }
    @Test(arguments: relative) func relativeDates(_ c: TimexCase) { run(c) }
    @Test(arguments: unknownReference) func unknownReferenceStaysUnderspecified(_ c: TimexCase) { run(c) }
    @Test(arguments: durationsAndSets) func durationsAndSetsAreRead(_ c: TimexCase) { run(c) }

    @Test(arguments: notTimes) func notATime(_ text: String) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(year: 2019, month: 5, day: 15)))
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func explanationsSayHowTheValueWasReached() {
        let ref = TimeReference(day: Day(year: 2019, month: 5, day: 15))
        let t = tagger.tag("Huawei fired him last December.", reference: ref)
        #expect(t.first?.explanation == "last December: publication 2019-05-15, past -> 2018-12")
        #expect(t.first?.isRelative == true)
        #expect(t.first?.value.earliest == Day(year: 2018, month: 12, day: 1))
        #expect(t.first?.value.latest == Day(year: 2018, month: 12, day: 31))
        let s = tagger.tag("Meanwhile, in December 2018, they arrested her.", reference: ref)
        #expect(s.first?.explanation == "December 2018: stated")
        #expect(s.first?.isRelative == false)
        let th = tagger.tag("The minister said Thursday that talks failed.", reference: TimeReference(day: Day(year: 2020, month: 7, day: 16)))
        #expect(th.first?.explanation.hasPrefix("Thursday: publication 2020-07-16 is a Thursday") == true)
    }

    @Test func unknownReferenceHasNoBounds() {
        let t = tagger.tag("Huawei fired him last December.", reference: .unknown)
        #expect(t.first?.value.earliest == nil && t.first?.value.latest == nil)
    }

    @Test func temponymWeekdayInsideBoundedReference() throws {
        let text = "One of its senior officials said at the Mobile World Congress in Barcelona on Tuesday."
        let window = TimeReference(earliest: Day(year: 2019, month: 2, day: 1), latest: Day(year: 2019, month: 2, day: 28))
        let found = tagger.tag(text, reference: window)
        let congress = try #require(found.first { $0.text.contains("Mobile World Congress") })
        #expect(congress.value.earliest == Day(year: 2019, month: 2, day: 25))
        #expect(congress.value.latest == Day(year: 2019, month: 2, day: 28))
        let tuesday = try #require(found.first { $0.text == "Tuesday" })
        #expect(tuesday.value.value == "2019-02-26")
    }

    @Test func boundedReferenceGivesUnionWhenValuesDiffer() throws {
        let window = TimeReference(earliest: Day(year: 2019, month: 2, day: 1), latest: Day(year: 2019, month: 2, day: 28))
        let t = try #require(tagger.tag("He said last week that it failed.", reference: window).first)
        #expect(t.value.value == "XXXX-WXX")
        #expect(t.value.earliest == Day(year: 2019, month: 1, day: 21))
        #expect(t.value.latest == Day(year: 2019, month: 2, day: 24))
        let same = try #require(tagger.tag("He said last December that it failed.", reference: window).first)
        #expect(same.value.value == "2018-12")
    }

    @Test(arguments: ["2020/7/16 20:53:40", "May 15, 2019", "2019-05-15T10:30:00Z", "Tue, 16 Jul 2020 08:00:00 GMT"])
    func publicationDateStrings(_ text: String) {
        let expected = ["2020/7/16 20:53:40": "2020-07-16", "May 15, 2019": "2019-05-15",
                        "2019-05-15T10:30:00Z": "2019-05-15", "Tue, 16 Jul 2020 08:00:00 GMT": "2020-07-16"]
        #expect(tagger.publicationDay(in: text)?.description == expected[text])
    }

    @Test func seedArticlePublicationBounds() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/time/mwc-huawei-chairman-no-backdoor-evidence", withExtension: "txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let analysis = TextAnalyzer().analyze(text, hasTitleLine: true)
        let timexes = tagger.tag(analysis, reference: .unknown)
        let b = PublicationBounder().publicationBounds(timexes, analysis: analysis)
        #expect(b.earliest == Day(year: 2019, month: 2, day: 1), "\(b.explanation) \(timexes.map { $0.text + "=" + $0.value.value })")
        #expect(b.latest == Day(year: 2019, month: 2, day: 28), "\(b.explanation)")
    }
}

extension TimeTaggerTests {
    @Test(arguments: ["About three-quarters of the staff left.", "A quarter of the shares were sold."])
    func fractionsAreNotQuarters(_ text: String) {
        #expect(tagger.tag(text, reference: .unknown).isEmpty)
    }
}

/// A live page stamps its updates with the time of day: four digits opening
/// several of its lines are clock times, not years.
@Suite struct LivePageStampTests {
    @Test func stampsOpeningALivePageAreNoYears() {
        let page = """
            2346 Survivor Jackson tells the BBC he has just found his wife under the rubble.

            2032 50,000 people are feared dead, the Red Cross says.

            1340 UN chief Ban Ki-moon says the UN mission's head is missing.

            The 2010 earthquake struck near the capital.
            """
        let found = TimeTagger().tag(page, reference: TimeReference(day: Day(iso: "2010-01-13")!))
        #expect(found.map(\.text) == ["2010"])
    }

    @Test func aYearOpeningOneLineIsStillAYear() {
        let text = "1989 Was the year the wall fell.\n\nThe city celebrated."
        let found = TimeTagger().tag(text, reference: TimeReference(day: Day(iso: "2010-01-13")!))
        #expect(found.map(\.value.value) == ["1989"])
    }
}
