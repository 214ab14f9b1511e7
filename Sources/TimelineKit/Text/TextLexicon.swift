/// The Text stage's tables (`Resources/text/`), read once.
struct TextLexicon: Sendable {
    enum AbbreviationKind: Sendable { case title, other }
    enum Match: String, Sendable {
        case line, prefix, suffix, contains, section, thread, signature
        /// A commenter's attribution: opening a line (`thread`) or anywhere in it, where a site puts it after each comment (`signature`).
        var attributesComment: Bool { self == .thread || self == .signature }
    }

    struct FurnitureRule: Sendable {
        var kind: Furniture
        var match: Match
        /// Lower-case UTF-8 bytes.
        var pattern: [UInt8]
        var shortOnly: Bool
    }

    static let shared = TextLexicon()

    let abbreviations: [String: AbbreviationKind]
    let sentenceStarters: Set<String>
    /// Units of a time-ago stamp ("10 hrs ago").
    let ageUnits: Set<String>
    let furnitureRules: [FurnitureRule]
    /// Labels of a picture credit glued before a paragraph ("Photograph: Sang Tan/AP ..."), lower case.
    let creditLabels: Set<String>

    init() {
        var abbreviations = [String: AbbreviationKind]()
        for row in ResourceTable.rows("text/abbreviations.tsv") where !row.isEmpty {
            abbreviations[row[0]] = row.count > 1 && row[1] == "title" ? .title : .other
        }
        self.abbreviations = abbreviations
        sentenceStarters = Set(ResourceTable.rows("text/sentence-starters.tsv").compactMap(\.first))
        ageUnits = ResourceTable.words("text/age-units.tsv")
        creditLabels = ResourceTable.words("text/credit-labels.tsv")
        furnitureRules = ResourceTable.rows("text/furniture.tsv").compactMap { row in
            guard row.count >= 3, let kind = Furniture(rawValue: row[0]), let match = Match(rawValue: row[1]) else {
                return nil
            }
            return FurnitureRule(kind: kind, match: match, pattern: Array(row[2].lowercased().utf8),
                                 shortOnly: row.count > 3 && row[3] == "short")
        }
    }

    /// The first furniture rule a folded line matches (bytes compared, no
    /// string search: this runs on every line of every document).
    func furniture(for folded: [UInt8], length: Int) -> FurnitureRule? {
        for rule in furnitureRules {
            if rule.shortOnly && length >= 120 { continue }
            let p = rule.pattern
            let hit: Bool
            switch rule.match {
            case .line: hit = folded == p || folded.count == p.count + 1 && folded.last == 0x3A && folded.starts(with: p)
            case .prefix: hit = folded.starts(with: p)
            case .suffix: hit = folded.count >= p.count && folded[(folded.count - p.count)...].elementsEqual(p)
            case .contains: hit = Self.contains(folded, p)
            case .section: hit = folded.starts(with: p) && length < 60
            case .thread: hit = Self.attributes(folded, p)
            case .signature: hit = Self.contains(folded, p)
            }
            if hit { return rule }
        }
        return nil
    }

    /// A commenter's attribution opening a line: `needle` ("wrote:") within
    /// the first 100 bytes, after at most ten words ("At 12:41 pm on 10 Jun
    /// 2010, coastwalker wrote: ...", "Nakor wrote: ...").
    static func attributes(_ line: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return false }
        var i = 0, spaces = 0
        while i + needle.count <= min(line.count, 100) {
            if line[i] == 0x20 {
                spaces += 1
                if spaces > 10 { return false }
            }
            if line[i] == first && line[i..<(i + needle.count)].elementsEqual(needle) { return i > 0 }
            i += 1
        }
        return false
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, hay.count >= needle.count else { return needle.isEmpty }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
