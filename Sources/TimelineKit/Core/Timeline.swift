/// A document as the timeline cites it.
public struct TimelineDocument: Sendable, Hashable, Codable {
    public struct Published: Sendable, Hashable, Codable {
        public var value: String
        public var basis: DateBasis
        public var earliest: Day?
        public var latest: Day?
        public var explanation: String

        public init(_ publication: Publication) {
            value = publication.value.value
            basis = publication.basis
            earliest = publication.value.earliest
            latest = publication.value.latest
            explanation = publication.explanation
        }
    }

    public var id: String
    public var path: String
    public var title: String
    /// Nil: the document states no date and none could be inferred.
    public var published: Published?
    /// Judged far from what the pile is about: it gives no timeline event.
    public var offTopic: Bool

    public init(id: String, path: String, title: String, published: Published?, offTopic: Bool = false) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.offTopic = offTopic
    }
}

/// The whole result: what every renderer reads. Its JSON form is the
/// contract of DESIGN.md.
public struct Timeline: Sendable, Hashable, Codable {
    public var documents: [TimelineDocument]
    public var actors: [Actor]
    /// In date order (undated last), ties broken by id.
    public var events: [TimelineEvent]
    public var relations: [EventRelation]
    /// The story's key dates, in date order: what a reader should see first.
    public var keyDates: [KeyDate]

    public init(documents: [TimelineDocument], actors: [Actor], events: [TimelineEvent],
                relations: [EventRelation], keyDates: [KeyDate] = []) {
        self.documents = documents
        self.actors = actors
        self.events = events
        self.relations = relations
        self.keyDates = keyDates
    }
}
