/// The Actors stage's tables (`Resources/actors/`), read once.
///
/// Everything the recogniser knows about names lives in these tables: the
/// engine looks tokens up here and never names a country, a title or a firm.
/// Multi-word forms are split with the Text stage's tokenizer so that they
/// match document tokens exactly ("U.S." is one token, "People's" two).
struct ActorLexicon: Sendable {
    /// How a gazetteer form relates to its actor.
    enum FormRole: Sendable, Hashable {
        /// The actor's name or another name of it ("UK", "Britain").
        case name
        /// A demonym ("British"): a mention only before a government word.
        case demonym
        /// The seat of government ("Washington"): the country unless used as a location.
        case capital
    }

    /// One known surface form.
    struct Entry: Sendable, Hashable {
        var id: String
        var name: String
        var kind: ActorKind
        var role: FormRole
    }

    enum TitleKind: Sendable, Hashable { case honorific, head, capitalisedHead, modifier }

    enum HeadScope: Sendable, Hashable { case national, designator, plain }

    struct Head: Sendable, Hashable {
        var kind: ActorKind
        var scope: HeadScope
    }

    static let shared = ActorLexicon()

    /// Known forms keyed by their tokens joined with single spaces.
    let gazetteer: [String: Entry]
    /// Longest gazetteer form (in tokens) starting with a given token.
    let gazetteerSpan: [String: Int]
    /// Title phrases, lower-cased, keyed by tokens joined with spaces.
    let titles: [String: TitleKind]
    let titleSpan: [String: Int]
    let heads: [String: Head]
    /// Words after an organisation's name that leave it the same organisation ("Apple Computer").
    let organizationSuffixes: Set<String>
    let givenNames: Set<String>
    let surnames: Set<String>
    let speechVerbs: Set<String>
    let stopWords: Set<String>
    /// Personal and possessive pronouns, capitalised ("His"): stop words never inside a name.
    let pronouns: Set<String>
    /// Words that may follow a whole noun phrase ("aboard the Deepwater Horizon when").
    let phraseFollowers: Set<String>
    /// Names of events and policies ("Brexit"): capitalised, never actors.
    let nonActors: Set<String>
    let governmentWords: Set<String>
    let groupNouns: Set<String>
    let locatives: Set<String>
    /// Nationality, region and religion adjectives without a country row.
    let adjectives: Set<String>
    /// Country id -> canonical name.
    let countryNames: [String: String]
    /// Id -> name of every actor the tables name (countries, places, organisations).
    let canonicalNames: [String: String]

