/// The 17 Universal Dependencies part-of-speech tags (UPOS), in the order
/// the tagger model numbers them.
public enum PartOfSpeech: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case adjective = 0, adposition, adverb, auxiliary, coordinatingConjunction, determiner, interjection,
         noun, numeral, particle, pronoun, properNoun, punctuation, subordinatingConjunction, symbol, verb, other

    /// Tags per token in the tagger model.
    public static let count = 17

    static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
                        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    /// The UD name ("NOUN", "PROPN", "AUX", ...).
    public var description: String { Self.names[Int(rawValue)] }

    /// From a UD name.
    public init?(ud name: some StringProtocol) {
        guard let k = Self.names.firstIndex(where: { $0 == name }) else { return nil }
        self.init(rawValue: UInt8(k))
    }

    /// A noun, proper noun or pronoun: what can be a subject or an object.
    public var isNominal: Bool { self == .noun || self == .properNoun || self == .pronoun || self == .numeral }

    /// A verb or an auxiliary.
    public var isVerbal: Bool { self == .verb || self == .auxiliary }
}
