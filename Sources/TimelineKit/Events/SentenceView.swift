/// One sentence as the event extractor reads it: lower-cased words, which
/// tokens are quoted, where clauses begin, and the trigger words in it.
struct SentenceView {
    /// A trigger word that reports an event.
    struct Trigger {
        var token: Int
        var info: EventLexicon.Trigger
        /// "was arrested": the subject is acted upon.
        var isPassive: Bool
        /// "says", "is offering": true at publication time.
        var isPresent: Bool
        /// "the UK move to ban": the token of the event noun.
        var embeddedIn: Int?
        /// "China pledged to buy", "is expected to vote": the verb whose "to" complement it is
        /// (`events/factuality-cues.tsv`); the subject stands before it.
        var governor: Int? = nil
    }

    /// An actor taking part, with the text that names it in the sentence.
    struct Participant: Equatable {
        var actorID: String
        var token: Int
    }

    struct Roles {
        /// Who did it (who said it).
        var agent: Participant?
        /// Who it was done to, for passives ("he was arrested": he).
        var patient: Participant?
        /// The subject phrase as written, when it names the agent or patient directly.
        var subjectText: String?
        /// Every actor taking part, agent first.
        var actors: [String]
        /// Where it happened: a place after "in"/"at" in the trigger's clause.
        var location: Participant? = nil
        /// `actors` with their roles; an active verb's direct object is its patient.
        var participants: [TimelineKit.Participant] = []
        /// The agent and patient phrases of the parse that name no actor.
        var arguments: [ArgumentPhrase] = []
        /// An active verb's direct object, when it names an actor.
        var object: Participant? = nil

        /// Who did it or to whom, as an actor; or, for an active verb, an actor acted on by
        /// someone named by a phrase only ("A jury convicted Keller"): enough for a summary.
        var namesSomeone: Bool {
            agent != nil || patient != nil || object != nil && agentPhrase != nil
        }
        /// The parse's subject phrase of an active verb when it names no actor and is no pronoun
        /// ("A jury"; an unresolved "It" says nothing of who did it).
        var agentPhrase: String? = nil
    }

    let sentence: Sentence
    let context: DocumentContext
    /// The sentence's dependency parse, when it was parsed (sentences with a
    /// trigger are): who did what to whom is read from it first, the clause
    /// heuristics below are the fallback.
    var parse: SentenceParse?
    let range: Range<Int>
    let inQuote: [Bool]
    /// Tokens that end a clause: punctuation, quotes, clause words.
    let isBoundary: [Bool]
    /// Tokens of the sentence (from `range.lowerBound`) inside a time expression.
    let inTimex: [Bool]
    let timexes: [TimeExpression]

