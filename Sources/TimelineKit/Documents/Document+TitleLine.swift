extension Document {
    /// Whether the text's first line is the headline, which the text analyzer
    /// must be told (`TextAnalyzer.analyze(_:hasTitleLine:)`): always for
    /// HTML (the reader puts the headline first), and for plain text and
    /// JSON Lines when the first non-blank line is the title.
    public var hasTitleLine: Bool {
        if format == .html { return true }
        guard !title.isEmpty else { return false }
        return TextLines.firstNonBlankLine(text) == title
    }
}

/// Small line helpers over UTF-8 bytes.
enum TextLines {
    /// The first line with non-space content, trimmed, or nil (reads only up to it).
    static func firstNonBlankLine(_ text: String) -> String? {
        var rest = text.utf8[...]
        while !rest.isEmpty {
            let newline = rest.firstIndex(of: 0x0A) ?? rest.endIndex
            var line = rest[..<newline].drop(while: isSpace)
            while let last = line.last, isSpace(last) { line = line.dropLast() }
            if !line.isEmpty { return String(decoding: line, as: UTF8.self) }
            rest = newline == rest.endIndex ? rest[rest.endIndex...] : rest[rest.index(after: newline)...]
        }
        return nil
    }

    static func firstNonBlankLine<C: RandomAccessCollection>(_ b: C) -> String? where C.Element == UInt8, C.Index == Int {
        var start = b.startIndex
        while start < b.endIndex {
            var end = start
            while end < b.endIndex && b[end] != 0x0A { end += 1 }
            var s = start, e = end
            while s < e && isSpace(b[s]) { s += 1 }
            while e > s && isSpace(b[e - 1]) { e -= 1 }
            if s < e { return String(decoding: b[s..<e], as: UTF8.self) }
            start = end + 1
        }
        return nil
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C }
}
