/// One event told in one sentence of one document.
public struct EventMention: Sendable, Hashable {
    public var documentID: String
    /// The trigger word or phrase ("arrested", "banned", "said").
    public var trigger: TextSpan
    public var triggerText: String
    /// Event type from the trigger table: arrest, ban, statement, denial, offer, ...
    public var type: String
    /// One line a reader can scan.
    public var summary: String
    /// Actor ids, the agent first.
    public var actors: [String]
    /// The actors with the part each plays (agent, patient, location, other).
    public var participants: [Participant]
    /// The date the event happened (a reported statement: when it was said).
    public var date: TimeValue?
    /// How the date was reached.
    public var dateExplanation: String
    /// Whether the date was written in the sentence (stated), resolved from
    /// a relative expression, or taken from the publication date.
    public var dateBasis: EventDateBasis
    /// The time expression that anchors it, if any.
    public var timex: TextSpan?
    public var sentence: TextSpan
    public var sentenceText: String
    /// The sentence reports something said rather than done.
    public var isReported: Bool
    /// Negated ("has not and will never plant backdoors"): `factuality.polarity` is negative.
    public var isNegated: Bool
    /// Told in the present tense ("is offering", "says"): ongoing at publication.
    public var isPresentTense: Bool
    /// Its agent and patient when they name no actor (read from the parse).
    public var arguments: [ArgumentPhrase] = []
    /// Whether it is told as having happened ("if he is convicted", "may resign", "did not arrest" are not).
    public var factuality: Factuality = .factual {
        didSet { isNegated = factuality.polarity == .negative }
    }

    public init(documentID: String, trigger: TextSpan, triggerText: String, type: String, summary: String,
                actors: [String], date: TimeValue?, dateExplanation: String, dateBasis: EventDateBasis,
                timex: TextSpan?, sentence: TextSpan, sentenceText: String, isReported: Bool = false,
                isNegated: Bool = false, isPresentTense: Bool = false, participants: [Participant] = [],
                arguments: [ArgumentPhrase] = [], factuality: Factuality? = nil) {
        self.arguments = arguments
        self.factuality = factuality ?? (isNegated ? Factuality(polarity: .negative, cue: "not") : .factual)
        self.documentID = documentID
        self.participants = participants
        self.trigger = trigger
        self.triggerText = triggerText
        self.type = type
        self.summary = summary
        self.actors = actors
        self.date = date
        self.dateExplanation = dateExplanation
        self.dateBasis = dateBasis
        self.timex = timex
        self.sentence = sentence
        self.sentenceText = sentenceText
        self.isReported = isReported
        self.isNegated = isNegated || factuality?.polarity == .negative
        self.isPresentTense = isPresentTense
    }
}

/// An argument of an event that names no actor ("Apple released *an
/// application*", "*the new products*"): the phrase as written, with its role.
public struct ArgumentPhrase: Sendable, Hashable, Codable {
    public var role: ParticipantRole
    public var text: String
    /// UTF-8 byte span in the document (for evaluation against annotated spans).
    public var span: TextSpan

    public init(role: ParticipantRole, text: String, span: TextSpan) {
        self.role = role
        self.text = text
        self.span = span
    }
}

/// The part an actor plays in an event, read from the trigger's clause.
public enum ParticipantRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Who did it or said it ("Canadian authorities arrested ...").
    case agent
    /// Who it was done to ("Meng was arrested", "arrested Meng").
    case patient
    /// Where it happened: a place after "in"/"at" in the clause ("arrested in Poland").
    case location
    /// Named in the clause with no role the extractor can tell.
    case other
}

/// One actor of an event with its role, so that a reader (or the merger)
/// can tell the arrested from the arresting and the airport from both.
public struct Participant: Sendable, Hashable, Codable {
    public var actor: String
    public var role: ParticipantRole

    public init(actor: String, role: ParticipantRole) {
        self.actor = actor
        self.role = role
    }
}

/// Where an event's date came from.
public enum EventDateBasis: String, Sendable, Hashable, Codable {
    /// An absolute date written in the text ("December 2018").
    case stated
    /// A relative expression resolved against the publication date ("last December").
    case resolved
    /// Bounded from other evidence (an inferred publication date, other sources).
    case inferred
}

/// An event's reconciled date in the timeline.
public struct EventDate: Sendable, Hashable, Codable {
    public struct Conflict: Sendable, Hashable, Codable {
        public var value: String
        public var document: String
        public init(value: String, document: String) {
            self.value = value
            self.document = document
        }
    }

    public var value: String
    public var granularity: Granularity
    public var earliest: Day?
    public var latest: Day?
    public var basis: EventDateBasis
    public var explanation: String
    public var conflicts: [Conflict]

    public init(value: TimeValue, basis: EventDateBasis, explanation: String, conflicts: [Conflict] = []) {
        self.value = value.value
        self.granularity = value.granularity
        self.earliest = value.earliest
        self.latest = value.latest
        self.basis = basis
        self.explanation = explanation
        self.conflicts = conflicts
    }

    public var timeValue: TimeValue {
        TimeValue(value: value, granularity: granularity, earliest: earliest, latest: latest)
    }
}

/// One source sentence of a merged event. `start`/`end` are code-point offsets.
public struct EventSource: Sendable, Hashable, Codable {
    public var document: String
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(document: String, sentence: String, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// One event of the timeline, merged across every article that tells it.
public struct TimelineEvent: Sendable, Hashable, Codable {
    public var id: String
    public var summary: String
    public var type: String
    /// Nil when no source gives it a date that can be placed at all.
    public var date: EventDate?
    public var actors: [String]
    /// The actors with their roles, merged across sources (see `EventMerger`).
    public var participants: [Participant]
    public var sources: [EventSource]
    /// How important the event is to the story, 0..1 (see `EventSalience`).
    public var salience: Double
    /// One line: why it has that salience.
    public var salienceExplanation: String
    /// Whether its sources tell it as having happened (the merger never joins a factual mention with a non-factual one).
    public var factuality: Factuality

    public init(id: String, summary: String, type: String, date: EventDate?, actors: [String],
                sources: [EventSource], participants: [Participant] = [], salience: Double = 0,
                salienceExplanation: String = "", factuality: Factuality = .factual) {
        self.factuality = factuality
        self.participants = participants
        self.salience = salience
        self.salienceExplanation = salienceExplanation
        self.id = id
        self.summary = summary
        self.type = type
        self.date = date
        self.actors = actors
        self.sources = sources
    }
}

extension TimelineEvent {
    /// Reads an event written before events carried their factuality as factual.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), summary: try c.decode(String.self, forKey: .summary),
                  type: try c.decode(String.self, forKey: .type), date: try c.decodeIfPresent(EventDate.self, forKey: .date),
                  actors: try c.decode([String].self, forKey: .actors), sources: try c.decode([EventSource].self, forKey: .sources),
                  participants: try c.decode([Participant].self, forKey: .participants),
                  salience: try c.decode(Double.self, forKey: .salience),
                  salienceExplanation: try c.decode(String.self, forKey: .salienceExplanation),
                  factuality: try c.decodeIfPresent(Factuality.self, forKey: .factuality) ?? .factual)
    }
}

/// A relation between two events of the timeline.
public struct EventRelation: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    /// `before`, `includes`, `simultaneous`.
    public var type: String

    public init(from: String, to: String, type: String) {
        self.from = from
        self.to = to
        self.type = type
    }
}
