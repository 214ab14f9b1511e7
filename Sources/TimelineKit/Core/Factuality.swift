/// Whether an event is told as having happened: its polarity, how certain
/// the telling is, whether it lies ahead, and the special cases of a
/// conditional, generic or questioned event (after MEANTIME / NewsReader's
/// event attributes `polarity`, `certainty`, `time`, `special_cases`).
///
/// "Murray was convicted" is factual; "if Murray is convicted" (conditional),
/// "the council is expected to vote" (probable, future), "Huawei denied that it
/// spied" (negative), "the minister may resign" (possible) and "will the
/// court rule?" (question) are not. A non-factual event is kept with its
/// factuality, but is never merged with a factual one, never counted as a
/// fact for a key date, and is shown marked (``marker``).
public struct Factuality: Sendable, Hashable, Codable {
    public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable { case positive, negative }
    /// How sure the telling is that it happens: `certain`, `probable` ("is
    /// expected to", "plans to", "should"), `possible` ("may", "could", "wants to").
    public enum Certainty: String, Sendable, Hashable, Codable, CaseIterable {
        case certain, probable, possible
        /// Weaker is smaller: possible < probable < certain.
        var strength: Int { self == .certain ? 2 : self == .probable ? 1 : 0 }
    }
    public enum Time: String, Sendable, Hashable, Codable, CaseIterable {
        case pastOrPresent = "past-or-present", future
    }
    public enum Special: String, Sendable, Hashable, Codable, CaseIterable { case none, conditional, generic, question }

    public var polarity: Polarity
    public var certainty: Certainty
    public var time: Time
    public var special: Special
    /// The word that made it non-factual, lower-cased ("expected", "not",
    /// "if", "may", "refused"); nil when nothing did, or when no word but the
    /// event's date did (an action dated after the article that tells it).
    public var cue: String?

    public init(polarity: Polarity = .positive, certainty: Certainty = .certain, time: Time = .pastOrPresent,
                special: Special = .none, cue: String? = nil) {
        self.polarity = polarity
        self.certainty = certainty
        self.time = time
        self.special = special
        self.cue = cue
    }

    /// Told as having happened (or happening): positive, certain, not in the
    /// future, neither conditional nor a question. A generic statement
    /// ("Apple sells phones") is no denial or hypothesis: it counts as factual.
    public static let factual = Factuality()

    public var isFactual: Bool {
        polarity == .positive && certainty == .certain && time == .pastOrPresent
            && (special == .none || special == .generic)
    }

    /// One short word a reader sees beside a non-factual event: "not", "if",
    /// "question", "may", "likely", "planned"; nil for a factual one.
    public var marker: String? {
        guard !isFactual else { return nil }
        if special == .conditional { return "if" }
        if special == .question { return "question" }
        if polarity == .negative { return "not" }
        if certainty == .possible { return "may" }
        if time == .future { return "planned" }
        return "likely"
    }
}
