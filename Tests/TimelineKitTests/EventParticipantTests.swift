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
        /// Actors of the sentence that are no participants (in another clause, modifying a noun).
        var absent: [String] = []
        var testDescription: String { String(text.prefix(50)) }
    }

    static let cases: [Case] = [
        Case(text: "Meanwhile, in December 2018, Canadian authorities arrested Huawei chief financial officer and daughter of the company's founder, Meng Wanzhou, at Vancouver International Airport at the request of the US, which filed for her extradition.",
             actors: ["Canadian authorities|canada|place", "Huawei|huawei|organization", "Meng Wanzhou|meng-wanzhou|person",
                      "Vancouver International Airport|vancouver-international-airport|place", "US|united-states|place"],
             type: "arrest",
             // "Huawei chief financial officer": Huawei modifies the noun; it takes no part of its own.
             expected: ["canada": .agent, "meng-wanzhou": .patient, "vancouver-international-airport": .location],
             absent: ["huawei", "united-states"]),
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
        // A name before a noun modifies it: no patient ("Huawei equipment"), no place ("the Cupertino, California event").
        Case(text: "Britain banned Huawei equipment from its 5G network in July.",
             actors: ["Britain|united-kingdom|place", "Huawei|huawei|organization"],
             type: "ban",
             expected: ["united-kingdom": .agent], absent: ["huawei"]),
        Case(text: "Apple CEO Steve Jobs unveiled the new products at the Cupertino, California event, saying the company had been inspired by the iPad.",
             actors: ["Apple|apple|organization", "Steve Jobs|steve-jobs|person", "Cupertino|cupertino|place",
                      "California|california|place", "iPad|ipad|other"],
             type: "launch",
             expected: ["steve-jobs": .agent], absent: ["cupertino", "california", "ipad"]),
        // The subject of an unaccusative verb undergoes the event.
        Case(text: "Apple co-founder Steve Jobs died on Wednesday at his home in Palo Alto, California.",
             actors: ["Apple|apple|organization", "Steve Jobs|steve-jobs|person", "Palo Alto|palo-alto|place",
                      "California|california|place"],
             type: "death",
             expected: ["steve-jobs": .patient, "palo-alto": .location]),
        // A reported clause or an infinitive belongs to another event: not the announcement's participants.
        Case(text: "Apple Computer announced on Tuesday the first generation of its products to use Intel processors.",
             actors: ["Apple Computer|apple|organization", "Intel|intel|organization"],
             type: "announcement",
             expected: ["apple": .agent], absent: ["intel"]),
        Case(text: "NPD said according to those figures, Apple's iTunes store passes retailer Best Buy.",
             actors: ["NPD|npd|organization", "Apple|apple|organization", "Best Buy|best-buy|organization"],
             type: "statement",
             expected: ["npd": .agent], absent: ["apple", "best-buy"]),
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
        for actor in c.absent { #expect(!event.participants.contains { $0.actor == actor }, "\(actor)") }
        // Participants are actors of the event, in the order of `actors`, each with one role.
        #expect(event.participants.map(\.actor) == event.actors.filter { a in event.participants.contains { $0.actor == a } })
    }

    /// A pronoun subject speaks for its referent, not for the name in a
    /// fronted clause: with no one named before, nobody said it.
    @Test func aPronounSubjectIsNotTheFrontedClausesName() {
        let given = EventExtractorTests.Given(
            text: "Speaking at the General Assembly in New York, he said the UN had to do everything in its power.",
            actors: [("General Assembly", "general-assembly", .organization), ("New York", "new-york", .place),
                     ("UN", "united-nations", .organization)],
            timexes: [])
        let events = EventExtractorTests().run(given)
        #expect(!events.contains { e in e.participants.contains { $0.actor == "general-assembly" && $0.role == .agent } })
    }

    /// A participle describing the noun before it (a reduced relative
    /// clause) is done to that noun: no name before it is its agent.
    @Test(arguments: ["Officials in Haiti found 20 people killed in the storm.",
                      "Police in Haiti said the man arrested on Monday was released."])
    func aParticipleDescribingANounHasNoAgentBeforeIt(_ text: String) {
        let given = EventExtractorTests.Given(text: text, actors: [("Haiti", "haiti", .place)], timexes: [])
        let events = EventExtractorTests().run(given).filter { $0.type != "statement" && $0.type != "release" }
        #expect(!events.contains { e in e.participants.contains { $0.actor == "haiti" && $0.role == .agent } })
    }

    /// A plain verb form after a preposition is a noun: "over claims of hearing loss" reports no claim.
    @Test func verbFormAfterAPrepositionIsANoun() {
        let events = EventExtractorTests().run(EventExtractorTests.Given(
            text: "In California, a class-action lawsuit was filed against Apple in January over claims of hearing loss.",
            actors: [("California", "california", .place), ("Apple", "apple", .organization)], timexes: []))
        #expect(!events.contains { $0.triggerText == "claims" })
    }

    /// A speech verb's listener is not a patient: "told CNBC".
    /// A text whose last sentence ends in a location preposition and no full
    /// stop ("... a purist Islamic state in its place") once crashed the
    /// location scan one token past the text (CoNLL-2003 valid, article 81).
    @Test func textEndingInAPrepositionWithoutAFullStop() {
        let text = "More than 960 people have been killed in the armed struggle the Gama'a launched in 1992 to topple "
            + "President Hosni Mubarak's government and establish a purist Islamic state in its place"
        let doc = Document(id: "d1", path: "x.txt", title: "", text: text, format: .text)
        let result = Pipeline().run([doc])
        #expect(result.documents.count == 1)
    }

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