    init(sentence: Sentence, context: DocumentContext) {
        self.sentence = sentence
        self.context = context
        range = sentence.tokens
        let a = context.analysis
        var inQuote = [Bool]()
        var boundary = [Bool]()
        inQuote.reserveCapacity(range.count)
        boundary.reserveCapacity(range.count)
        var open = context.startsInQuote(sentence)
        for t in range {
            let mark = context.quoteMarks[t]
            switch mark {
            case .opening: open = true
            case .closing: open = false
            case .straight: open.toggle()
            case nil: break
            }
            inQuote.append(open && mark == nil)
            let tok = a.tokens[t]
            let punctBoundary = tok.kind == .punctuation && !(tok.span.length == 1 && a.bytes[tok.span.start] == 0x27)
            boundary.append(punctBoundary || mark != nil || context.wordInfo[t].contains(.clauseWord))
        }
        self.inQuote = inQuote
        isBoundary = boundary
        // The anchors are in text order: those of this sentence by a binary search
        // (filtering all of them for each sentence was quadratic in the document's length).
        var lo = 0, hi = context.anchors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if context.anchors[mid].span.start < sentence.span.start { lo = mid + 1 } else { hi = mid }
        }
        timexes = context.anchors[lo...].prefix { $0.span.start < sentence.span.end }.filter { sentence.span.contains($0.span) }
        var inTimex = [Bool](repeating: false, count: range.count)
        for timex in timexes {
            for t in a.tokenRange(of: timex.span) where range.contains(t) { inTimex[t - range.lowerBound] = true }
        }
        self.inTimex = inTimex
    }

    /// The lower-cased word of token `t` of the sentence ("" outside it).
    func word(_ t: Int) -> String { range.contains(t) ? context.words[t] : "" }
    /// What the event tables say about token `t` of the sentence.
    func info(_ t: Int) -> EventLexicon.WordInfo { range.contains(t) ? context.wordInfo[t] : [] }

    /// Whether token `t` is a pronoun or opens a two-word one ("the company"; not the
    /// "the" of "the US health secretary"), and names no actor ("US" is no "us").
    func isPronoun(_ t: Int) -> Bool {
        guard context.mentionIndex(at: t) == nil else { return false }
        let i = info(t)
        return i.contains(.pronoun) || i.contains(.pronounStart) && context.lexicon.pronouns[word(t) + " " + word(t + 1)] != nil
    }
    func isTimex(_ t: Int) -> Bool { inTimex[t - range.lowerBound] }
    func quoted(_ t: Int) -> Bool { inQuote[t - range.lowerBound] }
    func boundary(_ t: Int) -> Bool { isBoundary[t - range.lowerBound] }

    /// The nearest token before `t` that is not an adverb, within the sentence.
    func previousWord(before t: Int) -> Int? {
        var k = t - 1
        while k >= range.lowerBound {
            if !info(k).contains(.adverb) { return k }
            k -= 1
        }
        return nil
    }

    /// The first token after `t` that is no time expression (nil at the sentence end).
    func nextWord(after t: Int) -> Int? {
        var k = t + 1
        while k < range.upperBound && isTimex(k) { k += 1 }
        return k < range.upperBound ? k : nil
    }

    // MARK: Triggers

    /// The trigger words of the sentence that report something done or said.
    func triggers() -> [Trigger] {
        let lexicon = context.lexicon
        let a = context.analysis
        var result = [Trigger]()
        for t in range where a.tokens[t].kind == .word {
            guard self.info(t).contains(.trigger), let info = lexicon.triggers[word(t)], !quoted(t), !isTimex(t) else {
                continue
            }
            if a.tokens[t].isCapitalized && t != range.lowerBound { continue }  // part of a name
            if context.mentionIndex(at: t) != nil { continue }
            let prev = previousWord(before: t)
            let prevWord = prev.map(word) ?? ""
            let prevInfo = prev.map(self.info) ?? []
            if prevInfo.contains(.determiner) { continue }  // "a meeting", "its claims"
            if self.info(t).contains(.particle), let required = lexicon.particles[word(t)],
               !(t + 1 < range.upperBound && required.contains(word(t + 1))) {
                continue  // "which it calls 'untrustworthy'" is no call on anyone
            }
            var trigger = Trigger(token: t, info: info, isPassive: false, isPresent: false, embeddedIn: nil)
            if info.isProgressive {
                // "is offering", "by tweeting"; not "the pending networks".
                guard prevInfo.contains(.passiveAuxiliary) || prevWord == "by" else { continue }
                trigger.isPresent = prevWord == "is" || prevWord == "are"
            } else if info.isPast {
                // "the fine imposed by the Commission": a participle right after a noun, with "by",
                // describes that noun; it reports no event of its own.
                if !prevInfo.contains(.passiveAuxiliary) && !prevInfo.contains(.perfectAuxiliary),
                   let p = prev, a.tokens[p].kind == .word, context.mentionIndex(at: p) == nil,
                   t + 1 < range.upperBound, word(t + 1) == "by" {
                    continue
                }
                if prevInfo.contains(.passiveAuxiliary) {
                    trigger.isPassive = true
                } else if prevWord != "by", prevInfo.contains(.preposition) {
                    continue  // "for alleged fraud"
                }
            } else {
                // "over claims of hearing loss": a plain form after a preposition is a noun.
                if prevInfo.contains(.preposition) && prevWord != "by" { continue }
                trigger.isPresent = true
            }
            // Infinitives just before the trigger (through modals, negation and auxiliaries).
            var k = prev
            var blocked = false
            var modal = false
            for _ in 0..<3 {
                guard let j = k else { break }
                let w = word(j)
                let wi = self.info(j)
                let effect = (wi.contains(.blocker) ? lexicon.blockers[w] : nil) ?? (Self.isNegatedAuxiliary(w) ? .negate : nil)
                // A modal or a negation keeps the event: its factuality says it did not (or may) happen.
                if effect == .block {
                    if w == "to", let noun = previousWord(before: j), self.info(noun).contains(.eventNoun) {
                        trigger.embeddedIn = noun
                    } else if w == "to", let g = previousWord(before: j), FactualityReader.shared.governs(word(g)) {
                        modal = true  // "is expected to vote", "refused to resign": kept, its factuality tells
                        trigger.governor = g
                    } else {
                        blocked = true
                    }
                    break
                }
                if !(wi.contains(.passiveAuxiliary) || wi.contains(.perfectAuxiliary) || effect != nil) { break }
                if effect != nil { modal = true }
                k = previousWord(before: j)
            }
            // A bare form is an event after a modal or a negation ("may resign", "did not arrest"),
            // neither of which tells a present.
            if info.isBare && modal && trigger.embeddedIn == nil { trigger.isPresent = false }
            if blocked || info.isBare && trigger.embeddedIn == nil && !modal { continue }
            // "a takeover bid launched last week by Cie", "attacks by Hun Sen's troops": an active
            // form with its doer after "by" describes a noun; it reports no event of its own.
            if !trigger.isPassive, info.triggerClass == .action, let next = nextWord(after: t), word(next) == "by" { continue }
            // "This has always been denied by Huawei": a passive statement says nothing new.
            if trigger.isPassive && info.triggerClass == .speech { continue }
            result.append(trigger)
        }
        return result
    }

    // MARK: Dates

    /// Beyond this distance (tokens plus 3 per clause boundary) an expression dates no trigger.
    static let maximumCost = 24
    static let subordinatePenalty = 30
    /// How much farther than the nearest a more precise expression may be and still win.
    static let precisionSlack = 8

    /// Attaches each time expression of the sentence to the trigger it is
    /// nearest to, counting clause boundaries as distance; returns, per
    /// trigger index, the expression anchoring it.
    func assignTimexes(to triggers: [Trigger]) -> [Int: TimeExpression] {
        guard !triggers.isEmpty else { return [:] }
        let a = context.analysis
        var assigned = [Int: [(cost: Int, timex: TimeExpression)]]()
        for timex in timexes {
            let tokens = a.tokenRange(of: timex.span)
            guard let first = tokens.first, let last = tokens.last, !quoted(first) else { continue }
            // The parse first: the expression dates the trigger its phrase attaches to, or no
            // trigger when it attaches to another event ("charged ... following Jackson's death in June").
            switch governance(of: tokens, triggers: triggers) {
            case .trigger(let i):
                assigned[i, default: []].append((0, timex))
                continue
            case .otherEvent:
                continue
            case .unknown:
                break
            }
            var choice: (index: Int, cost: Int)?
            for (i, trigger) in triggers.enumerated() {
                let t = trigger.embeddedIn ?? trigger.token
                let between = t < first ? (t + 1)..<first : (last + 1)..<max(last + 1, t)
                // The cost is at least the distance: farther ones are never chosen, and
                // scanning the tokens between them made a long sentence cubic.
                guard between.count <= Self.maximumCost else { continue }
                let crossings = between.filter { boundary($0) }.count
                // A clause word between them ("which were set to kick in March") puts the
                // expression in another clause: it does not date this trigger.
                let subordinate = between.contains { info($0).contains(.clauseWord) }
                let cost = between.count + 3 * crossings + (subordinate ? Self.subordinatePenalty : 0)
                if cost <= Self.maximumCost, choice == nil || cost < choice!.cost { choice = (i, cost) }
            }
            if let choice { assigned[choice.index, default: []].append((choice.cost, timex)) }
        }
        // Several expressions on one trigger ("at the Mobile World Congress ... on Tuesday"):
        // the most precise of those about as near as the nearest.
        return assigned.mapValues { list in
            let nearest = list.map(\.cost).min()!
            return list.filter { $0.cost <= nearest + Self.precisionSlack }
                .min { ($0.timex.value.spanInDays ?? .max, $0.cost) < ($1.timex.value.spanInDays ?? .max, $1.cost) }!.timex
        }
    }

    /// What a time expression dates according to the parse.
    enum Governance: Equatable {
        /// The trigger (an index into the triggers) its phrase attaches to.
        case trigger(Int)
        /// An event named by a noun that is no trigger ("death in June", "the 1973 oil crisis"):
        /// the expression dates that event, none of the triggers.
        case otherEvent
        /// No parse, or it attaches to a word that is neither: the distance decides.
        case unknown
    }

    /// Which trigger a time expression governs, read from the parse: its
    /// head's attachment (directly, through a preposition, "obl:tmod", "nmod"),
    /// climbing from a noun that names no event to what that noun hangs
    /// from ("died from an overdose of a drug in June": died). A trigger
    /// reached that way is dated by the expression; a noun of
    /// `events/event-nominals.tsv` reached first means the expression dates
    /// that event, not the sentence's triggers; a verb that is no trigger,
    /// or no parse, leaves it to the cost assignment.
    func governance(of tokens: Range<Int>, triggers: [Trigger]) -> Governance {
        guard let p = parse, let first = tokens.first, p.tokens.contains(first), p.tokens.contains(tokens.upperBound - 1)
        else { return .unknown }
        // The expression's head: its token whose head is outside it.
        guard let head = tokens.first(where: { t in p.head(t).map { !tokens.contains($0) } ?? true }),
              var h = p.head(head) else { return .unknown }
        func triggerIndex(_ t: Int) -> Int? {
            triggers.firstIndex { ($0.embeddedIn ?? $0.token) == t } ?? triggers.firstIndex { $0.token == t }
        }
        var steps = 0
        while steps < 8 {
            steps += 1
            if let i = triggerIndex(h) { return .trigger(i) }
            // Said of another time expression ("at the Mobile World Congress ... on Tuesday"): what that one is said of.
            if inTimexRange(h) {
                guard let up = p.head(h) else { return .unknown }
                h = up
                continue
            }
            let tag = p.tag(h)
            if tag.isVerbal || tag == .adjective {
                // A verb that is no trigger: a trigger it takes as an open complement ("began on
                // Monday to lay off") is dated; a clause of its own attached to something else
                // ("charged ... following his death in June", "who was arrested in May") dates
                // its own event, not the triggers around it.
                if let i = triggers.firstIndex(where: { $0.embeddedIn == nil && p.relation($0.token) == .xcomp && p.head($0.token) == h }) {
                    return .trigger(i)
                }
                // An infinitive happened at no time of its own ("voted to deny the bid to provide
                // services ... last week"): the attachment is taken for a guess.
                if let m = p.marker(of: h), word(m) == "to" { return .unknown }
                switch p.relation(h) {
                case .acl, .aclRelcl, .advcl, .advclRelcl, .ccomp, .csubj, .csubjPass: return .otherEvent
                // A verb conjoined to a trigger is its own event when the expression is inside its
                // conjunct ("The explosion killed 11 workers, and the rig sank two days later"); one
                // before the conjunction is more likely the parse's misattachment.
                case .conj:
                    if let cc = p.child(of: h, .cc), first > cc { return .otherEvent }
                    return .unknown
                default: return .unknown
                }
            }
            guard tag == .noun || tag == .properNoun else { return .unknown }
            if EventMentionRules.nominals.contains(lowerHash(word(h))) {
                // The trigger happened at or during that event ("said at the Mobile World Congress in
                // Barcelona on Tuesday", "during the 1973 war"): its time is the trigger's. Not one that
                // comes before or after it ("charged following his death in June").
                if let up = p.head(h), let i = triggerIndex(up), p.relation(h) == .obl,
                   let c = p.caseMarker(of: h), Self.overlapPrepositions.contains(word(c)) {
                    return .trigger(i)
                }
                // Nor one that did it: the event that is the trigger's subject or its "by" agent
                // ("An explosion on 20 April killed 11 workers", "killed by the blast on 20 April").
                if let up = p.head(h), let i = triggerIndex(up), triggers[i].embeddedIn == nil,
                   p.relation(h) == .nsubj && !p.isPassive(up) || p.relation(h) == .oblAgent
                    || p.relation(h) == .obl && p.caseMarker(of: h).map({ word($0) == "by" }) == true && p.isPassive(up) {
                    return .trigger(i)
                }
                return .otherEvent
            }
            // A noun that names no event: the expression is said of what the noun hangs from.
            guard let up = p.head(h) else { return .unknown }
            switch p.relation(h) {
            case .nsubj, .nsubjPass, .csubj: return .unknown  // "the results on Tuesday showed ...": the distance decides
            default: h = up
            }
        }
        return .unknown
    }

    private func inTimexRange(_ t: Int) -> Bool { range.contains(t) && isTimex(t) }

    /// Prepositions that put a trigger inside the time of the event a noun names (`events/overlap-prepositions.tsv`).
    static let overlapPrepositions: Set<String> = Set(ResourceTable.rows("events/overlap-prepositions.tsv").compactMap(\.first))

    // MARK: Actors

    /// The actors of a trigger: its subject (looked for in its clause, then
    /// at the start of the sentence, "he"/"the company" resolved to the
    /// last such actor), then the actors after it up to the next trigger.
    func roles(of trigger: Trigger, context: DocumentContext) -> Roles {
        var trigger = trigger
        // "the number of people killed in the quake": a participle describing the noun before
        // it (a reduced relative clause) is done to that noun, by no one the sentence names before.
        let describedNoun = reducedRelativeHead(of: trigger)
        if describedNoun != nil { trigger.isPassive = true }
        let t = trigger.embeddedIn ?? trigger.governor ?? trigger.token
        // A name modifying the noun right before the trigger ("Deepwater Horizon worker claims",
        // "the BP board decided"): the noun is the subject, which names that actor or nobody.
        let modifiedNoun = nounBefore(t)
        var subject = modifiedNoun.map { $0.standsFor ? $0.name : nil } ?? participant(before: t, stopAtBoundary: true)
        if subject == nil && modifiedNoun == nil && trigger.info.triggerClass == .speech {
            // "Liang, speaking on the sidelines of a meeting, said": the sentence's subject.
            subject = participant(before: t, stopAtBoundary: false)
        }
        if subject == nil && info(trigger.token).contains(.inversionVerb) {
            subject = participant(after: trigger.token, within: 4)  // "said Hua Chunying"
        }
        var actors = [String]()
        var roles = Roles(agent: nil, patient: nil, subjectText: nil, actors: [])
        let undergoer = context.lexicon.undergoerVerbs.contains(word(trigger.token))
        // The parse's subject, "by" agent and object, where they name an actor.
        let syntax = trigger.embeddedIn == nil ? syntacticRoles(of: trigger.token, passive: trigger.isPassive) : nil
        if let syntax, let s = syntax.subject {
            subject = s
        } else if let syntax, let s = syntax.tokens.subject, info(s).contains(.pronoun), !quoted(s) {
            // "Speaking at the General Assembly, he said": the pronoun's referent or nobody, not the sentence's first name.
            subject = participant(at: s)
        } else if let syntax, let s = syntax.tokens.subject, let p = parse {
            subject = self.subject(standingFor: s, in: p, speech: trigger.info.triggerClass == .speech, fallback: subject)
        } else if let h = describedNoun, let p = parse {
            subject = participant(naming: h, in: p) ?? self.subject(standingFor: h, in: p, speech: false, fallback: nil)
        }
        // A reported clause whose own subject the parse did not find: a name before the verb of
        // saying that governs it is the speaker, not the clause's subject ("UN Secretary-General
        // Ban Ki-moon said $10m would be released": no one named is released).
        if syntax == nil, trigger.embeddedIn == nil, let s = subject, let p = parse, p.relation(trigger.token) == .ccomp,
           let v = p.head(trigger.token), s.token < v, isVerbOfSaying(v) {
            subject = nil
        }
        if trigger.isPassive || undergoer {
            roles.patient = subject
            if let by = syntax?.byAgent {
                roles.agent = by
            } else if let by = (trigger.token + 1..<range.upperBound).first(where: { word($0) == "by" }),
               by - trigger.token <= 6 {
                roles.agent = participant(after: by, within: 4)
            }
        } else {
            roles.agent = subject
        }
        if let agent = roles.agent { actors.append(agent.actorID) }
        if let patient = roles.patient { actors.append(patient.actorID) }
        // Everyone named after the trigger, up to 25 tokens or the next clause with a trigger of its own.
        var k = trigger.token + 1
        while k < range.upperBound && k <= trigger.token + 25 {
            if let m = context.mentionIndex(at: k), !quoted(k) {
                actors.append(context.mentions[m].actorID)
            }
            k += 1
        }
        var seen = Set<String>()
        roles.actors = actors.filter { seen.insert($0).inserted }
        if let s = subject { roles.subjectText = subjectPhrase(before: t, subject: s) }
        roles.location = location(after: trigger.token)
        // A speech verb's object is its listener or the reported clause's subject, not a patient.
        let object = trigger.isPassive || trigger.embeddedIn != nil || trigger.info.triggerClass == .speech
            ? nil : syntax?.object ?? (syntax?.parsed == true ? nil : directObject(after: trigger.token))
        if let o = object, !roles.actors.contains(o.actorID) { roles.actors.append(o.actorID) }
        roles.object = object
        // Arguments that name no actor, kept as phrases: "released an application", "unveiled the new products".
        if let p = parse, let syntax {
            let passive = trigger.isPassive
            let agentToken = passive ? syntax.tokens.byAgent : (undergoer ? nil : syntax.tokens.subject)
            let patientToken = passive || undergoer ? syntax.tokens.subject : syntax.tokens.object
            if roles.agent == nil, let t = agentToken, let phrase = argumentPhrase(t, role: .agent, in: p) {
                roles.arguments.append(phrase)
                if !passive, p.tag(t) != .pronoun { roles.agentPhrase = phrase.text }
            }
            if roles.patient == nil, object == nil, let t = patientToken, let phrase = argumentPhrase(t, role: .patient, in: p) {
                roles.arguments.append(phrase)
            }
            // A subject that names no actor is the summary's subject as written ("The singer dies ...",
            // "The jury announces ..."): the event is told, with no actor in that role.
            if subject == nil, roles.subjectText == nil, let s = syntax.tokens.subject, s < trigger.token, p.tag(s) == .noun,
               !isTimex(s), let phrase = roles.arguments.first(where: { $0.span.start <= context.analysis.tokens[s].span.start
                   && context.analysis.tokens[s].span.end <= $0.span.end }) {
                roles.subjectText = phrase.text
            }
            // A name the parse took for the subject where it modifies the noun after it ("The Hong Kong
            // flu killed", 'flu' parsed as an auxiliary): the noun phrase as written is the subject.
            if subject == nil, roles.subjectText == nil, let s = syntax.tokens.subject, s < trigger.token,
               p.tag(s) == .properNoun, context.mentionIndex(at: s) != nil, modifiesNoun(mentionAt: s) {
                roles.subjectText = namedNounPhrase(at: s, before: trigger.token)
            }
        }
        // "A Capitol Hill police officer arrests": the phrase as written, where the parse gave none.
        // Not where the parse finds another subject ("A man with H1N1 influenza died") or the verb
        // describes the noun ("a report released this week").
        if subject == nil, roles.subjectText == nil, describedNoun == nil, let n = modifiedNoun, !n.standsFor,
           syntax?.tokens.subject.map({ $0 == t - 1 }) ?? true {
            roles.subjectText = n.written
        }
        // Participants come from the trigger's clause: a name further on (in a reported
        // clause, after "to", in the next clause) belongs to another event of the sentence.
        let clause = clauseActors(after: trigger.token)
        roles.participants = roles.actors.compactMap { id in
            let role: ParticipantRole
            if id == roles.agent?.actorID { role = .agent }
            else if id == roles.patient?.actorID || id == object?.actorID { role = .patient }
            else if id == roles.location?.actorID { role = .location }
            else if clause.contains(id) { role = .other }
            else { return nil }
            return TimelineKit.Participant(actor: id, role: role)
        }
        return roles
    }

    /// What the parse says of a verb: the actor of its subject, of its "by"
    /// phrase (a passive's agent) and of its object, each only where the
    /// argument names an actor (``participant(naming:)``). `parsed` is false
    /// when the sentence has no parse or the verb no argument in it.
    /// `passive`: the trigger's own voice, read from its auxiliary (a parse
    /// may take an active verb's subject for a passive one).
    func syntacticRoles(of v: Int, passive: Bool) -> (subject: Participant?, byAgent: Participant?, object: Participant?, parsed: Bool,
                                                      tokens: (subject: Int?, byAgent: Int?, object: Int?))? {
        guard let p = parse, p.tokens.contains(v), p.tag(v).isVerbal || p.tag(v) == .noun || p.tag(v) == .adjective else {
            return nil
        }
        // A predicate has one subject; where the parse gives two, the nearer one.
        let subjects = p.children(of: v, .nsubj, .nsubjPass)
        let subjectToken = subjects.count > 1 ? subjects.min { abs($0 - v) < abs($1 - v) } : p.subject(of: v)
        let byToken = passive ? p.agent(of: v) : nil
        let objectToken = passive ? nil : p.object(of: v)
        guard subjectToken != nil || byToken != nil || objectToken != nil else { return nil }
        // Where the argument names no actor itself (a common noun: "Huawei chief financial officer",
        // "Apple co-founder"), the clause heuristics, which know appositions and the nearest name, decide.
        let heuristicObject = objectToken == nil ? nil : directObject(after: v)
        return (subjectToken.flatMap { participant(naming: $0, in: p) }, byToken.flatMap { participant(naming: $0, in: p) },
                objectToken.flatMap { participant(naming: $0, in: p) } ?? heuristicObject, true, (subjectToken, byToken, objectToken))
    }

    /// The actor named by the subject of the sentence's main clause, if the sentence is parsed.
    func mainSubject() -> String? {
        guard let p = parse, let s = p.subject(of: p.root) else { return nil }
        return participant(naming: s, in: p)?.actorID
    }

    /// The actor an argument of the parse names: a mention at its head or in
    /// the name it heads ("Conrad Murray", "Hong Kong flu"), a pronoun
    /// resolved as before, an apposition naming one ("his doctor, Conrad
    /// Murray"). Not a name that modifies a common noun ("the Huawei
    /// equipment" is equipment), a possessor ("Huawei's Chief Financial
    /// Officer", "Jackson's doctor"), a prepositional phrase or a clause.
    func participant(naming t: Int, in p: SentenceParse) -> Participant? {
        func at(_ k: Int) -> Participant? {
            guard !quoted(k), let m = context.mentionIndex(at: k) else { return nil }
            // A possessor taken for the argument by the parse ("arrested Huawei 's CFO").
            let after = end(ofMentionAt: k)
            if possessiveClitic(after) || word(after) == "'" { return nil }
            // A name modifying the noun after it, whatever the parse made of that noun ("The Hong Kong flu killed").
            if modifiesNoun(mentionAt: k) { return nil }
            return titleHolder(ofNameAt: k) ?? Participant(actorID: context.mentions[m].actorID, token: k)
        }
        if let found = at(t) { return found }
        // A title's word taken for the head ("UN Secretary-General Ban Ki-moon said", Ban read apart).
        if !quoted(t), context.mentionIndex(at: t) == nil, let holder = titleHolder(ofNameAt: t) { return holder }
        // An English name's head is its last word: "US President Barack Obama" is Obama, not the US.
        if p.tag(t) == .properNoun, let found = p.name(of: t).reversed().lazy.compactMap(at).first { return found }
        if context.mentionIndex(at: t) == nil, let pronoun = participant(at: t) { return pronoun }
        for a in p.appositions(of: t) {
            if let found = p.name(of: a).reversed().lazy.compactMap(at).first { return found }
        }
        if p.tag(t) == .noun, context.mentionIndex(at: t) == nil, let found = commaApposition(of: t, in: p) { return found }
        return roleHolder(t, in: p)
    }

    /// A person named between commas right after a common noun's phrase,
    /// which the parse did not read as an apposition ("the chairman of the
    /// Joint Chiefs of Staff, Adm Mike Mullen, said": Adm and Mike read as
    /// conjuncts of Staff): no verb between the noun and the first comma, then
    /// at most a title and the name, then a comma and the noun's own predicate.
    func commaApposition(of t: Int, in p: SentenceParse) -> Participant? {
        guard let comma = (t + 1..<min(range.upperBound, t + 12)).first(where: { word($0) == "," }),
              (t + 1..<comma).allSatisfy({ !p.tag($0).isVerbal }) else { return nil }
        var k = comma + 1
        while k < range.upperBound && k <= comma + 3 && context.mentionIndex(at: k) == nil && context.analysis.tokens[k].isCapitalized {
            k += 1
        }
        guard k < range.upperBound, let m = context.mentionIndex(at: k), context.kind(of: m) == .person, !quoted(k) else { return nil }
        let after = end(ofMentionAt: k)
        guard after < range.upperBound, word(after) == "," else { return nil }
        // The noun's own predicate follows the closing comma (auxiliaries and adverbs aside):
        // "..., Jose Angel Cordova, dented optimism by saying 11 people ... died" names no one who died.
        var v = after + 1
        while v < range.upperBound && v <= after + 3 && (p.tag(v) == .auxiliary || p.tag(v) == .adverb) { v += 1 }
        guard v < range.upperBound, v == p.head(t) else { return nil }
        return Participant(actorID: context.mentions[m].actorID, token: k)
    }

    /// The person whose title the word at `t` is part of ("UN" or
    /// "Secretary" in "UN Secretary General Ban Ki-Moon said", "BP" in "BP
    /// chief executive Tony Hayward"), as the actor recogniser read the title with the name: the
    /// one the title belongs to is the one who acts, however the parse
    /// attached the title's words.
    func titleHolder(ofNameAt t: Int) -> Participant? {
        let span = context.analysis.tokens[t].span
        let own = context.mentionIndex(at: t)
        var k = t + 1
        while k < range.upperBound && k <= t + Self.titleLength {
            if let m = context.mentionIndex(at: k), m != own, context.kind(of: m) == .person,
               let phrase = context.mentions[m].phrase, phrase.start <= span.start, span.end <= phrase.end {
                return Participant(actorID: context.mentions[m].actorID, token: k)
            }
            k += 1
        }
        return nil
    }

    /// How many tokens a title before a name may have ("UN Secretary-General", "BP America president").
    static let titleLength = 8

    /// The noun a past participle trigger describes as a reduced relative
    /// clause ("people killed in the quake", "the man arrested on Monday"):
    /// the parse's head of an `acl` participle, before it, with no passive
    /// auxiliary or subject of its own.
    func reducedRelativeHead(of trigger: Trigger) -> Int? {
        let v = trigger.token
        guard trigger.embeddedIn == nil, !trigger.isPassive, trigger.info.isPast, let p = parse, p.tokens.contains(v),
              p.relation(v) == .acl, let h = p.head(v), h < v, p.tag(h).isNominal,
              p.children(of: v, .nsubj, .nsubjPass).isEmpty else { return nil }
        return h
    }

    /// The noun phrase an argument heads, as written: its subtree without
    /// the clauses and asides attached to it (relative clauses, appositions'
    /// clauses, punctuation at the edges), at most twelve tokens from the head on.
    func argumentPhrase(_ t: Int, role: ParticipantRole, in p: SentenceParse) -> ArgumentPhrase? {
        // A time expression taken for an object ("announced Monday that ...") is no participant.
        guard !quoted(t), !isTimex(t), p.tag(t).isNominal || p.tag(t) == .adjective else { return nil }
        var keep = Set([t])
        var queue = [t], k = 0
        while k < queue.count {
            for c in p.children(of: queue[k]) {
                switch p.relation(c) {
                case .acl, .aclRelcl, .advcl, .ccomp, .parataxis, .punct, .appos, .conj, .cc: continue
                default:
                    keep.insert(c)
                    queue.append(c)
                }
            }
            k += 1
        }
        guard var lo = keep.min(), var hi = keep.max() else { return nil }
        hi = min(hi, t + 12)
        while lo < hi && context.analysis.tokens[lo].kind == .punctuation { lo += 1 }
        while hi > lo && context.analysis.tokens[hi].kind == .punctuation { hi -= 1 }
        let a = context.analysis
        let span = TextSpan(a.tokens[lo].span.start, a.tokens[hi].span.end)
        return ArgumentPhrase(role: role, text: a.reading(span), span: span)
    }

    /// The actors named after trigger `t` in its own clause: up to a clause
    /// boundary, an infinitive's "to" or another trigger; a name that
    /// modifies a noun ("Intel processors") is left out.
    func clauseActors(after t: Int) -> Set<String> {
        var out = Set<String>()
        var k = t + 1
        while k < range.upperBound && !boundary(k) && info(k).isDisjoint(with: [.trigger, .blocker]) {
            if let m = context.mentionIndex(at: k) {
                let e = end(ofMentionAt: k)
                if !quoted(k) && !modifiesNoun(mentionAt: k) { out.insert(context.mentions[m].actorID) }
                k = e
                continue
            }
            k += 1
        }
        return out
    }

    /// The place an event happened: the first place actor right after a
    /// location preposition ("in Poland", "at the Vancouver airport") in the
    /// trigger's clause. Commas do not end the search (", Meng Wanzhou, at
    /// Vancouver International Airport"); other boundaries and triggers do.
    func location(after t: Int) -> Participant? {
        var k = t + 1
        while k < range.upperBound && k <= t + 20 && (!boundary(k) || word(k) == ",") && !info(k).contains(.trigger) {
            if context.lexicon.locationPrepositions.contains(word(k)) {
                var j = k + 1
                // Up to two determiners or modifiers: "at the city's", "in northern Poland".
                while j < range.upperBound && j <= k + 3 && context.mentionIndex(at: j) == nil
                    && !boundary(j) && !info(j).contains(.preposition) { j += 1 }
                if j < range.upperBound, let m = context.mentionIndex(at: j), !quoted(j), context.kind(of: m) == .place {
                    // "at the Cupertino, California event": the place is said of the noun, not of the trigger.
                    if modifiesNoun(mentionAt: j) { return nil }
                    return Participant(actorID: context.mentions[m].actorID, token: j)
                }
            }
            k += 1
        }
        return nil
    }

    /// The token after a name is a common noun the name modifies ("United
    /// States accusations", "Huawei equipment"): a lower-case word that no
    /// table names as a function word, verb form, conjunction or date. The
    /// name is then part of a noun phrase headed by that noun, not a
    /// participant by itself.
    func isNounAfterName(_ e: Int) -> Bool {
        guard e < range.upperBound, !boundary(e), !isTimex(e), !quoted(e) else { return false }
        let tok = context.analysis.tokens[e]
        guard tok.kind == .word, !tok.isCapitalized, context.mentionIndex(at: e) == nil else { return false }
        let w = word(e)
        if w.hasPrefix("'") || w.hasPrefix("\u{2019}") || context.lexicon.conjunctions.contains(w) { return false }
        // A verb by the parse ("Huawei plans to", "Huawei refused"), or an auxiliary that is one ("Huawei did
        // not"): the name is its subject. An auxiliary tag on a word that opens no predicate is the
        // parse's slip on a noun ("The Hong Kong flu killed": 'flu' as an auxiliary).
        if context.lexicon.predicateOpeners.contains(w) || Self.isNegatedAuxiliary(w) { return false }
        if let p = parse, p.tokens.contains(e), p.tag(e) == .verb { return false }
        let function: EventLexicon.WordInfo = [.trigger, .blocker, .adverb, .passiveAuxiliary, .perfectAuxiliary, .pronoun,
                                              .pronounStart, .clauseWord, .determiner, .preposition, .particle]
        return info(e).isDisjoint(with: function)
    }

    /// "didn't", "won't", "can’t": an auxiliary with its negation, one token.
    static func isNegatedAuxiliary(_ w: String) -> Bool { w.hasSuffix("n't") || w.hasSuffix("n\u{2019}t") }

    /// The mention at `k` modifies a noun after it, also as the first part of
    /// a place written with its region ("the Cupertino, California event").
    func modifiesNoun(mentionAt k: Int) -> Bool {
        var e = end(ofMentionAt: k)
        if let m = context.mentionIndex(at: k), context.kind(of: m) == .place, e + 1 < range.upperBound, word(e) == ",",
           let n = context.mentionIndex(at: e + 1), context.kind(of: n) == .place {
            e = end(ofMentionAt: e + 1)
        }
        return isNounAfterName(e)
    }

    /// The token after the mention that starts at `k`.
    func end(ofMentionAt k: Int) -> Int {
        guard let m = context.mentionIndex(at: k) else { return k + 1 }
        var e = k + 1
        while e < range.upperBound && context.mentionIndex(at: e) == m { e += 1 }
        return e
    }

    /// An active verb's direct object: the first actor after it before any
    /// preposition or clause boundary ("arrested Meng", "banned Huawei");
    /// through a modifier to the person it names ("arrested Huawei's CFO Meng
    /// Wanzhou", "arrested Huawei chief financial officer ..., Meng Wanzhou,": Meng).
    func directObject(after t: Int) -> Participant? {
        var k = t + 1
        var found: Participant?
        var modifiedNoun = false
        func isPerson(_ m: Int) -> Bool { context.kind(of: m) == .person }
        while k < range.upperBound && k <= t + 16 && !isTimex(k) {
            if boundary(k) || info(k).contains(.preposition) {
                // An apposition naming a person: ", Meng Wanzhou,".
                // (after an object that is no person, or a name modifying the object noun:
                // "arrested Huawei chief financial officer ..., Meng Wanzhou,").
                let objectIsNoPerson = found.map { context.mentionIndex(at: $0.token).map(isPerson) == false } ?? modifiedNoun
                guard objectIsNoPerson else { break }
                var j = k
                while j < range.upperBound && j <= t + 16 && word(j) != "," { j += 1 }
                if j + 1 < range.upperBound, let m = context.mentionIndex(at: j + 1), isPerson(m), !quoted(j + 1) {
                    var e = j + 2
                    while e < range.upperBound && context.mentionIndex(at: e) == m { e += 1 }
                    // Closed by a comma or the sentence end, not the subject of what follows ("..., Trump said").
                    if e >= range.upperBound || boundary(e) {
                        return Participant(actorID: context.mentions[m].actorID, token: j + 1)
                    }
                }
                break
            }
            if let m = context.mentionIndex(at: k), !quoted(k) {
                var e = k + 1
                while e < range.upperBound && context.mentionIndex(at: e) == m { e += 1 }
                // "denies United States accusations": the name modifies the object noun.
                if isNounAfterName(e) {
                    modifiedNoun = true
                    k = e
                    continue
                }
                if found != nil && isPerson(m) { return Participant(actorID: context.mentions[m].actorID, token: k) }
                if found == nil { found = Participant(actorID: context.mentions[m].actorID, token: k) }
                if isPerson(m) { return found }
                k = e
                continue
            }
            if found != nil && info(k).contains(.trigger) { break }
            k += 1
        }
        return found
    }

    /// The nearest actor before `t`: a mention, or a pronoun resolved to the last actor of its kind.
    private func participant(before t: Int, stopAtBoundary: Bool) -> Participant? {
        var k = t - 1
        if !stopAtBoundary {
            // The sentence's subject: its first actor, before the first clause boundary.
            k = range.lowerBound
            while k < t {
                if let p = participant(at: k) { return p }
                if boundary(k) && k > range.lowerBound + 1 { return nil }
                k += 1
            }
            return nil
        }
        while k >= range.lowerBound {
            if boundary(k) { return nil }
            if let p = participant(at: k) { return p }
            k -= 1
        }
        return nil
    }

    /// A name and the common nouns it modifies right before `t`, nothing else between
    /// ("Deepwater Horizon oil worker" before "claims"), and whether the name acts
    /// through the last noun (``standsFor(noun:)``).
    private func nounBefore(_ t: Int) -> (name: Participant, standsFor: Bool, written: String)? {
        var e = t
        // Nouns by the parse too, where there is one ("Barack Obama sharply criticized": no noun).
        func isNoun(_ k: Int) -> Bool { parse.map { !$0.tokens.contains(k) || $0.tag(k) == .noun } ?? true }
        while e - 1 >= range.lowerBound, context.mentionIndex(at: e - 1) == nil, isNounAfterName(e - 1), isNoun(e - 1) { e -= 1 }
        guard e < t, e - 1 >= range.lowerBound, !quoted(e - 1), let m = context.mentionIndex(at: e - 1) else { return nil }
        var start = e - 1
        while start > range.lowerBound && context.mentionIndex(at: start - 1) == m { start -= 1 }
        if start > range.lowerBound, info(start - 1).contains(.determiner) { start -= 1 }
        let written = (start..<t).map { context.analysis.string(token: $0) }.joined(separator: " ")
        return (Participant(actorID: context.mentions[m].actorID, token: e - 1), standsFor(noun: t - 1), written)
    }

    /// Whether a name modifying the noun `n` speaks or acts through it: a spokesman or an
    /// official for whoever the name is, a government, a group or an organisation's body
    /// ("the Obama administration", "BP executives"); not a person of another kind ("a
    /// Deepwater Horizon worker", "the Hong Kong flu").
    func standsFor(noun n: Int) -> Bool {
        let w = word(n)
        return Self.proxySpeakers.contains(w) || Self.isBodyNoun(w)
    }

    /// A government, group or organisation noun ("administration", "officials", "board"):
    /// a body that acts for the name qualifying it.
    static func isBodyNoun(_ w: String) -> Bool {
        let actors = ActorLexicon.shared
        return actors.governmentWords.contains(w) || actors.groupNouns.contains(w) || actors.heads[w] != nil
    }

    private func participant(after t: Int, within n: Int) -> Participant? {
        var k = t + 1
        while k < range.upperBound && k <= t + n {
            if let p = participant(at: k) { return p }
            k += 1
        }
        return nil
    }

    /// An actor mention at token `k`, or a pronoun there resolved backwards.
    private func participant(at k: Int) -> Participant? {
        if let m = context.mentionIndex(at: k), !quoted(k) {
            return Participant(actorID: context.mentions[m].actorID, token: k)
        }
        let wi = info(k)
        guard wi.contains(.pronoun) || wi.contains(.pronounStart) else { return nil }
        let w = word(k)
        var kind = wi.contains(.pronoun) ? context.lexicon.pronouns[w] : nil
        if kind == nil, wi.contains(.pronounStart), k + 1 < range.upperBound {
            kind = context.lexicon.pronouns[w + " " + word(k + 1)]
        }
        guard let kind, !quoted(k) else { return nil }
        let gender = context.lexicon.genders[w]
        func fits(_ id: String) -> Bool { gender == nil || context.gender[id] == nil || context.gender[id] == gender }
        // The nearest earlier actor of that kind in this sentence, else the last one read.
        var j = k - 1
        while j >= range.lowerBound {
            // Not from inside a quotation: '"... like Telco Italia," he said' is the speaker's, not Telco Italia's.
            if let m = context.mentionIndex(at: j), !quoted(j), context.kind(of: m) == kind || kind == .group,
               fits(context.mentions[m].actorID) {
                return Participant(actorID: context.mentions[m].actorID, token: k)
            }
            // "The US president said he would": the person the role description stands for.
            if kind == .person, let p = parse, p.tokens.contains(j), let holder = roleHolder(j, in: p), fits(holder.actorID) {
                return Participant(actorID: holder.actorID, token: k)
            }
            j -= 1
        }
        let fallback = kind == .group
            ? (context.recent(.group).first ?? context.recent(.place).first)
            : context.recent(kind).first(where: fits)
        return fallback.map { Participant(actorID: $0, token: k) }
    }

    /// The subject as written ("Canadian authorities", "The Trump administration"),
    /// when it stands right before the trigger and is short; time expressions dropped.
    private func subjectPhrase(before t: Int, subject: Participant) -> String? {
        guard subject.token < t, context.mentionIndex(at: subject.token) != nil else { return nil }
        var start = subject.token
        while start - 1 >= range.lowerBound, !boundary(start - 1), t - start < 10 { start -= 1 }
        var parts = [String]()
        for k in start..<t {
            let beforeDate = k + 1 < t && isTimex(k + 1) && info(k).contains(.preposition)  // "Google on Tuesday appealed"
            if isTimex(k) || beforeDate || !info(k).isDisjoint(with: [.adverb, .passiveAuxiliary, .perfectAuxiliary, .blocker]) {
                continue
            }
            // "Huawei did not sign", "didn't": the summary tells the event, its factuality the negation.
            let w = word(k)
            if context.lexicon.predicateOpeners.contains(w) || Self.isNegatedAuxiliary(w) { continue }
            parts.append(context.analysis.string(token: k))
        }
        // A comma before the verb closes an aside: one the phrase opened too goes with it
        // ("Mitchell Wiener, 55, died": Mitchell Wiener; "Transocean, the well owner, decided":
        // Transocean), one it did not is the end of an apposition it starts in ("..., Darryl
        // Dochow, resigned": Darryl Dochow).
        // Only a phrase read from its clause's start is known whole ("Shaun Donovan, secretary of
        // ..., also met" is cut by the length limit, and reads as the actor's name instead).
        let whole = start == range.lowerBound || boundary(start - 1)
        if whole, parts.last == "," {
            parts.removeLast()
            if let open = parts.firstIndex(of: ",") { parts.removeSubrange(open...) }
            // "But Republicans, and possibly some moderate Democrats, might block": no "But".
            if let first = parts.first, context.lexicon.conjunctions.contains(first.lowercased()) { parts.removeFirst() }
        }
        guard !parts.isEmpty, parts.count <= 6 else { return nil }
        if let first = parts.first, context.lexicon.subjectOpeners.contains(first) { parts.removeFirst() }
        return join(parts)
    }

    // MARK: Summaries

    /// Builds the event for an action or speech trigger; nil when an action
    /// that must name what it acts on names nothing (``actionSummary(trigger:roles:)``).
    func event(for trigger: Trigger, roles: Roles, documentID: String, date: TimeValue?, explanation: String,
               basis: EventDateBasis, timex: TextSpan?) -> EventMention? {
        let a = context.analysis
        let span = a.tokens[trigger.token].span
        guard let summary = actionSummary(trigger: trigger, roles: roles) else { return nil }
        return EventMention(
            documentID: documentID, trigger: span, triggerText: a.string(span), type: trigger.info.type,
            summary: summary, actors: roles.actors, date: date,
            dateExplanation: explanation, dateBasis: basis, timex: timex, sentence: sentence.span,
            sentenceText: a.string(sentence.span), isPresentTense: trigger.isPresent,
            participants: roles.participants, arguments: roles.arguments,
            factuality: FactualityReader.shared.read(a, tokens: range, token: trigger.token, parse: parse))
    }

    /// "Canadian authorities arrest Huawei's Chief Financial Officer Meng Wanzhou at the request of the US".
    ///
    /// Nil when the verb is active and must name what it acts on (`object`
    /// column of `events/triggers.tsv`) but nothing follows it in its clause:
    /// "The US attacks", "Islam meets" are no summary (the word is usually a
    /// noun: "bomb attacks", "competitive pressures").
    func actionSummary(trigger: Trigger, roles: Roles) -> String? {
        // The subject as written, else the actor's name, else (an active verb whose subject
        // names no actor: "A jury convicted ...") the parse's subject phrase.
        let who = roles.subjectText ?? (roles.agent ?? roles.patient).map { context.name($0.actorID) }
            ?? (trigger.isPassive ? nil : roles.agentPhrase) ?? ""
        let object = phrase(after: trigger.token, maxTokens: 14)
        if object.isEmpty, trigger.info.needsObject, trigger.info.triggerClass == .action, !trigger.isPassive,
           trigger.embeddedIn == nil, !context.lexicon.undergoerVerbs.contains(word(trigger.token)) {
            return nil
        }
        let doer = trigger.isPassive ? roles.patient : roles.agent
        let plural = isPlural(who, doer: doer)
        let verb = trigger.isPassive
            ? (plural ? "are " : "is ") + context.analysis.string(token: trigger.token)
            : (plural && trigger.embeddedIn == nil ? trigger.info.base : trigger.info.present)
        let subject = trigger.embeddedIn != nil
            ? (roles.agent.map { context.name($0.actorID) } ?? who) : who
        return capitalizeFirst(join([subject, verb, object].filter { !$0.isEmpty }))
    }

    /// The subject of a summary takes a plural verb: a plural phrase as
    /// written, a group actor, or a group noun of the actors' tables ("Conservatives").
    func isPlural(_ who: String, doer: Participant?) -> Bool {
        if Self.isPlural(who) || doer.map({ context.kinds[$0.actorID] == .group }) == true { return true }
        guard let last = who.split(separator: " ").last else { return false }
        // A subject naming no actor is a common noun, capitalised only where it opens the sentence ("Officers").
        if doer == nil, !who.contains(" "), Self.isPlural(who.lowercased()) { return true }
        return ActorLexicon.shared.groupNouns.contains(String(last)) && last.hasSuffix("s")
    }

    /// A subject phrase as written is plural: "Canadian authorities", "Conservative MPs",
    /// "Huawei and ZTE Corp.", "45,000 people"; not "United States" or "Huawei's".
    /// Its head comes before an "of" complement: "the chairman of the Joint
    /// Chiefs of Staff" is one chairman, "officials of the Department" many,
    /// but a noun of quantity leaves the number to the complement ("a number
    /// of people", "80 percent of passengers"), and "out of" is no head.
    static func isPlural(_ phrase: String) -> Bool {
        if let of = phrase.range(of: " of "), of.lowerBound > phrase.startIndex {
            // (A one-word head is capitalised only where it opens the sentence: "Thousands of people".)
            let head = phrase[..<of.lowerBound], complement = String(phrase[of.upperBound...])
            let words = head.split(separator: " ")
            let last = words.last.map { $0.lowercased() } ?? ""
            let lexicon = EventLexicon.shared
            if lexicon.quantityNouns.contains(last) && !lexicon.pluralNouns.contains(last) && !last.hasSuffix("s") {
                return isPlural(complement)
            }
            if lexicon.prepositionsBeforeOf.contains(last) {
                return words.count == 1 ? isPlural(complement) : isPlural(words.dropLast().joined(separator: " "))
            }
            return isPlural(words.count > 1 ? String(head) : head.lowercased())
        }
        if phrase.contains(" and ") { return true }
        guard let last = phrase.split(separator: " ").last else { return false }
        if EventLexicon.shared.pluralNouns.contains(last.lowercased()) { return true }
        guard last.count > 2, last.hasSuffix("s"),
              !last.hasSuffix("ss"), !last.hasSuffix("'s"), !last.hasSuffix("\u{2019}s") else { return false }
        let body = last.dropLast()
        return body.allSatisfy(\.isLowercase) || body.allSatisfy(\.isUppercase)
    }

    /// A statement: "Hua Chunying says the US move to pressure its allies to ban Huawei 5G is a dirty trick".
    ///
    /// Nil when nothing reported is left: a speech event with no content
    /// ("Barnett Slepian says", "Bonn says Friday") is no event. The content
    /// before a speaker at the end ("..., Hua said") counts only when the
    /// speaker opens its clause: in "..., claims the company has denied" the
    /// clause is about the claims, and what comes before is not what was denied.
    func speechSummary(trigger: Trigger, roles: Roles, context: DocumentContext) -> String? {
        let who = roles.agent.map { context.name($0.actorID) } ?? roles.subjectText ?? ""
        // Speaker at the end ("..., Hua said Thursday"): the content is what comes before.
        var k = trigger.token + 1
        while k < range.upperBound && (isTimex(k) || info(k).contains(.preposition)
            && k + 1 < range.upperBound && isTimex(k + 1)) { k += 1 }
        // An opening quotation mark is what was said starting, not the end of the clause.
        let speakerLast = k >= range.upperBound
            || context.analysis.tokens[k].kind == .punctuation && !(context.quoteMarks[k].map { $0 != .closing } ?? false)
        var content = ""
        if speakerLast, let agent = roles.agent, agent.token < trigger.token {
            var end = agent.token
            while end > range.lowerBound && !boundary(end - 1) { end -= 1 }
            // "claims the company has denied": a trigger or event noun before the speaker heads the clause.
            let headed = (end..<agent.token).contains { !info($0).isDisjoint(with: [.trigger, .eventNoun]) }
            while end > range.lowerBound && boundary(end - 1) { end -= 1 }
            if headed { return nil }
            if end > range.lowerBound + 2 {
                content = words(range.lowerBound..<end, maxTokens: 18)
            }
        }
        if content.isEmpty {
            var start = trigger.token + 1
            if start < range.upperBound, info(trigger.token).contains(.particle),
               context.lexicon.particles[word(trigger.token)]?.contains(word(start)) == true {
                start += 1  // "pointed out that"
            }
            // "told Sky News on Saturday: ..." - skip the listener.
            if context.lexicon.listenerVerbs.contains(word(trigger.token)),
               let colon = (start..<range.upperBound).first(where: { word($0) == ":" || word($0) == "that" }) {
                start = colon + 1
            }
            if start < range.upperBound && word(start) == "that" { start += 1 }
            // "..., said Thomas Roeck, chief financial officer": the speaker follows
            // the verb, and what was said is before it.
            // The verb after a clause end ("..., said the tourist, Khaled Hijazi, 37") is inverted
            // and its speaker may come after a short title; a pronoun right after a verb in mid
            // clause ("LeGere said he expects") is the subject of what was said, not the speaker.
            let inverted = trigger.token > range.lowerBound && boundary(trigger.token - 1)
            if let agent = roles.agent, agent.token > trigger.token,
               inverted && agent.token <= start + 6 || !info(agent.token).contains(.pronoun) && agent.token <= start + 1 {
                var end = trigger.token
                while end > range.lowerBound && !boundary(end - 1) { end -= 1 }
                while end > range.lowerBound && boundary(end - 1) { end -= 1 }
                guard end > range.lowerBound + 2 else { return nil }
                return finishSpeech(who: who, trigger: trigger, roles: roles,
                                    content: words(range.lowerBound..<end, maxTokens: 18))
            }
            // "said Friday", "said on Friday that": the date is no content.
            while start < range.upperBound && (isTimex(start) || info(start).contains(.preposition)
                && start + 1 < range.upperBound && isTimex(start + 1)) { start += 1 }
            if start < range.upperBound && word(start) == "that" { start += 1 }
            // "said in a statement that ...", "said at a campaign stop": the circumstance of
            // the saying is no content; what follows its "that" or comma is.
            if start < range.upperBound, info(start).contains(.preposition), start + 1 < range.upperBound, !isTimex(start + 1) {
                var j = start + 1
                while j < range.upperBound && j <= start + 10 && word(j) != "that" && word(j) != "," && word(j) != ":" { j += 1 }
                if j < range.upperBound && j <= start + 10 { start = j + 1 }
            }
            // "expressed concern yesterday that ...", "voiced fears that ...": a noun a plain
            // saying takes for its object, what was said in that noun's "that" clause; the
            // summary's "says" takes the clause, not the noun ("say concern yesterday that" is no
            // English). A named act keeps its object: "denies accusations that ...".
            if trigger.info.isPlainSaying(in: context.lexicon), let p = parse, let o = p.object(of: trigger.token),
               o >= start, o <= start + 3, p.tag(o) == .noun,
               let that = (o + 1..<min(range.upperBound, o + 6)).first(where: { word($0) == "that" }),
               (o + 1..<that).allSatisfy({ isTimex($0) || info($0).contains(.preposition) }) {
                start = that + 1
            }
            content = words(start..<attributionStart(after: start), maxTokens: 18)
        }
        return finishSpeech(who: who, trigger: trigger, roles: roles, content: content)
    }

    /// "Who says content", the verb agreeing with the speaker; nil when
    /// nothing is reported, or one word of it.
    private func finishSpeech(who: String, trigger: Trigger, roles: Roles, content: String) -> String? {
        guard let content = Self.reportedClause(content, speaker: who, verb: word(trigger.token),
                                                       lexicon: context.lexicon) else { return nil }
        guard content.split(separator: " ").filter({ $0.first.map { $0.isLetter || $0.isNumber } == true }).count >= 2
        else { return nil }
        let verb = isPlural(who, doer: roles.agent) ? trigger.info.base : trigger.info.present
        return capitalizeFirst(join([who, verb, content].filter { !$0.isEmpty }))
    }

    /// What was said, when it is a clause with its subject (or a quotation):
    /// nil when it opens with a predicate ("would be laid off", "is considered
    /// likely"), with a preposition ("of St. Petersburg, Fla.", "in a speech to
    /// Auckland"), or names the speaker with an apposition ("in an interview,
    /// W. Brent LeGere, chairman", "the tourist, Khaled Hijazi, 37"): these tell
    /// who or where, not what. An opening conjunction ("but", "and that") is dropped.
    /// The preposition rule holds for verbs that report a clause (`events/clause-verbs.tsv`):
    /// "calls for its followers to boycott", "announced on Tuesday the first generation" keep theirs.
    static func reportedClause(_ content: String, speaker: String, verb: String, lexicon: EventLexicon) -> String? {
        var parts = content.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let first = parts.first, lexicon.conjunctions.contains(first) {
            parts.removeFirst()
            if parts.first == "that" { parts.removeFirst() }
        }
        guard let first = parts.first else { return nil }
        if lexicon.predicateOpeners.contains(first) { return nil }
        // "said in a statement", "says of St. Petersburg": a circumstance of the saying, unless a
        // clause follows the phrase after a comma ("said in the same way, many companies have ...").
        if lexicon.prepositions.contains(first), lexicon.clauseVerbs.contains(verb) {
            let comma = parts.prefix(7).firstIndex { $0 == "," || $0.hasSuffix(",") }
            guard let comma, parts.count - comma > 3 else { return nil }
            // ", who discussed ...": a relative clause still belongs to the circumstance.
            let next = parts[comma + 1].lowercased()
            if lexicon.clauseWords.contains(next) { return nil }
        }
        if !speaker.isEmpty, content.contains(speaker + ",") { return nil }
        return parts.joined(separator: " ")
    }

    /// Whether token `k` is a speech trigger ("said", "warned").
    func isVerbOfSaying(_ k: Int) -> Bool {
        info(k).contains(.trigger) && context.lexicon.triggers[word(k)]?.triggerClass == .speech
    }

    /// Where a trailing attribution (", one of its officials said ...") begins, or the sentence end.
    private func attributionStart(after start: Int) -> Int {
        var k = start
        while k < range.upperBound {
            if word(k) == "," {
                var j = k + 1
                while j < range.upperBound && j <= k + 8 && !boundary(j) {
                    if isVerbOfSaying(j) { return k }
                    j += 1
                }
            }
            k += 1
        }
        return range.upperBound
    }

    /// The words after `t` up to a clause boundary (through an apposition
    /// that names an actor: ", Meng Wanzhou,").
    private func phrase(after t: Int, maxTokens: Int) -> String {
        var parts = [String]()
        var k = t + 1
        let a = context.analysis
        while k < range.upperBound && parts.count < maxTokens {
            if boundary(k) {
                // ", Meng Wanzhou," - an apposition naming an actor.
                if word(k) == ",", k + 1 < range.upperBound, let m = context.mentionIndex(at: k + 1),
                   context.mentions[m].kind == .person {
                    var e = k + 1
                    while e < range.upperBound && context.mentionIndex(at: e) == m { e += 1 }
                    if e >= range.upperBound || boundary(e) {
                        parts.append(",")
                        for j in (k + 1)..<e { parts.append(a.string(token: j)) }
                        k = e
                        continue
                    }
                }
                // "launched a new, $10-a-share offer": a comma inside a noun phrase
                // that has no noun yet does not end the object.
                if word(k) == ",", k + 1 < range.upperBound, !boundary(k + 1), endsOpenNounPhrase(parts) {
                    parts.append(",")
                    k += 1
                    continue
                }
                break
            }
            // "the US move to pressure its allies to ban Huawei 5G is ...": the main verb ends it;
            // so does a second action ("smears and attacks").
            if parts.count >= 2 && info(k).contains(.passiveAuxiliary) { break }
            if (word(k) == "and" || word(k) == "or"), k + 1 < range.upperBound, info(k + 1).contains(.trigger) { break }
            // "fined Google ... on Wednesday": the date is dropped, and so is its preposition; a date
            // that is a possessive determiner ("in Tuesday's earthquake") becomes "the" ("in the earthquake").
            if isTimex(k) {
                var e = timexEnd(from: k)
                if possessiveClitic(e) {
                    parts.append("the")
                    e += 1
                }
                k = e
                continue
            }
            let beforeDate = k + 1 < range.upperBound && isTimex(k + 1) && info(k).contains(.preposition)
                && !possessiveClitic(timexEnd(from: k + 1))
            if !beforeDate { parts.append(a.string(token: k)) }
            k += 1
        }
        // Cut by the length: end where a clause or phrase ends, not mid-clause.
        if parts.count >= maxTokens, k < range.upperBound, !boundary(k) { cutAtClause(&parts) }
        // No dangling "of", "the", "and", "what" at the end.
        dropDangling(&parts)
        return join(parts)
    }

    /// The token after the time expression that covers token `k`.
    private func timexEnd(from k: Int) -> Int {
        var e = k
        while e < range.upperBound && isTimex(e) { e += 1 }
        return e
    }

    /// Token `k` is a possessive "'s" ("Tuesday's", "last week’s": ``word(_:)`` folds the curly apostrophe).
    func possessiveClitic(_ k: Int) -> Bool { word(k) == "'s" }

    /// The words so far end in a determiner, or a determiner and one word:
    /// a noun phrase whose noun is still to come ("a new", "the").
    func endsOpenNounPhrase(_ parts: [String]) -> Bool {
        let lex = context.lexicon
        guard let last = parts.last else { return false }
        if lex.determiners.contains(last.lowercased()) { return true }
        return parts.count >= 2 && lex.determiners.contains(parts[parts.count - 2].lowercased())
            && last.first?.isLowercase == true && !lex.isDangling(last)
    }

    /// Words cut by a length limit, shortened to end before the last clause
    /// or phrase boundary (a comma, semicolon, conjunction, clause word or
    /// preposition) that leaves at least `minimum` words; unchanged (false)
    /// when there is none. No cut leaves a verb without its object or an
    /// auxiliary without its verb ("the US smears | and attacks a company",
    /// "agencies have | for a long time carried out"), and none splits a name
    /// ("the Securities | and Exchange Commission").
    @discardableResult
    func cutAtClause(_ parts: inout [String], minimum: Int = 4) -> Bool {
        let lex = context.lexicon
        guard parts.count > minimum else { return false }
        func isCut(_ i: Int) -> Bool {
            let p = parts[i], w = p.lowercased()
            guard p == "," || p == ";" || p == ":" || p == "(" || p == "\u{2014}" || lex.conjunctions.contains(w)
                || lex.clauseWords.contains(w) || lex.prepositions.contains(w) || w == "to" else { return false }
            let before = parts[i - 1].lowercased()
            if lex.triggers[before] != nil || lex.determiners.contains(before) { return false }
            if let wi = lex.wordInfo[before], !wi.isDisjoint(with: [.passiveAuxiliary, .perfectAuxiliary, .blocker]) {
                return false
            }
            let capitalised = { (s: String) in s.first?.isUppercase == true }
            if p.first?.isLetter == true, capitalised(parts[i - 1]), i + 1 < parts.count, capitalised(parts[i + 1]) {
                return false
            }
            return true
        }
        if let i = (minimum..<parts.count).last(where: isCut) {
            parts.removeSubrange(i...)
            dropDangling(&parts)
            return true
        }
        return false
    }

    /// Drops trailing words that leave a phrase open ("of", "the", "and", "what", ",").
    func dropDangling(_ parts: inout [String]) {
        while let last = parts.last, context.lexicon.isDangling(last.lowercased()) || last == "," || last == ";" {
            parts.removeLast()
        }
    }

    /// Tokens of a range as text, quotation marks dropped, cut after `maxTokens` words.
    private func words(_ r: Range<Int>, maxTokens: Int) -> String {
        var parts = [String]()
        for k in r where context.quoteMarks[k] == nil {
            if parts.count >= maxTokens {
                // Cut by the length: at a clause or phrase end if there is one, else marked.
                if !cutAtClause(&parts, minimum: 5) { parts.append("…") }
                break
            }
            parts.append(context.analysis.string(token: k))
        }
        while let last = parts.last, [",", ".", ";", ":"].contains(last) { parts.removeLast() }
        while let first = parts.first, [",", ".", ";", ":", "-", "\u{2013}", "\u{2014}"].contains(first) { parts.removeFirst() }
        // Reported content continues the speaker's sentence: "says the US move", not "says The US move".
        if let first = parts.first, parts.count > 1, TextLexicon.shared.sentenceStarters.contains(first), first != "I" {
            parts[0] = first.lowercased()
        }
        return join(parts)
    }

    /// Joins tokens with spaces, without a space before punctuation and
    /// possessives or after opening brackets.
    private func join(_ parts: [String]) -> String {
        var out = ""
        for p in parts {
            // A lone apostrophe after an s is a possessive: "the US' PRISM program".
            let possessive = (p == "'" || p == "\u{2019}") && (out.hasSuffix("s") || out.hasSuffix("S"))
            let noSpaceBefore = p == "," || p == "." || p == ";" || p == ":" || p == ")" || p == "'s" || p == "\u{2019}s"
                || p == "?" || p == "!" || p == "%" || possessive
            if !out.isEmpty && !noSpaceBefore && !out.hasSuffix("(") && !out.hasSuffix("$") { out += " " }
            out += p
        }
        return out
    }

    private func capitalizeFirst(_ s: String) -> String {
        guard let f = s.first, f.isLowercase else { return s }
        return f.uppercased() + s.dropFirst()
    }
}
