/// Bounds the publication date of articles that state none, from their own
/// past and future references and from the events they share with dated
/// articles.
///
/// An event an undated article tells with a relative expression ("last
/// December") was written within that expression's horizon after the event
/// (a year for a month name, a week for a weekday); an event it tells in the
/// present tense ("is offering") was current when it was written. Each
/// shared event gives an interval; the article's own references give
/// another; their intersection, when not empty, is the inferred date.
public struct PublicationInferrer: Sendable {
    /// An interval the publication date must lie in, and why.
    public struct Constraint: Sendable, Hashable {
        public var earliest: Day?
        public var latest: Day?
        public var reason: String

        public init(earliest: Day?, latest: Day?, reason: String) {
            self.earliest = earliest
            self.latest = latest
            self.reason = reason
        }
    }

    let horizons: [String: Int]

    public init() {
        var horizons = [String: Int]()
        for row in ResourceTable.rows("merge/horizons.tsv") where row.count >= 2 {
            horizons[row[0]] = Int(row[1])
        }
        self.horizons = horizons
    }

    /// Constraints on the publication of each document in `documents` from
    /// the groups of event mentions it shares with documents in `known`.
    ///
    /// - Complexity: O(mentions × ``probeCount``): a group's date is taken
    ///   from at most that many dated members.
    public func sharedEventConstraints(for documents: Set<String>, mentions: [EventMention], clusters: [[Int]],
                                       known: Set<String>) -> [String: [Constraint]] {
        // Which mention meets which dated ones, in order; the constraints (and
        // their explanations) are then written on both cores.
        var pairs = [(mention: Int, others: [Int])]()
        for group in clusters {
            let dated = group.filter { known.contains(mentions[$0].documentID) && mentions[$0].date?.isBounded == true }
                .prefix(Self.probeCount + 1)
            guard !dated.isEmpty else { continue }
            var seen = Set<String>()
            for i in group where documents.contains(mentions[i].documentID) {
                let documentID = mentions[i].documentID
                guard seen.insert(documentID).inserted else { continue }
                let others = dated.filter { mentions[$0].documentID != documentID }.prefix(Self.probeCount)
                guard !others.isEmpty else { continue }
                pairs.append((i, Array(others)))
            }
        }
        let inferrer = self
        let constraints = pairs.parallelMap { pair in
            inferrer.constraint(mentions[pair.mention], pair.others.map { mentions[$0] })
        }
        var result = [String: [Constraint]]()
        for (pair, c) in zip(pairs, constraints) {
            if let c { result[mentions[pair.mention].documentID, default: []].append(c) }
        }
        return result
    }

    static let probeCount = 8

    /// What one shared event says of the publication of the article telling `m`.
    func constraint(_ m: EventMention, _ others: [EventMention]) -> Constraint? {
        // What the dated sources agree on.
        var date: TimeValue?
        for o in others { date = EventMerger.intersection(date, o.date) }
        guard let d = date, let lo = d.earliest, let hi = d.latest, lo <= hi else { return nil }
        let sources = Set(others.map(\.documentID)).sorted().joined(separator: ", ")
        let what = "'\(m.summary.prefix(60))' (\(d.value) from \(sources))"
        // Told as ahead ("will vote on Friday"): published before it. Denied, conditional or
        // uncertain: it says nothing of when the article was written.
        if !m.factuality.isFactual {
            guard m.factuality.time == .future, m.factuality.polarity == .positive, m.factuality.special == .none else { return nil }
            return Constraint(earliest: nil, latest: hi, reason: "tells \(what) as ahead")
        }
        if m.isPresentTense || m.isReported && m.date?.isBounded != true && m.timex == nil {
            let h = horizons["present"] ?? 14
            return Constraint(earliest: lo.adding(days: -h / 2), latest: hi.adding(days: h),
                              reason: "tells \(what) as current news")
        }
        if m.timex != nil, m.dateBasis == .resolved, let g = m.date?.granularity {
            let h = horizons[g.rawValue] ?? horizons["other"] ?? 30
            return Constraint(earliest: lo, latest: hi.adding(days: h), reason: "tells \(what) as a relative \(g.rawValue)")
        }
        return Constraint(earliest: lo, latest: nil, reason: "tells \(what) as past")
    }

    /// Intersects constraints; drops shared-event constraints that contradict
    /// the article's own references. Returns nil when nothing bounds it.
    public func infer(own: Constraint?, shared: [Constraint]) -> Publication? {
        func combine(_ cs: [Constraint]) -> Constraint? {
            guard !cs.isEmpty else { return nil }
            let lo = cs.compactMap(\.earliest).max()
            let hi = cs.compactMap(\.latest).min()
            if let lo, let hi, lo > hi { return nil }
            return Constraint(earliest: lo, latest: hi, reason: cs.map(\.reason).joined(separator: "; "))
        }
        var all = (own.map { [$0] } ?? []) + shared
        var result = combine(all)
        // Contradiction: keep the own references and the shared events that agree with them.
        if result == nil {
            all = own.map { [$0] } ?? []
            for c in shared where combine(all + [c]) != nil { all.append(c) }
            result = combine(all)
        }
        guard let c = result, c.earliest != nil || c.latest != nil else { return nil }
        return Publication(value: TimeValue.covering(c.earliest, c.latest), basis: .inferred,
                           explanation: "inferred: " + c.reason)
    }
}
