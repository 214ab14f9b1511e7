/// Text that was already split into Penn Treebank tokens, as research
/// corpora ship news (Timeline17, CoNLL, many crawls run through a
/// tokenizer): "BP 's neck - Salazar -LRB- Reuters -RRB- `` top kill '' ,".
/// Read as it is, the escapes and the spaces before punctuation leak into
/// names, dates and summaries ("BP '", "LRB"); so such a text is written
/// back as ordinary prose before any stage reads it: brackets and quotes
/// restored, punctuation and clitics joined to their word ("BP's",
/// "can't"), `\/` unescaped. Line breaks are kept.
enum TokenizedText {
    /// The bracket escapes of the Penn Treebank and what they stand for.
    static let brackets: [String: String] = [
        "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    ]

    /// Whether `text` reads as PTB tokens: a bracket or quote escape, or most
    /// commas and full stops written with a space before them (at least five).
    static func isTokenized(_ text: String) -> Bool {
        var spaced = 0, attached = 0
        var previous: UInt8 = 0x0A, before: UInt8 = 0x0A
        var escapes = 0
        for b in text.utf8 {
            // ", " or ". " (or at a line end): spaced when a space precedes it.
            if (b == 0x20 || b == 0x0A) && (previous == 0x2C || previous == 0x2E) {
                if before == 0x20 { spaced += 1 } else { attached += 1 }
            }
            // "``" or "-LRB-" / "-RRB-" (the B- ending).
            if b == 0x60 && previous == 0x60 || b == 0x2D && previous == 0x42 && (before == 0x52) { escapes += 1 }
            before = previous
            previous = b
        }
        if escapes > 0 && spaced > 0 { return true }
        return spaced >= 5 && spaced * 2 > attached * 3
    }

    /// `text` as prose when it reads as PTB tokens, else unchanged.
    static func detokenizedIfTokenized(_ text: String) -> String {
        isTokenized(text) ? detokenized(text) : text
    }

    /// Joins PTB tokens back into prose, line by line.
    static func detokenized(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var firstLine = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !firstLine { out += "\n" }
            firstLine = false
            var glueNext = true
            var doubleQuotes = 0
            for raw in line.split(separator: " ", omittingEmptySubsequences: true) {
                var token = String(raw)
                var glueBefore = false, glueAfter = false
                if let b = brackets[token] {
                    token = b
                    glueAfter = b == "(" || b == "[" || b == "{"
                    glueBefore = !glueAfter
                } else if token == "``" {
                    token = "\""
                    glueAfter = true
                    doubleQuotes += 1
                } else if token == "''" {
                    token = "\""
                    glueBefore = true
                    doubleQuotes = max(0, doubleQuotes - 1)
                } else if token == "`" {
                    token = "'"
                    glueAfter = true
                } else if token == "\"" {
                    // A straight quote: opening when none is open.
                    glueAfter = doubleQuotes % 2 == 0
                    glueBefore = !glueAfter
                    doubleQuotes += 1
                } else if isClosing(token) || isClitic(token) {
                    glueBefore = true
                } else if token == "$" {
                    glueAfter = true
                }
                // Foundation's replacement costs a bridge per token: only tokens with a backslash need it.
                if token.utf8.contains(0x5C) {
                    token = token.replacingOccurrences(of: "\\/", with: "/").replacingOccurrences(of: "\\*", with: "*")
                }
                if !out.isEmpty && !out.hasSuffix("\n") && !glueBefore && !glueNext { out += " " }
                out += token
                glueNext = glueAfter
            }
        }
        return out
    }

    /// Punctuation written against the word before it.
    static func isClosing(_ token: String) -> Bool {
        switch token {
        case ",", ".", ";", ":", "?", "!", "%", "...", "'": return true
        default: return false
        }
    }

    /// Clitics the tokenizer split off their word ("BP 's", "ca n't", "we 're").
    static func isClitic(_ token: String) -> Bool {
        // Every clitic starts with an apostrophe, n or N, or the lead byte of ’: no lower-casing for other tokens.
        guard let first = token.utf8.first, first == 0x27 || first == 0x6E || first == 0x4E || first == 0xE2 else { return false }
        switch token.lowercased() {
        case "'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "\u{2019}s": return true
        default: return false
        }
    }
}
