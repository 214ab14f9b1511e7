import Foundation
import Testing
@testable import TimelineKit

/// TimeML/TimeBank normalisation conventions, one real phrase per rule.
@Suite struct TimeNormalizationTests {
    let tagger = TimeTagger()

    func run(_ c: TimexCase) { c.check(with: tagger) }

    /// A month (and day) without a year: the months around publication win over a weak tense.
    static let monthAnchoring: [TimexCase] = [
        .init(text: "The company said the dividend was payable Dec. 7.", reference: "1989-10-30", phrase: "Dec. 7", value: "1989-12-07"),
        .init(text: "Officials said the elections were held on Nov. 22.", reference: "1989-10-27", phrase: "Nov. 22", value: "1989-11-22"),
        .init(text: "The union said the strike began in January.", reference: "1989-10-30", phrase: "January", value: "1989-01"),
        .init(text: "The talks collapsed on Dec. 14.", reference: "1989-05-02", phrase: "Dec. 14", value: "1988-12-14"),
        .init(text: "The new rules will apply from Sept. 30.", reference: "1989-10-10", phrase: "Sept. 30", value: "1989-09-30"),
        .init(text: "The new rules will apply from June 1.", reference: "1989-10-10", phrase: "June 1", value: "1990-06-01"),
    ]

    @Test(arguments: monthAnchoring) func monthsNearPublication(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// "the year" / "the weekend" after a preposition name the reference's own period.
    static let currentPeriods: [TimexCase] = [
        .init(text: "For the year, pet food volume was flat.", reference: "1989-10-27", phrase: "the year", value: "1989"),
        .init(text: "Sales for the full year were $6.6 billion.", reference: "1989-10-27", phrase: "the full year", value: "1989"),
        .init(text: "It earned $2.4 million for the year ended July 2.", reference: "1989-10-27", phrase: "the year", value: "P1Y", type: .duration),
        .init(text: "Over the weekend, officials confirmed the reports.", reference: "1990-08-14", phrase: "the weekend", value: "1990-W32-WE"),
        .init(text: "Traders will square positions ahead of the weekend.", reference: "1989-10-27", phrase: "the weekend", value: "1989-W43-WE"),
        .init(text: "The rally over the weekend drew thousands.", reference: "2000-04-23", phrase: "the weekend", value: "2000-W16-WE"),
    ]

    @Test(arguments: currentPeriods) func currentPeriodAfterPreposition(_ c: TimexCase) { run(c) }

    @Test(arguments: ["It was the year of the dragon.", "He sang in the year two thousand.", "The weekend was quiet."])
    func bareCurrentPeriodIsNotTagged(_ text: String) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(iso: "1998-03-03")!))
        #expect(!found.contains { $0.text == "the year" || $0.text == "The weekend" }, "\(found.map(\.text))")
    }
}

extension TimeNormalizationTests {
    /// Lengths: halves, added stretches, unknown counts; ages are not lengths.
    static let lengths: [TimexCase] = [
        .init(text: "They lived in the camps for 2 1/2 years.", reference: nil, phrase: "2 1/2 years", value: "P2Y6M", type: .duration),
        .init(text: "She spent about 5 1/2 hours in Nairobi.", reference: nil, phrase: "about 5 1/2 hours", value: "PT5H30M", type: .duration),
        .init(text: "The applause lasted a minute and a half.", reference: nil, phrase: "a minute and a half", value: "PT1M30S", type: .duration),
        .init(text: "The boy will stay for at least two more weeks.", reference: nil, phrase: "at least two more weeks", value: "P2W", type: .duration),
        .init(text: "The loan may be extended for an additional year.", reference: nil, phrase: "an additional year", value: "P1Y", type: .duration),
        .init(text: "They could not visit their relatives for years.", reference: nil, phrase: "years", value: "PXY", type: .duration),
        .init(text: "Troops are expected within weeks.", reference: nil, phrase: "weeks", value: "PXW", type: .duration),
    ]

    @Test(arguments: lengths) func lengthsAreRead(_ c: TimexCase) { run(c) }

