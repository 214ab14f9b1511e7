/// Small line helpers over UTF-8 bytes.
enum TextLines {
    /// The first line with non-space content, trimmed, when it can be a
    /// headline (at most ``Document/maxTitleLength`` characters); nil for a
    /// longer one (a text without line breaks) or none. Reads only up to it.
    static func headline(_ text: String) -> String? { firstNonBlankLines(text, count: 1).first }

    /// The first `count` lines with non-space content, trimmed, up to the
    /// first one too long to be a headline (``Document/maxTitleLength``).
    static func firstNonBlankLines(_ text: String, count: Int) -> [String] {
        var found = [String]()
        var rest = text.utf8[...]
        while !rest.isEmpty && found.count < count {
            let newline = rest.firstIndex(of: 0x0A) ?? rest.endIndex
            var line = rest[..<newline].drop(while: isSpace)
            while let last = line.last, isSpace(last) { line = line.dropLast() }
            // A UTF-8 character is at most 4 bytes: count characters only when it could fit.
            if line.count > 4 * Document.maxTitleLength { break }
            if !line.isEmpty {
                let s = String(decoding: line, as: UTF8.self)
                if s.count > Document.maxTitleLength { break }
                found.append(s)
            }
            rest = newline == rest.endIndex ? rest[rest.endIndex...] : rest[rest.index(after: newline)...]
        }
        return found
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            if haystack[i..<i + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool { contains(haystack, Array(needle.utf8)) }
}
