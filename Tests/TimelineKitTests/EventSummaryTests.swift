import Testing
@testable import TimelineKit

/// Summaries a reader can use: each rule of ``SentenceView``'s summaries on
/// real news sentences (the seed articles, TimeBank and CoNLL-2003 texts
/// whose digest showed the fault). Actors and dates are given by hand, as in
/// ``EventExtractorTests``.
@Suite struct EventSummaryTests {
    typealias Given = EventExtractorTests.Given

    func run(_ g: Given) -> [EventMention] { EventExtractorTests().run(g) }

    /// A sentence, its actors, and the summary its event of `type` must have (nil: no such event).
    struct SummaryCase: Sendable, CustomStringConvertible {
        var text: String
        var actors: [(String, String, ActorKind)]
        var timexes: [String] = []
        var type: String
        var expected: String?
        var description: String { String(text.prefix(50)) }
    }

    static let cases: [SummaryCase] = [
        // A count of people takes a plural verb, and a tokeniser's "50 ,000" reads as the number it is.
        .init(text: "The Red Cross estimates that 45,000-50 ,000 people died in the earthquake .",
              actors: [("Red Cross", "red-cross", .organization)], type: "death",
              expected: "45,000-50,000 people die in the earthquake"),
        // A transitive verb keeps its object or gives up the event: "attacks" and "pressures" are nouns here.
        .init(text: "They say IRA commanders are responsible for the recent bomb attacks.",
              actors: [("IRA", "ira", .organization)], type: "attack", expected: nil),
        .init(text: "Ralston attributed its fourth-quarter slump partly to higher costs of ingredients in the pet food business as well as competitive pressures, which required higher advertising spending.",
              actors: [("Ralston", "ralston-purina", .organization)], type: "pressure", expected: nil),
        // An active form with its doer after "by" describes a noun.
        .init(text: "Both companies are allies of Navigation Mixte in its fight against a hostile takeover bid launched last week by Cie.",
              actors: [("Navigation Mixte", "navigation-mixte", .organization), ("Cie", "cie", .organization)],
              timexes: ["last week"], type: "launch", expected: nil),
        // A summary ends at a clause boundary, never on "what"; an adverb in the subject does not make it plural.
        .init(text: "China shortly afterwards sentenced a Canadian citizen to death for drug charges in what was an escalation in diplomatic tensions widely seen as retaliatory by observers.",
              actors: [("China", "china", .place)], type: "sentencing",
              expected: "China sentences a Canadian citizen to death for drug charges"),
        // A date that determines a noun ("Tuesday's") is "the" in a summary; a plain date is dropped with its preposition.
        .init(text: "Officers arrested Jean Pierre at the site of Tuesday's explosion in Port-au-Prince on Friday.",
              actors: [("Jean Pierre", "jean-pierre", .person), ("Port-au-Prince", "port-au-prince", .place)],
              timexes: ["Tuesday", "Friday"], type: "arrest",
              expected: "Officers arrest Jean Pierre at the site of the explosion in Port-au-Prince"),
        // A quotation right after the verb is what was vowed, not the end of the clause: the fronted
        // "Speaking in Washington" is no content ("Barack Obama offers Speaking in Washington").
        .init(text: "Speaking in Washington, US President Barack Obama vowed \"unwavering support\" for Haiti after the disaster.",
              actors: [("Washington", "united-states", .place), ("Barack Obama", "barack-obama", .person),
                       ("Haiti", "haiti", .place)],
              type: "offer", expected: "Barack Obama offers unwavering support for Haiti after the disaster"),
        // A subject that names no actor ("A jury") is written as it stands; the one convicted is the patient.
        .init(text: "A jury convicted former Brantford mayor Tom Keller of bribery and fraud on Monday.",
              actors: [("Tom Keller", "tom-keller", .person)], timexes: ["Monday"], type: "conviction",
              expected: "A jury convicts former Brantford mayor Tom Keller of bribery and fraud"),
        // A plural subject takes a plural verb ("Conservatives" is a group noun of the actors' tables).
        .init(text: "Senior Conservatives called on the government to rule out working with the telecommunications giant.",
              actors: [("Conservatives", "conservatives", .other)], type: "call",
              expected: "Conservatives call the government to rule out working with the telecommunications giant"),
        // The speaker after the verb: what was said is before it, not the speaker's apposition.
        .init(text: "\"The key to Delta's record earnings continued to be excellent passenger revenue growth,\" said Thomas Roeck, chief financial officer.",
              actors: [("Thomas Roeck", "thomas-roeck", .person), ("Delta", "delta", .organization)], type: "statement",
              expected: "Thomas Roeck says the key to Delta's record earnings continued to be excellent passenger revenue growth"),
        // A speech event with no reported content is no event.
        .init(text: "A phony address listed on disclosure forms will cost the far-right German People's Union about 549,000 marks, Bonn said Friday.",
              actors: [("Bonn", "bonn", .place), ("German People's Union", "german-peoples-union", .organization)],
              timexes: ["Friday"], type: "statement",
              expected: "Bonn says a phony address listed on disclosure forms will cost the far-right German People's Union about 549,000 marks"),
        .init(text: "Barnett Slepian said.", actors: [("Barnett Slepian", "barnett-slepian", .person)], type: "statement", expected: nil),
        // "claims the company has denied": what comes before is not what was denied.
        .init(text: "The Trump administration has been pressuring foreign governments to ban Huawei from the pending networks amid allegations that the firm acts as a conduit for Chinese espionage, claims the company has denied.",
              actors: [("Huawei", "huawei", .organization), ("Trump", "donald-trump", .person)], type: "denial", expected: nil),
        // The circumstance of the saying is no content: what follows its "that" is.
        .init(text: "Thomas Spiegel said in a statement that the thrift was disappointed by the effects of the accounting changes.",
              actors: [("Thomas Spiegel", "thomas-spiegel", .person)], type: "statement",
              expected: "Thomas Spiegel says the thrift was disappointed by the effects of the accounting changes"),
        .init(text: "Bill Clinton said at a campaign stop in Troy, Tennessee.",
              actors: [("Bill Clinton", "bill-clinton", .person), ("Troy", "troy", .place)], type: "statement", expected: nil),
        // What was said must be a clause with its subject: a predicate alone has lost it.
        .init(text: "That is at the high end of the range of 7,000 to 8,000 employees that Unisys said a month ago would be laid off.",
              actors: [("Unisys", "unisys", .organization)], timexes: ["a month ago"], type: "statement", expected: nil),
        .init(text: "Paribas still needs the go-ahead from the Commission des Operations de Bourse, a government regulatory agency, but analysts said that is considered likely.",
              actors: [("Paribas", "paribas", .organization), ("Commission des Operations de Bourse", "cob", .organization)],
              type: "statement", expected: nil),
        // The speaker's apposition is who spoke, not what was said.
        .init(text: "\"We have a peace treaty with them and we let them go wherever they want when they come to Jordan,\" said the tourist, Khaled Hijazi, 37.",
              actors: [("Khaled Hijazi", "khaled-hijazi", .person), ("Jordan", "jordan", .place)], type: "statement",
              expected: "Khaled Hijazi says we have a peace treaty with them and we let them go wherever they want"),
        // The verb's own particle opens what it calls for.
        .init(text: "The Party of Democratic Action (SDA) had called on Wednesday for its followers abroad to boycott the absentee balloting because of voter registration irregularities, especially among Serb refugees.",
              actors: [("Party of Democratic Action", "democratic-action", .organization)], timexes: ["Wednesday"], type: "call",
              expected: "Democratic Action calls for its followers abroad to boycott the absentee balloting because of voter registration irregularities"),
    ]

