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
