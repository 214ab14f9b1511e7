/// One key date of a story: the day, a few sentences saying what happened
/// on it, and the timeline events dated that day.
public struct KeyDate: Sendable, Hashable, Codable {
    /// `YYYY-MM-DD`; `YYYY-MM` for a month known only as a month (when ``SummaryOptions/months`` allows it).
    public var date: String
    public var sentences: [String]
    /// Ids of the timeline's events on that day, most salient first.
    public var events: [String]
    /// How important the day is for the story, 0..1 (the best day is 1).
    public var salience: Double
    /// One line: why the day was chosen.
    public var explanation: String

    public init(date: String, sentences: [String], events: [String], salience: Double, explanation: String) {
        self.date = date
        self.sentences = sentences
        self.events = events
        self.salience = salience
        self.explanation = explanation
    }
}

/// A story told by its key dates, in date order: what `timeline summarize`
/// writes (`{"timeline": [{"date", "sentences", "events", ...}]}`).
public struct StorySummary: Sendable, Hashable, Codable {
    public var timeline: [KeyDate]

    public init(timeline: [KeyDate]) { self.timeline = timeline }
}

/// What a summary is asked for.
public struct SummaryOptions: Sendable, Hashable {
    /// How many dates; nil: chosen from the pile.
    public var dates: Int?
    /// Sentences per date.
    public var sentences: Int
    /// Only dates in this window (both ends included).
    public var since: Day?
    public var until: Day?
    /// Whether a month named without any of its days (a turning point known
    /// only to the month: "in December 2018") may be a key date. Off for
    /// `summarize`, whose contract is days.
    public var months: Bool

    public init(dates: Int? = nil, sentences: Int = 2, since: Day? = nil, until: Day? = nil, months: Bool = false) {
        self.dates = dates
        self.sentences = sentences
        self.since = since
        self.until = until
        self.months = months
    }
}
