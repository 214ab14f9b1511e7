/// The Events stage's tables (`Resources/events/`), read once.
struct EventLexicon: Sendable {
    enum TriggerClass: String, Sendable { case action, speech }
    enum BlockerEffect: String, Sendable { case block, negate }

    struct Trigger: Sendable, Hashable {
        var type: String
        var triggerClass: TriggerClass
        /// Third-person present form, for summaries.
        var present: String
        /// The bare form, for summaries with a plural subject.
        var base: String
        var specificity: Int
        /// This form is an -ing form (progressive or gerund).
        var isProgressive: Bool
        /// This form is a past participle or past tense.
        var isPast: Bool
        /// The bare form ("ban"): an event only after an event noun and "to".
        var isBare: Bool
    }

    static let shared = EventLexicon()

    let triggers: [String: Trigger]
    let blockers: [String: BlockerEffect]
    let adverbs: Set<String>
    let passiveAuxiliaries: Set<String>
    let perfectAuxiliaries: Set<String>
    let pronouns: [String: ActorKind]
    let clauseWords: Set<String>
    let eventNouns: Set<String>
    let determiners: Set<String>
    let prepositions: Set<String>
    /// Trigger form -> the particles one of which must follow it ("called on").
    let particles: [String: Set<String>]
    let inversionVerbs: Set<String>
    let genders: [String: String]

    init() {
        var triggers = [String: Trigger]()
        for row in ResourceTable.rows("events/triggers.tsv") where row.count >= 5 {
            guard let cls = TriggerClass(rawValue: row[1]) else { continue }
            let (present, base) = (row[2], row[3])
            let specificity = row.count > 5 ? Int(row[5]) ?? 0 : 0
            for form in [base] + row[4].split(separator: ",").map(String.init) {
                // The first table row naming a form wins.
                guard triggers[form] == nil else { continue }
                let progressive = form.hasSuffix("ing")
                triggers[form] = Trigger(type: row[0], triggerClass: cls, present: present, base: base, specificity: specificity,
                                         isProgressive: progressive,
                                         isPast: form.hasSuffix("ed") || !form.hasSuffix("s") && !progressive && form != base,
                                         isBare: form == base)
            }
        }
        self.triggers = triggers
        var blockers = [String: BlockerEffect]()
        for row in ResourceTable.rows("events/blockers.tsv") where row.count >= 2 {
            blockers[row[0]] = BlockerEffect(rawValue: row[1])
        }
        self.blockers = blockers
        adverbs = Set(ResourceTable.rows("events/adverbs.tsv").compactMap(\.first))
        var passive = Set<String>(), perfect = Set<String>()
        for row in ResourceTable.rows("events/auxiliaries.tsv") where row.count >= 2 {
            if row[1] == "passive" { passive.insert(row[0]) } else { perfect.insert(row[0]) }
        }
        passiveAuxiliaries = passive
        perfectAuxiliaries = perfect
        var pronouns = [String: ActorKind]()
        for row in ResourceTable.rows("events/pronouns.tsv") where row.count >= 2 {
            pronouns[row[0]] = ActorKind(rawValue: row[1])
        }
        self.pronouns = pronouns
        clauseWords = Set(ResourceTable.rows("events/clause-boundaries.tsv").compactMap(\.first))
        eventNouns = Set(ResourceTable.rows("events/event-nouns.tsv").compactMap(\.first))
        determiners = Set(ResourceTable.rows("events/determiners.tsv").compactMap(\.first))
        prepositions = Set(ResourceTable.rows("events/prepositions.tsv").compactMap(\.first))
        var particles = [String: Set<String>]()
        for row in ResourceTable.rows("events/particles.tsv") where row.count >= 2 {
            particles[row[0]] = Set(row[1].split(separator: ",").map(String.init))
        }
        self.particles = particles
        inversionVerbs = Set(ResourceTable.rows("events/inversion-verbs.tsv").compactMap(\.first))
        var genders = [String: String]()
        for row in ResourceTable.rows("events/gender-words.tsv") where row.count >= 2 { genders[row[0]] = row[1] }
        self.genders = genders
    }
}