    @Test(arguments: ["Mr. Reupke, 52 years old, joined in 1962.", "Employees 55 years old or older may retire."])
    func agesAreNotLengths(_ text: String) {
        let found = tagger.tag(text, reference: .unknown)
        #expect(!found.contains { $0.type == .duration }, "\(found.map(\.text))")
    }

    /// "that year" takes the year written before it.
    static let anaphora: [TimexCase] = [
        .init(text: "He fled to Florida in June 1998 and returned later that year.", reference: "2000-01-07", phrase: "later that year", value: "1998"),
        .init(text: "Exports rose in 1988, a small share of imports that year.", reference: "1989-10-27", phrase: "that year", value: "1988"),
    ]

    @Test(arguments: anaphora) func thatYearTakesTheLastWrittenYear(_ c: TimexCase) { run(c) }

    /// "following", "previous", "that", "the next day" count from the time
    /// the text last spoke of, at the unit they count in; with none before
    /// them the publication date anchors them, and "that day" with nothing
    /// to point back to is generic, not a time.
    static let anaphoricShifts: [TimexCase] = [
        .init(text: "The league was founded in 1995. The following year it signed 12 teams.", reference: "1998-04-18",
              phrase: "The following year", value: "1996"),
        .init(text: "The accord was signed in March. The following month the talks collapsed.", reference: "1989-10-27",
              phrase: "The following month", value: "1989-04"),
        .init(text: "Stocks fell 3% on Friday, their worst day since the previous Friday.", reference: "1989-10-30",
              phrase: "previous Friday", value: "1989-10-20"),
        .init(text: "Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.", reference: "1999-10-24",
              phrase: "Earlier that day", value: "1998-10-23"),
        .init(text: "He was taken to a hospital on Monday and appeared in court the next morning.", reference: "2000-02-24",
              phrase: "the next morning", value: "2000-02-22TMO", type: .time),
        .init(text: "Sales fell in the second quarter, ended Oct. 31. Results for that quarter included a write-down.",
              reference: "1989-10-27", phrase: "that quarter", value: "1989-Q2"),
        .init(text: "The following year, the company moved.", reference: "1998-04-18", phrase: "The following year", value: "1999"),
        .init(text: "The blast came on Friday. It went off at about 10:35 a.m., police said.", reference: "1998-08-08",
              phrase: "about 10:35 a.m.", value: "1998-08-07T10:35", type: .time),
        .init(text: "The plant will open at 9 a.m., the company said.", reference: "1998-08-08",
              phrase: "9 a.m.", value: "1998-08-08T09:00", type: .time),
    ]

    /// Years and decades in words.
    static let spokenYears: [TimexCase] = [
        .init(text: "His promise to halve unemployment by the year two thousand was abandoned.", reference: "1998-02-05",
              phrase: "the year two thousand", value: "2000"),
        .init(text: "Hate group numbers were dropping through the nineties.", reference: "1998-03-03", phrase: "the nineties", value: "199"),
        .init(text: "The firm was founded in two thousand and one.", reference: nil, phrase: "two thousand and one", value: "2001"),
        .init(text: "It snowed in the winter of nineteen ninety-four.", reference: nil, phrase: "nineteen ninety-four", value: "1994"),
    ]

    /// Table phrases with a possessive: the text stage cuts "year's" into
    /// "year" + "'s"; a possessive after a table phrase is not part of it.
    static let possessives: [TimexCase] = [
        .init(text: "Requirements should be in place by year's end.", reference: "1989-10-26", phrase: "year's end", value: "1989"),
        .init(text: "Florists expect record sales on Valentine's Day.", reference: "1998-02-05", phrase: "Valentine's Day", value: "1998-02-14"),
        .init(text: "The latest quarter's results included a gain.", reference: "1989-10-26", phrase: "The latest quarter", value: "1989-Q3"),
    ]

