import Testing
@testable import TimelineKit
@testable import TimelineEvaluation

/// A sentence with a holiday word that is not the holiday.
struct NotHolidayCase: Sendable, CustomStringConvertible {
    var text: String
    var description: String { text }
}

@Suite struct TimeHolidayTests {
    let tagger = TimeTagger()

    static let holidays: [TimexCase] = [
        // Lower case where the name is nothing else; the year by tense (future: the next one).
        .init(text: "I'll go back on christmas day.", reference: "2016-11-07", phrase: "christmas day", value: "2016-12-25"),
        .init(text: "They met again at halloween.", reference: "2016-11-07", phrase: "halloween", value: "2016-10-31"),
        .init(text: "I'll go back on thanksgiving.", reference: "2016-11-07", phrase: "thanksgiving", value: "2016-11-24"),
        // Past clause after this year's day has passed... and before it: the previous one.
        .init(text: "The store closed on Christmas.", reference: "2019-05-15", phrase: "Christmas", value: "2018-12-25"),
        // n-th weekday rules.
        .init(text: "Sales rose on father's day.", reference: "2016-11-07", phrase: "father's day", value: "2016-06-19"),
        .init(text: "Offices shut on Presidents' Day 2017.", reference: "2015-12-07", phrase: "Presidents' Day 2017", value: "2017-02-20"),
        .init(text: "Parades were held on Memorial Day.", reference: "2019-07-01", phrase: "Memorial Day", value: "2019-05-27"),
        // Easter-relative and rules relative to another rule.
        .init(text: "I'll go back on easter sunday 2018.", reference: "2016-11-07", phrase: "easter sunday 2018", value: "2018-04-01"),
        .init(text: "Churches filled on Good Friday 2019.", reference: nil, phrase: "Good Friday 2019", value: "2019-04-19"),
        .init(text: "Shoppers queued on black friday 2010.", reference: "2016-11-07", phrase: "black friday 2010", value: "2010-11-26"),
        .init(text: "Orders peaked on cyber monday 2015.", reference: "2015-12-07", phrase: "cyber monday 2015", value: "2015-11-30"),
        // The year after "of", stated or relative.
        .init(text: "We met on father's day of 2015.", reference: "2016-11-07", phrase: "father's day of 2015", value: "2015-06-21"),
        .init(text: "I'll go back on Yuandan of next year.", reference: "2016-11-07", phrase: "Yuandan of next year", value: "2017-01-01"),
        // The year before the name, and after it behind a comma (Timeline17's Haiti pages).
        .init(text: "The veterans of the 2004 boxing day tsunami in south east Asia were thwarted.", reference: "2010-01-14",
              phrase: "the 2004 boxing day", value: "2004-12-26"),
        .init(text: "For the victims of the Tsunami which struck Thailand on Boxing Day, 2004, the club raised money.",
              reference: "2010-01-14", phrase: "Boxing Day, 2004", value: "2004-12-26"),
        .init(text: "On Christmas Day, 1500 troops crossed the river.", reference: "2010-01-14", phrase: "Christmas Day", value: "2009-12-25"),
        // Hijri-calendar feasts (arithmetic Islamic calendar).
        .init(text: "Families gathered for Eid al-Fitr in 2021.", reference: "2021-06-09", phrase: "Eid al-Fitr", value: "2021-05-13"),
        .init(text: "Pilgrims marked Eid al-Adha 2021.", reference: nil, phrase: "Eid al-Adha 2021", value: "2021-07-20"),
    ]

    @Test(arguments: holidays) func holidayDays(_ c: TimexCase) { c.check(with: tagger) }

    @Test func ramadanIsAMonthOfDays() {
        let found = tagger.tag("Ramadan 2020 began in April.", reference: .unknown)
        let r = found.first { $0.text == "Ramadan 2020" }
        #expect(r?.value.earliest == Day(year: 2020, month: 4, day: 24))
        #expect(r?.value.latest == Day(year: 2020, month: 5, day: 23))
    }

    static let notHolidays: [NotHolidayCase] = [
        .init(text: "It may day by day get worse."),
        .init(text: "The memorial day for the victims was moving."),
        .init(text: "Voters queued on election day in Kenya."),
    ]

    @Test(arguments: notHolidays) func lowerCaseWordsThatAreNotHolidays(_ c: NotHolidayCase) {
        let found = tagger.tag(c.text, reference: TimeReference(day: Day(year: 2016, month: 11, day: 7)))
        #expect(!found.contains { if case .day = $0.value.granularity { return true } else { return false } }, "\(found.map(\.text))")
    }

    @Test func recognizersNthWeekdayHolidayValues() {
        #expect(RecognizersEvaluator.matches(ours: "2016-11-24", expected: "XXXX-11-WXX-4-4"))
        #expect(RecognizersEvaluator.matches(ours: "2010-11-25", expected: "2010-11-WXX-4-4"))
        #expect(!RecognizersEvaluator.matches(ours: "2016-11-17", expected: "XXXX-11-WXX-4-4"))
        #expect(!RecognizersEvaluator.matches(ours: "2011-11-24", expected: "2010-11-WXX-4-4"))
        #expect(RecognizersEvaluator.matches(ours: "2019-05-27", expected: "XXXX-05-WXX-1-5"))
    }

    @Test func hijriDaysFollowTheArithmeticCalendar() {
        #expect(TimeResolver.hijriDay(year: 1442, month: 10, day: 1) == Day(year: 2021, month: 5, day: 13))
        #expect(TimeResolver.hijriDay(year: 1445, month: 9, day: 1) == Day(year: 2024, month: 3, day: 11))
    }
}
