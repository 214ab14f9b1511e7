/// What an element's class, id, itemprop and rel words say about it
/// (`html-hints.tsv`): a weight for the container scoring, and whether the
/// element is furniture to remove or a byline.
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

    private var words = [String: Hint]()
    private var prefixes = [(word: String, hint: Hint)]()

    init(rows: [[String]]) {
        for row in rows where row.count >= 4 {
            guard let weight = Int(row[1]), let action = Action(rawValue: row[3]) else { continue }
            let hint = Hint(weight: weight, action: action)
            let word = row[0].lowercased()
            if row[2] == "prefix" { prefixes.append((word, hint)) } else { words[word] = hint }
        }
        prefixes.sort { $0.word.count > $1.word.count }
    }

    /// The hint of one lowercased word, whole words first.
    func hint(_ word: Substring) -> Hint? {
        if let h = words[String(word)] { return h }
        return prefixes.first { word.hasPrefix($0.word) }?.hint
    }

    /// Reads the attributes' words (class, id, itemprop, rel values).
    func verdict(_ values: [String?]) -> Verdict {
        var v = Verdict()
        for value in values {
            guard let value, !value.isEmpty else { continue }
            var positive = false, negative = false
            for word in Self.words(value) {
                guard let h = hint(word) else { continue }
                if h.weight > 0 { positive = true } else if h.weight < 0 { negative = true }
                if h.action == .drop { v.drop = true }
                if h.action == .byline { v.byline = true }
            }
            if positive { v.weight += 25; v.positive = true }
            if negative { v.weight -= 25 }
        }
        return v
    }

    /// "relatedPosts article-body_2" -> related, posts, article, body, 2.
    static func words(_ value: String) -> [Substring] {
        var lowered = ""
        var previousLower = false
        for s in value.unicodeScalars {
            let lower = (s >= "a" && s <= "z") || (s >= "0" && s <= "9")
            let upper = s >= "A" && s <= "Z"
            if !(lower || upper) || (upper && previousLower) { lowered.append(" ") }
            if lower { lowered.unicodeScalars.append(s) }
            if upper { lowered.unicodeScalars.append(Unicode.Scalar(s.value + 32)!) }
            previousLower = lower
        }
        return lowered.split(separator: " ")
    }
}
