/// Reads whether an event word is told as having happened (``Factuality``)
/// from the sentence's dependency parse and the cue table
/// `events/factuality-cues.tsv`:
///
/// - the word's own auxiliaries and modals ("will vote", "may resign",
///   "did not arrest", "won't"), negators and modifiers ("no comment",
///   "upcoming vote", "possible strike");
/// - the marker of its clause ("if he is convicted", "unless", "whether"),
///   and a conditional clause attached to it ("he faces prison if ...");
/// - the words it is the complement of, up the tree ("is expected to vote",
///   "plans to", "refused to resign", "denied that it spied", "the bid to
///   buy"): each cue applies, and a verb's bare "to" complement that no row
///   names lies ahead (future); a conjunct without auxiliaries of its own
///   shares its first conjunct's ("will set or release");
/// - a question mark ending the sentence.
///
/// Without a parse (a sentence too long to parse) the auxiliaries, modals and
/// negators just before the word and an "if"/"unless"/"whether" opening its
/// clause are read from the words alone.
public struct FactualityReader: Sendable {
    struct Effect: Sendable, Hashable {
        var negates = false
        var certainty: Factuality.Certainty = .certain
        var future = false
        var special: Factuality.Special = .none
        var isEmpty: Bool { !negates && certainty == .certain && !future && special == .none }
    }

    enum Context: String { case aux, negator, modifier, marker, governor, passive, question }

    let cues: [Context: [String: Effect]]

    public static let shared = FactualityReader()

    init() {
        var cues = [Context: [String: Effect]]()
        for row in ResourceTable.rows("events/factuality-cues.tsv") where row.count >= 6 {
            guard let context = Context(rawValue: row[1]) else { continue }
            var e = Effect()
            e.negates = row[2] == "neg"
            e.certainty = Factuality.Certainty(rawValue: row[3]) ?? .certain
            e.future = row[4] == "future"
            e.special = Factuality.Special(rawValue: row[5]) ?? .none
            for form in row[0].split(separator: ",") where cues[context]?[String(form)] == nil {
                cues[context, default: [:]][String(form)] = e
            }
        }
        self.cues = cues
    }

    func cue(_ context: Context, _ word: String) -> Effect? { cues[context]?[word] }

    /// Whether a "to" infinitive after this word tells an event whose factuality the
    /// table knows ("plans to", "is expected to", "refused to", "managed to").
    func governs(_ word: String) -> Bool { cue(.governor, word) != nil || cue(.passive, word) != nil }

    /// The factuality of the event told by token `t` of sentence `s` of `analysis`.
    /// - Parameter parse: the sentence's parse, if it was parsed.
    public func read(_ analysis: TextAnalysis, sentence s: Int, token t: Int, parse: SentenceParse?) -> Factuality {
        read(analysis, tokens: analysis.sentences[s].tokens, token: t, parse: parse)
    }

    /// The same, for a sentence given by its token range.
    func read(_ analysis: TextAnalysis, tokens: Range<Int>, token t: Int, parse: SentenceParse?) -> Factuality {
        var state = State(reader: self, analysis: analysis, range: tokens)
        if let parse, parse.tokens.contains(t) {
            // A copula is read through its predicate ("will be available", "is not a surprise").
            var k = t
            if parse.relation(t) == .cop, let h = parse.head(t), !parse.tag(h).isVerbal { k = h }
            state.readParse(k, parse)
            state.readGeneric(k, copula: k != t ? t : nil, parse)
        }
        state.readWords(before: t)
        // A negator the parse hung on the word from inside another token.
        if state.negations == 0, let parse, parse.tokens.contains(t), parse.isNegated(t) {
            state.apply(Effect(negates: true), at: -1_000_000, word: "not")
        }
        state.readQuestion()
        return state.result
    }

