/// One document's pass of the ``ActorRecognizer``: finds candidate names
/// sentence by sentence, then settles each name once for the whole document.
struct ActorScan {
    /// How sure a candidate is of what it names; the strongest reading of a
    /// name wins for every occurrence of that name in the document.
    enum Evidence: Int, Comparable {
        /// A capitalised name with nothing known about it.
        case none = 0
        /// A speech verb follows it ("Liang said").
        case speech = 1
        /// It owns a role ("Huawei chairman", "Huawei's rotating chairman").
        case employer = 2
        /// It is a short form of a name established in this document.
        case linked = 3
        /// Tables or an unambiguous context (head word, title, given name).
        case strong = 4

        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    struct Candidate {
        var start: Int
        var end: Int
        var kind: ActorKind
        var id: String
        var evidence: Evidence
        /// Token range of a title or role given with a person.
        var role: Range<Int>?
        /// Whether `role` comes after the name (apposition).
        var roleAfter = false
        /// From the tables (a country, a place, a known organisation): never relinked.
        var fromTable = false
    }

    /// A name seen where capitals prove nothing (sentence start, headline):
    /// it becomes a mention only if the document establishes it elsewhere.
    struct Pending {
        var start: Int
        var end: Int
        var speech: Bool
    }

    let a: TextAnalysis
    let lex: ActorLexicon
    /// Lookup form of each token: its text; an all-capital word of three or
    /// more letters in title case ("LONDON" -> "London"; tables are tried with
    /// the word as written first, so "CNBC" still matches).
    let forms: [String]
    let lowers: [String]
    let isCap: [Bool]
    /// Words of three or more capital letters, whose `forms` are in title case.
    let allCaps: [Bool]
    /// Words of shouted text ("CEO HAYWARD LOSES HIS JOB"): three or more
    /// words in capitals in a row, a function word among them. Capitals
    /// prove nothing there: a person the tagger reads in it stays tentative,
    /// as in a headline, until the text names them in plain case, and one
    /// the rules read is cut to what the evidence covers.
    let shouted: [Bool]
    var isInitial: [Bool]
    var candidates = [Candidate]()
    var pending = [Pending]()
    /// Token indices covered by person names (a role never reaches across one).
    var personTokens = Set<Int>()
    /// The current sentence's token range.
    var sentence = 0..<0

    init(_ analysis: TextAnalysis, _ lexicon: ActorLexicon) {
        a = analysis
        lex = lexicon
        let n = analysis.tokens.count
        var forms = [String](), lowers = [String](), isCap = [Bool](), allCapsFlags = [Bool]()
        forms.reserveCapacity(n)
        lowers.reserveCapacity(n)
        isCap.reserveCapacity(n)
        let b = analysis.bytes
        // Words in capitals with no small letter, of any length ("CEO", "HIS", "OF"): what shouted text is made of.
        var capitalsOnly = [Bool]()
        capitalsOnly.reserveCapacity(n)
        for t in analysis.tokens {
            let s = t.span
            var allCaps = t.kind == .word && s.length >= 3
            var upper = 0, small = false
            for k in s.start..<s.end {
                let c = b[k]
                let isUpper = c >= 0x41 && c <= 0x5A
                if isUpper { upper += 1 }
                if c >= 0x61 && c <= 0x7A { small = true }
                allCaps = allCaps && isUpper
            }
            capitalsOnly.append(t.kind == .word && (upper > 0 || t.isCapitalized) && !small)
            let text = String(decoding: b[s.start..<s.end], as: UTF8.self)
            // Most tokens have no capital: one string serves as both forms.
            let lower = upper == 0 ? text
                : String(decoding: b[s.start..<s.end].lazy.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
            if allCaps {
                var bytes = Array(lower.utf8)
                bytes[0] -= 32
                forms.append(String(decoding: bytes, as: UTF8.self))
            } else {
                forms.append(text)
            }
            lowers.append(lower)
            allCapsFlags.append(allCaps)
            isCap.append(t.kind == .word && t.isCapitalized)
        }
        self.forms = forms
        self.lowers = lowers
        self.isCap = isCap
        self.allCaps = allCapsFlags
        var shouted = [Bool](repeating: false, count: n)
        var runStart = 0, functionWords = 0
        for t in 0...n {
            if t < n && capitalsOnly[t] {
                let titled = lowers[t].prefix(1).uppercased() + lowers[t].dropFirst()
                if lexicon.stopWords.contains(titled) { functionWords += 1 }
                continue
            }
            if t - runStart >= 3 && functionWords > 0 { for k in runStart..<t { shouted[k] = true } }
            runStart = t + 1
            functionWords = 0
        }
        self.shouted = shouted
        isInitial = [Bool](repeating: false, count: n)
    }

    // MARK: Pass 1: candidates sentence by sentence

    mutating func recognize() {
        for s in a.sentences {
            if let f = s.furniture, f == .related || f == .comments || f == .share { continue }
            sentence = s.tokens
            markInitials()
            let headline = s.furniture == .headline
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard isCap[i] else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < sentence.upperBound {
                    if isCap[j] {
                        j += 1
                    } else if isConnector(j) && j + 1 < sentence.upperBound && isCap[j + 1] {
                        j += 2
                    } else {
                        break
                    }
                }
                if isFieldLabel(i, j) {
                    i = j
                    continue
                }
                i = max(j, run(i, j, headline: headline))
            }
        }
        let tagged = adoptTaggedNames()
        settle()
        retypeTaggedNames(tagged)
    }

