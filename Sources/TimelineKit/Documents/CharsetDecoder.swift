/// Which character encoding to read a page in: valid UTF-8 is UTF-8; else
/// the charset the HTTP header declared, else the page's own
/// `<meta charset>` (or `http-equiv` content type), else Windows-1252, as
/// browsers do. ISO-8859-1 and ASCII labels are read as Windows-1252, their
/// superset on the web (curly quotes in 0x80-0x9F). libxml2 decodes through
/// iconv, so Shift_JIS, EUC-KR, KOI8-R and the rest come through as well.
enum CharsetDecoder {
    /// How many bytes at the top are searched for a `charset=` declaration.
    static let sniffBytes = 4096

    static func encoding(for bytes: [UInt8], declared: String?) -> String {
        if UTF8Validation.firstInvalidByte(in: bytes) == nil { return "UTF-8" }
        // A page cannot declare itself UTF-16 in its own bytes (it would have had to be
        // read to find it): browsers ignore such a declaration (WHATWG, "prescan").
        let inPage = declaredInPage(bytes).flatMap(normalized).flatMap { $0.hasPrefix("utf-16") ? nil : $0 }
        let label = declared.flatMap(normalized) ?? inPage
        return label ?? "windows-1252"
    }

    /// A charset label as libxml2/iconv know it; nil for UTF-8 (the bytes are not) or an empty one.
    static func normalized(_ label: String) -> String? {
        let l = String(label.lowercased().filter { $0 != " " && $0 != "\"" && $0 != "'" && $0 != ";" })
        switch l {
        case "", "utf-8", "utf8": return nil
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252", "x-cp1252":
            return "windows-1252"
        case "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932": return "SHIFT_JIS"
        default: return l
        }
    }

    /// The value after the first `charset=` near the top of the page.
    static func declaredInPage(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(sniffBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            if head[i] == 0x63 && head[i..<i + key.count].elementsEqual(key) {
                var j = i + key.count
                while j < head.count && (head[j] == 0x20 || head[j] == 0x3D || head[j] == 0x22 || head[j] == 0x27) { j += 1 }
                var k = j
                while k < head.count, head[k] == 0x2D || head[k] == 0x5F || head[k] == 0x2E || head[k] == 0x3A
                    || (head[k] >= 0x30 && head[k] <= 0x39) || (head[k] >= 0x61 && head[k] <= 0x7A) { k += 1 }
                if k > j { return String(decoding: head[j..<k], as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }
}
