/// The actors and events of a timeline as one graph: what the DOT renderer
/// draws and what the SVG renderer places along its axis.
///
/// Nodes keep the timeline's own ids (`huawei`, `e3`); a node's ``Node/Kind``
/// says whether it is an actor or an event. Edges are of three families:
/// participation (actor -> event, one per actor of an event), temporal
/// (between events that follow one another on the time axis, plus every
/// relation the timeline itself carries) and co-participation (actor - actor,
/// weighted by how many events the two share).
///
/// Everything is built in one pass over the timeline and ordered stably, so
/// the same timeline always gives the same graph.
public struct EventGraph: Sendable, Hashable {
    /// One node of the graph.
    public struct Node: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case actor(ActorKind)
            /// An event and its type (`arrest`, `statement`, ...).
            case event(type: String)
        }

        public var id: String
        /// What a reader sees: the actor's name, or the event's summary.
        public var label: String
        public var kind: Kind
    }

    /// One edge of the graph.
    public struct Edge: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// The actor (`from`) takes part in the event (`to`).
            case participation
            /// A temporal relation between two events: `before`, `includes`,
            /// `simultaneous`, `overlaps`, or any type the timeline's own relations use.
            case temporal(String)
            /// Two actors (`from` < `to`) share `weight` events.
            case coParticipation
        }

        public var from: String
        public var to: String
        public var kind: Kind
        /// How many events support the edge (1 except for co-participation).
        public var weight: Int
    }

    /// The events that share one date value, in axis order.
    public struct TimeSlot: Sendable, Hashable {
        /// The TimeML value (`2018-12`, `2019-02-26`).
        public var value: String
        public var placement: EventPlacement
        public var eventIDs: [String]
    }

    /// Actor nodes in the timeline's actor order.
    public let actors: [Node]
    /// Event nodes in the timeline's event order.
    public let events: [Node]
    /// Participation edges (event order, then actor order within an event),
    /// then temporal edges, then co-participation edges (sorted by actor ids).
    public let edges: [Edge]
    /// Dated events that can be placed on an axis, grouped by date value, in time order.
    public let slots: [TimeSlot]
    /// Events with no date, or a date with neither bound known (`XXXX-06` in an
    /// undated document), in the timeline's order.
    public let unplaced: [String]

    public init(_ timeline: Timeline) {
        actors = timeline.actors.map { Node(id: $0.id, label: $0.name, kind: .actor($0.kind)) }
        events = timeline.events.map { Node(id: $0.id, label: $0.summary, kind: .event(type: $0.type)) }

        var edges = [Edge]()
        var seenParticipation = Set<[String]>()
        for event in timeline.events {
            for actor in event.actors where seenParticipation.insert([actor, event.id]).inserted {
                edges.append(Edge(from: actor, to: event.id, kind: .participation, weight: 1))
            }
        }

        // Events that can be placed, in axis order: earlier start first; at the
        // same start the longer (coarser) period first, so `2019` precedes `2019-01`.
        let placed = timeline.events.compactMap { event -> (TimelineEvent, EventPlacement)? in
            guard let date = event.date, let placement = EventPlacement(date) else { return nil }
            return (event, placement)
        }.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.0.date!.value != b.0.date!.value { return a.0.date!.value < b.0.date!.value }
            return EventGraph.idPrecedes(a.0.id, b.0.id)
        }
        let placedIDs = Set(placed.map(\.0.id))
        unplaced = timeline.events.filter { !placedIDs.contains($0.id) }.map(\.id)

        var slots = [TimeSlot]()
        for (event, placement) in placed {
            let value = event.date!.value
            if let last = slots.last, last.value == value, last.placement == placement {
                slots[slots.count - 1].eventIDs.append(event.id)
            } else {
                slots.append(TimeSlot(value: value, placement: placement, eventIDs: [event.id]))
            }
        }
        self.slots = slots

        // Temporal edges: each placed event to the next one on the axis, then
        // the timeline's own relations that this chain does not already state.
        var temporal = Set<[String]>()
        for (a, b) in zip(placed, placed.dropFirst()) {
            let type = EventGraph.relation(a.0.date!, a.1, b.0.date!, b.1)
            temporal.insert([a.0.id, b.0.id, type])
            edges.append(Edge(from: a.0.id, to: b.0.id, kind: .temporal(type), weight: 1))
        }
        for relation in timeline.relations where temporal.insert([relation.from, relation.to, relation.type]).inserted {
            edges.append(Edge(from: relation.from, to: relation.to, kind: .temporal(relation.type), weight: 1))
        }

        var shared = [[String]: Int]()
        for event in timeline.events {
            let ids = Array(Set(event.actors)).sorted()
            for i in ids.indices {
                for j in ids.indices where j > i { shared[[ids[i], ids[j]], default: 0] += 1 }
            }
        }
        for pair in shared.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            edges.append(Edge(from: pair[0], to: pair[1], kind: .coParticipation, weight: shared[pair]!))
        }
        self.edges = edges
    }

    /// The relation between two consecutive events on the axis (`a` starts no later than `b`).
    static func relation(_ a: EventDate, _ pa: EventPlacement, _ b: EventDate, _ pb: EventPlacement) -> String {
        if a.value == b.value && pa == pb { return "simultaneous" }
        if pa.end < pb.start { return "before" }
        if pa.start <= pb.start && pb.end <= pa.end { return "includes" }
        return "overlaps"
    }

    /// Orders ids so that `e2` precedes `e10` (numeric suffixes compare as numbers).
    static func idPrecedes(_ a: String, _ b: String) -> Bool {
        let (pa, na) = split(a), (pb, nb) = split(b)
        if pa != pb { return pa < pb }
        if na != nb { return (na ?? -1) < (nb ?? -1) }
        return a < b
    }

    private static func split(_ id: String) -> (String, Int?) {
        let digits = id.utf8.reversed().prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard digits > 0, digits <= 18 else { return (id, nil) }
        let cut = id.utf8.index(id.utf8.endIndex, offsetBy: -digits)
        return (String(id[..<cut]), Int(id[cut...]))
    }
}

/// Where an event sits on a time axis: the days its date spans. An event
/// whose date has one bound only is placed at that bound, marked open on the
/// other side.
public struct EventPlacement: Sendable, Hashable, Comparable {
    public var start: Day
    public var end: Day
    /// The earliest bound is unknown (the event may have begun any time before `start`).
    public var openStart: Bool
    /// The latest bound is unknown.
    public var openEnd: Bool

    /// Nil when neither bound is known: such an event cannot be placed.
    public init?(_ date: EventDate) {
        guard let s = date.earliest ?? date.latest, let e = date.latest ?? date.earliest else { return nil }
        start = min(s, e)
        end = max(s, e)
        openStart = date.earliest == nil
        openEnd = date.latest == nil
    }

    /// Length in days, both ends included.
    public var days: Int { end.daysSinceEpoch - start.daysSinceEpoch + 1 }

    /// Earlier start first; at the same start the longer span first.
    public static func < (a: EventPlacement, b: EventPlacement) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end > b.end }
        return (a.openStart ? 1 : 0, a.openEnd ? 1 : 0) < (b.openStart ? 1 : 0, b.openEnd ? 1 : 0)
    }
}
