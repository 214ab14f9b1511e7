/// The syntax of one sentence on the pipeline's own tokens: per token its
/// part of speech, its head (a token index into ``TextAnalysis/tokens``, or
/// -1 for the root) and its relation to the head, with the queries the
/// events stage asks (who did what to whom).
///
/// The parser reads UD words (``SyntaxWords``); a token made of several words
/// ("didn't", "long-term") takes the tag, head and relation of its word
/// nearest the root, and a token that is part of one word ("-LRB-" is three
/// tokens) hangs from the word's first token as `goeswith`.
public struct SentenceParse: Sendable, Equatable {
    /// The sentence's tokens (indices into ``TextAnalysis/tokens``).
    public let tokens: Range<Int>
    /// Per token of the sentence, in order (`tags[t - tokens.lowerBound]`).
    public let tags: [PartOfSpeech]
    /// Per token: its head's token index, -1 for the root.
    public let heads: [Int]
    public let relations: [DependencyRelation]
    /// Per token: ``WordClass`` bits of its word, and whether a negator modifies it.
    let classes: [UInt8]
    let negated: [Bool]

    /// What `syntax/word-classes.tsv` says of a word.
    struct WordClass: OptionSet {
        let rawValue: UInt8
        static let negator = WordClass(rawValue: 1), relative = WordClass(rawValue: 2), agent = WordClass(rawValue: 4)

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init?(name: String) {
            switch name {
            case "negator": self = .negator
            case "relative": self = .relative
            case "agent": self = .agent
            default: return nil
            }
        }
    }

    package init(tokens: Range<Int>, words: SyntaxWords, parse: WordParse) {
        let lexicon = SyntaxLexicon.shared
        let n = tokens.count, base = tokens.lowerBound
        var representative = [Int](repeating: -1, count: n)
        var depth = [Int](repeating: Int.max, count: n)
        for w in 0..<words.count {
            let t = words.sources[w]
            let h = parse.heads[w]
            guard h < 0 || words.sources[h] != t else { continue }
            let d = parse.depth(w)
            if d < depth[t] {
                depth[t] = d
                representative[t] = w
            }
        }
        var tags = [PartOfSpeech](repeating: .other, count: n), heads = [Int](repeating: -1, count: n)
        var relations = [DependencyRelation](repeating: .dep, count: n)
        var classes = [UInt8](repeating: 0, count: n), negated = [Bool](repeating: false, count: n)
        var owner = 0
        for t in 0..<n {
            let w = representative[t]
            guard w >= 0 else {
                // Part of the word of an earlier token.
                tags[t] = tags[owner]
                heads[t] = base + owner
                relations[t] = .goeswith
                continue
            }
            owner = t
            tags[t] = parse.tags[w]
            heads[t] = parse.heads[w] < 0 ? -1 : base + words.sources[parse.heads[w]]
            relations[t] = parse.relations[w]
            classes[t] = lexicon.wordClasses[words.lower[w]] ?? 0
        }
        for w in 0..<words.count where parse.heads[w] >= 0 {
            if let c = lexicon.wordClasses[words.lower[w]], c & WordClass.negator.rawValue != 0 {
                negated[words.sources[parse.heads[w]]] = true
            }
        }
        self.tokens = tokens
        self.tags = tags
        self.heads = heads
        self.relations = relations
        self.classes = classes
        self.negated = negated
    }

    // MARK: Per token

    /// Token `t`'s part of speech (`t` is an index into ``TextAnalysis/tokens``).
    public func tag(_ t: Int) -> PartOfSpeech { tags[t - tokens.lowerBound] }

    /// Token `t`'s head, nil for the root.
    public func head(_ t: Int) -> Int? {
        let h = heads[t - tokens.lowerBound]
        return h < 0 ? nil : h
    }

    public func relation(_ t: Int) -> DependencyRelation { relations[t - tokens.lowerBound] }

    /// The token that heads the sentence.
    public var root: Int { tokens.lowerBound + (heads.firstIndex(of: -1) ?? 0) }

    /// Token `t`'s dependents, in text order.
    public func children(of t: Int) -> [Int] {
        heads.indices.filter { heads[$0] == t }.map { $0 + tokens.lowerBound }
    }

    /// Token `t`'s dependents with one of `relations`, in text order.
    public func children(of t: Int, _ relations: DependencyRelation...) -> [Int] {
        heads.indices.filter { heads[$0] == t && relations.contains(self.relations[$0]) }.map { $0 + tokens.lowerBound }
    }

    /// Token `t`'s first dependent with one of `relations`.
    public func child(of t: Int, _ relations: DependencyRelation...) -> Int? {
        heads.indices.first { heads[$0] == t && relations.contains(self.relations[$0]) }.map { $0 + tokens.lowerBound }
    }

    /// Token `t` and everything below it, in text order.
    public func subtree(of t: Int) -> [Int] {
        var inside = [Bool](repeating: false, count: heads.count)
        inside[t - tokens.lowerBound] = true
        var changed = true
        while changed {
            changed = false
            for k in heads.indices where !inside[k] && heads[k] >= 0 && inside[heads[k] - tokens.lowerBound] {
                inside[k] = true
                changed = true
            }
        }
        return inside.indices.filter { inside[$0] }.map { $0 + tokens.lowerBound }
    }

    /// The name or compound a token heads, as a token range: the token and
    /// its `flat`, `compound`, `fixed`, `goeswith` and title (`nmod:desc`)
    /// dependents, theirs in turn ("Conrad Murray": UD heads a name by its
    /// first word; "Hong Kong flu"; "President Bush").
    public func name(of t: Int) -> ClosedRange<Int> {
        var lo = t, hi = t
        var queue = [t], k = 0
        while k < queue.count {
            for c in children(of: queue[k], .flat, .compound, .fixed, .goeswith, .nmodDesc) {
                lo = min(lo, c)
                hi = max(hi, c)
                queue.append(c)
            }
            k += 1
        }
        return lo...hi
    }

