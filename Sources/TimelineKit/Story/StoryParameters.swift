/// The story stage's settings, with the values measured best on the
/// development stories (see the README's summarisation table). `eval tls
/// --set NAME=V1,V2` sweeps them without a rebuild.
public struct StoryParameters: Sendable, Hashable {
    /// A document is off-topic when its closeness to the pile is below this share of the median document's.
    public var offTopicShare: Double = 0.33
    /// Weight of the relevance-weighted reference count against the plain count.
    public var relevanceShare: Double = 0.5
    /// What an on-topic article published on a day adds to that day's references
    /// (its lead tells the day's news without naming the day).
    public var publicationWeight: Double = 0.75
    /// How much more a day named in an article's lead (its first ``leadSentences``) weighs.
    public var leadReferenceBonus: Double = 0.4
    /// Days either side whose publications count as the coverage around a day.
    public var coverageReach: Int = 3
    /// Added to the coverage: a day in a quiet stretch is not made key by one mention.
    public var coverageFloor: Double = 20
    /// How strongly the coverage around a day lowers its score (0: not at all).
    public var coverageWeight: Double = 1
    /// Weight of the most salient event placed in a period against its reference score.
    public var eventWeight: Double = 0.5
    /// Days before the pile's first article or after its last beyond which a day is the story's background.
    public var backgroundMargin: Int = 30
    /// The share of on-topic articles that must name a background day for it to be a key date.
    public var backgroundShare: Double = 0.05
    /// On-topic articles from which, when the pile chooses how many dates, a day named once is left out.
    public var sizeablePile: Int = 20
    /// How many sentences of an article count as its lead.
    public var leadSentences: Int = 5
    /// A lead tells the news of its publication day or of up to this many days before.
    public var leadReach: Int = 2
    /// Weight of a lead sentence in a day's account against a sentence naming the day.
    public var leadWeight: Double = 1
    /// Weight of closeness to the whole story against closeness to the day's account.
    public var storyWeight: Double = 0.5
    /// Bonus for a sentence that names the day.
    public var namingBonus: Double = 0.1
    /// Subtracted from the score of a summary sentence that leans on the sentences
    /// before it (opens with a word of `story/dependent-openers.tsv`) or opens in lower case.
    public var dependentPenalty: Double = 0.1
    /// A sentence this close (cosine) to one already picked says the same.
    public var redundancy: Double = 0.35
    /// Words a summary sentence may have.
    public var minimumWords: Int = 6
    public var maximumWords: Int = 45

    public init() {}

    public static let standard = StoryParameters()

    /// Sets a parameter by name; false when there is no such parameter.
    public mutating func set(_ name: String, _ value: Double) -> Bool {
        switch name {
        case "offTopicShare": offTopicShare = value
        case "relevanceShare": relevanceShare = value
        case "leadReferenceBonus": leadReferenceBonus = value
        case "publicationWeight": publicationWeight = value
        case "coverageReach": coverageReach = Int(value)
        case "coverageFloor": coverageFloor = value
        case "coverageWeight": coverageWeight = value
        case "eventWeight": eventWeight = value
        case "backgroundMargin": backgroundMargin = Int(value)
        case "backgroundShare": backgroundShare = value
        case "sizeablePile": sizeablePile = Int(value)
        case "leadSentences": leadSentences = Int(value)
        case "leadReach": leadReach = Int(value)
        case "leadWeight": leadWeight = value
        case "storyWeight": storyWeight = value
        case "namingBonus": namingBonus = value
        case "dependentPenalty": dependentPenalty = value
        case "redundancy": redundancy = value
        case "minimumWords": minimumWords = Int(value)
        case "maximumWords": maximumWords = Int(value)
        default: return false
        }
        return true
    }
}
