/// How important each event of a timeline is to its story, 0..1, from
/// signals a newsroom would recognise, and one line saying why:
/// - how many independent articles tell it (their number against the
///   most-told event's, on a log scale);
/// - how many articles refer to its day (``DateSalience``: the strongest
///   single signal in the timeline-summarisation literature);
/// - how central its actors are (the most mentioned of them against the
///   pile's most mentioned actor, on a log scale);
/// - whether an article tells it in its headline or lead;
/// - its kind (`story/event-kinds.tsv`: a death, an attack, a verdict, a
///   vote outrank an arrest, which outranks a meeting; a plain statement
///   weighs little: the saying is seldom the news).
struct EventSalience: Sendable {
    /// Each signal's share of the score (they sum to 1).
    static let shares = (sources: 0.3, day: 0.25, actors: 0.15, lead: 0.1, kind: 0.2)

    let kinds: [String: Double]
    let defaultKind: Double
    /// Types that are news only when widely told or told in a lead (a plain "says").
    let evidenceKinds: Set<String>

    static let shared = EventSalience()

    init() {
        var kinds = [String: Double]()
        var evidence = Set<String>()
        for row in ResourceTable.rows("story/event-kinds.tsv") where row.count >= 2 {
            if let w = Double(row[1]) { kinds[row[0]] = w }
            if row.count >= 3 && row[2] == "evidence" { evidence.insert(row[0]) }
        }
        defaultKind = kinds["default"] ?? 0.5
        self.kinds = kinds
        evidenceKinds = evidence
    }

    func kindWeight(_ type: String) -> Double { kinds[type] ?? defaultKind }

    /// Whether an event is news in its own right: any event of a `news` kind; a
    /// saying of an `evidence` kind only when several articles tell it or one
    /// tells it in its headline or lead (then the saying is what the article
    /// reports). Otherwise it is evidence for what it reports, not a timeline event.
    func isNews(_ e: TimelineEvent, inLead: (String, Int) -> Bool) -> Bool {
        guard evidenceKinds.contains(e.type) else { return true }
        return Self.independentDocuments(e.sources) >= 2 || e.sources.contains { inLead($0.document, $0.start) }
    }

    /// How many documents tell an event on their own: one whose every
    /// sentence for it repeats word for word a sentence an earlier document
    /// told (a page republished days later, a wire copy) adds none.
    static func independentDocuments(_ sources: [EventSource]) -> Int {
        var sentencesOf = [String: [String]](), order = [String]()
        for s in sources {
            if sentencesOf[s.document] == nil { order.append(s.document) }
            sentencesOf[s.document, default: []].append(s.sentence)
        }
        var told = Set<String>()
        var count = 0
        for d in order {
            let own = sentencesOf[d]!
            if own.contains(where: { !told.contains($0) }) { count += 1 }
            told.formUnion(own)
        }
        return count
    }

    /// The events with `salience` and `salienceExplanation` set.
    /// - Parameter inLead: whether a source (document id, code-point start of its sentence) is a headline or lead sentence.
    func scored(_ events: [TimelineEvent], actors: [Actor], dates: DateSalience,
                inLead: (String, Int) -> Bool) -> [TimelineEvent] {
        let independent = events.map { Self.independentDocuments($0.sources) }
        let mostSources = independent.max() ?? 1
        let mentions = Dictionary(actors.map { ($0.id, $0.mentions) }, uniquingKeysWith: max)
        let names = Dictionary(actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let mostMentioned = actors.map(\.mentions).max() ?? 1
        let dayScores = dates.evidence.keys.filter(\.isDay).map(dates.score)
        let (lowDay, highDay) = (dayScores.min() ?? 0, dayScores.max() ?? 0)
        return zip(events, independent).map { e, documents in
            var e = e
            let sources = log1p(Double(documents)) / log1p(Double(max(mostSources, 1)))
            var day = 0.0
            var dayReason = "no single day"
            if let d = e.date, let first = d.earliest, first == d.latest {
                let period = Period(day: first)
                if highDay > lowDay, dates.evidence[period] != nil {
                    day = (dates.score(period) - lowDay) / (highDay - lowDay)
                }
                dayReason = "its day " + dates.explanation(period)
            }
            let central = e.actors.max { (mentions[$0] ?? 0, $1) < (mentions[$1] ?? 0, $0) }
            let actorShare = central.map { log1p(Double(mentions[$0] ?? 0)) / log1p(Double(max(mostMentioned, 1))) } ?? 0
            let lead = e.sources.contains { inLead($0.document, $0.start) }
            let kind = kindWeight(e.type)
            let s = Self.shares
            let score = s.sources * sources + s.day * day + s.actors * actorShare + s.lead * (lead ? 1 : 0) + s.kind * kind
            e.salience = (min(1, max(0, score)) * 1000).rounded() / 1000
            let all = Set(e.sources.map(\.document)).count
            var why = ["told by \(all) article\(all == 1 ? "" : "s")"
                + (all > documents ? " (\(documents) on its own, the rest word for word)" : ""), dayReason]
            if let c = central { why.append("most central actor \(names[c] ?? c)") }
            if lead { why.append("in a headline or lead") }
            why.append("kind \(e.type) \(String(format: "%.2f", kind))")
            if let marker = e.factuality.marker { why.append("not told as having happened (\(marker))") }
            e.salienceExplanation = why.joined(separator: "; ")
            return e
        }
    }
}

import Foundation
