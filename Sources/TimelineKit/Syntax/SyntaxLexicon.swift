/// The Syntax stage's tables (`Resources/syntax/`), read once.
struct SyntaxLexicon: Sendable {
    static let shared = SyntaxLexicon()

    /// Lower-cased prefixes kept joined at a hyphen, by ``lowerHash(_:)``.
    let hyphenPrefixes: Set<UInt64>
    /// Lower-cased word hash -> length in bytes of its first part.
    let splits: [UInt64: Int]
    /// Escape word ("LRB") hash, as written -> the character it stands for.
    let escapes: [UInt64: UInt8]
    /// Lower-cased word hash -> its class in `syntax/word-clusters.tsv` (none: ``unclustered``).
    let clusters: [UInt64: UInt16]
    /// The same as the name tagger's word classes (class + 1).
    let clusterClasses: [UInt64: UInt64]
    static let unclustered: UInt16 = 0xFFFF

    /// Lower-cased word hash -> its classes (``SentenceParse/WordClass`` bits).
    let wordClasses: [UInt64: UInt8]

    init() {
        hyphenPrefixes = Set(ResourceTable.rows("syntax/hyphen-prefixes.tsv").compactMap { $0.first.map(lowerHash) })
        var splits = [UInt64: Int]()
        for row in ResourceTable.rows("syntax/word-splits.tsv") where row.count >= 3 {
            splits[lowerHash(row[0])] = row[1].utf8.count
        }
        self.splits = splits
        var escapes = [UInt64: UInt8]()
        for row in ResourceTable.rows("syntax/ptb-escapes.tsv") where row.count >= 2 {
            if let c = row[1].utf8.first { escapes[Self.exactHash(row[0])] = c }
        }
        self.escapes = escapes
        var classes = [UInt64: UInt8]()
        for row in ResourceTable.rows("syntax/word-classes.tsv") where row.count >= 2 {
            guard let c = SentenceParse.WordClass(name: row[1]) else { continue }
            classes[lowerHash(row[0]), default: 0] |= c.rawValue
        }
        wordClasses = classes
        var clusters = [UInt64: UInt16]()
        if ResourceTable.contents("syntax/word-clusters.tsv") != nil {
            for row in ResourceTable.rows("syntax/word-clusters.tsv") where row.count >= 2 {
                if let c = UInt16(row[1]) { clusters[lowerHash(row[0])] = c }
            }
        }
        self.clusters = clusters
        clusterClasses = clusters.mapValues { UInt64($0) + 1 }
    }

    /// FNV-1a of a word's bytes as written.
    static func exactHash(_ word: some StringProtocol) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in word.utf8 { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        return h
    }
}

/// FNV-1a of a byte slice, optionally lower-cased (ASCII): ``lowerHash(_:)`` of its text.
@inline(__always)
func byteHash(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lower: Bool) -> UInt64 {
    var h: UInt64 = 0xcbf29ce484222325
    for k in range {
        let c = b[k]
        h = (h ^ UInt64(lower && c >= 0x41 && c <= 0x5A ? c + 32 : c)) &* 0x100000001b3
    }
    return h
}