    /// The parse in CoNLL-U's columns (ID, FORM, UPOS, HEAD, DEPREL; ids from 1 in the sentence), for reading.
    public func conllu(_ analysis: TextAnalysis) -> String {
        tokens.map { t in
            let h = heads[t - tokens.lowerBound]
            return "\(t - tokens.lowerBound + 1)\t\(analysis.string(token: t))\t\(tag(t))\t"
                + "\(h < 0 ? 0 : h - tokens.lowerBound + 1)\t\(relation(t))"
        }.joined(separator: "\n")
    }

    /// Whether `ancestor` is `t` or above it.
    public func dominates(_ ancestor: Int, _ t: Int) -> Bool {
        var k = t, steps = 0
        while k >= 0 && steps <= heads.count {
            if k == ancestor { return true }
            k = heads[k - tokens.lowerBound]
            steps += 1
        }
        return false
    }

    private func has(_ t: Int, _ c: WordClass) -> Bool { classes[t - tokens.lowerBound] & c.rawValue != 0 }

    // MARK: Who did what to whom

    /// The subject of a predicate (a verb, or the noun or adjective of a
    /// copula: "Murray is his doctor"), active or passive: its own; a relative
    /// pronoun stands for the noun its clause modifies ("the doctor who
    /// treated him": doctor); a conjoined predicate without one shares its
    /// first conjunct's ("was arrested and charged"; not when no coordinator
    /// joins them, two clauses read side by side); an open complement
    /// takes its controller ("wants to leave", "asked him to leave").
    public func subject(of predicate: Int) -> Int? {
        var p = predicate, steps = 0
        while steps <= heads.count {
            steps += 1
            if let s = child(of: p, .nsubj, .nsubjPass, .csubj, .csubjPass) { return resolved(s, in: p) }
            guard let h = head(p) else { return nil }
            switch relation(p) {
            case .conj:
                // Only a coordination (a coordinator on it or on a later conjunct: "came, saw
                // and left"); two clauses side by side with none may have different subjects.
                guard isCoordinated(p, under: h) else { return nil }
                p = h
            case .xcomp:
                if let o = child(of: h, .obj, .iobj) { return o }
                p = h
            default: return nil
            }
        }
        return nil
    }

    /// Whether conjunct `c` of `head` is joined by a coordinator: its own, or a later conjunct's.
    func isCoordinated(_ c: Int, under head: Int) -> Bool {
        children(of: head, .conj).contains { $0 >= c && child(of: $0, .cc) != nil }
    }

    /// The direct object of a verb (a relative pronoun resolved, as for ``subject(of:)``).
    public func object(of verb: Int) -> Int? { child(of: verb, .obj).map { resolved($0, in: verb) } }

    /// Whether a predicate is passive: a passive subject or auxiliary ("was
    /// convicted"), or a conjunct of one that has no subject of its own.
    public func isPassive(_ predicate: Int) -> Bool {
        if child(of: predicate, .nsubjPass, .csubjPass, .auxPass) != nil { return true }
        if relation(predicate) == .conj, child(of: predicate, .nsubj, .csubj) == nil, let h = head(predicate) {
            return child(of: h, .nsubjPass, .auxPass) != nil
        }
        return false
    }

    /// Whether a negator ("not", "n't", "never") modifies the predicate.
    public func isNegated(_ predicate: Int) -> Bool { negated[predicate - tokens.lowerBound] }

    /// The agent of a verb: the "by" phrase of a passive ("convicted by a
    /// jury": jury), else the subject of an active verb.
    public func agent(of verb: Int) -> Int? {
        if isPassive(verb) {
            if let a = child(of: verb, .oblAgent) { return a }
            return children(of: verb, .obl).first { o in children(of: o, .case).contains { has($0, .agent) } }
        }
        return subject(of: verb)
    }

    /// The one a verb acts upon: the object of an active verb, the subject of a passive one.
    public func patient(of verb: Int) -> Int? { isPassive(verb) ? subject(of: verb) : object(of: verb) }

    /// The possessor of a noun ("Jackson's death": Jackson; "his doctor": his).
    public func possessor(of noun: Int) -> Int? { child(of: noun, .nmodPoss) }

    /// The appositions of a noun ("Jackson's doctor, Conrad Murray, ...": Murray).
    public func appositions(of noun: Int) -> [Int] { children(of: noun, .appos) }

    /// The conjuncts of a word, itself first ("Obama and Clinton": both).
    public func conjuncts(of t: Int) -> [Int] {
        var first = t
        while relation(first) == .conj, let h = head(first) { first = h }
        var out = [first], k = 0
        while k < out.count {
            out.append(contentsOf: children(of: out[k], .conj))
            k += 1
        }
        return out.sorted()
    }

    /// The word that introduces a clause ("if", "because", "that", "to").
    public func marker(of clause: Int) -> Int? { child(of: clause, .mark) }

    /// The preposition of a nominal ("by" in "by a jury").
    public func caseMarker(of nominal: Int) -> Int? { child(of: nominal, .case) }

    /// A relative pronoun as the subject or object of a relative clause stands for the noun the clause modifies.
    private func resolved(_ argument: Int, in predicate: Int) -> Int {
        if has(argument, .relative), relation(predicate) == .aclRelcl, let h = head(predicate) { return h }
        return argument
    }
}
