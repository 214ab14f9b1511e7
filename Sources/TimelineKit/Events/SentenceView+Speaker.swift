/// Who the subject of a verb is when the parse's subject names no actor
/// itself: the one a spokesman speaks for, nobody for a plain common noun
/// ("the singer", "officers", "the jury"), the clause heuristics for a
/// pronoun, a government or group noun ("the company", "the
/// administration", "Chinese officials").
extension SentenceView {
    /// Nouns of people who speak for someone else (`events/proxy-speakers.tsv`).
    static let proxySpeakers: Set<String> = Set(ResourceTable.rows("events/proxy-speakers.tsv").compactMap(\.first))

    /// What stands in for the subject `s` of the parse (a token that names
    /// no actor by ``participant(naming:in:)``) of a trigger:
    /// - a speech verb whose subject is a spokesman, lawyer or official
    ///   ("A Microsoft spokesman said", "the Los Angeles police department's
    ///   spokesman said"): the actor spoken for, the first name in the
    ///   subject phrase before its noun, possessor included;
    /// - a common noun that no actor table knows as a group, a government or
    ///   an organisation, with no pronoun in it ("the singer died", "officers
    ///   had arrested", "Jackson's doctor"): nobody — the agent is the phrase
    ///   (``Roles/arguments``), not a name found elsewhere in the sentence;
    /// - anything else: `fallback`, the clause heuristics' subject.
    func subject(standingFor s: Int, in p: SentenceParse, speech: Bool, fallback: Participant?) -> Participant? {
        let tag = p.tag(s)
        // A name that modifies a noun after it names no subject ("The Hong Kong flu killed").
        if tag == .properNoun, context.mentionIndex(at: s) != nil, modifiesNoun(mentionAt: s) { return nil }
        // A time expression taken for the subject ("Apple Computer today launched") is a parse error.
        guard tag == .noun, !quoted(s), !isTimex(s) else { return fallback }
        let head = word(s)
        let phrase = p.subtree(of: s).filter { t in
            // The noun phrase without clauses attached to it.
            !p.tokens.contains(t) || t == s || !clauseBelow(t, noun: s, in: p)
        }
        if let named = commaApposition(around: phrase, noun: s) { return named }
        if speech, Self.proxySpeakers.contains(head) {
            for t in phrase where t < s {
                if let m = context.mentionIndex(at: t), !quoted(t) {
                    return Participant(actorID: context.mentions[m].actorID, token: t)
                }
            }
            return nil
        }
        if phrase.contains(where: isPronoun) { return fallback }
        if Self.isBodyNoun(head) {
            // "the Obama administration", "the BP board", "authorities in Haiti": the name qualifying
            // the body. With none ("as the federal government announced"), nobody: the phrase is the
            // subject as written, not a name found elsewhere in the sentence.
            for t in phrase where t != s {
                if let m = context.mentionIndex(at: t), !quoted(t) { return Participant(actorID: context.mentions[m].actorID, token: t) }
            }
            // A possessor the parse split off the phrase ("Hong Kong 's government", read as two subjects).
            if let f = fallback, let lo = phrase.min(), f.token < lo {
                var e = end(ofMentionAt: f.token)
                if possessiveClitic(e) || word(e) == "'" { e += 1 }
                if e == lo { return f }
            }
            return nil
        }
        return nil
    }

    /// A person named beside a noun phrase between commas, where the parse
    /// took the description for the subject: "Rahm Emanuel, the White House
    /// chief of staff, said", "the judge, Michael Pastor, told", "Ed Markey,
    /// chairman of the committee, has accused" (the name parsed inside the phrase).
    private func commaApposition(around phrase: [Int], noun s: Int) -> Participant? {
        // (The parse may hang the closing comma on the phrase.)
        let words = phrase.filter { context.analysis.tokens[$0].kind != .punctuation }
        guard let lo = words.min(), let hi = words.max() else { return nil }
        func person(at k: Int) -> Participant? {
            guard range.contains(k), !quoted(k), let m = context.mentionIndex(at: k), context.kind(of: m) == .person else { return nil }
            return Participant(actorID: context.mentions[m].actorID, token: k)
        }
        if let p = person(at: lo), word(end(ofMentionAt: lo)) == ",", end(ofMentionAt: lo) < s { return p }
        // "NAME, the role, ...": the name ends right before the comma opening the phrase, and a comma closes it.
        if lo - 2 >= range.lowerBound, word(lo - 1) == ",", word(hi + 1) == ",", let p = person(at: lo - 2) { return p }
        // "the role, NAME, ...".
        if word(hi + 1) == ",", let p = person(at: hi + 2), word(end(ofMentionAt: hi + 2)) == "," { return p }
        return nil
    }

