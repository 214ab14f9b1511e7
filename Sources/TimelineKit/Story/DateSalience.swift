/// A day, or a calendar month named without a day: what a key date can be.
struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    let first: Day
    let last: Day

    init(day: Day) { (first, last) = (day, day) }
    init(monthOf day: Day) {
        first = Day(year: day.year, month: day.month, day: 1)
        last = first.lastOfMonth
    }

    var isDay: Bool { first == last }
    /// `2010-04-20`, or `2018-12` for a month.
    var description: String { isDay ? first.description : String(first.description.prefix(7)) }
    func contains(_ day: Day) -> Bool { first <= day && day <= last }

    static func < (a: Period, b: Period) -> Bool { (a.first, a.last) < (b.first, b.last) }
}

/// How important each day is to a story, from how its articles refer to it.
///
/// The strongest signal the timeline-summarisation literature knows is how
/// many articles name a day (Tran et al. 2015; news-tls's DATEWISE): a day
/// that later coverage keeps pointing back to is a turning point. So a day
/// scores by the on-topic documents that name it (each once, through the
/// sentence that names it best, weighted by how much that sentence is about
/// the story: a day named only beside a share price counts for little),
/// against how much was being published around it: a day that stands out
/// from a quiet week is a key date; one among a week of daily coverage must
/// be named more often to be. Months named as months ("in December 2018")
/// are scored the same way, for stories whose turning points are known only
/// to the month. References in page furniture (captions, credits, related
/// links) do not count.
struct DateSalience: Sendable {
    struct Evidence: Sendable, Hashable {
        /// On-topic documents that name the period.
        var documents = 0
        /// The same, each weighted by the relevance of its sentence naming the period (1 = typical).
        var weighted: Float = 0
        /// Documents published within ``StoryParameters/coverageReach`` days of it.
        var coverage = 0
        /// On-topic documents published on it (a day).
        var published = 0
    }

    let parameters: StoryParameters
    let evidence: [Period: Evidence]
    /// Per document: sentence index -> the periods it names.
    let references: [[Int: [Period]]]
    /// The first and last days an on-topic document was published on (nil: none dated to the day).
    let publicationSpan: (first: Day, last: Day)?

    init(_ documents: [AnalyzedDocument], profile: StoryProfile, parameters: StoryParameters) {
        self.parameters = parameters
        var evidence = [Period: Evidence]()
        var references = [[Int: [Period]]]()
        var published = [Day: Int]()
        var span: (first: Day, last: Day)?
        for (d, a) in documents.enumerated() {
            if let day = a.document.published?.value, day.granularity == .day, let p = day.earliest {
                published[p, default: 0] += 1
                if !profile.offTopic[d] {
                    evidence[Period(day: p), default: Evidence()].published += 1
                    span = (min(span?.first ?? p, p), max(span?.last ?? p, p))
                }
            }
            var named = [Int: [Period]]()
            guard !profile.offTopic[d] else {
                references.append(named)
                continue
            }
            let sentences = a.analysis.sentences
            let hypothetical = Self.hypotheticalAnchors(a.events)
            let restated = Self.restatements(a.timexes, in: a.analysis.bytes)
            var best = [Period: Float]()
            for timex in a.timexes where timex.type == .date || timex.type == .time {
                guard !hypothetical.contains(timex.span.start), !restated.contains(timex.span.start),
                      let period = Self.period(of: timex.value),
                      let s = Self.sentence(containing: timex.span.start, in: sentences),
                      !Self.isFurniture(sentences[s]), !profile.template[d].contains(s) else { continue }
                if !(named[s]?.contains(period) ?? false) { named[s, default: []].append(period) }
                // A day named in an article's lead is its news; named further on, background.
                let lead = s < parameters.leadSentences ? Float(1 + parameters.leadReferenceBonus) : 1
                best[period] = max(best[period] ?? 0, lead * profile.sentenceRelevance(d, s))
            }
            for (period, relevance) in best {
                evidence[period, default: Evidence()].documents += 1
                evidence[period, default: Evidence()].weighted += relevance
            }
            references.append(named)
        }
        let reach = parameters.coverageReach
        for period in evidence.keys {
            var coverage = 0
            var day = period.first.adding(days: -reach)
            let end = period.last.adding(days: reach)
            while day <= end {
                coverage += published[day] ?? 0
                day = day.adding(days: 1)
            }
            evidence[period]!.coverage = coverage
        }
        self.evidence = evidence
        self.references = references
        publicationSpan = span
    }

