/// Options that change what the pipeline produces.
public struct PipelineOptions: Sendable, Hashable {
    /// Publication date for documents that state none.
    public var dct: Day?

    public init(dct: Day? = nil) {
        self.dct = dct
    }
}

/// Everything one run produced: each document with its mentions, and the merged timeline.
public struct PipelineResult: Sendable {
    public var documents: [AnalyzedDocument]
    public var timeline: Timeline
    /// What the story stage read off the documents (what the pile is about, how it refers to each day).
    let story: StoryAnalysis
}

/// Runs the stages of DESIGN.md over a set of documents: text, time, actors
/// and events per document (on both cores), then actor resolution and event
/// merging across documents, with publication dates inferred for articles
/// that state none and their relative dates resolved again against them.
public struct Pipeline: Sendable {
    public let options: PipelineOptions
    let analyzer = TextAnalyzer()
    let tagger = TimeTagger()
    let recognizer = ActorRecognizer()
    let resolver = ActorResolver()
    let extractor = EventExtractor()
    let merger = EventMerger()
    let inferrer = PublicationInferrer()
    let bounder = PublicationBounder()

    public init(options: PipelineOptions = PipelineOptions()) {
        self.options = options
    }

    /// How many rounds of publication inference: each round lets a newly
    /// dated article date the next one.
    static let inferenceRounds = 3
    /// How many sentences of article text (not page furniture) make an article's lead.
    static let leadLength = 3

    /// The indices of an article's headline and lead: its headline sentences
    /// and its first ``leadLength`` sentences of article text (bylines, datelines
    /// and captions skipped).
    static func leadSentences(_ analysis: TextAnalysis) -> Set<Int> {
        var lead = Set<Int>()
        var body = 0
        for (i, s) in analysis.sentences.enumerated() {
            if s.furniture == .headline {
                lead.insert(i)
            } else if s.furniture == nil {
                lead.insert(i)
                body += 1
                if body == leadLength { break }
            }
        }
        return lead
    }

    /// Each text is then kept once, in its analysis (``TextAnalysis/text``):
    /// the result's `document.text` is empty. (It takes the documents over,
    /// so that their texts are freed once read.)
    public func run(_ input: consuming [Document]) -> PipelineResult {
        var documents = consume input
        for i in documents.indices where documents[i].id.isEmpty { documents[i].id = "d\(i + 1)" }
        let pipeline = self
        return reduce((consume documents).consumingParallelMap { pipeline.analyze($0).mapped() })
    }

    /// The map: what one document gives on its own, whatever the other
    /// documents are: its publication date (from its metadata, folders and
    /// text, or `--dct`), its text analysis, its time expressions resolved
    /// against that date, and its actor mentions (not yet resolved across
    /// documents). ``DocumentRecord`` keeps all of it but the analysis,
    /// which ``run(records:)`` redoes from the text.
    public func analyze(_ document: Document) -> AnalyzedDocument {
        var document = document
        document.published = PublicationDater(tagger: tagger).publication(for: document, dct: options.dct)
        let analysis = analyzer.analyze(document.text, hasTitleLine: document.hasTitleLine)
        return AnalyzedDocument(document: document, analysis: analysis,
                                timexes: tagger.tag(analysis, reference: document.published?.reference ?? .unknown),
                                actorMentions: recognizer.mentions(in: analysis))
    }