    /// Whether token `t` of the subtree of `noun` is inside a clause attached to it (a relative clause, an apposition's clause).
    private func clauseBelow(_ t: Int, noun: Int, in p: SentenceParse) -> Bool {
        var k = t
        var steps = 0
        while let h = p.head(k), k != noun, steps < 64 {
            switch p.relation(k) {
            case .acl, .aclRelcl, .advcl, .ccomp, .parataxis, .appos: return true
            default: break
            }
            k = h
            steps += 1
        }
        return false
    }
}

// MARK: Attributions

extension SentenceView {
    /// Attribution phrases (`events/attribution-phrases.tsv`), as lower-case word sequences.
    static let attributionPhrases: [[String]] = ResourceTable.rows("events/attribution-phrases.tsv").compactMap { row in
        row.first.map { $0.lowercased().split(separator: " ").map(String.init) }
    }

    /// A source named by an attribution phrase ("..., according to Cuban
    /// Foreign Minister Bruno Rodriguez."): the speaker (a person named in
    /// the source's phrase before any other actor, else its first actor),
    /// the phrase's tokens (from the phrase to the end of the source's
    /// phrase) and what was said, the rest of the sentence.
    func attribution() -> (speaker: Participant, phrase: Range<Int>, content: String)? {
        let a = context.analysis
        for start in range {
            guard let words = Self.attributionPhrases.first(where: { ws in
                ws.indices.allSatisfy { start + $0 < range.upperBound && word(start + $0) == ws[$0] }
            }), !quoted(start) else { continue }
            // The source: up to the next clause boundary (a comma closing an apposition included).
            let from = start + words.count
            var stop = from
            while stop < range.upperBound && !boundary(stop) { stop += 1 }
            var speaker: Participant?
            var k = from
            while k < stop {
                if let m = context.mentionIndex(at: k), !quoted(k) {
                    let p = Participant(actorID: context.mentions[m].actorID, token: k)
                    if context.kind(of: m) == .person { speaker = p; break }
                    if speaker == nil { speaker = p }
                    k = self.end(ofMentionAt: k)
                    continue
                }
                k += 1
            }
            guard let speaker else { return nil }
            // What was said: the sentence without the attribution (and the commas around it).
            var lo = range.lowerBound, hi = range.upperBound
            if start > range.lowerBound + 2 {
                hi = start
            } else {
                lo = stop
            }
            var parts = [String]()
            for t in lo..<hi where context.quoteMarks[t] == nil { parts.append(a.string(token: t)) }
            while let last = parts.last, [",", ".", ";", ":"].contains(last) { parts.removeLast() }
            while let first = parts.first, [",", ".", ";", ":"].contains(first) { parts.removeFirst() }
            guard parts.count >= 3 else { return nil }
            if let first = parts.first, TextLexicon.shared.sentenceStarters.contains(first), first != "I" {
                parts[0] = first.lowercased()
            }
            var content = ""
            for p in parts.prefix(18) {
                if !content.isEmpty && ![",", ".", ";", ":", "'s", "\u{2019}s", "%", ")"].contains(p) && !content.hasSuffix("$") { content += " " }
                content += p
            }
            return (speaker, start..<stop, content + (parts.count > 18 ? " …" : ""))
        }
        return nil
    }
}

// MARK: What was said

extension SentenceView {
    /// Whether a plain verb of saying (the `statement` rows of
    /// `events/triggers.tsv`: "said", "claimed", "expressed") reports a
    /// proposition, by the parse: not when it takes a nominal object and no
    /// clause ("the flu claimed another million lives", "expressed concern"),
    /// unless it is attached to what was said ("..., Hua said") or is a
    /// verb whose object is the listener ("told the jury that ..."). Other
    /// speech verbs ("denied the accusations") and sentences with no parse
    /// are taken as they are.
    func reportsProposition(_ trigger: Trigger) -> Bool {
        guard trigger.info.type == "statement", let p = parse, p.tokens.contains(trigger.token) else { return true }
        let v = trigger.token
        // "told the jury that ...": the object of a listener verb is who was told.
        if context.lexicon.listenerVerbs.contains(word(v)) { return true }
        guard let object = p.object(of: v), p.tag(object) == .noun, !isTimex(object) else { return true }
        if !p.children(of: v, .ccomp, .parataxis, .xcomp, .csubj).isEmpty { return true }
        // A clause the parse hung from the object ("noted the growth that ...", "claimed the jury that ...").
        if p.children(of: object, .acl, .aclRelcl).contains(where: { p.marker(of: $0) != nil }) { return true }
        switch p.relation(v) {
        case .parataxis, .ccomp, .advcl, .conj: return true
        default: break
        }
        // A quotation before the verb is what was said ("'...,' Guo Ping told those attending").
        if (range.lowerBound..<v).contains(where: { context.quoteMarks[$0] != nil }) { return true }
        return false
    }
}