    init() {
        let analyzer = TextAnalyzer()
        func tokens(_ phrase: String) -> [String] {
            let a = analyzer.analyze(phrase)
            return a.tokens.indices.map { a.string(token: $0) }
        }
        func split(_ field: String) -> [String] {
            field == "-" ? [] : field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }

        var gazetteer = [String: Entry]()
        var span = [String: Int]()
        var canonical = [String: String]()
        func add(_ form: String, _ entry: Entry) {
            if entry.role == .name && canonical[entry.id] == nil { canonical[entry.id] = entry.name }
            let t = tokens(form)
            guard let first = t.first else { return }
            let key = t.joined(separator: " ")
            if gazetteer[key] == nil { gazetteer[key] = entry }
            span[first] = max(span[first] ?? 0, t.count)
        }

        var countryNames = [String: String]()
        for row in ResourceTable.rows("actors/countries.tsv") where row.count >= 2 {
            let id = row[0], name = row[1]
            countryNames[id] = name
            add(name, Entry(id: id, name: name, kind: .place, role: .name))
            if row.count > 2 { for f in split(row[2]) { add(f, Entry(id: id, name: name, kind: .place, role: .name)) } }
            if row.count > 3 { for f in split(row[3]) { add(f, Entry(id: id, name: name, kind: .place, role: .demonym)) } }
            if row.count > 4 { for f in split(row[4]) { add(f, Entry(id: id, name: name, kind: .place, role: .capital)) } }
        }
        for row in ResourceTable.rows("actors/places.tsv") where !row.isEmpty {
            let name = row[0]
            let entry = Entry(id: name.actorSlug, name: name, kind: .place, role: .name)
            add(name, entry)
            if row.count > 1 { for f in split(row[1]) { add(f, entry) } }
        }
        for row in ResourceTable.rows("actors/organization-aliases.tsv") where !row.isEmpty {
            let name = row[0]
            let kind = row.count > 2 ? ActorKind(rawValue: row[2]) ?? .organization : .organization
            let entry = Entry(id: name.actorSlug, name: name, kind: kind, role: .name)
            add(name, entry)
            if row.count > 1 { for f in split(row[1]) { add(f, entry) } }
        }
        self.gazetteer = gazetteer
        self.gazetteerSpan = span
        self.countryNames = countryNames
        self.canonicalNames = canonical

        var titles = [String: TitleKind]()
        var titleSpan = [String: Int]()
        for row in ResourceTable.rows("actors/titles.tsv") where row.count >= 2 {
            let kind: TitleKind = row[1] == "honorific" ? .honorific : row[1] == "head" ? .head
                : row[1] == "capitalised-head" ? .capitalisedHead : .modifier
            let t = tokens(row[0]).map { $0.lowercased() }
            guard let first = t.first else { continue }
            let key = t.joined(separator: " ")
            if titles[key] == nil { titles[key] = kind }
            titleSpan[first] = max(titleSpan[first] ?? 0, t.count)
        }
        self.titles = titles
        self.titleSpan = titleSpan

        var heads = [String: Head]()
        for row in ResourceTable.rows("actors/organization-heads.tsv") where row.count >= 2 {
            let kind = ActorKind(rawValue: row[1]) ?? .organization
            let scope: HeadScope = row.count > 2 && row[2] == "national" ? .national
                : row.count > 2 && row[2] == "designator" ? .designator : .plain
            heads[row[0]] = Head(kind: kind, scope: scope)
        }
        self.heads = heads
        organizationSuffixes = Set(ResourceTable.rows("actors/organization-suffixes.tsv").compactMap(\.first))

        let words = ResourceTable.words
        givenNames = words("actors/given-names.tsv")
        surnames = words("actors/surnames.tsv")
        speechVerbs = words("actors/speech-verbs.tsv")
        pronouns = words("actors/pronouns.tsv")
        stopWords = words("actors/stop-words.tsv").union(pronouns)
        phraseFollowers = words("actors/phrase-followers.tsv")
        nonActors = words("actors/non-actors.tsv")
        governmentWords = words("actors/government-words.tsv")
        groupNouns = words("actors/group-nouns.tsv")
        locatives = words("actors/locative-words.tsv")
        adjectives = words("actors/adjectives.tsv")
    }

    /// The kind of a title phrase (lower-cased tokens joined by spaces).
    func title(_ key: String) -> TitleKind? { titles[key] }

    /// The name with trailing legal designators dropped ("Huawei Technologies
    /// Co Ltd" -> "Huawei"), as tokens; never empty if `tokens` is not.
    func strippingDesignators(_ tokens: [String]) -> [String] {
        var t = tokens
        while t.count > 1, let last = t.last, heads[last]?.scope == .designator { t.removeLast() }
        return t
    }

    /// The name without legal designators, suffix words ("Computer", "Group")
    /// and a trailing possessive: the organisation it may be a longer form of
    /// ("Apple Computer 's" -> "Apple"); never empty if `tokens` is not.
    func organizationCore(_ tokens: [String]) -> [String] {
        var t = tokens
        if let last = t.last, last.count > 2, last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") {
            t[t.count - 1] = String(last.dropLast(2))
        }
        while t.count > 1, let last = t.last,
            last == "'s" || last == "\u{2019}s" || heads[last]?.scope == .designator || organizationSuffixes.contains(last)
        {
            t.removeLast()
        }
        return t
    }
}