    /// What has been read so far; each cue token counts once, however it was reached.
    struct State {
        let reader: FactualityReader
        let analysis: TextAnalysis
        let range: Range<Int>
        var seen = Set<Int>()
        var negations = 0
        var certainty = Factuality.Certainty.certain
        var future = false
        var special = Factuality.Special.none
        var cue: String?

        init(reader: FactualityReader, analysis: TextAnalysis, range: Range<Int>) {
            self.reader = reader
            self.analysis = analysis
            self.range = range
        }

        var result: Factuality {
            var f = Factuality(polarity: negations % 2 == 1 ? .negative : .positive, certainty: certainty,
                               time: future ? .future : .pastOrPresent, special: special)
            if !f.isFactual { f.cue = cue }
            return f
        }

        func word(_ k: Int) -> String { EventLexicon.foldedWord(analysis.bytes, analysis.tokens[k].span) }

        /// Applies a cue read at token `k` (once per token).
        mutating func apply(_ e: Effect, at k: Int, word: String) {
            guard !e.isEmpty, seen.insert(k).inserted else { return }
            if e.negates { negations += 1 }
            if e.certainty.strength < certainty.strength { certainty = e.certainty }
            if e.future { future = true }
            if e.special != .none && special != .conditional && !(e.special == .generic && special != .none) { special = e.special }
            if cue == nil, e.negates || e.certainty != .certain || e.future || e.special == .conditional || e.special == .question {
                cue = word
            }
        }

        /// An auxiliary or negator token: "will", "didn't", "cannot", "never".
        mutating func readAuxiliary(_ k: Int) {
            let w = word(k)
            if w.hasSuffix("n't") {
                apply(Effect(negates: true), at: k, word: "not")
                let stem = String(w.dropLast(3))
                if let e = reader.cue(.aux, stem) {
                    var e = e
                    e.negates = false
                    apply(e, at: -1 - k, word: stem)
                }
            } else if let e = reader.cue(.aux, w) ?? reader.cue(.negator, w) {
                apply(e, at: k, word: w)
            }
        }

        /// The words and clauses attached to one predicate of the chain.
        mutating func readOwn(_ k: Int, _ p: SentenceParse, auxiliaries: Bool) {
            guard auxiliaries else { return }
            for c in p.children(of: k) {
                let w = word(c)
                switch p.relation(c) {
                case .aux, .auxPass:
                    readAuxiliary(c)
                case .advmod, .amod, .det, .case, .cc, .ccPreconj:
                    if w.hasSuffix("n't") || reader.cue(.negator, w) != nil {
                        readAuxiliary(c)
                    } else if let e = reader.cue(.modifier, w) {
                        apply(e, at: c, word: w)
                    }
                case .mark:
                    // "if he is convicted", "without paying".
                    if let e = reader.cue(.marker, w) ?? reader.cue(.negator, w) { apply(e, at: c, word: w) }
                case .advcl:
                    // "He faces prison if he is convicted": the main clause of a condition.
                    for m in p.children(of: c, .mark) {
                        let mw = word(m)
                        if let e = reader.cue(.marker, mw), e.special == .conditional { apply(e, at: m, word: mw) }
                    }
                default:
                    break
                }
            }
        }

