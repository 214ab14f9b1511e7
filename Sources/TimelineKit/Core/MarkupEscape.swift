/// Escaping for HTML and XML text and attribute values (the SVG/HTML pages,
/// TimeML written by hand): everything an article can contain becomes inert
/// text, one character still standing for one (a control character, which
/// XML forbids, becomes a space), so offsets into the text stay true.
enum MarkupEscape {
    /// Text content: `&`, `<`, `>`.
    static func text(_ s: String) -> String { escape(s, quotes: false) }
    /// A double-quoted attribute value: also `"` and `'`.
    static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    private static func escape(_ s: String, quotes: Bool) -> String {
        var needs = false
        for byte in s.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && (byte == 0x22 || byte == 0x27)) || byte < 0x20 {
            needs = true
            break
        }
        guard needs else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(quotes ? " " : scalar)
            default:
                // Other control characters are not allowed in HTML text.
                if scalar.value < 0x20 { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
