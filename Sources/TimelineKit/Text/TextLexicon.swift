/// The Text stage's tables (`Resources/text/`), read once.
struct TextLexicon: Sendable {
    enum AbbreviationKind: Sendable { case title, other }
    enum Match: String, Sendable { case line, prefix, suffix, contains, section }

    struct FurnitureRule: Sendable {
        var kind: Furniture
        var match: Match
        var pattern: String
        var shortOnly: Bool
    }

    static let shared = TextLexicon()

    let abbreviations: [String: AbbreviationKind]
    let sentenceStarters: Set<String>
    let furnitureRules: [FurnitureRule]

    init() {
        var abbreviations = [String: AbbreviationKind]()
        for row in ResourceTable.rows("text/abbreviations.tsv") where !row.isEmpty {
            abbreviations[row[0]] = row.count > 1 && row[1] == "title" ? .title : .other
        }
        self.abbreviations = abbreviations
        sentenceStarters = Set(ResourceTable.rows("text/sentence-starters.tsv").compactMap(\.first))
        furnitureRules = ResourceTable.rows("text/furniture.tsv").compactMap { row in
            guard row.count >= 3, let kind = Furniture(rawValue: row[0]), let match = Match(rawValue: row[1]) else {
                return nil
            }
            return FurnitureRule(kind: kind, match: match, pattern: row[2], shortOnly: row.count > 3 && row[3] == "short")
        }
    }

    /// The first furniture rule a folded line matches.
    func furniture(for folded: String, length: Int) -> FurnitureRule? {
        for rule in furnitureRules {
            if rule.shortOnly && length >= 120 { continue }
            let hit: Bool
            switch rule.match {
            case .line: hit = folded == rule.pattern || folded == rule.pattern + ":"
            case .prefix: hit = folded.hasPrefix(rule.pattern)
            case .suffix: hit = folded.hasSuffix(rule.pattern)
            case .contains: hit = folded.contains(rule.pattern)
            case .section: hit = folded.hasPrefix(rule.pattern) && length < 60
            }
            if hit { return rule }
        }
        return nil
    }
}
