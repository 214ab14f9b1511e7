/// Narrows a timeline to what a reader asked for: an actor, a date range,
/// an event type, events told by several sources, the most important events.
public struct TimelineFilter: Sendable, Hashable {
    /// An actor's id, name or alias (case-insensitive).
    public var actor: String?
    public var since: Day?
    public var until: Day?
    public var type: String?
    public var minSources: Int?
    /// Keep the N events with the most sources (then the most actors), in date order.
    public var maxEvents: Int?
    /// Keep the events of the K most important dates (date values): most
    /// sources told on that date, then most events, then the earlier date.
    /// Undated events and dates that cannot be placed are dropped.
    public var maxDates: Int?

    public init(actor: String? = nil, since: Day? = nil, until: Day? = nil, type: String? = nil,
                minSources: Int? = nil, maxEvents: Int? = nil, maxDates: Int? = nil) {
        self.actor = actor
        self.since = since
        self.until = until
        self.type = type
        self.minSources = minSources
        self.maxEvents = maxEvents
        self.maxDates = maxDates
    }

    public var isEmpty: Bool {
        actor == nil && since == nil && until == nil && type == nil && minSources == nil && maxEvents == nil && maxDates == nil
    }

    /// The events that pass, the actors they name, and the relations between them.
    public func apply(to timeline: Timeline) -> Timeline {
        guard !isEmpty else { return timeline }
        var actorIDs: Set<String>?
        if let actor = actor?.lowercased() {
            actorIDs = Set(timeline.actors.filter { a in
                a.id == actor || a.name.lowercased() == actor || a.aliases.contains { $0.lowercased() == actor }
                    || a.name.lowercased().contains(actor)
            }.map(\.id))
        }
        var events = timeline.events.filter { e in
            if let ids = actorIDs, !e.actors.contains(where: ids.contains) { return false }
            if let type, e.type != type { return false }
            if let minSources, Set(e.sources.map(\.document)).count < minSources { return false }
            if let since {
                guard let latest = e.date?.latest, latest >= since else { return false }
            }
            if let until {
                guard let earliest = e.date?.earliest ?? e.date?.latest, earliest <= until else { return false }
            }
            return true
        }
        if let maxEvents, events.count > maxEvents {
            let ranked = events.indices.sorted { a, b in
                let (x, y) = (events[a], events[b])
                let (sx, sy) = (Set(x.sources.map(\.document)).count, Set(y.sources.map(\.document)).count)
                if sx != sy { return sx > sy }
                if x.actors.count != y.actors.count { return x.actors.count > y.actors.count }
                return a < b
            }
            let keep = Set(ranked.prefix(maxEvents))
            events = events.indices.filter(keep.contains).map { events[$0] }
        }
        if let maxDates { events = Self.keepDates(maxDates, of: events) }
        let kept = Set(events.map(\.id))
        let named = Set(events.flatMap(\.actors))
        // Key dates inside the window, citing only the events kept.
        let keyDates = timeline.keyDates.compactMap { k -> KeyDate? in
            guard let first = Day(iso: k.date) ?? Day(iso: k.date + "-01") else { return nil }
            let last = k.date.utf8.count == 7 ? first.lastOfMonth : first
            if let since, last < since { return nil }
            if let until, first > until { return nil }
            var k = k
            k.events = k.events.filter(kept.contains)
            return k
        }
        return Timeline(documents: timeline.documents, actors: timeline.actors.filter { named.contains($0.id) },
                        events: events, relations: timeline.relations.filter { kept.contains($0.from) && kept.contains($0.to) },
                        keyDates: keyDates)
    }

    /// The timeline narrowed to the given key dates: those dates, and the
    /// events placed on them (a day of the key dates), in their order.
    public static func keyDates(_ keyDates: [KeyDate], of timeline: Timeline) -> Timeline {
        let listed = Set(keyDates.flatMap(\.events))
        let events = timeline.events.filter { listed.contains($0.id) }
        let kept = Set(events.map(\.id))
        let named = Set(events.flatMap(\.actors))
        var narrowed = Timeline(documents: timeline.documents, actors: timeline.actors.filter { named.contains($0.id) },
                                events: events, relations: timeline.relations.filter { kept.contains($0.from) && kept.contains($0.to) })
        narrowed.keyDates = keyDates.map { k in
            var k = k
            k.events = k.events.filter(kept.contains)
            return k
        }
        return narrowed
    }

    /// The events of the `k` most important date values, in their order.
    static func keepDates(_ k: Int, of events: [TimelineEvent]) -> [TimelineEvent] {
        struct Weight { var documents = Set<String>(); var events = 0; var placement: EventPlacement }
        var weights = [String: Weight]()
        for event in events {
            guard let date = event.date, let placement = EventPlacement(date) else { continue }
            var w = weights[date.value] ?? Weight(placement: placement)
            w.documents.formUnion(event.sources.map(\.document))
            w.events += 1
            weights[date.value] = w
        }
        let ranked = weights.keys.sorted { a, b in
            let (x, y) = (weights[a]!, weights[b]!)
            if x.documents.count != y.documents.count { return x.documents.count > y.documents.count }
            if x.events != y.events { return x.events > y.events }
            if x.placement != y.placement { return x.placement < y.placement }
            return a < b
        }
        let keep = Set(ranked.prefix(k))
        return events.filter { $0.date.map { keep.contains($0.value) } ?? false }
    }
}