    @Test(arguments: cases)
    func summary(_ c: SummaryCase) {
        let events = run(Given(text: c.text, actors: c.actors,
                               timexes: c.timexes.map { ($0, TimeValue(value: "XXXX", granularity: .other, earliest: nil, latest: nil), true) }))
        let summaries = events.filter { $0.type == c.type }.map(\.summary)
        if let expected = c.expected {
            #expect(summaries == [expected])
        } else {
            #expect(summaries.isEmpty)
        }
    }

    /// Reported content with no subject, a circumstance or the speaker's apposition is no content;
    /// an opening conjunction is dropped.
    @Test(arguments: [
        ("would be laid off", "Unisys", "said", nil),
        ("of St. Petersburg, Fla.", "Crane", "said", nil),
        ("in an interview, W. Brent LeGere, chairman", "W. Brent LeGere", "said", nil),
        ("but this skittishness has been there", "Robert Antolini", "said", "this skittishness has been there"),
        ("and that a renowned hedge fund manager was buying notes", "Federal Reserve", "said",
         "a renowned hedge fund manager was buying notes"),
        ("for its followers abroad to boycott", "SDA", "called", "for its followers abroad to boycott"),
        ("to help pay for forces in the Gulf", "United States", "offered", "to help pay for forces in the Gulf"),
        ("at a meeting with top officials , who discussed the plans for peace", "Viktor Chernomyrdin", "said", nil),
        ("in the same way , many major telecom companies have chosen trusted vendors", "Mike Pompeo", "said",
         "in the same way , many major telecom companies have chosen trusted vendors"),
    ] as [(String, String, String, String?)])
    func reportedClause(_ c: (String, String, String, String?)) {
        #expect(SentenceView.reportedClause(c.0, speaker: c.1, verb: c.2, lexicon: .shared) == c.3)
    }

    /// A cut by the length ends where a clause or phrase ends: never after a verb
    /// that needs its object, an auxiliary, or inside a name.
    @Test(arguments: [
        ("Hua Chunying said out of strong ideological prejudice, the US smears and attacks a Chinese company by using its national resources and power.",
         "the US smears and attacks a Chinese company"),
        ("Huawei said it is independent from the Chinese government, but some countries have blocked it from their 5G networks over fears of spying for Beijing.",
         "Huawei says it is independent from the Chinese government"),
    ])
    func longContentIsCutAtAClauseBoundary(_ c: (String, String)) throws {
        let actors: [(String, String, ActorKind)] = [("Hua Chunying", "hua-chunying", .person), ("Huawei", "huawei", .organization)]
        let events = run(Given(text: c.0, actors: actors, timexes: []))
        let summary = try #require(events.first { $0.type == "statement" }?.summary)
        #expect(summary.contains(c.1))
        #expect(!summary.hasSuffix("…"))
        let last = String(summary.split(separator: " ").last ?? "").lowercased()
        #expect(!EventLexicon.shared.isDangling(last))
    }
}