    /// The reduce: the stages that read every document at once (actor
    /// resolution, events with the actors' canonical names, publication
    /// inference, the story, the merge) over mapped documents, in order,
    /// each with its id.
    /// (It takes the documents over: what it drops of them, their texts as
    /// strings and their tokens, is freed.)
    public func reduce(_ mapped: consuming [AnalyzedDocument]) -> PipelineResult {
        var analyzed = consume mapped
        // Each text is kept once, in its analysis's bytes, and its tokens only while a stage reads them.
        for i in analyzed.indices where !analyzed[i].document.text.isEmpty || !analyzed[i].analysis.isCompact {
            analyzed[i] = analyzed[i].mapped()
        }
        // The texts as loaded and the map's tokens, freed by the worker threads.
        Self.releaseFreedMemory()
        let (actors, resolved) = resolver.resolve(analyzed.map { ($0.document.id, $0.analysis, $0.actorMentions) })
        var names = [String: String]()
        var kinds = [String: ActorKind]()
        for actor in actors {
            names[actor.id] = actor.name
            kinds[actor.id] = actor.kind
        }
        for i in analyzed.indices {
            // Every mention takes its actor's kind, whatever its own context suggested.
            analyzed[i].actorMentions = resolved[i].map { m in
                var m = m
                m.kind = kinds[m.actorID] ?? m.kind
                return m
            }
        }
        let extractor = self.extractor
        let actorNames = names
        let merger = self.merger
        analyzed = analyzed.parallelMap { Self.withEvents($0, extractor: extractor, names: actorNames) }
        // Content words per document, kept across the grouping rounds: only re-read documents change.
        var words = analyzed.parallelMap { $0.events.map(merger.contentWords(of:)) }

        inferPublications(&analyzed, words: &words, names: actorNames)
        Self.releaseFreedMemory()

        // What the pile is about: a document far from it gives no timeline event.
        let story = StoryAnalysis(analyzed, parameters: .standard)
        for i in analyzed.indices where story.profile.offTopic[i] {
            analyzed[i].events = []
            words[i] = []
        }

        let mentions = analyzed.flatMap(\.events)
        let clusters = merger.clusters(mentions, words: words.flatMap { $0 }, anchoring: true)
        var order = [String: Int]()
        for (i, a) in analyzed.enumerated() { order[a.document.id] = i }
        let sentences = analyzed.parallelMap { a in
            Self.scalarSpans(a.events.map(\.sentence), in: a.analysis.bytes)
        }.flatMap { $0 }
        var events = merger.merge(mentions, clusters: clusters, scalarSentences: sentences, documentOrder: order)
        // Sentences (document id, code-point start) that are a headline or a lead.
        var leads = Set<String>()
        var k = 0
        for a in analyzed {
            let lead = Self.leadSentences(a.analysis)
            for m in a.events {
                if let s = DateSalience.sentence(containing: m.sentence.start, in: a.analysis.sentences), lead.contains(s) {
                    leads.insert("\(m.documentID)#\(sentences[k].start)")
                }
                k += 1
            }
        }
        let inLead = { (document: String, start: Int) in leads.contains("\(document)#\(start)") }
        // A plain saying told once, outside a lead, is evidence, not an event of the timeline.
        events = events.filter { EventSalience.shared.isNews($0, inLead: inLead) }
        for i in events.indices { events[i].id = "e\(i + 1)" }
        events = EventSalience.shared.scored(events, actors: actors, dates: story.dates, inLead: inLead)
        var timeline = Timeline(
            documents: analyzed.enumerated().map { i, a in
                TimelineDocument(id: a.document.id, path: a.document.path, title: Self.displayTitle(a.document.title),
                                 published: a.document.published.map(TimelineDocument.Published.init),
                                 authors: a.document.authors, url: a.document.url, site: a.document.source,
                                 offTopic: story.profile.offTopic[i])
            },
            actors: actors, events: events, relations: Self.relations(events))
        timeline.keyDates = StorySummarizer().summarize(story, timeline: timeline, documents: analyzed,
                                                         options: SummaryOptions(months: true)).timeline
        return PipelineResult(documents: analyzed, timeline: timeline, story: story)
    }

    /// Dates the documents that state no date, then resolves their relative
    /// expressions and events again against the inferred window.
    /// `words[i]`: the content words of `analyzed[i].events`, kept up to date.
    func inferPublications(_ analyzed: inout [AnalyzedDocument], words: inout [[EventMerger.ContentWords]],
                           names: [String: String]) {
        var known = Set(analyzed.filter { $0.document.published != nil }.map(\.document.id))
        let undated = analyzed.indices.filter { analyzed[$0].document.published == nil }
        guard !undated.isEmpty else { return }
        var own = [String: PublicationInferrer.Constraint]()
        let bounder = self.bounder
        let bounds = undated.map { analyzed[$0] }.parallelMap { a in
            bounder.publicationBounds(a.timexes, analysis: a.tokenized)
        }
        for (i, b) in zip(undated, bounds) {
            if b.earliest != nil || b.latest != nil {
                own[analyzed[i].document.id] = PublicationInferrer.Constraint(earliest: b.earliest, latest: b.latest,
                                                                              reason: b.explanation)
            }
        }
        for _ in 0..<Self.inferenceRounds {
            let mentions = analyzed.flatMap(\.events)
            let clusters = merger.clusters(mentions, words: words.flatMap { $0 })
            var changed = [Int]()
            let ids = Set(undated.map { analyzed[$0].document.id })
            let shared = inferrer.sharedEventConstraints(for: ids, mentions: mentions, clusters: clusters, known: known)
            for i in undated {
                let id = analyzed[i].document.id
                guard let publication = inferrer.infer(own: own[id], shared: shared[id] ?? []),
                      publication != analyzed[i].document.published else { continue }
                analyzed[i].document.published = publication
                changed.append(i)
            }
            guard !changed.isEmpty else { break }
            let (tagger, extractor, merger) = (self.tagger, self.extractor, self.merger)
            let redone = changed.map { analyzed[$0] }.parallelMap { a -> (AnalyzedDocument, [EventMerger.ContentWords]) in
                var a = a
                let tokenized = a.tokenized
                a.timexes = tagger.tag(tokenized, reference: a.reference)
                a.events = Self.events(a, in: tokenized, extractor: extractor, names: names)
                return (a, a.events.map(merger.contentWords(of:)))
            }
            for (i, (a, w)) in zip(changed, redone) {
                analyzed[i] = a
                words[i] = w
                known.insert(a.document.id)
            }
        }
    }

