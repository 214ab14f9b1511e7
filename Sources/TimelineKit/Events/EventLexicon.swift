import Foundation

/// The Events stage's tables (`Resources/events/`), read once.
struct EventLexicon: Sendable {
    enum TriggerClass: String, Sendable { case action, speech }
    enum BlockerEffect: String, Sendable { case block, negate, modal }

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
        /// An active use must name what is acted on ("arrests Meng"); without it the
        /// word is a noun ("bomb attacks", "competitive pressures") or the summary says nothing.
        var needsObject: Bool = false
    }

    /// What the tables say about one lower-cased word, as bits: the event
    /// extractor looks each token up once per document in ``wordInfo`` and
    /// tests bits afterwards, instead of hashing the word again for every
    /// table and every sentence that asks.
    struct WordInfo: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
        static let trigger = WordInfo(rawValue: 1 << 0)
        static let blocker = WordInfo(rawValue: 1 << 1)
        static let adverb = WordInfo(rawValue: 1 << 2)
        static let passiveAuxiliary = WordInfo(rawValue: 1 << 3)
        static let perfectAuxiliary = WordInfo(rawValue: 1 << 4)
        static let pronoun = WordInfo(rawValue: 1 << 5)
        /// The first word of a two-word pronoun ("the company").
        static let pronounStart = WordInfo(rawValue: 1 << 6)
        static let clauseWord = WordInfo(rawValue: 1 << 7)
        static let eventNoun = WordInfo(rawValue: 1 << 8)
        static let determiner = WordInfo(rawValue: 1 << 9)
        static let preposition = WordInfo(rawValue: 1 << 10)
        static let particle = WordInfo(rawValue: 1 << 11)
        static let inversionVerb = WordInfo(rawValue: 1 << 12)
        static let gender = WordInfo(rawValue: 1 << 13)
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
    /// Prepositions that introduce where an event happened ("in", "at").
    let locationPrepositions: Set<String>
    /// Trigger form -> the particles one of which must follow it ("called on").
    let particles: [String: Set<String>]
    let inversionVerbs: Set<String>
    /// Speech verbs whose object is the listener ("told Sky News: ...").
    let listenerVerbs: Set<String>
    /// Words dropped from the front of a summary's subject ("Both", "Meanwhile").
    let subjectOpeners: Set<String>
    let genders: [String: String]
    /// "and", "or": a name before one is no noun modifier.
    let conjunctions: Set<String>
    /// Trigger forms whose subject undergoes the event ("died").
    let undergoerVerbs: Set<String>
    /// Words a summary never ends on beyond determiners, prepositions,
    /// conjunctions and clause words ("to", "what").
    let danglingWords: Set<String>
    /// Nouns plural without a final -s ("people", "children", "the dead").
    let pluralNouns: Set<String>
    /// The specificity of the least specific speech triggers ("said", "told"): bare sayings,
    /// where the more specific ones name an act (a warning, an offer, a denial).
    let plainSayingSpecificity: Int
    /// Nouns of quantity that leave a verb's number to their "of" complement ("a number of people die").
    let quantityNouns: Set<String>
    /// First words of compound prepositions before "of" ("out of"): no head of a subject.
    let prepositionsBeforeOf: Set<String>
    /// Words that open a predicate and never a clause with its subject: auxiliaries,
    /// copulas and modals ("would be laid off", "is considered likely").
    /// Reported content that opens with one has lost its subject.
    let predicateOpeners: Set<String>
    /// Speech verbs whose content is a clause: a preposition after one opens
    /// the circumstance of the saying ("said in a statement"), not its content.
    let clauseVerbs: Set<String>
    /// A summary may not end on this lower-cased word: it leaves a phrase open.
    func isDangling(_ w: String) -> Bool {
        determiners.contains(w) || prepositions.contains(w) || conjunctions.contains(w) || clauseWords.contains(w)
            || danglingWords.contains(w)
    }

    /// Every word of the tables above -> which of them name it.
    let wordInfo: [String: WordInfo]

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
                                         isBare: form == base, needsObject: row.count > 6 && row[6] == "required")
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
        locationPrepositions = Set(ResourceTable.rows("events/location-prepositions.tsv").compactMap(\.first))
        var particles = [String: Set<String>]()
        for row in ResourceTable.rows("events/particles.tsv") where row.count >= 2 {
            particles[row[0]] = Set(row[1].split(separator: ",").map(String.init))
        }
        self.particles = particles
        inversionVerbs = Set(ResourceTable.rows("events/inversion-verbs.tsv").compactMap(\.first))
        listenerVerbs = Set(ResourceTable.rows("events/listener-verbs.tsv").compactMap(\.first))
        subjectOpeners = Set(ResourceTable.rows("events/subject-openers.tsv").compactMap(\.first))
        conjunctions = Set(ResourceTable.rows("events/conjunctions.tsv").compactMap(\.first))
        undergoerVerbs = Set(ResourceTable.rows("events/undergoer-verbs.tsv").compactMap(\.first))
        danglingWords = Set(ResourceTable.rows("events/dangling-words.tsv").compactMap(\.first))
        pluralNouns = Set(ResourceTable.rows("events/plural-nouns.tsv").compactMap(\.first))
        plainSayingSpecificity = triggers.values.filter { $0.triggerClass == .speech }.map(\.specificity).min() ?? 0
        let quantity = ResourceTable.rows("events/quantity-nouns.tsv").filter { $0.count >= 2 }
        quantityNouns = Set(quantity.filter { $0[1] == "quantity" }.map { $0[0] })
        prepositionsBeforeOf = Set(quantity.filter { $0[1] == "preposition" }.map { $0[0] })
        var genders = [String: String]()
        for row in ResourceTable.rows("events/gender-words.tsv") where row.count >= 2 { genders[row[0]] = row[1] }
        self.genders = genders
        predicateOpeners = Set(ResourceTable.rows("events/predicate-openers.tsv").compactMap(\.first))
        clauseVerbs = Set(ResourceTable.rows("events/clause-verbs.tsv").compactMap(\.first))

        var info = [String: WordInfo]()
        func mark(_ words: some Sequence<String>, _ flag: WordInfo) {
            for w in words { info[w, default: []].insert(flag) }
        }
        mark(triggers.keys, .trigger)
        mark(blockers.keys, .blocker)
        mark(adverbs, .adverb)
        mark(passive, .passiveAuxiliary)
        mark(perfect, .perfectAuxiliary)
        mark(pronouns.keys, .pronoun)
        mark(pronouns.keys.compactMap { $0.split(separator: " ").count == 2 ? String($0.split(separator: " ")[0]) : nil },
             .pronounStart)
        mark(clauseWords, .clauseWord)
        mark(eventNouns, .eventNoun)
        mark(determiners, .determiner)
        mark(prepositions, .preposition)
        mark(particles.keys, .particle)
        mark(inversionVerbs, .inversionVerb)
        mark(genders.keys, .gender)
        wordInfo = info
    }

    /// A token's text as the tables spell it: ASCII lower case, curly
    /// apostrophes folded to `'`. Most tokens need no change and are
    /// decoded straight from the bytes.
    static func foldedWord(_ b: [UInt8], _ span: TextSpan) -> String {
        var plain = true
        for k in span.start..<span.end where b[k] &- 0x41 < 26 || b[k] == 0xE2 {
            plain = false
            break
        }
        if plain { return String(decoding: b[span.start..<span.end], as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(span.length)
        var k = span.start
        while k < span.end {
            let c = b[k]
            if c == 0xE2 && k + 2 < span.end && b[k + 1] == 0x80 && b[k + 2] == 0x99 {
                // A combining mark after the apostrophe makes another character: let Foundation decide.
                if k + 3 < span.end && (b[k + 3] == 0xCC || b[k + 3] == 0xCD) { return slowFoldedWord(b, span) }
                out.append(0x27)
                k += 3
                continue
            }
            out.append(c &- 0x41 < 26 ? c + 32 : c)
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func slowFoldedWord(_ b: [UInt8], _ span: TextSpan) -> String {
        String(decoding: b[span.start..<span.end].map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }
}

extension EventLexicon.Trigger {
    /// A bare saying ("said", "told"), not a named act of speech ("warned", "denied").
    func isPlainSaying(in lexicon: EventLexicon) -> Bool {
        triggerClass == .speech && specificity == lexicon.plainSayingSpecificity
    }
}
