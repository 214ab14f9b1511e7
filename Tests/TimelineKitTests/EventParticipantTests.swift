import Testing
@testable import TimelineKit

/// Roles of an event's actors (agent, patient, location, other), read from
/// the trigger's clause in real news sentences, and their merge across sources.
@Suite struct EventParticipantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var actors: [String]  // "surface|id|kind"
        var type: String
        var expected: [String: ParticipantRole]
        var testDescription: String { String(text.prefix(50)) }
    }

    static let cases: [Case] = [
        Case(text: "Meanwhile, in December 2018, Canadian authorities arrested Huawei chief financial officer and daughter of the company's founder, Meng Wanzhou, at Vancouver International Airport at the request of the US, which filed for her extradition.",
             actors: ["Canadian authorities|canada|place", "Huawei|huawei|organization", "Meng Wanzhou|meng-wanzhou|person",
                      "Vancouver International Airport|vancouver-international-airport|place", "US|united-states|place"],
             type: "arrest",
             expected: ["canada": .agent, "meng-wanzhou": .patient, "vancouver-international-airport": .location,
                        "huawei": .other]),
        Case(text: "In January, Huawei sales director Wang Weijing was arrested in Poland on suspicion of espionage.",
             actors: ["Huawei|huawei|organization", "Wang Weijing|wang-weijing|person", "Poland|poland|place"],
             type: "arrest",
             expected: ["wang-weijing": .patient, "poland": .location]),
        Case(text: "Canadian authorities last December arrested Huawei's Chief Financial Officer Meng Wanzhou at the request of the US.",
             actors: ["Canadian authorities|canada|place", "Huawei|huawei|organization", "Meng Wanzhou|meng-wanzhou|person",
                      "US|united-states|place"],
             type: "arrest",
             expected: ["canada": .agent, "meng-wanzhou": .patient, "huawei": .other, "united-states": .other]),
        Case(text: "Huawei has signed 18 contracts in Europe since the start of the year.",
             actors: ["Huawei|huawei|organization", "Europe|europe|place"],
             type: "agreement",
             expected: ["huawei": .agent, "europe": .location]),
    ]

    @Test(arguments: cases) func rolesFromTheClause(_ c: Case) {
        let given = EventExtractorTests.Given(
            text: c.text,
            actors: c.actors.map { row in
                let f = row.split(separator: "|").map(String.init)
                return (f[0], f[1], ActorKind(rawValue: f[2])!)
            },
            timexes: [])
        let events = EventExtractorTests().run(given)
        let event = events.first { $0.type == c.type }
        #expect(event != nil)
        guard let event else { return }
        for (actor, role) in c.expected {
            #expect(event.participants.first { $0.actor == actor }?.role == role, "\(actor)")
        }
        // Every actor has exactly one role, in the order of `actors`.
        #expect(event.participants.map(\.actor) == event.actors)
    }

    /// A speech verb's listener is not a patient: "told CNBC".
    @Test func speechHasNoPatient() {
        let events = EventExtractorTests().run(EventExtractorTests.Given(
            text: "Vice President Mike Pence told CNBC that the decision would be reviewed.",
            actors: [("Mike Pence", "mike-pence", .person), ("CNBC", "cnbc", .organization)], timexes: []))
        let statement = events.first { $0.isReported }
        #expect(statement?.participants.first { $0.actor == "mike-pence" }?.role == .agent)
        #expect(statement?.participants.contains { $0.role == .patient } == false)
    }

    /// Merged roles: the lead mention's role wins, else the most frequent.
    @Test func mergeTakesLeadThenMostFrequent() {
        func mention(_ ps: [(String, ParticipantRole)]) -> EventMention {
            EventMention(documentID: "d1", trigger: TextSpan(0, 1), triggerText: "arrested", type: "arrest",
                         summary: "", actors: ps.map(\.0), date: nil, dateExplanation: "", dateBasis: .stated,
                         timex: nil, sentence: TextSpan(0, 1), sentenceText: "",
                         participants: ps.map { Participant(actor: $0.0, role: $0.1) })
        }
        let lead = mention([("canada", .agent), ("meng-wanzhou", .patient)])
        let members = [lead,
                       mention([("meng-wanzhou", .agent), ("vancouver", .location)]),
                       mention([("vancouver", .location)]),
                       mention([("vancouver", .other)])]
        let merged = EventMerger.participants(of: ["canada", "meng-wanzhou", "vancouver"], lead: lead, members: members)
        #expect(merged == [Participant(actor: "canada", role: .agent), Participant(actor: "meng-wanzhou", role: .patient),
                           Participant(actor: "vancouver", role: .location)])
    }
}
