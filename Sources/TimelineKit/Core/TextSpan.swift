/// A range of a document's text as UTF-8 byte offsets (`start..<end`).
///
/// Every stage works on UTF-8 offsets; they are turned into code-point
/// offsets once, at output, by ``OffsetMap``.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// Converts UTF-8 byte offsets of one text into Unicode scalar (code point)
/// offsets, in O(1) per lookup after one O(n) pass.
public struct OffsetMap: Sendable {
    private let scalarOffsets: [Int32]

    public init(_ text: String) {
        var map = [Int32]()
        map.reserveCapacity(text.utf8.count + 1)
        var scalar: Int32 = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { scalar &+= 1 }
            map.append(scalar - (byte & 0xC0 != 0x80 ? 1 : 0))
        }
        map.append(scalar)
        scalarOffsets = map
    }

    /// The code-point offset of UTF-8 offset `utf8Offset`.
    public func scalarOffset(_ utf8Offset: Int) -> Int {
        Int(scalarOffsets[min(max(utf8Offset, 0), scalarOffsets.count - 1)])
    }
}

extension String {
    /// The text of a UTF-8 span of this string.
    public func slice(_ span: TextSpan) -> String {
        let u = utf8
        let lo = u.index(u.startIndex, offsetBy: span.start, limitedBy: u.endIndex) ?? u.endIndex
        let hi = u.index(lo, offsetBy: span.length, limitedBy: u.endIndex) ?? u.endIndex
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }
}
