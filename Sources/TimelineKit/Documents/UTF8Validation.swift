/// Byte-level checks and clean-ups shared by the readers: UTF-8 validity
/// (so a bad file is reported with the byte at fault, not decoded into
/// replacement characters that would shift every offset), the byte-order
/// mark and line endings.
enum UTF8Validation {
    /// The offset of the first byte that does not belong to well-formed
    /// UTF-8 (overlong forms, surrogates and code points past U+10FFFF
    /// included), or nil when `bytes` is valid.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) }
    }

    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) }
    }

    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i - bytes.startIndex
            }
            guard end - i >= length else { return i - bytes.startIndex }
            let second = bytes[i + 1]
            guard second >= low && second <= high else { return i - bytes.startIndex }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i - bytes.startIndex }
            i += length
        }
        return nil
    }

    /// `bytes` without a leading byte-order mark, with CRLF and lone CR turned into LF.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { normalized($0) }
    }

    static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // Most files have neither a BOM nor a CR: copy them whole.
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.contains(0x0D) { return Array(bytes) }
        var i = bytes.startIndex
        if bytes.count >= 3 && bytes[i] == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF { i += 3 }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        let end = bytes.endIndex
        while i < end {
            let c = bytes[i]
            if c == 0x0D {
                out.append(0x0A)
                if i + 1 < end && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// Normalised, validated text.
    /// - Throws: `.malformed` naming `path` and the byte offset of the first invalid byte.
    static func text(_ bytes: [UInt8], path: String) throws(TimelineError) -> String {
        if let bad = firstInvalidByte(in: bytes) {
            throw .malformed(path: path, reason: "not valid UTF-8 (first bad byte at offset \(bad)); convert the file to UTF-8")
        }
        return String(decoding: normalized(bytes), as: UTF8.self)
    }
}