    /// Gives the memory freed so far back to the system. The tokens were
    /// freed by the worker threads, into their own malloc arenas, where the
    /// main thread's later allocations would never reuse them.
    public static func releaseFreedMemory() { mallocTrim?(0) }

    /// glibc's `malloc_trim` (``SystemFunction``).
    static let mallocTrim = SystemFunction.named("malloc_trim", as: (@convention(c) (Int) -> Int32).self)

    /// UTF-8 byte spans of one text as Unicode scalar (code point) spans, as
    /// ``OffsetMap`` gives them, by one pass over the bytes up to the last
    /// offset asked for (no map of the whole text is kept).
    static func scalarSpans(_ spans: [TextSpan], in bytes: [UInt8]) -> [TextSpan] {
        let offsets = Set(spans.flatMap { [min(max($0.start, 0), bytes.count), min(max($0.end, 0), bytes.count)] }).sorted()
        var scalarAt = [Int: Int]()
        var scalars = 0, k = 0
        for offset in offsets {
            while k < offset {
                if bytes[k] & 0xC0 != 0x80 { scalars += 1 }
                k += 1
            }
            scalarAt[offset] = scalars
        }
        return spans.map {
            TextSpan(scalarAt[min(max($0.start, 0), bytes.count)]!, scalarAt[min(max($0.end, 0), bytes.count)]!)
        }
    }

    static func withEvents(_ a: AnalyzedDocument, extractor: EventExtractor, names: [String: String]) -> AnalyzedDocument {
        var a = a
        a.events = events(a, in: a.tokenized, extractor: extractor, names: names)
        return a
    }

    /// The events of document `a`, read from `analysis`, its analysis with its tokens.
    static func events(_ a: AnalyzedDocument, in analysis: TextAnalysis, extractor: EventExtractor,
                       names: [String: String]) -> [EventMention] {
        extractor.events(in: analysis, documentID: a.document.id, timexes: a.timexes,
                         mentions: a.actorMentions, actorNames: names, reference: a.reference)
    }

    /// A title as the timeline shows it: typographic quotes and apostrophes
    /// folded to plain ones, runs of white space to one space, so that it
    /// reads and searches the same whatever the publisher typed.
    static func displayTitle(_ title: String) -> String {
        var out = ""
        var space = false
        for c in title.unicodeScalars {
            switch c {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": out.unicodeScalars.append("\"")
            case " ", "\t", "\n", "\r", "\u{00A0}":
                if !space && !out.isEmpty { out.unicodeScalars.append(" ") }
                space = true
                continue
            default: out.unicodeScalars.append(c)
            }
            space = false
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `before` between consecutive dated events whose intervals do not overlap;
    /// an event not told as having happened (``Factuality``) is no link of the chain.
    static func relations(_ events: [TimelineEvent]) -> [EventRelation] {
        var result = [EventRelation]()
        var previous: TimelineEvent?
        for e in events {
            guard e.factuality.isFactual, let d = e.date, let lo = d.earliest, d.latest != nil else { continue }
            if let p = previous, let hi = p.date?.latest, hi < lo {
                result.append(EventRelation(from: p.id, to: e.id, type: "before"))
            }
            previous = e
        }
        return result
    }
}