        /// The event word and the predicates above it, while it is their complement.
        mutating func readParse(_ t: Int, _ p: SentenceParse) {
            var k = t
            var auxiliaries = true
            for _ in 0..<8 {
                readOwn(k, p, auxiliaries: auxiliaries)
                guard let h = p.head(k) else {
                    // A headline's "Apple to give free cases": what it announces lies ahead.
                    if p.children(of: k, .mark).contains(where: { word($0) == "to" }), p.tag(k).isVerbal {
                        apply(Effect(future: true), at: k, word: "to")
                    }
                    return
                }
                switch p.relation(k) {
                case .conj:
                    // "will set the price or release them": a conjunct without its own auxiliary or
                    // subject shares the first one's.
                    let own = p.child(of: k, .aux, .auxPass, .nsubj, .nsubjPass) != nil
                    let contrast = p.children(of: k, .cc).contains { word($0) == "but" || word($0) == "yet" }
                    auxiliaries = !own && !contrast
                    k = h
                    continue
                case .xcomp:
                    let gw = word(h)
                    if isPassive(h, p), let e = reader.cue(.passive, gw) {
                        apply(e, at: h, word: gw)
                    } else if let e = reader.cue(.governor, gw) {
                        apply(e, at: h, word: gw)
                    } else if p.tag(h).isVerbal || p.tag(h) == .adjective,
                              p.children(of: k, .mark).contains(where: { word($0) == "to" }) {
                        // A bare "to" complement lies ahead of its verb ("decided to leave").
                        apply(Effect(future: true), at: h, word: gw)
                    }
                    auxiliaries = true
                    k = h
                case .ccomp, .acl, .advcl:
                    // "denied that it spied", "the bid to buy", "accused of spying": the governor's cue only.
                    let gw = word(h)
                    let relation = p.relation(k)
                    let mark = p.children(of: k, .mark).first.map(word)
                    let applies: Bool
                    switch relation {
                    case .ccomp: applies = mark == nil || mark == "that"
                    case .acl: applies = mark == "that" || mark == "to"
                    default: applies = mark == "of" || mark == "from"
                    }
                    let cue = isPassive(h, p) ? reader.cue(.passive, gw) ?? reader.cue(.governor, gw) : reader.cue(.governor, gw)
                    // A "that" clause: only the cues that deny or doubt it, not those that look ahead
                    // ("told reporters that he left").
                    if applies, let cue, relation != .ccomp || !cue.future {
                        apply(cue, at: h, word: gw)
                    } else if relation == .advcl, mark == "to" {
                        // "... to arrange the deal": a purpose, not yet reached.
                        apply(Effect(future: true), at: k, word: "to")
                    }
                    return
                case .obj, .nsubj, .nsubjPass:
                    // An event noun as the argument of a verb shares its modality ("may have a large impact",
                    // "the change will occur", "to file a lawsuit").
                    // Not the subject of a clause of its own ("the agreement was that Apple would not sell").
                    guard p.tag(k) == .noun, p.child(of: h, .mark, .cop) == nil else { return }
                    // What a verb that looks ahead acts on lies ahead too ("plans another event",
                    // "threatened a strike"); not what one refuses or denies ("refused the offer").
                    let gw = word(h)
                    if p.relation(k) == .obj, let e = reader.cue(.governor, gw), e.future { apply(e, at: h, word: gw) }
                    auxiliaries = true
                    k = h
                    continue
                default:
                    return
                }
            }
        }

        /// "is expected", "are said": a passive auxiliary, or a form of "be" the parse took for another auxiliary.
        func isPassive(_ h: Int, _ p: SentenceParse) -> Bool {
            p.child(of: h, .auxPass) != nil || p.isPassive(h)
                || p.children(of: h, .aux).contains { EventLexicon.shared.passiveAuxiliaries.contains(word($0)) }
        }

        /// Auxiliaries, modals and negators just before the word (adverbs
        /// skipped), and a clause marker opening its clause.
        mutating func readWords(before t: Int) {
            var k = t - 1, steps = 0
            let lexicon = EventLexicon.shared
            while k >= range.lowerBound && steps < 4 {
                let w = word(k)
                let wi = lexicon.wordInfo[w] ?? []
                // "is to be held", "was to resign": a form of "be" before "to" looks ahead.
                if w == "to", k > range.lowerBound, ["is", "are", "was", "were", "am"].contains(word(k - 1)) {
                    apply(Effect(future: true), at: k, word: "to")
                }
                if w.hasSuffix("n't") || reader.cue(.aux, w) != nil || reader.cue(.negator, w) != nil && w != "no" && w != "without" {
                    readAuxiliary(k)
                } else if !(wi.contains(.adverb) || wi.contains(.passiveAuxiliary) || wi.contains(.perfectAuxiliary)
                    || w == "do" || w == "does" || w == "did" || w == "going" || w == "to" || w == "get" || w == "got") {
                    break
                }
                k -= 1
                steps += 1
            }
            // "If Dr Murray is convicted, ...", "... if convicted": a marker a few words back in the clause.
            k = t - 1
            while k >= range.lowerBound && t - k <= 6 {
                if analysis.tokens[k].kind == .punctuation { break }
                let w = word(k)
                if let e = reader.cue(.marker, w) {
                    apply(e, at: k, word: w)
                    break
                }
                k -= 1
            }
        }

