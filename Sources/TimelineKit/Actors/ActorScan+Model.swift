extension ActorScan {
    /// The smallest type margin (``EntityModel/scoredSpans(in:)``) at which
    /// the tagger's type is taken; below it the name is kept with kind `other`.
    /// (Chosen on CoNLL-2003 validation: F1 0.878 at 0, 0.890 at 8, 0.887 at 12.)
    static let typeMargin: Float = 8

    /// Combines the trained tagger's names (``EntityTagger``) with the rules'
    /// candidates, before the document is settled.
    ///
    /// The rules keep what they know for sure: table forms (countries,
    /// capitals, demonyms before a government word, known organisations),
    /// head-word organisations, titled and role-bearing people, groups. The
    /// tagger decides the rest: where a name starts and ends when the rules
    /// only saw a capitalised run, what it is when the rules had no evidence
    /// (kind `other`, a speech verb, an owned role), names at the start of a
    /// sentence, and names the rules did not see at all. MISC names
    /// (nationalities, events, products) are not actors: a multi-word reading
    /// inside one that nothing established is dropped. Headline names stay tentative, as with the
    /// rules: the body must establish them.
    /// - Returns: the tagger's names that it decided (or that may retype a
    ///   table place), for ``retypeTaggedNames(_:)``.
    mutating func adoptTaggedNames() -> [EntitySpan] {
        guard let model = EntityTagger.shared else { return [] }
        let scored = model.scoredSpans(in: EntityTokens(a))
        let tagged = scored.map(\.span)
        guard !tagged.isEmpty else { return [] }
        var sentenceOf = [Int](repeating: -1, count: a.tokens.count)
        for (k, s) in a.sentences.enumerated() { for t in s.tokens { sentenceOf[t] = k } }

        // Token -> candidates (pending names) covering it: overlaps in O(name length).
        var candidateAt = [Int: [Int]](), pendingAt = [Int: [Int]]()
        for (i, c) in candidates.enumerated() { for t in c.start..<c.end { candidateAt[t, default: []].append(i) } }
        for (i, p) in pending.enumerated() { for t in p.start..<p.end { pendingAt[t, default: []].append(i) } }
        var removeCandidate = Set<Int>(), removePending = Set<Int>()
        var added = [Candidate]()
        var decided = [EntitySpan]()
        for (tagged, margin) in scored {
            // Titles are attributes, not names ("Mr Pence" -> "Pence").
            var m = tagged
            while m.end - m.start > 1 && lex.title(lowers[m.start]) == .honorific { m.start += 1 }
            let k = sentenceOf[m.start]
            guard k >= 0 else { continue }
            // A pronoun is never inside a name: "Obama Outlines His Plans for Economic Recovery" is a headline glued to the text.
            if (m.start + 1..<m.end).contains(where: { lex.pronouns.contains(forms[$0]) }) { continue }
            if isFieldLabel(m.start, m.end) { continue }
            // Nor are two table names one ("Mexico World Health Organisation"): the rules' reading stands.
            if gluesTableNames(forms[m.start..<m.end]) { continue }
            let s = a.sentences[k]
            // Bylines and source lines ("Source: Global Times Published: 2020/7/16") keep the rules' reading.
            if let f = s.furniture, f == .related || f == .comments || f == .share || f == .meta { continue }
            let overlapping = Self.covering(m, candidateAt)
            let pendingOverlap = Self.covering(m, pendingAt)
            var strong = overlapping.filter { candidates[$0].evidence == .strong }
            // A table form inside a longer tagged name is part of that name ("U.S. Open", "Air France").
            let inside = strong.filter {
                candidates[$0].fromTable && m.start <= candidates[$0].start && candidates[$0].end <= m.end
                    && candidates[$0].end - candidates[$0].start < m.end - m.start
            }
            if !inside.isEmpty && inside.count == strong.count {
                removeCandidate.formUnion(inside)
                strong = []
            }
            guard let taggedKind = m.type.actorKind else {
                // MISC ("Brexit", "World Cup"): after settling, a reading inside it
                // that nothing established is dropped (``retypeTaggedNames(_:)``).
                if strong.isEmpty { decided.append(m) }
                continue
            }
            // Too close a call between types: a name, but the document or the
            // other documents say what it is ("Critics say Zentrix was slow").
            let kind = margin < Self.typeMargin ? ActorKind.other : taggedKind
            if !strong.isEmpty {
                // The rules decided; only a table place may still be retyped after settling.
                if strong.contains(where: {
                    candidates[$0].fromTable && candidates[$0].kind == .place && candidates[$0].start == m.start
                        && candidates[$0].end == m.end
                }) {
                    decided.append(m)
                }
                continue
            }
            // "Huawei's rotating chairman": a name owning a role is an organisation.
            if taggedKind == .person, overlapping.contains(where: {
                candidates[$0].evidence == .employer && candidates[$0].start == m.start && candidates[$0].end == m.end
            }) {
                continue
            }
            // An uncertain type adds nothing to a reading the rules have ("Liang said").
            if kind == .other && !(overlapping.isEmpty && pendingOverlap.isEmpty) { continue }
            if s.furniture == .headline || shouted[m.start] && kind == .person {
                removePending.formUnion(pendingOverlap)
                pending.append(Pending(start: m.start, end: m.end, speech: kind == .person))
                continue
            }
            removeCandidate.formUnion(overlapping)
            removePending.formUnion(pendingOverlap)
            let tokens = Array(forms[m.start..<m.end])
            let id = (kind == .organization ? lex.strippingDesignators(tokens) : tokens).joined(separator: " ").actorSlug
            // A full name is established like the rules' strong names (its short
            // forms link to it); a one-word name stays below the rules' readings
            // (a table, a head word, an owned role), so settling may still link
            // it to a name the document establishes ("Zentrix" -> "Zentrix Systems Ltd").
            var c = Candidate(start: m.start, end: m.end, kind: kind, id: id, evidence: kind == .other ? .none : m.end - m.start > 1 ? .strong : .speech)
            if kind == .person {
                let saved = sentence
                sentence = s.tokens
                if let r = roleAfter(m.end) {
                    c.role = r
                    c.roleAfter = true
                } else {
                    c.role = roleBefore(m.start)
                }
                sentence = saved
                for t in m.start..<m.end { personTokens.insert(t) }
            }
            added.append(c)
            if kind != .other { decided.append(m) }
        }
        if !removeCandidate.isEmpty {
            candidates = candidates.indices.filter { !removeCandidate.contains($0) }.map { candidates[$0] }
        }
        if !removePending.isEmpty {
            pending = pending.indices.filter { !removePending.contains($0) }.map { pending[$0] }
        }
        candidates += added
        return decided
    }

    /// The indices covering any token of `m`, ascending, once each.
    private static func covering(_ m: EntitySpan, _ at: [Int: [Int]]) -> [Int] {
        var found = [Int]()
        for t in m.start..<m.end { if let list = at[t] { found += list } }
        if found.count > 1 { found = Array(Set(found)).sorted() }
        return found
    }

    /// After settling, a name the tagger found with exactly the same span
    /// takes the tagger's type, which reads the context ("Jordan scored",
    /// "CHICAGO 5 Houston 3"): a table form read as a person or an
    /// organisation no longer stands for the country or place of the table.
    /// Groups, names linked to a name the document establishes and the
    /// rules' strong readings keep their kind.
    mutating func retypeTaggedNames(_ tagged: [EntitySpan]) {
        guard !tagged.isEmpty else { return }
        var types = [Int: (end: Int, type: EntityType)]()
        var misc = [Int: Int]()
        for m in tagged {
            if m.type == .misc {
                for t in m.start..<m.end { misc[t] = m.end }
            } else {
                types[m.start] = (m.end, m.type)
            }
        }
        // A one-word name read as MISC may be an organisation the other documents
        // establish ("ban Huawei equipment"): only longer unestablished readings go.
        if !misc.isEmpty {
            candidates.removeAll { c in
                c.evidence == .none && c.kind == .other && c.end - c.start > 1
                    && (c.start..<c.end).allSatisfy { misc[$0] != nil }
            }
        }
        for i in candidates.indices {
            let c = candidates[i]
            guard c.kind != .group, let m = types[c.start], m.end == c.end, let kind = m.type.actorKind,
                kind != c.kind, c.fromTable ? c.kind == .place : c.evidence <= .speech
            else { continue }
            candidates[i].kind = kind
            if c.fromTable {
                let tokens = Array(forms[c.start..<c.end])
                candidates[i].id = tokens.joined(separator: " ").actorSlug
                candidates[i].fromTable = false
            }
        }
    }
}
