/// The Documents stage's tables (`Resources/documents/`), read once.
///
/// The loader never names a month, a label or a tag: it asks this lexicon,
/// so a new dateline word or a new boilerplate class is a table row.
struct DocumentsLexicon: Sendable {
    /// What a word means inside a dateline.
    enum WordKind: String, Sendable {
        case month, weekday, clock, filler
    }

    /// A multi-word label ("last updated"), as lowercased words.
    struct Label: Sendable {
        var words: [[UInt8]]
        var isSource: Bool
    }

    static let shared = DocumentsLexicon()

    /// Lowercased word (no trailing period) -> kind.
    let words: [[UInt8]: WordKind]
    /// Labels by their first word, longest first so that "published on" wins over "published".
    let labels: [[UInt8]: [Label]]
    /// Lowercased caption markers ("(photo by", "getty images").
    let captionMarkers: [[UInt8]]
    /// Lowercased words of section labels above a headline ("world", "media").
    let mastheadWords: Set<String>
    /// Field role ("text", "title", "date", "source", "url", "id") -> names, in order.
    let fields: [String: [String]]
    /// HTML elements dropped with their content.
    let droppedTags: Set<String>
    /// Class or id words marking boilerplate blocks.
    let boilerplateClasses: Set<String>
    /// HTML elements that start and end a line.
    let blockTags: Set<String>
    /// HTML elements left out when the article is looked for, read when inside it (figures and captions).
    let asideTags: Set<String>
    /// ARIA roles of boilerplate landmarks ("navigation", "complementary").
    let boilerplateRoles: Set<String>
    /// Where an HTML page states its date, in order of trust: ("meta" | "jsonld" | "time" | "url", key);
    /// `late` ones (a modification date) come after the text's own datelines.
    let htmlDateSources: [(source: String, key: String, late: Bool)]
    /// Class and id words of article containers and of page furniture.
    let htmlHints: HTMLHints
    /// Lowercased furniture phrases ("read more", "all rights reserved") and where they sit in a block.
    let furniturePhrases: [(phrase: [UInt8], place: FurniturePlace)]

    /// Where a furniture phrase sits in a block of text.
    enum FurniturePlace: String, Sendable {
        /// The block is the phrase, maybe followed by digits or punctuation.
        case whole
        case start
        case any
        /// The block starts with the phrase and a capitalised name follows ("By Jane Doe").
        case byline
    }

    init() {
        var words = [[UInt8]: WordKind]()
        var labels = [Label]()
        var captions = [[UInt8]]()
        for row in ResourceTable.rows("documents/dateline-words.tsv") where row.count >= 2 {
            let word = Array(row[0].lowercased().utf8)
            if let kind = WordKind(rawValue: row[1]) {
                words[word] = kind
            } else if row[1] == "label" || row[1] == "source" {
                let parts = row[0].lowercased().split(separator: " ").map { Array($0.utf8) }
                labels.append(Label(words: parts, isSource: row[1] == "source"))
            } else if row[1] == "caption" {
                captions.append(word)
            }
        }
        self.words = words
        self.labels = Dictionary(grouping: labels.sorted { $0.words.count > $1.words.count }, by: { $0.words[0] })
        captionMarkers = captions

        mastheadWords = Set(ResourceTable.rows("documents/mastheads.tsv").compactMap { $0.first?.lowercased() })

        var fields = [String: [String]]()
        for row in ResourceTable.rows("documents/fields.tsv") where row.count >= 2 {
            fields[row[0], default: []].append(row[1].lowercased())
        }
        self.fields = fields

        var dropped = Set<String>(), classes = Set<String>(), blocks = Set<String>(), roles = Set<String>()
        var asides = Set<String>()
        for row in ResourceTable.rows("documents/html-boilerplate.tsv") where row.count >= 2 {
            switch row[0] {
            case "tag": dropped.insert(row[1].lowercased())
            case "class": classes.insert(row[1].lowercased())
            case "block": blocks.insert(row[1].lowercased())
            case "role": roles.insert(row[1].lowercased())
            case "aside": asides.insert(row[1].lowercased())
            default: break
            }
        }
        droppedTags = dropped
        boilerplateClasses = classes
        blockTags = blocks
        boilerplateRoles = roles
        asideTags = asides
        htmlHints = HTMLHints(rows: ResourceTable.rows("documents/html-hints.tsv"))
        furniturePhrases = ResourceTable.rows("documents/html-furniture.tsv").compactMap { row in
            guard row.count >= 2, let place = FurniturePlace(rawValue: row[1]) else { return nil }
            return (Array(row[0].lowercased().utf8), place)
        }
        htmlDateSources = ResourceTable.rows("documents/html-dates.tsv").compactMap { row in
            row.count >= 2 ? (row[0], row[0] == "meta" ? row[1].lowercased() : row[1], row.count >= 3 && row[2] == "late") : nil
        }
    }

    /// The kind of a word given as lowercased bytes, a trailing period ignored.
    func kind(of lowered: ArraySlice<UInt8>) -> WordKind? {
        var w = lowered
        if w.count > 1, w.last == UInt8(ascii: ".") { w = w.dropLast() }
        return words[Array(w)]
    }

    /// The names a field role goes by (`fields.tsv`).
    func names(for role: String) -> [String] { fields[role] ?? [role] }
}
