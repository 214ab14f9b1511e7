/// One document with everything the per-document stages found in it: the
/// shared value each stage enriches.
public struct AnalyzedDocument: Sendable {
    public var document: Document
    public var analysis: TextAnalysis
    public var timexes: [TimeExpression]
    public var actorMentions: [ActorMention]
    public var events: [EventMention]

    public init(document: Document, analysis: TextAnalysis, timexes: [TimeExpression] = [],
                actorMentions: [ActorMention] = [], events: [EventMention] = []) {
        self.document = document
        self.analysis = analysis
        self.timexes = timexes
        self.actorMentions = actorMentions
        self.events = events
    }

    /// What the document's relative expressions resolve against.
    public var reference: TimeReference { document.published?.reference ?? .unknown }
}
