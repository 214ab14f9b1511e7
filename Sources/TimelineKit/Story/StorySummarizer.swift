/// Picks a story's key dates and says what happened on each: the days its
/// articles keep referring to (``DateSalience``), each told by the few
/// sentences that give the account most of them share (``SentenceSelector``),
/// with the timeline's events of that day.
public struct StorySummarizer: Sendable {
    public let parameters: StoryParameters

    public init(parameters: StoryParameters = .standard) { self.parameters = parameters }

    /// How many dates a pile wants when the reader does not say: about two
    /// per square root of its on-topic articles (100 articles: 20, 300: 35),
    /// at least 6, at most 40 (fewer when the pile names fewer days twice:
    /// ``StoryParameters/sizeablePile``).
    public static func defaultDateCount(documents: Int) -> Int {
        min(40, max(6, Int((2 * Double(documents).squareRoot()).rounded())))
    }

    public func summarize(_ result: PipelineResult, options: SummaryOptions) -> StorySummary {
        let story = result.story.parameters == parameters ? result.story : StoryAnalysis(result.documents, parameters: parameters)
        return summarize(story, timeline: result.timeline, documents: result.documents, options: options)
    }

    func summarize(_ story: StoryAnalysis, timeline: Timeline, documents: [AnalyzedDocument],
                   options: SummaryOptions) -> StorySummary {
        let selector = SentenceSelector(documents, profile: story.profile, salience: story.dates, parameters: parameters)
        let onTopic = documents.indices.filter { !story.profile.offTopic[$0] }.count
        let k = options.dates ?? Self.defaultDateCount(documents: onTopic)
        // Days named, and (when asked) months named with no day of theirs named: a turning point known only to the month.
        let namedDays = story.dates.evidence.filter { $0.key.isDay && $0.value.documents > 0 }.keys
        // The pile's own time: from its first on-topic article to its last. A day well before or
        // after it (the 11 September attacks in a story of an oil spill) is background, a key
        // date only when a good share of the pile names it (a death in the pile of its trial).
        let span = story.dates.publicationSpan.map { ($0.first.adding(days: -parameters.backgroundMargin),
                                                      $0.last.adding(days: parameters.backgroundMargin)) }
        let backgroundNaming = parameters.backgroundShare * Double(onTopic)
        let candidates = story.dates.evidence.keys.filter { period in
            if let s = options.since, period.last < s { return false }
            if let u = options.until, period.first > u { return false }
            if let (from, to) = span, period.last < from || period.first > to,
               Double(story.dates.evidence[period]?.documents ?? 0) < backgroundNaming {
                return false
            }
            // Choosing how many for the reader, in a pile of some size: a day one article
            // names in passing, with nothing published on it, is not among the story's.
            if options.dates == nil, onTopic >= parameters.sizeablePile, let e = story.dates.evidence[period],
               e.documents + e.published < 2 {
                return false
            }
            if !period.isDay {
                guard options.months, !namedDays.contains(where: { period.contains($0.first) }) else { return false }
            }
            return selector.hasCandidates(period)
        }
        // The timeline's events in each period, most salient first; those not told as having
        // happened (planned, denied, conditional) are no fact of any date.
        var events = [Period: [TimelineEvent]]()
        for e in timeline.events where e.factuality.isFactual {
            guard let d = e.date, let first = d.earliest, let last = d.latest else { continue }
            if first == last { events[Period(day: first), default: []].append(e) }
            if first.year == last.year && first.month == last.month { events[Period(monthOf: first), default: []].append(e) }
        }
        for key in events.keys { events[key]!.sort { a, b in a.salience != b.salience ? a.salience > b.salience : a.id < b.id } }
        func score(_ p: Period) -> Double {
            story.dates.score(p) + parameters.eventWeight * (events[p]?.first?.salience ?? 0)
        }
        let ranked = candidates.sorted { a, b in
            let (x, y) = (score(a), score(b))
            return x != y ? x > y : a < b
        }
        var chosen = [(Period, [String])]()
        for period in ranked where chosen.count < k {
            let sentences = selector.sentences(for: period, count: options.sentences).map(\.text)
            if !sentences.isEmpty { chosen.append((period, sentences)) }
        }
        let best = chosen.map { score($0.0) }.max() ?? 0
        let worst = ranked.last.map(score) ?? 0
        return StorySummary(timeline: chosen.sorted { $0.0 < $1.0 }.map { period, sentences in
            let told = events[period] ?? []
            let salience = best > worst ? (score(period) - worst) / (best - worst) : 1
            var explanation = story.dates.explanation(period)
            if let top = told.first { explanation += String(format: "; its most salient event %@ (%.2f)", top.id, top.salience) }
            return KeyDate(date: period.description, sentences: sentences, events: told.map(\.id),
                           salience: (salience * 1000).rounded() / 1000, explanation: explanation)
        })
    }
}

/// What the story stage reads off a pile once: what it is about and how
/// its articles refer to each day.
struct StoryAnalysis: Sendable {
    let profile: StoryProfile
    let dates: DateSalience
    let parameters: StoryParameters

    init(_ documents: [AnalyzedDocument], parameters: StoryParameters) {
        self.parameters = parameters
        profile = StoryProfile(documents, offTopicShare: parameters.offTopicShare)
        dates = DateSalience(documents, profile: profile, parameters: parameters)
    }
}
