/// Joins the documents' mentions into canonical actors: one per real entity
/// across all documents.
///
/// The recogniser already gives every mention an id built the same way in
/// every document (the slug of the full name, of the organisation without its
/// legal designators, or the table id of a country), so equal ids are one
/// actor. What is left to the resolver:
/// - the kind: the most frequent kind other than `other` among the mentions
///   (a name that one document proves to be an organisation is one everywhere);
/// - short forms left alone in a document ("Trump" where the document never
///   says "Donald Trump"): they join the one person across all documents whose
///   full name contains them (the surname preferred), when there is exactly one,
///   or when one of them is named far more often than all the others together
///   ("Obama" with 480 "Barack Obama" and 2 "Michelle Obama": the salient
///   antecedent, as coreference picks it);
/// - a national body named without its country ("Foreign Ministry") joins the
///   one qualified body of that name ("Chinese Foreign Ministry"), if unique;
/// - the name: the table's name for a known entity, the fullest name of a
///   person, the longest name without legal designators for an organisation
///   ("Huawei", with alias "Huawei Technologies Co Ltd"), else the most
///   frequent form; every other form seen is an alias.
public struct ActorResolver: Sendable {
    let lexicon: ActorLexicon

    public init() { lexicon = .shared }

    private struct Info {
        /// Documents naming it as each kind.
        var kinds = [ActorKind: Int]()
        var surfaces = [String: Int]()
        var roles = Set<String>()
        var count = 0
        /// Mentions written as a whole noun phrase after "the" ("aboard the Deepwater Horizon when").
        var definite = 0
        /// Mentions right after "the", whole phrase or a modifier of two words or more ("the Deepwater Horizon rig").
        var afterThe = 0

        var kind: ActorKind {
            let order: [ActorKind] = [.organization, .person, .place, .group]
            var best: ActorKind = .other
            var bestCount = 0
            for k in order {
                if let n = kinds[k], n > bestCount {
                    best = k
                    bestCount = n
                }
            }
            // A person's name takes no article: one written after "the" in a tenth of its mentions
            // (three at least, or all of them) is a thing's (a rig, a ship, a law), whatever a tagger made of it.
            // Nor is one written after "the" in most of its mentions, even as a modifier ("the
            // Deepwater Horizon rig", "the Deepwater Horizon disaster"): "the Obama administration"
            // is a small share of Obama's.
            if best == .person && (definite >= min(count, ActorResolver.definiteMentions) && definite * 10 >= count
                                   || afterThe >= ActorResolver.definiteMentions && afterThe * 2 > count) {
                return order.filter { $0 != .person && (kinds[$0] ?? 0) > 0 }.max { kinds[$0]! < kinds[$1]! } ?? .other
            }
            return best
        }
    }

    /// Mentions after "the" that make a name no person's (with a tenth of all its mentions; fewer when they are all).
    static let definiteMentions = 3

    enum ArticlePlace { case wholePhrase, modifier }

    /// How the mention at `span` stands after "the", if it does: as a whole noun phrase
    /// (followed by punctuation or a word of `actors/phrase-followers.tsv`), or modifying
    /// the noun after it ("the Obama administration").
    func article(before span: TextSpan, in a: TextAnalysis) -> ArticlePlace? {
        let r = a.tokenRange(of: span)
        guard r.lowerBound > 0, r.lowerBound < a.tokens.count, a.token(r.lowerBound - 1, is: "the") else { return nil }
        let next = r.upperBound
        let whole = next >= a.tokens.count || a.tokens[next].kind == .punctuation
            || lexicon.phraseFollowers.contains(a.lowercased(token: next))
        // A surname alone modifies freely ("the Bush administration", "the Clinton years");
        // a full name of two words or more seldom does.
        return whole ? .wholePhrase : r.count >= 2 ? .modifier : nil
    }

