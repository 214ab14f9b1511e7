extension ActorScan {
    /// Settles every name once for the whole document.
    ///
    /// 1. Names established strongly (tables, head words, titles, given names)
    ///    form an index of full names and of the short forms they allow: a
    ///    person's tokens (the surname preferred: first for surname-first
    ///    names, last otherwise), an organisation without its legal designators
    ///    ("Huawei Technologies Co Ltd" -> "Huawei") or without its country
    ///    ("Chinese Foreign Ministry" -> "Foreign Ministry").
    /// 2. Every weaker candidate, and every name seen only where capitals
    ///    prove nothing (sentence start, headline), is linked through it.
    /// 3. All occurrences of the same name take the strongest reading found.
    mutating func settle() {
        var names = [String: (id: String, kind: ActorKind)]()
        var tokenLinks = [String: [(id: String, preferred: Bool)]]()
        for c in candidates where c.evidence == .strong && !c.fromTable {
            let tokens = Array(forms[c.start..<c.end])
            switch c.kind {
            case .person where tokens.count >= 2:
                let surnameFirst = lex.surnames.contains(tokens[0]) && !lex.givenNames.contains(tokens[0])
                for (k, t) in tokens.enumerated() {
                    let preferred = surnameFirst ? k == 0 : k == tokens.count - 1
                    if !(tokenLinks[t]?.contains { $0.id == c.id } ?? false) {
                        tokenLinks[t, default: []].append((c.id, preferred))
                    }
                }
            case .organization:
                let core = lex.strippingDesignators(tokens)
                if core.count < tokens.count && names[core.joined(separator: " ")] == nil {
                    names[core.joined(separator: " ")] = (c.id, c.kind)
                }
                // "Zentrix Systems Ltd" ... "Zentrix said".
                if core.count < tokens.count && core.count > 1 && names[core[0]] == nil
                    && lex.gazetteer[core[0]] == nil && !lex.stopWords.contains(core[0]) {
                    names[core[0]] = (c.id, c.kind)
                }
                if tokens.count >= 2, let q = lex.gazetteer[tokens[0]], lex.countryNames[q.id] != nil,
                    c.id.hasPrefix(q.id + "-") {
                    let rest = tokens.dropFirst().joined(separator: " ")
                    if names[rest] == nil { names[rest] = (c.id, c.kind) }
                }
            default:
                break
            }
        }
        // Full names override derived short forms.
        for c in candidates where c.evidence == .strong && !c.fromTable && c.kind != .other {
            let key = forms[c.start..<c.end].joined(separator: " ")
            if c.kind == .person && c.end - c.start < 2 { continue }
            if c.kind == .organization, let existing = names[key], existing.id != c.id { continue }
            names[key] = (c.id, c.kind)
        }

        // Where each full name is first written, and each single word first
        // stands alone outside a headline: a short form refers back to a full
        // name introduced before it ("Michelle Obama ... Mrs Obama"), never to
        // one written only after the article has used it on its own
        // ("President Obama ... Michelle Obama ... Obama said" is the president).
        var introduced = [String: Int]()
        for c in candidates where c.evidence == .strong && !c.fromTable && c.kind == .person && c.end - c.start >= 2 {
            introduced[c.id] = min(introduced[c.id] ?? c.start, c.start)
        }
        var alone = [String: Int]()
        for (start, end) in candidates.map({ ($0.start, $0.end) }) + pending.map({ ($0.start, $0.end) })
        where end - start == 1 && !inHeadline(start) {
            alone[forms[start]] = min(alone[forms[start]] ?? start, start)
        }
        func introducedFirst(_ id: String, before key: String) -> Bool {
            guard let first = introduced[id], let use = alone[key] else { return true }
            return first < use
        }
        func personLink(_ key: String) -> String? {
            guard let links = tokenLinks[key]?.filter({ introducedFirst($0.id, before: key) }) else { return nil }
            if links.count == 1 { return links[0].id }
            let preferred = links.filter(\.preferred)
            return preferred.count == 1 ? preferred[0].id : nil
        }

        var tentative = [Bool](repeating: false, count: candidates.count)
        for p in pending {
            candidates.append(Candidate(start: p.start, end: p.end, kind: p.speech ? .person : .other,
                                        id: forms[p.start..<p.end].joined(separator: " ").actorSlug,
                                        evidence: p.speech ? .speech : .none))
            tentative.append(true)
        }

        // Link weaker candidates (and single-token names) to the index.
        var keys = [String]()
        keys.reserveCapacity(candidates.count)
        for i in candidates.indices {
            let c = candidates[i]
            let key = c.end - c.start == 1 ? forms[c.start] : forms[c.start..<c.end].joined(separator: " ")
            keys.append(key)
            guard !c.fromTable, c.kind != .group else { continue }
            if let hit = names[key], hit.id != c.id || hit.kind != c.kind, c.evidence < .strong || c.kind == .organization {
                candidates[i].id = hit.id
                candidates[i].kind = hit.kind
                candidates[i].evidence = .linked
            } else if c.end - c.start == 1, c.evidence < .strong || c.kind == .person, let id = personLink(key), id != c.id {
                candidates[i].id = id
                candidates[i].kind = .person
                candidates[i].evidence = .linked
            }
        }

        // The strongest reading of each name applies to all its occurrences.
        var best = [String: Int]()
        for i in candidates.indices where !candidates[i].fromTable {
            let key = keys[i]
            if let j = best[key] {
                let (ci, cj) = (candidates[i], candidates[j])
                if ci.evidence > cj.evidence || (ci.evidence == cj.evidence && tentative[j] && !tentative[i]) {
                    best[key] = i
                }
            } else {
                best[key] = i
            }
        }
        var confirmed = Set<String>()
        for i in candidates.indices where !tentative[i] { confirmed.insert(keys[i]) }
        var kept = [Candidate]()
        kept.reserveCapacity(candidates.count)
        for i in candidates.indices {
            var c = candidates[i]
            if !c.fromTable, let j = best[keys[i]] {
                let b = candidates[j]
                c.id = b.id
                c.kind = b.kind
                c.evidence = max(c.evidence, b.evidence)
            }
            if tentative[i] && c.evidence == .none && !confirmed.contains(keys[i]) { continue }
            // Not an actor: an event or policy name ("his Brexit schedule").
            if !c.fromTable && lex.nonActors.contains(keys[i]) { continue }
            kept.append(c)
        }
        kept.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        // Drop any candidate overlapping an earlier (or, at the same start, longer) one.
        var result = [Candidate]()
        for c in kept {
            if let last = result.last, c.start < last.end { continue }
            result.append(c)
        }
        candidates = result
        pending.removeAll()
    }

    /// Whether token `t` stands in a headline, where a short form may come before the full name.
    func inHeadline(_ t: Int) -> Bool {
        guard let i = a.sentenceIndex(containing: a.tokens[t].span.start) else { return false }
        return a.sentences[i].furniture == .headline
    }

    /// The settled candidates as mentions with UTF-8 spans.
    func mentions() -> [ActorMention] {
        let tokens = a.tokens
        return candidates.map { c in
            let span = TextSpan(tokens[c.start].span.start, tokens[c.end - 1].span.end)
            var role: String?
            var phrase: TextSpan?
            if let r = c.role {
                let roleSpan = TextSpan(tokens[r.lowerBound].span.start, tokens[r.upperBound - 1].span.end)
                role = a.string(roleSpan)
                phrase = c.roleAfter ? TextSpan(span.start, roleSpan.end) : TextSpan(roleSpan.start, span.end)
            }
            return ActorMention(span: span, text: a.string(span), kind: c.kind, actorID: c.id, role: role,
                                phrase: phrase)
        }
    }
}
