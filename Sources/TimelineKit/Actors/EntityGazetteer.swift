/// The Actors tables (``ActorLexicon``) keyed by hashes of lower-cased
/// words, so that the tagger's features can consult them from byte slices.
package struct EntityGazetteer: Sendable {
    /// One bit per word list a lower-cased word belongs to.
    enum Flag: Int, CaseIterable {
        case givenName, surname, title, titleHead, organizationHead, designator, stopWord, speechVerb,
            governmentWord, groupNoun, locative, adjective, nationalHead
    }

    /// What a table form names; the tagger's features use the raw value.
    enum Category: UInt8 {
        case country = 1, capital, demonym, place, organization, person, group, other
    }

    package static let shared = EntityGazetteer(.shared)

    /// Lower-cased word hash -> flags.
    let flags: FeatureTable
    /// Hash of a form's lower-cased token hashes (``mix(_:_:)`` from 0x51) -> category.
    let forms: FeatureTable
    /// Longest form (in tokens) starting with a lower-cased word hash.
    let formSpan: FeatureTable

    init(_ lex: ActorLexicon) {
        var flags = [UInt64: UInt32]()
        func add(_ words: some Sequence<String>, _ flag: Flag) {
            for w in words { flags[lowerHash(w), default: 0] |= 1 << UInt32(flag.rawValue) }
        }
        add(lex.givenNames, .givenName)
        add(lex.surnames, .surname)
        add(lex.titles.keys.filter { !$0.contains(" ") }, .title)
        add(lex.titles.filter { !$0.key.contains(" ") && ($0.value == .head || $0.value == .capitalisedHead) }.keys,
            .titleHead)
        add(lex.heads.filter { $0.value.scope == .plain }.keys, .organizationHead)
        add(lex.heads.filter { $0.value.scope == .designator }.keys, .designator)
        add(lex.heads.filter { $0.value.scope == .national }.keys, .nationalHead)
        add(lex.stopWords, .stopWord)
        add(lex.speechVerbs, .speechVerb)
        add(lex.governmentWords, .governmentWord)
        add(lex.groupNouns, .groupNoun)
        add(lex.locatives, .locative)
        add(lex.adjectives, .adjective)
        self.flags = FeatureTable(flags.map { ($0.key, UInt64($0.value)) })

        var forms = [UInt64: UInt8](), span = [UInt64: Int]()
        for (key, entry) in lex.gazetteer {
            let tokens = key.split(separator: " ")
            guard let first = tokens.first else { continue }
            let category: Category
            switch entry.role {
            case .demonym: category = .demonym
            case .capital: category = .capital
            case .name:
                switch entry.kind {
                case .place: category = lex.countryNames[entry.id] != nil ? .country : .place
                case .organization: category = .organization
                case .person: category = .person
                case .group: category = .group
                case .other: category = .other
                }
            }
            var h: UInt64 = 0x51
            for t in tokens { h = mix(h, lowerHash(t)) }
            // Stable choice when two forms fold to the same lower case: the smaller category.
            forms[h] = min(forms[h] ?? .max, category.rawValue)
            span[lowerHash(first), default: 0] = max(span[lowerHash(first)] ?? 0, tokens.count)
        }
        self.forms = FeatureTable(forms.map { ($0.key, UInt64($0.value)) })
        self.formSpan = FeatureTable(span.map { ($0.key, UInt64($0.value)) })
    }
}