    /// One canonical actor per real entity across all documents: returns the
    /// actors (sorted by id) and each document's mentions with final actor ids.
    public func resolve(_ documents: [(id: String, analysis: TextAnalysis, mentions: [ActorMention])])
        -> (actors: [Actor], mentions: [[ActorMention]])
    {
        let facts = tokenFacts(documents)
        var infos = [String: Info]()
        for (d, doc) in documents.enumerated() {
            // Each document votes once for each kind it gives a name.
            var votes = Set<String>()
            for (k, m) in doc.mentions.enumerated() {
                // Updated in place: copying an Info out and back would copy its tables for every mention.
                let vote = votes.insert(m.actorID + "\u{0}" + m.kind.rawValue).inserted
                Self.update(&infos[m.actorID, default: Info()], m, vote: vote)
                switch facts.articles[d][k] {
                case .wholePhrase:
                    infos[m.actorID]!.definite += 1
                    infos[m.actorID]!.afterThe += 1
                case .modifier: infos[m.actorID]!.afterThe += 1
                case nil: break
                }
            }
        }

        // Short forms and unqualified bodies join a unique fuller actor.
        var remap = [String: String]()
        let ids = infos.keys.sorted()
        var personsByToken = [String: [(id: String, preferred: Bool)]]()
        for id in ids {
            let info = infos[id]!
            guard info.kind == .person else { continue }
            // Sorted first: a dictionary's order changes from run to run, and ties must not.
            guard let full = info.surfaces.keys.sorted().max(by: { Self.words($0).count < Self.words($1).count })
            else { continue }
            let tokens = Self.words(full)
            guard tokens.count >= 2 else { continue }
            let surnameFirst = lexicon.surnames.contains(tokens[0]) && !lexicon.givenNames.contains(tokens[0])
            for (k, t) in tokens.enumerated() {
                let preferred = surnameFirst ? k == 0 : k == tokens.count - 1
                personsByToken[t.lowercased(), default: []].append((id, preferred))
            }
        }
        // A company's first word alone ("Zentrix" for "Zentrix Systems Ltd"):
        // only names with a legal designator count, so that "European" never
        // joins "European Research Group".
        var companiesByWord = [String: Set<String>]()
        for id in ids where infos[id]!.kind == .organization {
            for surface in infos[id]!.surfaces.keys {
                let words = Self.words(surface)
                let core = lexicon.strippingDesignators(words)
                if core.count < words.count, core.count > 1 {
                    companiesByWord[core[0].lowercased(), default: []].insert(id)
                }
            }
        }
        // "china-foreign-ministry" is a qualified "foreign-ministry".
        var qualifiedBodies = [String: [String]]()
        for id in ids where infos[id]!.kind == .organization {
            for country in lexicon.countryNames.keys where id.hasPrefix(country + "-") {
                qualifiedBodies[String(id.dropFirst(country.count + 1)), default: []].append(id)
            }
        }
        for id in ids {
            let info = infos[id]!
            guard lexicon.canonicalNames[id] == nil else { continue }
            let kind = info.kind
            if kind != .place && kind != .group,
                info.surfaces.keys.allSatisfy({ Self.words($0).count == 1 }),
                let token = info.surfaces.keys.sorted().first?.lowercased()
            {
                // A document that reads the short form as a person is enough (the tagger
                // may read "the Trump administration" as an organisation).
                if kind != .organization || info.kinds[.person] != nil, let links = personsByToken[token] {
                    let distinct = Set(links.map(\.id)).subtracting([id])
                    let preferred = Set(links.filter(\.preferred).map(\.id)).subtracting([id])
                    if distinct.count == 1 {
                        remap[id] = distinct.first!
                    } else if preferred.count == 1 {
                        remap[id] = preferred.first!
                    } else if let salient = Self.dominant(preferred.isEmpty ? distinct : preferred, mentions: { infos[$0]!.count }) {
                        remap[id] = salient
                    }
                    continue
                }
                if kind != .person, let companies = companiesByWord[token]?.subtracting([id]), companies.count == 1 {
                    remap[id] = companies.first!
                    continue
                }
            }
            if kind == .organization, let qualified = qualifiedBodies[id], qualified.count == 1 {
                remap[id] = qualified[0]
            }
        }
        // Longer forms of one organisation, its acronym, a company's last word left alone.
        let together = documents.map { Set($0.mentions.map(\.actorID)) }
        for (from, to) in organizationLinks(ids: ids, infos: infos, together: together) where remap[from] == nil {
            remap[from] = to
        }
        // Links may chain ("Computer" -> "Apple Computer" -> "Apple"); a cycle stops where it closes.
        func final(_ id: String) -> String {
            var current = id, seen: Set<String> = [id]
            while let next = remap[current], seen.insert(next).inserted { current = next }
            return current
        }

        var merged = [String: Info]()
        for id in ids {
            let info = infos[id]!
            var target = merged[final(id)] ?? Info()
            for (k, n) in info.kinds { target.kinds[k, default: 0] += n }
            for (s, n) in info.surfaces { target.surfaces[s, default: 0] += n }
            target.roles.formUnion(info.roles)
            target.count += info.count
            target.definite += info.definite
            target.afterThe += info.afterThe
            merged[final(id)] = target
        }

        // A fragment is no actor: one untyped word, met once in all the documents, in no table,
        // and joined by no other form ("Carriers" in "'Clean Carriers'", "Network").
        // However often it is met, one untyped word that the documents also write in lower case
        // is a common word capitalised by its place ("State", "Post" at a sentence start or in a title).
        let joined = Set(remap.values)
        let candidates = merged.keys.filter { id in
            let info = merged[id]!
            return info.kind == .other && lexicon.canonicalNames[id] == nil && !joined.contains(id)
                && info.surfaces.keys.allSatisfy { Self.words($0).count == 1 }
        }
        // Capitalised by its place: every mention opens a sentence or stands in a headline.
        var placed = Set(candidates)
        for (d, doc) in documents.enumerated() {
            for (k, m) in doc.mentions.enumerated() where !facts.capitalisedByPlace[d][k] { placed.remove(final(m.actorID)) }
        }
        let common = Set(placed.flatMap { merged[$0]!.surfaces.keys }.map(lowerHash)).intersection(facts.lowerCaseWords)
        let fragments = Set(candidates.filter { id in
            merged[id]!.count == 1 || placed.contains(id) && merged[id]!.surfaces.keys.contains { common.contains(lowerHash($0)) }
        })

        var actors = [Actor]()
        var kinds = [String: ActorKind]()
        for id in merged.keys.sorted() where !fragments.contains(id) {
            let info = merged[id]!
            let kind = info.kind
            kinds[id] = kind
            let name = self.name(id: id, kind: kind, surfaces: info.surfaces)
            let aliases = info.surfaces.keys.filter { $0 != name }.sorted()
            actors.append(Actor(id: id, name: name, kind: kind, aliases: aliases, mentions: info.count,
                                roles: info.roles.sorted()))
        }
        let mentions = documents.map { doc in
            doc.mentions.filter { !fragments.contains(final($0.actorID)) }.map { m -> ActorMention in
                var m = m
                m.actorID = final(m.actorID)
                m.kind = kinds[m.actorID] ?? m.kind
                return m
            }
        }
        return (actors, mentions)
    }

