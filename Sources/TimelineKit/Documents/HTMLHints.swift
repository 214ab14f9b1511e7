/// What an element's class, id, itemprop and rel words say about it
/// (`html-hints.tsv`): a weight for the container scoring, and whether the
/// element is furniture to remove or a byline. Words are compared as bytes
/// (this runs on every element of every page).
struct HTMLHints: Sendable {
    enum Action: String, Sendable {
        case keep, drop, byline
    }

    struct Hint: Sendable {
        var weight: Int
        var action: Action
    }

    /// What one element's attributes add up to.
    struct Verdict: Sendable {
        /// Readability's class weight: +25 for an attribute holding a positive
        /// word, -25 for one holding a negative word.
        var weight = 0
        var positive = false
        var drop = false
        var byline = false
    }

    private var words = [[UInt8]: Hint]()
    /// Prefix words by their first byte, longest first.
    private var prefixes = [UInt8: [(word: [UInt8], hint: Hint)]]()

    init(rows: [[String]]) {
        for row in rows where row.count >= 4 {
            guard let weight = Int(row[1]), let action = Action(rawValue: row[3]) else { continue }
            let hint = Hint(weight: weight, action: action)
            let word = Array(row[0].lowercased().utf8)
            guard let first = word.first else { continue }
            if row[2] == "prefix" { prefixes[first, default: []].append((word, hint)) } else { words[word] = hint }
        }
        for key in prefixes.keys { prefixes[key]!.sort { $0.word.count > $1.word.count } }
    }

    /// The hint of one lowercased word, whole words first.
    func hint(_ word: ArraySlice<UInt8>) -> Hint? {
        if let h = words[Array(word)] { return h }
        guard let first = word.first, let candidates = prefixes[first] else { return nil }
        return candidates.first { word.starts(with: $0.word) }?.hint
    }

    /// Reads the attributes' words (class, id, itemprop, rel values).
    func verdict(_ values: [String?]) -> Verdict {
        var v = Verdict()
        for value in values {
            guard let value, !value.isEmpty else { continue }
            var positive = false, negative = false
            Self.forEachWord(value) { word in
                guard let h = hint(word) else { return }
                if h.weight > 0 { positive = true } else if h.weight < 0 { negative = true }
                if h.action == .drop { v.drop = true }
                if h.action == .byline { v.byline = true }
            }
            if positive { v.weight += 25; v.positive = true }
            if negative { v.weight -= 25 }
        }
        return v
    }

    /// "relatedPosts article-body_2" -> related, posts, article, body, 2
    /// (lowercased ASCII; split at other bytes and at camelCase).
    static func forEachWord(_ value: String, _ body: (ArraySlice<UInt8>) -> Void) {
        var word = [UInt8]()
        word.reserveCapacity(24)
        var previousLower = false
        for c in value.utf8 {
            let lower = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
            let upper = c >= 0x41 && c <= 0x5A
            if !(lower || upper) || (upper && previousLower) {
                if !word.isEmpty { body(word[...]); word.removeAll(keepingCapacity: true) }
            }
            if lower { word.append(c) } else if upper { word.append(c | 0x20) }
            previousLower = lower
        }
        if !word.isEmpty { body(word[...]) }
    }

    /// Whether a word of the values starts with one of `markers` (lowercased ASCII).
    static func anyWord(of values: [String?], startsWith markers: [[UInt8]]) -> Bool {
        var found = false
        for value in values {
            guard let value, !found else { continue }
            forEachWord(value) { w in if !found && markers.contains(where: { w.starts(with: $0) }) { found = true } }
        }
        return found
    }
}
