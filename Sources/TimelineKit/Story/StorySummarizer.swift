/// Picks a story's key dates and says what happened on each.
public struct StorySummarizer: Sendable {
    public init() {}

    public func summarize(_ result: PipelineResult, options: SummaryOptions) -> StorySummary {
        // Baseline: the days told by most sources, each with its most-sourced event summaries.
        var byDay = [Day: [TimelineEvent]]()
        var sources = [Day: Set<String>]()
        for e in result.timeline.events {
            guard let d = e.date, d.granularity == .day, let day = d.earliest else { continue }
            if let s = options.since, day < s { continue }
            if let u = options.until, day > u { continue }
            byDay[day, default: []].append(e)
            sources[day, default: []].formUnion(e.sources.map(\.document))
        }
        let k = options.dates ?? 20
        let ranked = byDay.keys.sorted { (sources[$0]!.count, $1) > (sources[$1]!.count, $0) }.prefix(k)
        let best = Double(ranked.first.map { sources[$0]!.count } ?? 1)
        let timeline = ranked.sorted().map { day -> KeyDate in
            let events = byDay[day]!.sorted { ($0.sources.count, $1.id) > ($1.sources.count, $0.id) }
            return KeyDate(date: day.description, sentences: events.prefix(options.sentences).map(\.summary),
                           events: events.map(\.id), salience: Double(sources[day]!.count) / best,
                           explanation: "\(sources[day]!.count) sources")
        }
        return StorySummary(timeline: timeline)
    }
}