    /// Parts of the day named by a part of them, qualified lengths, vague
    /// counts with "of", months naming a noun, listed days, the latest
    /// fiscal year.
    static let moreShapes: [TimexCase] = [
        .init(text: "By mid afternoon, official sources said the attack had ended.", reference: "1998-03-06",
              phrase: "mid afternoon", value: "1998-03-06TAF", type: .time),
        .init(text: "Shares fell in mid-afternoon yesterday.", reference: "1989-11-02",
              phrase: "mid-afternoon yesterday", value: "1989-11-01TAF", type: .time),
        .init(text: "It rained in the late afternoon.", reference: "1998-03-06", phrase: "late afternoon", value: "1998-03-06TAF", type: .time),
        .init(text: "Eight trading days after Oct. 12, the index was down.", reference: "1989-10-30",
              phrase: "Eight trading days", value: "P8D", type: .duration),
        .init(text: "Over the next couple of years we would see growth.", reference: "1989-10-26",
              phrase: "the next couple of years", value: "P2Y", type: .duration),
        .init(text: "The March accession will enable the three countries to join.", reference: "1999-02-10",
              phrase: "March", value: "1999-03"),
        .init(text: "The summit will be held in Washington on April 24 and 25.", reference: "1999-02-10",
              phrase: "25", value: "1999-04-25"),
        .init(text: "Ontario accounted for 27% of sales in the latest fiscal year.", reference: "1989-10-26",
              phrase: "the latest fiscal year", value: "1988"),
    ]

    /// The tense behind a value: a modal before a perfect is past; an
    /// "un-...-ed" word or an "-ed" word after a determiner is an adjective;
    /// a quarter said in a past clause has begun.
    static let tenseReadings: [TimexCase] = [
        .init(text: "Concern about the chip may have been responsible for a drop in the stock on Wednesday.", reference: "1989-10-27",
              phrase: "Wednesday", value: "1989-10-25"),
        .init(text: "The split would be paid on a still unspecified date in January.", reference: "1989-10-26",
              phrase: "January", value: "1990-01"),
        .init(text: "Profit fell 20 percent in the fourth quarter, the company said.", reference: "1998-01-26",
              phrase: "the fourth quarter", value: "1997-Q4"),
        .init(text: "The company will report third-quarter results next week.", reference: "1989-10-26",
              phrase: "third-quarter", value: "1989-Q3"),
        .init(text: "On Tuesday, the league plans to hold a news conference.", reference: "1998-10-26",
              phrase: "Tuesday", value: "1998-10-27"),
        .init(text: "Talks with the union: Monday.", reference: "1998-05-01", phrase: "Monday", value: "1998-05-04"),
        .init(text: "The talks ended on Tuesday, officials said.", reference: "1998-10-26", phrase: "Tuesday", value: "1998-10-20"),
        .init(text: "Sales rose in each of the past two quarters.", reference: "1989-10-26",
              phrase: "the past two quarters", value: "P2Q", type: .duration),
    ]

    /// Earnings reports name the quarter being reported by its year or by
    /// "last year's": the same quarter of that year.
    static let reportedQuarters: [TimexCase] = [
        .init(text: "Net income rose to $5 million from $4 million in the 1988 quarter.", reference: "1989-10-30",
              phrase: "the 1988 quarter", value: "1988-Q3"),
        .init(text: "Sales in the 1989 period rose 8%.", reference: "1989-11-01", phrase: "the 1989 period", value: "1989-Q3"),
        .init(text: "Profit fell from the corresponding period last year.", reference: "1989-11-01",
              phrase: "the corresponding period last year", value: "1988-Q3"),
        .init(text: "Revenue was up from last year's quarter.", reference: "1989-11-01", phrase: "last year's quarter", value: "1988-Q3"),
    ]

    @Test(arguments: reportedQuarters) func reportedQuartersOfAYear(_ c: TimexCase) { run(c) }

    @Test(arguments: tenseReadings) func tenseReadingsDecideTheValue(_ c: TimexCase) { run(c) }

    @Test(arguments: moreShapes) func moreShapesAreRead(_ c: TimexCase) { run(c) }

