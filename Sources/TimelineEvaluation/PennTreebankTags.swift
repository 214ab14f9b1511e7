import TimelineKit

/// Universal part-of-speech tags for words tagged with Penn Treebank tags
/// (CoNLL-2003's second column), so that the tagger learns from Reuters news.
///
/// The mapping is lossy where UD reads the use and the Penn tag does not:
/// forms of "be", modals and auxiliary "have" and "do" are AUX (a "have"
/// before a participle, a "do" before a verb or "not"); "that", "if",
/// "because" as IN are SCONJ, other IN words ADP, but words that are either
/// ("after", "as", "since": before a clause or a noun) are left unknown; "to"
/// is PART before a verb, else ADP; "not" and "n't" PART; demonstratives
/// PRON when no noun follows. Unknown words teach the tagger nothing.
enum PennTreebankTags {
    static let direct: [String: PartOfSpeech] = [
        "NN": .noun, "NNS": .noun, "NNP": .properNoun, "NNPS": .properNoun, "JJ": .adjective, "JJR": .adjective,
        "JJS": .adjective, "RB": .adverb, "RBR": .adverb, "RBS": .adverb, "WRB": .adverb, "CD": .numeral,
        "CC": .coordinatingConjunction, "PDT": .determiner, "EX": .pronoun, "PRP": .pronoun, "PRP$": .pronoun,
        "WP": .pronoun, "WP$": .pronoun, "MD": .auxiliary, "RP": .adposition, "POS": .particle, "UH": .interjection,
        "FW": .other, "SYM": .symbol, "$": .symbol, "#": .symbol, ".": .punctuation, ",": .punctuation,
        ":": .punctuation, "``": .punctuation, "''": .punctuation, "\"": .punctuation, "(": .punctuation,
        ")": .punctuation, "-LRB-": .punctuation, "-RRB-": .punctuation,
    ]
    static let be: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"]
    static let have: Set<String> = ["have", "has", "had", "having", "'ve", "'d"]
    static let `do`: Set<String> = ["do", "does", "did"]
    static let subordinators: Set<String> = ["that", "if", "whether", "because", "although", "though", "unless",
                                             "whereas", "while"]
    static let either: Set<String> = ["as", "since", "after", "before", "until", "till", "once", "so", "than", "for"]
    static let demonstratives: Set<String> = ["that", "this", "these", "those"]
    static let quantifiers: Set<String> = ["all", "both", "each", "some", "any", "none", "another", "either", "neither", "half"]

    /// The UD tag of every word of a sentence, -1 where unsure.
    static func universal(words: [String], tags: [String]) -> [Int] {
        let lower = words.map { $0.lowercased() }
        func tag(_ k: Int) -> String { k < tags.count ? tags[k] : "" }
        /// The next tag after adverbs (and, with `subject`, after one pronoun or name).
        func nextTag(after k: Int, subject: Bool = false) -> String {
            var j = k + 1
            while tag(j).hasPrefix("RB") { j += 1 }
            if subject && (tag(j) == "PRP" || tag(j) == "NNP") { j += 1 }
            while tag(j).hasPrefix("RB") { j += 1 }
            return tag(j)
        }
        var out = [Int](repeating: -1, count: words.count)
        for k in words.indices {
            let w = lower[k], t = tag(k)
            var u: PartOfSpeech?
            switch t {
            case _ where w == "%": u = .symbol
            case _ where t.hasPrefix("VB"):
                if be.contains(w) {
                    u = .auxiliary
                } else if have.contains(w) {
                    let n = nextTag(after: k)
                    u = n == "VBN" || n == "VBD" ? .auxiliary : n == "TO" || n.hasPrefix("DT") || n.hasPrefix("NN") ? .verb : nil
                } else if `do`.contains(w) {
                    let n = nextTag(after: k, subject: true)
                    u = n == "VB" || lower.indices.contains(k + 1) && (lower[k + 1] == "not" || lower[k + 1] == "n't")
                        ? .auxiliary : nil
                } else {
                    u = .verb
                }
            case "RB" where w == "not" || w == "n't": u = .particle
            case "DT":
                if demonstratives.contains(w) || quantifiers.contains(w) {
                    let n = tag(k + 1)
                    u = n.hasPrefix("NN") || n.hasPrefix("JJ") || n == "CD" ? .determiner
                        : n.hasPrefix("VB") || n == "MD" || n == "." || n == "," ? .pronoun : nil
                } else {
                    u = .determiner
                }
            case "WDT":
                let n = tag(k + 1)
                u = n.hasPrefix("NN") || n.hasPrefix("JJ") ? .determiner : .pronoun
            case "TO": u = tag(k + 1) == "VB" ? .particle : .adposition
            case "IN":
                u = subordinators.contains(w) ? .subordinatingConjunction : either.contains(w) ? nil : .adposition
            default: u = direct[t]
            }
            if let u { out[k] = Int(u.rawValue) }
        }
        return out
    }
}