    /// The first word of a sentence, and a word after an opening quote, a
    /// colon or a dash, is capitalised for reasons other than being a name.
    private mutating func markInitials() {
        var first = true
        for t in sentence {
            if a.tokens[t].kind == .word {
                isInitial[t] = first
                first = false
            } else {
                let f = forms[t]
                first = first || f == "\"" || f == "“" || f == "‘" || f == "'" || f == ":" || f == "(" || f == "-"
                    || f == "–" || f == "—"
            }
        }
    }

    /// Whether the capitalised run `[start, end)` is a field's label: one word, a
    /// colon, and a code of letters and digits ("(ID: nN04102706)" in a wire story).
    func isFieldLabel(_ start: Int, _ end: Int) -> Bool {
        guard end == start + 1, end + 1 < forms.count, forms[end] == ":" else { return false }
        let code = a.tokens[end + 1].span
        let bytes = a.bytes[code.start..<code.end]
        return bytes.contains { $0 >= 0x30 && $0 <= 0x39 } && bytes.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Whether a capitalised run that is no table form itself opens with a table form and ends
    /// with a table name ("swine flu-struck Mexico World Health Organisation has warned", a
    /// headline run into the text): two names, not one organisation.
    func gluesTableNames(_ tokens: ArraySlice<String>) -> Bool {
        guard tokens.count > 2, let first = tokens.first, lex.gazetteer[first] != nil,
              lex.gazetteer[tokens.joined(separator: " ")] == nil else { return false }
        return (tokens.startIndex + 1..<tokens.endIndex - 1).contains { lex.gazetteer[tokens[$0...].joined(separator: " ")]?.role == .name }
    }

    private func isConnector(_ t: Int) -> Bool { lowers[t] == "of" || forms[t] == "&" }

    /// Reads one run of capitalised tokens `[start, end)`; returns the token
    /// index reached (past `end` when a form continues in lower case).
    private mutating func run(_ start: Int, _ end: Int, headline: Bool) -> Int {
        var p = start
        var titled = false
        while p < end {
            if isConnector(p) {
                p += 1
                continue
            }
            if !headline, let org = organization(p, end) {
                candidates.append(org)
                p = org.end
                titled = false
                continue
            }
            if let (len, entry) = gazetteer(p) {
                p = gazetteerMention(p, len, entry)
                titled = false
                continue
            }
            if lex.stopWords.contains(forms[p]) {
                p += 1
                titled = false
                continue
            }
            if let len = title(p, honorificOrHeadOnly: true) {
                p += len
                titled = true
                continue
            }
            var q = p + 1
            while q < end && !isConnector(q) && !lex.stopWords.contains(forms[q]) && title(q, honorificOrHeadOnly: true) == nil {
                q += 1
            }
            name(p, q, runEnd: end, titled: titled, headline: headline)
            titled = false
            p = q
        }
        return p
    }

    // MARK: Organisations by head word

    /// An organisation or facility ending in a head word from the table
    /// ("Federal Communications Commission", "Huawei Technologies Co Ltd",
    /// "Vancouver International Airport"), with an "of" complement
    /// ("Communist Party of China").
    private func organization(_ p: Int, _ end: Int) -> Candidate? {
        guard !lex.stopWords.contains(forms[p]) || lex.heads[forms[p]] != nil else { return nil }
        var q = p
        var lastHead: Int?
        while q < end {
            if lex.heads[forms[q]] != nil {
                lastHead = q
            } else if isConnector(q) {
                guard lastHead == q - 1 else { break }
            } else if lex.stopWords.contains(forms[q]) || (q > p && title(q, honorificOrHeadOnly: true) != nil) {
                // A title opening the name may be the organisation's own word ("General Assembly", "General Motors").
                break
            }
            q += 1
        }
        guard let h = lastHead, let head = lex.heads[forms[h]] else { return nil }
        var last = h
        // "Bank of England", "Communist Party of China".
        if last + 2 < end && isConnector(last + 1) && isCap[last + 2] {
            last += 2
            while last + 1 < end && isCap[last + 1] && !lex.stopWords.contains(forms[last + 1]) { last += 1 }
        }
        // One head word alone is an organisation only for a national body ("Congress").
        guard last > p || head.scope == .national else { return nil }
        let tokens = Array(forms[p...last])
        let key = tokens.joined(separator: " ")
        if gluesTableNames(forms[p...last]) { return nil }
        var c = Candidate(start: p, end: last + 1, kind: head.kind, id: "", evidence: .strong)
        if let entry = lex.gazetteer[key], entry.role == .name {
            c.id = entry.id
            c.kind = entry.kind
            c.fromTable = true
            return c
        }
        if head.kind != .organization {
            c.id = key.actorSlug
            return c
        }
        if lex.heads[forms[h]]?.scope == .national {
            // "Chinese Foreign Ministry", "China's Foreign Ministry": the country qualifies the id.
            if tokens.count > 1, let country = lex.gazetteer[tokens[0]], country.kind == .place,
                lex.countryNames[country.id] != nil {
                c.id = country.id + "-" + tokens.dropFirst().joined(separator: " ").actorSlug
                return c
            }
            if p >= sentence.lowerBound + 2, lowers[p - 1] == "'s" || lowers[p - 1] == "’s",
                let country = lex.gazetteer[forms[p - 2]], lex.countryNames[country.id] != nil {
                c.id = country.id + "-" + key.actorSlug
                return c
            }
        }
        c.id = lex.strippingDesignators(tokens).joined(separator: " ").actorSlug
        return c
    }

    // MARK: Tables: countries, places, known organisations

    /// The longest gazetteer form starting at token `p` (it may run on past
    /// the capitalised run: "Bosnia and Herzegovina").
    private func gazetteer(_ p: Int) -> (Int, ActorLexicon.Entry)? {
        // All-capital tokens are tried as written first ("CNBC"), then in title case ("LONDON").
        let raw = allCaps[p] ? a.string(token: p) : forms[p]
        let maxLen = max(lex.gazetteerSpan[raw] ?? 0, lex.gazetteerSpan[forms[p]] ?? 0)
        guard maxLen > 0 else { return nil }
        var len = min(maxLen, sentence.upperBound - p)
        while len > 0 {
            if allCaps[p..<(p + len)].contains(true) {
                let key = (p..<(p + len)).map { allCaps[$0] ? a.string(token: $0) : forms[$0] }.joined(separator: " ")
                if let e = lex.gazetteer[key] { return (len, e) }
            }
            let key = len == 1 ? forms[p] : forms[p..<(p + len)].joined(separator: " ")
            if let e = lex.gazetteer[key] { return (len, e) }
            len -= 1
        }
        return nil
    }

    private mutating func gazetteerMention(_ p: Int, _ len: Int, _ e: ActorLexicon.Entry) -> Int {
        let end = p + len
        switch e.role {
        case .name:
            candidates.append(Candidate(start: p, end: end, kind: e.kind, id: e.id, evidence: .strong, fromTable: true))
        case .demonym:
            if end < sentence.upperBound && lex.governmentWords.contains(lowers[end]) {
                candidates.append(Candidate(start: p, end: end + 1, kind: e.kind, id: e.id, evidence: .strong,
                                            fromTable: true))
                return end + 1
            }
            if end < sentence.upperBound && lex.groupNouns.contains(lowers[end]) {
                let text = forms[p..<(end + 1)].joined(separator: " ")
                candidates.append(Candidate(start: p, end: end + 1, kind: .group, id: text.actorSlug, evidence: .strong))
                return end + 1
            }
        case .capital:
            let locative = p > sentence.lowerBound && lex.locatives.contains(lowers[p - 1])
            let placeFollows = end + 1 < sentence.upperBound && forms[end] == ","
                && lex.gazetteer[forms[end + 1]].map { $0.kind == .place } == true
            if locative || placeFollows {
                let text = forms[p..<end].joined(separator: " ")
                candidates.append(Candidate(start: p, end: end, kind: .place, id: text.actorSlug, evidence: .strong,
                                            fromTable: true))
            } else {
                candidates.append(Candidate(start: p, end: end, kind: e.kind, id: e.id, evidence: .strong,
                                            fromTable: true))
            }
        }
        return end
    }

    // MARK: Titles and roles

    /// The length of the title phrase starting at `p`, if any (case-insensitive).
    private func title(_ p: Int, honorificOrHeadOnly: Bool) -> Int? {
        guard let maxLen = lex.titleSpan[lowers[p]] else { return nil }
        var len = min(maxLen, sentence.upperBound - p)
        while len > 0 {
            let key = len == 1 ? lowers[p] : lowers[p..<(p + len)].joined(separator: " ")
            if let kind = lex.title(key) {
                if !honorificOrHeadOnly || kind == .head || kind == .honorific || (kind == .capitalisedHead && isCap[p]) {
                    return len
                }
            }
            len -= 1
        }
        return nil
    }

    /// Whether token `t` is a title word, and whether a role noun (a head;
    /// an honorific alone is not a role, and "judge" is a verb unless capitalised).
    private func isRoleWord(_ t: Int) -> (isRole: Bool, isHead: Bool) {
        guard let kind = lex.title(lowers[t]) else { return (false, false) }
        return (true, kind == .head || (kind == .capitalisedHead && isCap[t]))
    }

    private func isPossessive(_ t: Int) -> Bool { lowers[t] == "'s" || lowers[t] == "’s" }

    private func isRoleConnector(_ t: Int) -> Bool {
        let w = lowers[t]
        return w == "of" || w == "the" || w == "a" || w == "an" || w == "for" || w == "at"
    }

    /// The role phrase written just before a name: "US Secretary of State",
    /// "Huawei's rotating chairman", "Chinese president," (apposition).
    func roleBefore(_ p: Int) -> Range<Int>? {
        var t = p - 1
        guard t >= sentence.lowerBound else { return nil }
        if forms[t] == "," { t -= 1 }
        let end = t + 1
        var sawHead = false
        while t >= sentence.lowerBound && !personTokens.contains(t) && end - t <= 12 {
            let (role, head) = isRoleWord(t)
            if role {
                sawHead = sawHead || head
            } else if isPossessive(t) || isRoleConnector(t) {
                // part of the phrase
            } else if lowers[t] == "and" && t > sentence.lowerBound && !isCap[t - 1] && isRoleWord(t - 1).isRole {
                // "chief financial officer and daughter of ..."
            } else if isCap[t] && !lex.stopWords.contains(forms[t]) {
                // "Huawei", "US", "Foreign Ministry"
            } else {
                break
            }
            t -= 1
        }
        var start = t + 1
        while start < end && (isRoleConnector(start) || isPossessive(start) || lowers[start] == "and") { start += 1 }
        // "the chairman of the Joint Chiefs": a name after the role's "of the" is what the role is of, not its holder.
        if isRoleConnector(end - 1) { return nil }
        return sawHead && start < end ? start..<end : nil
    }

    /// A role apposition after a name: ", Huawei's rotating chairman," or
    /// ", the new chairman of the Defence Select Committee,".
    func roleAfter(_ q: Int) -> Range<Int>? {
        guard q + 1 < sentence.upperBound, forms[q] == "," else { return nil }
        var t = q + 1
        var sawHead = false
        while t < sentence.upperBound && t - q <= 12 {
            let (role, head) = isRoleWord(t)
            if role {
                sawHead = sawHead || head
            } else if isPossessive(t) || isRoleConnector(t) || lowers[t] == "and" {
            } else if isCap[t] && !lex.stopWords.contains(forms[t]) {
            } else {
                break
            }
            t += 1
        }
        let closes = t == sentence.upperBound || forms[t] == "," || forms[t] == "." || forms[t] == ")"
        var start = q + 1
        while start < t && (isRoleConnector(start) || lowers[start] == "and") { start += 1 }
        return sawHead && closes && start < t ? start..<t : nil
    }

    /// A speech verb right after the name, or after one adverb ("Trump recently said").
    private func speechFollows(_ q: Int) -> Bool {
        guard q < sentence.upperBound else { return false }
        if lex.speechVerbs.contains(lowers[q]) { return true }
        return q + 1 < sentence.upperBound && a.tokens[q].kind == .word && !isCap[q]
            && lowers[q].hasSuffix("ly") && lex.speechVerbs.contains(lowers[q + 1])
    }

    /// A role word follows the name, possibly after a possessive: the name is
    /// an employer ("Huawei chairman", "Huawei's rotating chairman").
    private func ownsRole(_ q: Int) -> Bool {
        var t = q
        if t < sentence.upperBound && isPossessive(t) { t += 1 }
        var steps = 0
        while t < sentence.upperBound && steps < 4 {
            let (role, head) = isRoleWord(t)
            guard role else { return false }
            if head { return true }
            t += 1
            steps += 1
        }
        return false
    }

    // MARK: Names

    /// Classifies the name `[p, q)` of a run ending at `runEnd`.
    private mutating func name(_ p: Int, _ q: Int, runEnd: Int, titled: Bool, headline: Bool) {
        let n = q - p
        let first = forms[p], last = forms[q - 1]
        // Groups: "Conservative MPs", "Conservatives", "European countries".
        if lex.groupNouns.contains(last) && (n >= 2 || !isInitial[p]) && !headline {
            candidates.append(Candidate(start: p, end: q, kind: .group,
                                        id: forms[p..<q].joined(separator: " ").actorSlug, evidence: .strong))
            return
        }
        if q == runEnd && q < sentence.upperBound && lex.groupNouns.contains(lowers[q]) && !isInitial[p] && !headline {
            candidates.append(Candidate(start: p, end: q + 1, kind: .group,
                                        id: forms[p...q].joined(separator: " ").actorSlug, evidence: .strong))
            return
        }
        // "European", "Kurdish": an adjective alone names nobody.
        if n == 1 && lex.adjectives.contains(first) { return }
        let given = lex.givenNames.contains(first) && n >= 2
        let surname = (2...3).contains(n) && (lex.surnames.contains(first) || lex.surnames.contains(last))
        // "spokeswoman Hua Chunying", "Chinese president, Xi Jinping".
        var titleBefore = titled
        if !titled && p > sentence.lowerBound {
            let t = forms[p - 1] == "," ? p - 2 : p - 1
            titleBefore = t >= sentence.lowerBound && !isCap[t] && isRoleWord(t).isHead
        }
        let after = roleAfter(q)
        if !headline && (given || surname || titleBefore || after != nil) {
            // In shouted text capitals do not show where a name ends ("CEO HAYWARD LOSES HIS JOB"):
            // a given name and one word after it, else one word.
            let end = shouted[p] ? min(q, p + (given ? 2 : 1)) : min(q, p + 4)
            var c = Candidate(start: p, end: end, kind: .person, id: forms[p..<end].joined(separator: " ").actorSlug,
                              evidence: .strong)
            if let r = after {
                c.role = r
                c.roleAfter = true
            } else {
                c.role = roleBefore(p)
            }
            for t in p..<end { personTokens.insert(t) }
            candidates.append(c)
            return
        }
        let speech = speechFollows(q)
        if headline || isInitial[p] {
            if isInitial[p] && n > 1 && !headline {
                // Either the whole is a name known elsewhere ("Acme Widgets said")
                // or the first word is an ordinary capitalised word ("Amid ...").
                pending.append(Pending(start: p, end: q, speech: false))
                pending.append(Pending(start: p, end: p + 1, speech: false))
                name(p + 1, q, runEnd: runEnd, titled: false, headline: headline)
                return
            }
            pending.append(Pending(start: p, end: q, speech: speech))
            return
        }
        let id = forms[p..<q].joined(separator: " ").actorSlug
        if ownsRole(q) {
            candidates.append(Candidate(start: p, end: q, kind: .organization, id: id, evidence: .employer))
        } else if speech && n <= 3 {
            candidates.append(Candidate(start: p, end: q, kind: .person, id: id, evidence: .speech))
        } else {
            candidates.append(Candidate(start: p, end: q, kind: .other, id: id, evidence: .none))
        }
    }
}