    @Test(arguments: ["The march ended peacefully.", "He scored 24 and 25 points in April 3 and 4 games.", "It may rain."])
    func monthWordsAndCountsStayApart(_ text: String) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(iso: "1999-02-10")!))
        #expect(!found.contains { $0.text == "march" || $0.text == "may" || $0.text == "25" }, "\(found.map(\.text))")
    }

    @Test(arguments: possessives) func possessivesInTablePhrases(_ c: TimexCase) { run(c) }

    @Test(arguments: spokenYears) func spokenYearsAndDecades(_ c: TimexCase) { run(c) }

    @Test(arguments: ["Two thousand people marched.", "Some families kept their secrets for two thousand years."])
    func countedThousandsAreNotYears(_ text: String) {
        #expect(!tagger.tag(text, reference: .unknown).contains { $0.value.value == "2000" })
    }

    @Test(arguments: anaphoricShifts) func anaphoricShiftsCountFromTheLastTime(_ c: TimexCase) { run(c) }

    @Test(arguments: ["Market makers can suffer losses on trades made that day at dropping prices.",
                      "You have strong redemptions that day and for two days following."])
    func thatDayWithNothingBeforeIsNotATime(_ text: String) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(iso: "1989-10-27")!))
        #expect(!found.contains { $0.text.lowercased().contains("that day") }, "\(found.map(\.text))")
    }
}

extension TimeNormalizationTests {
    /// Words that only look like "-ed" past forms do not set the tense.
    static let falsePastForms: [TimexCase] = [
        .init(text: "Mr. Jones, 61, will succeed Mr. Smith Feb. 1, the bank said.", reference: "1989-10-26", phrase: "Feb. 1", value: "1990-02-01"),
        .init(text: "Sales will exceed $1 billion in March, analysts said.", reference: "1989-10-26", phrase: "March", value: "1990-03"),
    ]

    @Test(arguments: falsePastForms) func falsePastFormsAreNoTense(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// Older years after a preposition, a year before a dash, a bare month before a new clause, year-end.
    static let moreDates: [TimexCase] = [
        .init(text: "He fought for independence from Spain in 1898.", reference: "2000-01-28", phrase: "1898", value: "1898"),
        .init(text: "It sold its stake in 1984 -- part of a national practice.", reference: "1989-10-27", phrase: "1984", value: "1984"),
        .init(text: "The relatives sued, but in March a federal judge ruled against them.", reference: "2000-04-03", phrase: "March", value: "2000-03"),
        .init(text: "Milton Roy disclosed in May that it was approached.", reference: "1989-10-27", phrase: "May", value: "1989-05"),
        .init(text: "It expects to complete the transaction by year-end.", reference: "1989-11-02", phrase: "year-end", value: "1989"),
    ]

    @Test(arguments: moreDates) func moreDatesAreFound(_ c: TimexCase) { run(c) }

    @Test(arguments: ["Call 555-1984 for tickets.", "He counted 1850 votes.", "It may be late."])
    func notYearsOrMonths(_ text: String) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(iso: "1989-10-27")!))
        #expect(found.isEmpty, "\(found.map(\.text))")
    }
}

extension TimeNormalizationTests {
    /// Clock times in words and with a glued am/pm.
    static let spokenClocks: [TimexCase] = [
        .init(text: "The father will leave at 4 in the morning.", reference: "2000-04-05", phrase: "4 in the morning", value: "2000-04-05T04:00", type: .time),
        .init(text: "The vigil began at 8 in the evening.", reference: "2000-04-05", phrase: "8 in the evening", value: "2000-04-05T20:00", type: .time),
        .init(text: "The session opens at half past eight.", reference: "2000-04-05", phrase: "half past eight", value: "2000-04-05T08:30", type: .time),
        .init(text: "They met at a quarter to 9 p.m.", reference: "2000-04-05", phrase: "a quarter to 9 p.m.", value: "2000-04-05T20:45", type: .time),
        .init(text: "The polls closed at seven o'clock.", reference: "2000-04-05", phrase: "seven o'clock", value: "2000-04-05T07:00", type: .time),
        .init(text: "The flight lands at 7:56pm.", reference: "2000-04-05", phrase: "7:56pm", value: "2000-04-05T19:56", type: .time),
        .init(text: "The flight lands at 7pm.", reference: "2000-04-05", phrase: "7pm", value: "2000-04-05T19:00", type: .time),
    ]

