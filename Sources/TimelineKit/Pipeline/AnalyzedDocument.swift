/// One document with everything the per-document stages found in it: the
/// shared value each stage enriches.
public struct AnalyzedDocument: Sendable {
    /// The document as loaded; in a ``Pipeline`` result its `text` is empty,
    /// the text being kept once, in ``analysis`` (``TextAnalysis/text``).
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

    /// The analysis with its tokens: this one's, or, when the pipeline
    /// compacted it (``TextAnalysis/compacted()``), with the text tokenised again.
    public var tokenized: TextAnalysis { analysis.expanded() }

    /// The document as the map hands it to the reduce: its text kept once, as the
    /// analysis's bytes (`document.text` emptied), and the analysis compact: the
    /// tokens, two and a half times the text's size, are made again by each stage
    /// that reads them, one document at a time, instead of held for the whole pile.
    func mapped() -> AnalyzedDocument {
        var a = self
        a.document.text = ""
        a.analysis = a.analysis.compacted()
        return a
    }
}

extension AnalyzedDocument {
    /// The warnings of the analysis: sentences too long for the event stage,
    /// which skipped them (``EventExtractor/maxSentenceTokens``).
    public var warnings: [TimelineWarning] {
        let long = analysis.sentences.filter { $0.furniture == nil && $0.tokens.count > EventExtractor.maxSentenceTokens }
        guard let longest = long.map(\.tokens.count).max() else { return [] }
        let what = long.count == 1 ? "a sentence of \(longest) tokens" : "\(long.count) sentences of up to \(longest) tokens"
        return [TimelineWarning(path: document.path, reason: "\(what) (more than \(EventExtractor.maxSentenceTokens)) skipped for events")]
    }
}
