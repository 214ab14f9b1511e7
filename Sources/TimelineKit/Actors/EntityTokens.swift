/// The four entity types of the trained name tagger (CoNLL-2003's).
public enum EntityType: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case person = 0, organization, location, misc

    /// The CoNLL label ("PER", "ORG", "LOC", "MISC").
    public var description: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .misc: "MISC"
        }
    }

    public init?(conll label: some StringProtocol) {
        switch label {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .location
        case "MISC": self = .misc
        default: return nil
        }
    }

    /// The actor kind a tagged name of this type is (MISC: nationalities,
    /// events, works and products, which are not actors).
    package var actorKind: ActorKind? {
        switch self {
        case .person: .person
        case .organization: .organization
        case .location: .place
        case .misc: nil
        }
    }
}

/// A name found by the tagger: tokens `start..<end` of the token sequence.
public struct EntitySpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var type: EntityType

    public init(start: Int, end: Int, type: EntityType) {
        self.start = start
        self.end = end
        self.type = type
    }
}

/// One document as the tagger reads it: UTF-8 bytes, token byte ranges and
/// sentences as token ranges.
///
/// The same view is built from a ``TextAnalysis`` (the pipeline) and from a
/// CoNLL file (training, evaluation), so features are computed by one code
/// path in both cases, from byte slices, without a `String` per token.
public struct EntityTokens: Sendable {
    public let bytes: [UInt8]
    public let starts: [Int]
    public let ends: [Int]
    public let sentences: [Range<Int>]

    public init(bytes: [UInt8], starts: [Int], ends: [Int], sentences: [Range<Int>]) {
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.sentences = sentences
    }

    /// The analysed text's tokens and sentences.
    public init(_ analysis: TextAnalysis) {
        bytes = analysis.bytes
        starts = analysis.tokens.map(\.span.start)
        ends = analysis.tokens.map(\.span.end)
        sentences = analysis.sentences.map(\.tokens)
    }

    /// Sentences of tokens joined by single spaces (sentences by a newline).
    public init(sentences words: [[String]]) {
        var bytes = [UInt8](), starts = [Int](), ends = [Int](), sentences = [Range<Int>]()
        for sentence in words {
            let first = starts.count
            for w in sentence {
                if !bytes.isEmpty { bytes.append(0x20) }
                starts.append(bytes.count)
                bytes.append(contentsOf: w.utf8)
                ends.append(bytes.count)
            }
            if !bytes.isEmpty { bytes.append(0x0A) }
            sentences.append(first..<starts.count)
        }
        self.init(bytes: bytes, starts: starts, ends: ends, sentences: sentences)
    }

    public var count: Int { starts.count }
}

/// The tagger's output alphabet: BILOU over the four types.
///
/// Tag 0 is O; type `t` has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
package enum EntityTag {
    package static let count = 17
    package static let outside = 0

    package static func begin(_ t: EntityType) -> Int { 1 + 4 * t.rawValue }
    package static func inside(_ t: EntityType) -> Int { 2 + 4 * t.rawValue }
    package static func last(_ t: EntityType) -> Int { 3 + 4 * t.rawValue }
    package static func unit(_ t: EntityType) -> Int { 4 + 4 * t.rawValue }

    package static func type(_ tag: Int) -> EntityType? { tag == 0 ? nil : EntityType(rawValue: (tag - 1) / 4) }
    /// 0 B, 1 I, 2 L, 3 U.
    package static func position(_ tag: Int) -> Int { (tag - 1) % 4 }

    /// Whether `tag` is open (B or I): the next tag must continue it.
    package static func isOpen(_ tag: Int) -> Bool { tag != 0 && position(tag) < 2 }

    /// Whether `next` may follow `previous` (-1: sentence start).
    package static func allowed(_ previous: Int, _ next: Int) -> Bool {
        if previous >= 0 && isOpen(previous) {
            return next != 0 && type(next) == type(previous) && (position(next) == 1 || position(next) == 2)
        }
        return next == 0 || position(next) == 0 || position(next) == 3
    }

    /// BILOU tags of one sentence of `length` tokens holding `spans`.
    package static func tags(_ spans: [EntitySpan], length: Int, offset: Int = 0) -> [Int] {
        var tags = [Int](repeating: outside, count: length)
        for s in spans {
            let a = s.start - offset, b = s.end - offset
            if b - a == 1 {
                tags[a] = unit(s.type)
            } else {
                tags[a] = begin(s.type)
                for k in (a + 1)..<(b - 1) { tags[k] = inside(s.type) }
                tags[b - 1] = last(s.type)
            }
        }
        return tags
    }

    /// Spans of a tag sequence (a sentence ending inside a name closes it).
    package static func spans(_ tags: [Int], offset: Int) -> [EntitySpan] {
        var spans = [EntitySpan]()
        var open: (Int, EntityType)?
        for (k, tag) in tags.enumerated() {
            guard let type = type(tag) else {
                if let (s, t) = open { spans.append(EntitySpan(start: offset + s, end: offset + k, type: t)) }
                open = nil
                continue
            }
            switch position(tag) {
            case 0, 3:
                if let (s, t) = open { spans.append(EntitySpan(start: offset + s, end: offset + k, type: t)) }
                open = position(tag) == 0 ? (k, type) : nil
                if position(tag) == 3 { spans.append(EntitySpan(start: offset + k, end: offset + k + 1, type: type)) }
            case 2:
                let s = open?.0 ?? k
                spans.append(EntitySpan(start: offset + s, end: offset + k + 1, type: type))
                open = nil
            default:
                if open == nil { open = (k, type) }
            }
        }
        if let (s, t) = open { spans.append(EntitySpan(start: offset + s, end: offset + tags.count, type: t)) }
        return spans
    }
}