    /// Organisation names the recogniser gave different ids that name one organisation:
    /// - a name and a suffix word ("Apple Computer", "NPD Group",
    ///   `actors/organization-suffixes.tsv`) join the organisation named
    ///   without it, when the documents name that one too ("Apple");
    /// - an acronym ("SDK", "WWDC") joins the one multi-word name whose
    ///   capitalised words' initials spell it ("Software Development Kit");
    /// - a company's last word written alone ("Corps" for "Apple Corps", never
    ///   a head word such as "Court") joins the one organisation ending in it.
    /// People and places are neither sources nor targets (their own rules link them),
    /// except a suffix word read as a person ("Computer" cut from "Apple Computer announced").
    ///
    /// - Parameter together: each document's actor ids: an acronym joins a name
    ///   only if one document names both ("... Software Development Kit (SDK)").
    private func organizationLinks(ids: [String], infos: [String: Info], together: [Set<String>]) -> [(String, String)] {
        var links = [(String, String)]()
        var byInitials = [String: Set<String>](), byLastWord = [String: Set<String>]()
        for id in ids {
            let info = infos[id]!
            guard info.kind != .person, info.kind != .place, lexicon.canonicalNames[id] == nil else { continue }
            for surface in info.surfaces.keys {
                let words = Self.words(surface)
                guard words.count >= 2 else { continue }
                // Initials with and without legal designators ("FDIC", "NPD"); a word
                // that is itself an acronym ("B.A.T") spells no initial.
                let capitalised = words.filter { $0.first?.isUppercase == true && !$0.contains(".") }
                let core = lexicon.strippingDesignators(capitalised)
                for spelled in Set([capitalised, core]) where spelled.count >= 2 {
                    byInitials[String(spelled.compactMap(\.first)), default: []].insert(id)
                }
                // "Apple Corps", not "Department of Defense".
                if info.kinds[.organization] != nil, words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last {
                    byLastWord[last, default: []].insert(id)
                }
            }
        }
        for id in ids {
            let info = infos[id]!
            // A suffix word alone is no one's name ("Computer" cut from "Apple Computer announced").
            let suffixAlone = info.surfaces.keys.allSatisfy { lexicon.organizationSuffixes.contains($0) }
            guard info.kind != .person || suffixAlone, info.kind != .place, lexicon.canonicalNames[id] == nil else { continue }
            // A longer form of an organisation the documents name.
            let cores = Set(info.surfaces.keys.compactMap { surface -> String? in
                let words = Self.words(surface)
                let core = lexicon.organizationCore(words)
                return core.count < words.count ? core.joined(separator: " ").actorSlug : nil
            })
            if cores.count == 1, let core = cores.first, core != id, infos[core]?.kind == .organization {
                links.append((id, core))
                continue
            }
            guard info.surfaces.keys.allSatisfy({ Self.words($0).count == 1 }), let word = info.surfaces.keys.sorted().first
            else { continue }
            // An acronym: three to six capitals (dots allowed), spelling one name's initials,
            // both named in one document.
            let letters = word.filter { $0 != "." }
            if (3...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }),
               let targets = byInitials[letters]?.subtracting([id]), targets.count == 1,
               together.contains(where: { $0.contains(id) && $0.contains(targets.first!) }) {
                links.append((id, targets.first!))
                continue
            }
            // A company's last word: no head word ("Court"), no word of the tables ("Cleveland").
            if lexicon.heads[word] == nil, lexicon.gazetteer[word] == nil, let targets = byLastWord[word]?.subtracting([id]), targets.count == 1 {
                links.append((id, targets.first!))
            }
        }
        return links
    }

    private func name(id: String, kind: ActorKind, surfaces: [String: Int]) -> String {
        if let canonical = lexicon.canonicalNames[id] { return canonical }
        // Most frequent first, then lexicographic: a stable order to pick from.
        let forms = surfaces.keys.sorted { (surfaces[$0]!, $1) > (surfaces[$1]!, $0) }
        switch kind {
        case .person:
            return forms.max { Self.words($0).count < Self.words($1).count } ?? id
        case .organization:
            let stripped = forms.map { lexicon.strippingDesignators(Self.words($0)).joined(separator: " ") }
            return stripped.max { Self.words($0).count < Self.words($1).count } ?? id
        default:
            return forms.first ?? id
        }
    }

    /// Byte offsets where any word is capitalised by its place: the first
    /// word of a sentence, every word of a headline or other page furniture.
    /// What the resolver reads off the documents' tokens, in one pass over each
    /// document (its tokens made again where the pipeline dropped them): per mention,
    /// how it stands after "the" and whether its place capitalises it; and the
    /// hashes (``lowerHash(_:)``) of every word written in lower case.
    struct TokenFacts {
        var articles: [[ArticlePlace?]]
        var capitalisedByPlace: [[Bool]]
        var lowerCaseWords: Set<UInt64>
    }

    /// How many documents one task of ``tokenFacts(_:)`` reads, and how many tasks run
    /// before their words are folded together (the tokens of a batch only are held at once).
    static let factsChunk = 64
    static let factsBatch = 16

    func tokenFacts(_ documents: [(id: String, analysis: TextAnalysis, mentions: [ActorMention])]) -> TokenFacts {
        var facts = TokenFacts(articles: [], capitalisedByPlace: [], lowerCaseWords: [])
        let chunks = stride(from: 0, to: documents.count, by: Self.factsChunk).map { $0..<min($0 + Self.factsChunk, documents.count) }
        let resolver = self
        for batch in stride(from: 0, to: chunks.count, by: Self.factsBatch) {
            let read = chunks[batch..<min(batch + Self.factsBatch, chunks.count)].map { $0 }.parallelMap { range in
                var part = TokenFacts(articles: [], capitalisedByPlace: [], lowerCaseWords: [])
                for doc in documents[range] {
                    let a = doc.analysis.expanded()
                    let starts = Self.capitalisedByPlace(a)
                    part.articles.append(doc.mentions.map { resolver.article(before: $0.span, in: a) })
                    part.capitalisedByPlace.append(doc.mentions.map { starts.contains($0.span.start) })
                    Self.addLowerCaseWords(of: a, to: &part.lowerCaseWords)
                }
                return part
            }
            for part in read {
                facts.articles += part.articles
                facts.capitalisedByPlace += part.capitalisedByPlace
                facts.lowerCaseWords.formUnion(part.lowerCaseWords)
            }
        }
        return facts
    }

    static func capitalisedByPlace(_ a: TextAnalysis) -> Set<Int> {
        var out = Set<Int>()
        for s in a.sentences {
            if s.furniture != nil {
                for t in s.tokens { out.insert(a.tokens[t].span.start) }
            } else if let first = s.tokens.first(where: { a.tokens[$0].kind == .word }) {
                out.insert(a.tokens[first].span.start)
            }
        }
        return out
    }

    /// Adds the hashes (``lowerHash(_:)``) of the words `a` writes in lower case.
    static func addLowerCaseWords(of a: TextAnalysis, to found: inout Set<UInt64>) {
        for t in a.tokens where t.kind == .word && !t.isCapitalized {
            var h: UInt64 = 0xcbf29ce484222325
            for k in t.span.start..<t.span.end { h = (h ^ UInt64(a.bytes[k])) &* 0x100000001b3 }
            found.insert(h)
        }
    }

    /// How many times more often than all the other candidates together a
    /// full name must be named for a short form to join it.
    static let dominance = 4

    /// The candidate named ``dominance`` times more often than all the others together, if any.
    static func dominant(_ candidates: Set<String>, mentions: (String) -> Int) -> String? {
        let ranked = candidates.sorted().map { ($0, mentions($0)) }.sorted { $0.1 > $1.1 }
        guard let top = ranked.first else { return nil }
        let rest = ranked.dropFirst().reduce(0) { $0 + $1.1 }
        return top.1 >= Self.dominance * max(rest, 1) ? top.0 : nil
    }

    private static func words(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    /// Runs of white space folded to one space (a name can cross a line break).
    private static func update(_ info: inout Info, _ m: ActorMention, vote: Bool) {
        if vote { info.kinds[m.kind, default: 0] += 1 }
        info.surfaces[normalized(m.text), default: 0] += 1
        if let r = m.role { info.roles.insert(normalized(r)) }
        info.count += 1
    }

    private static func normalized(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