    /// Where the time expressions start that date only events not told as
    /// having happened ("the vote is expected on Friday", "if he is
    /// convicted on Monday"): they are no fact of the story, so they support
    /// no key date and tell none.
    static func hypotheticalAnchors(_ events: [EventMention]) -> Set<Int> {
        var hypothetical = Set<Int>(), factual = Set<Int>()
        for m in events {
            guard let t = m.timex else { continue }
            if m.factuality.isFactual { factual.insert(t.start) } else { hypothetical.insert(t.start) }
        }
        return hypothetical.subtracting(factual)
    }

    /// Where the time expressions start that restate the one before them in
    /// parentheses ("at 1930 CDT on 1 June (0030 GMT 2 June)": the same moment
    /// in another time zone or calendar): they name no day of their own.
    static func restatements(_ timexes: [TimeExpression], in bytes: [UInt8]) -> Set<Int> {
        var result = Set<Int>()
        let sorted = timexes.sorted { $0.span.start < $1.span.start }
        for (i, t) in sorted.enumerated() where i > 0 {
            // The parenthesis the expression stands in: no closing one or line end between.
            var k = t.span.start - 1
            while k >= 0, bytes[k] != 0x28, bytes[k] != 0x29, bytes[k] != 0x0A, t.span.start - k < 40 { k -= 1 }
            guard k >= 0, bytes[k] == 0x28 else { continue }
            // Right after the expression before it, spaces between.
            var e = k - 1
            while e >= 0, bytes[e] == 0x20 { e -= 1 }
            if sorted[i - 1].span.end == e + 1 { result.insert(t.span.start) }
        }
        return result
    }

    /// The period a time expression names: a day (a clock time or part of a
    /// day counts as its day) or a calendar month; nil for anything else.
    static func period(of value: TimeValue) -> Period? {
        guard value.granularity != .other, let first = value.earliest, let last = value.latest else { return nil }
        if value.granularity >= .day && first == last { return Period(day: first) }
        if value.granularity == .month && first.day == 1 && last == first.lastOfMonth { return Period(monthOf: first) }
        return nil
    }

    /// Captions, credits, related links, comments, share prompts and bylines refer to no event of the story.
    static func isFurniture(_ sentence: Sentence) -> Bool {
        guard let f = sentence.furniture else { return false }
        return f != .headline
    }

    /// The period's score: the log of its (mixed) reference count, less the
    /// log of the coverage around it. Higher is more important; comparable within a pile.
    func score(_ period: Period) -> Double {
        guard let e = evidence[period] else { return -.infinity }
        let s = Float(parameters.relevanceShare)
        let references = (1 - s) * Float(e.documents) + s * e.weighted + Float(parameters.publicationWeight) * Float(e.published)
        return Double(log1p(references)) - parameters.coverageWeight * log(Double(e.coverage) + parameters.coverageFloor)
    }

    /// "named by 23 articles (relevance 1.4 each), 31 published within 3 days"
    func explanation(_ period: Period) -> String {
        guard let e = evidence[period] else { return "no article names it" }
        let mean = e.documents > 0 ? e.weighted / Float(e.documents) : 0
        return "named by \(e.documents) article\(e.documents == 1 ? "" : "s")"
            + (e.documents > 0 ? String(format: " (relevance %.1f each)", mean) : "")
            + (e.published > 0 ? ", \(e.published) published on it" : "")
            + ", \(e.coverage) published within \(parameters.coverageReach) days"
    }

    /// The index of the sentence holding byte `offset`.
    static func sentence(containing offset: Int, in sentences: [Sentence]) -> Int? {
        var lo = 0, hi = sentences.count - 1, found: Int?
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.start <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard let f = found, offset < sentences[f].span.end else { return nil }
        return f
    }
}

import Foundation