    @Test(arguments: spokenClocks) func spokenClocksAreRead(_ c: TimexCase) { run(c) }

    @Test(arguments: ["Three in the group were hurt.", "He went back to eight schools.", "Half past the gate stood a guard."])
    func notClockTimes(_ text: String) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(iso: "2000-04-05")!))
        #expect(!found.contains { $0.type == .time }, "\(found.map(\.text))")
    }
}

extension TimeNormalizationTests {
    static let clockOnDate: [TimexCase] = [
        .init(text: "The offer was extended until 5 p.m. EST Nov. 9.", reference: "1989-11-02", phrase: "5 p.m. EST Nov. 9", value: "1989-11-09T17:00", type: .time),
        .init(text: "Bids are due by 10 a.m., Dec. 1, 1989.", reference: "1989-11-02", phrase: "10 a.m., Dec. 1, 1989", value: "1989-12-01T10:00", type: .time),
    ]

    @Test(arguments: clockOnDate) func clockBeforeADateIsOnThatDate(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// The tense comes from the verb group that governs the expression, not the nearest signal word.
    static let governingVerb: [TimexCase] = [
        .init(text: "On Friday, the government planned to pay the first claims.", reference: "1998-09-30", phrase: "Friday", value: "1998-09-25"),
        .init(text: "Protesters planned a large rally for Saturday.", reference: "2000-01-07", phrase: "Saturday", value: "2000-01-08"),
        .init(text: "Workers were planning to march downtown on Monday.", reference: "2000-01-07", phrase: "Monday", value: "2000-01-10"),
        .init(text: "An official said the ceremony would still be held on April 24.", reference: "1999-02-10", phrase: "April 24", value: "1999-04-24"),
        .init(text: "The firm said it agreed to buy the unit in February.", reference: "1989-10-30", phrase: "February", value: "1990-02"),
        .init(text: "The bank named a new chairman, effective Feb. 1.", reference: "1989-10-26", phrase: "Feb. 1", value: "1990-02-01"),
        .init(text: "The airline said it will nearly double its flights by August.", reference: "1998-02-13", phrase: "August", value: "1998-08"),
        .init(text: "The thrift announced the plan Aug. 21.", reference: "1989-10-27", phrase: "Aug. 21", value: "1989-08-21"),
    ]

    @Test(arguments: governingVerb) func tenseOfTheGoverningVerb(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// Days named from other days, a shifted month with its day, the current period, Election Day.
    static let framedDays: [TimexCase] = [
        .init(text: "He called the day before last Tuesday's hearing.", reference: "2000-02-24", phrase: "the day before last Tuesday", value: "2000-02-21"),
        .init(text: "They met the day after Christmas.", reference: "1998-12-30", phrase: "the day after Christmas", value: "1998-12-26"),
        .init(text: "A ruling is expected the week of March 6.", reference: "2000-02-24", phrase: "the week of March 6", value: "2000-W10"),
        .init(text: "The doctor was shot last Oct. 23 at his home.", reference: "1999-04-19", phrase: "last Oct. 23", value: "1998-10-23"),
        .init(text: "Sales in the current fiscal year will be flat.", reference: "1989-11-02", phrase: "the current fiscal year", value: "1989"),
        .init(text: "Holders may buy shares at the then current market price.", reference: "1989-11-02", phrase: "then current", value: "PAST_REF"),
        .init(text: "Voters go to the polls on Election Day.", reference: "1998-10-26", phrase: "Election Day", value: "1998-11-03"),
        .init(text: "The race was decided on Election Day.", reference: "2000-11-20", phrase: "Election Day", value: "2000-11-07"),
    ]

    @Test(arguments: framedDays) func framedAndNamedDays(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// Words that look like the governing verb but are not: a participle inside a
    /// noun phrase, a preposition opening a fronted clause, "next to" (a place),
    /// "an agreement to" (a noun that still looks ahead).
    static let notTheGoverningVerb: [TimexCase] = [
        .init(text: "A concert planned at the old stadium for Sunday was called off.", reference: "2001-03-14", phrase: "Sunday", value: "2001-03-11"),
        .init(text: "Until Monday, the ministry had not named the suspects.", reference: "2003-06-20", phrase: "Monday", value: "2003-06-16"),
        .init(text: "Two trucks collided next to the school on Tuesday.", reference: "1995-09-28", phrase: "Tuesday", value: "1995-09-26"),
        .init(text: "The utility announced an agreement to buy the Dayton, Ohio, power company in April.", reference: "1999-11-02", phrase: "April", value: "2000-04"),
        .init(text: "They planned for Sunday a march through the city.", reference: "2001-03-14", phrase: "Sunday", value: "2001-03-18"),
    ]

    @Test(arguments: notTheGoverningVerb) func wordsThatDoNotGovernTheClause(_ c: TimexCase) { run(c) }

    /// The current month in a past clause is last year's, unless the expression
    /// names a part of it that has begun by the reference day.
    static let partOfCurrentMonth: [TimexCase] = [
        .init(text: "The talks resumed at the beginning of March.", reference: "2004-03-25", phrase: "the beginning of March", value: "2004-03"),
        .init(text: "Prices peaked in mid-March.", reference: "2004-03-25", phrase: "mid-March", value: "2004-03"),
        .init(text: "The talks resumed in March.", reference: "2004-03-25", phrase: "March", value: "2003-03"),
        .init(text: "The talks collapsed at the end of March.", reference: "2004-03-10", phrase: "the end of March", value: "2003-03"),
    ]

    @Test(arguments: partOfCurrentMonth) func partOfTheCurrentMonth(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// A year shift before a quarter moves the quarter, and the two read as one expression.
    static let shiftedQuarters: [TimexCase] = [
        .init(text: "Net income fell from the year-earlier third quarter.", reference: "1989-10-26", phrase: "the year-earlier third quarter", value: "1988-Q3"),
        .init(text: "The spinoff could be complete as early as next year's first quarter.", reference: "1989-10-31", phrase: "next year's first quarter", value: "1990-Q1"),
        .init(text: "Sales fell 5% in the quarter. For the quarter a year ago, the bank earned $3 million.", reference: "1989-10-26", phrase: "the quarter a year ago", value: "1988-Q3"),
    ]

    @Test(arguments: shiftedQuarters) func yearShiftsMoveQuarters(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// "recent weeks" is a stretch of unknown size reaching the reference, not a point.
    static let recentStretches: [TimexCase] = [
        .init(text: "Shares have slid in recent weeks.", reference: "2002-05-06", phrase: "recent weeks", value: "PXW", type: .duration),
        .init(text: "The river has risen in recent days.", reference: "2002-05-06", phrase: "recent days", value: "PXD", type: .duration),
        .init(text: "Fewer farms have survived in recent years.", reference: "2002-05-06", phrase: "recent years", value: "PXY", type: .duration),
    ]

    @Test(arguments: recentStretches) func recentStretchesAreLengths(_ c: TimexCase) { run(c) }
}

extension TimeNormalizationTests {
    /// "Now," opening a sentence is a discourse marker; "now" as a time adverb stays PRESENT_REF.
    static let timeAdverbNow: [TimexCase] = [
        .init(text: "Until now, the council has refused.", reference: "2002-05-06", phrase: "now", value: "PRESENT_REF"),
        .init(text: "The mill now employs 40 people.", reference: "2002-05-06", phrase: "now", value: "PRESENT_REF"),
    ]

    @Test(arguments: timeAdverbNow) func nowAsATimeAdverb(_ c: TimexCase) { run(c) }

    @Test(arguments: ["Now, the council says the plan is dead.", "He paused. \"Now, where was I?\""])
    func nowAsADiscourseMarker(_ text: String) {
        let found = tagger.tag(text, reference: TimeReference(day: Day(iso: "2002-05-06")!))
        #expect(found.isEmpty, "\(found.map(\.text))")
    }
}