// MARK: Subjects as written

extension SentenceView {
    /// The noun phrase a name modifies, as written ("The Hong Kong flu"):
    /// from a determiner right before the name to the noun right after it;
    /// nil when that noun is not right before `limit` (the trigger) or
    /// anything else stands in between.
    func namedNounPhrase(at k: Int, before limit: Int) -> String? {
        let a = context.analysis
        guard let m = context.mentionIndex(at: k) else { return nil }
        var start = k
        while start > range.lowerBound && context.mentionIndex(at: start - 1) == m { start -= 1 }
        let noun = end(ofMentionAt: start)
        guard noun + 1 == limit || noun + 1 < limit && info(noun + 1).contains(.adverb) && noun + 2 == limit else { return nil }
        if start > range.lowerBound, info(start - 1).contains(.determiner) { start -= 1 }
        var parts = [String]()
        for t in start...noun { parts.append(a.string(token: t)) }
        return parts.joined(separator: " ")
    }
}

// MARK: Role descriptions

extension SentenceView {
    /// Words that make a role one held before ("former President", "ex-chairman", "the late king").
    static let pastRoleWords = ResourceTable.words("events/past-role-words.tsv")

    /// The person a definite role description stands for ("the US president",
    /// "the defense secretary", "Haiti's president"): the latest person named
    /// earlier in the document with a role of that noun ("US President Barack
    /// Obama") whose role also holds each word qualifying the noun, a place
    /// being matched by its actor ("Haiti's president", "Haitian President
    /// Rene Preval"). Nobody when no such person was named, or when the
    /// description is indefinite ("a former president") or a spokesman's (who
    /// speaks for someone, ``proxySpeakers``).
    func roleHolder(_ t: Int, in p: SentenceParse) -> Participant? {
        let head = word(t)
        let actors = ActorLexicon.shared
        guard p.tag(t) == .noun, !quoted(t), let kind = actors.title(head), kind == .head || kind == .capitalisedHead,
              !Self.proxySpeakers.contains(head) else { return nil }
        let modifiers = p.children(of: t).filter { $0 < t }
        let definite = modifiers.contains { p.relation($0) == .det && word($0) == "the" || p.relation($0) == .nmodPoss }
        guard definite else { return nil }
        // The qualifying words and places: everything before the noun in its phrase but the article and the possessive mark.
        var words = [String](), places = [String]()
        for m in modifiers where p.relation(m) != .det {
            for k in p.subtree(of: m) where k < t {
                if let mention = context.mentionIndex(at: k) {
                    if context.kind(of: mention) == .place { places.append(context.mentions[mention].actorID) }
                    else { return nil }  // "Huawei's chairman", "Jackson's doctor": a possessor, not a qualifier
                } else if context.analysis.tokens[k].kind == .word, !possessiveClitic(k) {
                    words.append(word(k))
                }
            }
        }
        let start = context.analysis.tokens[t].span.start
        for m in context.mentions.indices.reversed() where context.mentions[m].span.start < start {
            let mention = context.mentions[m]
            guard context.kind(of: m) == .person, let role = mention.role else { continue }
            let written = role.split(whereSeparator: { $0 == " " || $0 == "-" }).map { w in
                w.hasSuffix("'s") || w.hasSuffix("\u{2019}s") ? String(w.dropLast(2)) : String(w)
            }
            let roleWords = written.map { $0.lowercased() }
            guard roleWords.contains(head), words.allSatisfy(roleWords.contains) else { continue }
            // A role held no longer ("former President Bill Clinton") is not "the president".
            if let past = roleWords.first(where: Self.pastRoleWords.contains), !words.contains(past) { continue }
            let rolePlaces = Set(written.compactMap { actors.gazetteer[$0]?.id })
            guard places.allSatisfy(rolePlaces.contains) else { continue }
            return Participant(actorID: mention.actorID, token: t)
        }
        return nil
    }
}
