import Foundation
import Testing
@testable import TimelineKit

/// TimeML/TimeBank normalisation conventions, one real phrase per rule.
@Suite struct TimeNormalizationTests {
    let tagger = TimeTagger()

    func run(_ c: TimexCase) {
        let ref = c.reference.flatMap { Day(iso: $0) }.map { TimeReference(day: $0) } ?? .unknown
        let found = tagger.tag(c.text, reference: ref)
        let hit = found.first { $0.text == c.phrase }
        #expect(hit != nil, "\(c.phrase) not found in \(found.map(\.text))")
        #expect(hit?.value.value == c.value, "\(c.phrase): \(hit?.explanation ?? "-")")
        #expect(hit?.type == c.type)
    }

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