        /// A statement in the simple present with no auxiliary ("the iPod comes
        /// in two colours", "it is the successor", "the update works with")
        /// tells how things are, not an event at a time: generic. Not in a
        /// headline (which tells past events in the present), not a speech
        /// verb ("says"), not a progressive, not with "I"/"we"/"you".
        mutating func readGeneric(_ k: Int, copula: Int?, _ p: SentenceParse) {
            guard special == .none, negations == 0, certainty == .certain, !future else { return }
            guard let sentence = analysis.sentenceIndex(containing: analysis.tokens[range.lowerBound].span.start),
                  analysis.sentences[sentence].furniture != .headline else { return }
            let verb = copula ?? k
            guard p.tag(verb).isVerbal, p.child(of: k, .aux, .auxPass) == nil else { return }
            let w = word(verb)
            let present = ["is", "are", "am", "has", "have"].contains(w)
                || w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("'s") && !w.hasSuffix("us")
            guard present, EventLexicon.shared.triggers[w]?.triggerClass != .speech else { return }
            if let s = p.subject(of: k), ["i", "we", "you"].contains(word(s)) { return }
            special = .generic
        }

        /// A sentence ending with a question mark asks.
        mutating func readQuestion() {
            var k = range.upperBound - 1
            while k >= range.lowerBound, analysis.tokens[k].kind == .punctuation {
                let w = word(k)
                if w == "?" {
                    // A question opens with an auxiliary or a question word ("Will the court rule?",
                    // "Why did he resign?"); "The Pentagon said it will re-examine whether ...?" is a statement.
                    let first = word(range.lowerBound)
                    guard range.lowerBound < k, reader.cue(.aux, first) != nil || reader.cue(.question, first) != nil else { return }
                    if special == .none { special = .question }
                    if cue == nil { cue = "?" }
                    // "Will the court rule?": the auxiliary opening the question is the event's.
                    if reader.cue(.aux, first) != nil { readAuxiliary(range.lowerBound) }
                    return
                }
                if w == "." || w == "!" { return }
                k -= 1
            }
        }
    }
}

extension EventMention {
    /// An action its own time expression places after the publication day
    /// ("when he meets Svanberg on Wednesday" in a Sunday article, "the vote
    /// on 3 March" in a February one) lies ahead whatever the present tense
    /// of its verb says: future (planned), not a generic truth. A verb in the
    /// past tense is left as written: a past event dated after its telling is
    /// the date's mistake, not a plan.
    mutating func markAhead(of reference: TimeReference, pastTense: Bool) {
        guard !pastTense, timex != nil, factuality.time == .pastOrPresent, let published = reference.latest,
              let from = date?.earliest, from > published else { return }
        factuality.time = .future
        if factuality.special == .generic { factuality.special = .none }
    }

    /// An event told as lying ahead ("will decide soon", "plans to vote")
    /// with no time expression of its own is dated on or after the
    /// publication, not before it as a past action with no date would be.
    mutating func placeAfterPublication(_ reference: TimeReference) {
        guard factuality.time == .future, timex == nil, let from = reference.earliest else { return }
        date = TimeValue(value: "XXXX", granularity: .other, earliest: from, latest: nil)
        dateExplanation = "told as ahead (\(factuality.cue ?? "future")), no date in the sentence: on or after \(from)"
        dateBasis = .inferred
    }
}
