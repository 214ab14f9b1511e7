/// Renders a timeline's ``EventGraph`` as a GraphViz digraph (`graph.dot`).
///
/// Time runs left to right: a spine of date nodes (one per distinct date
/// value, or per month or year past ``maxColumns`` dates; chained by bold
/// edges, undated events in a last column) with each
/// event in the same rank as its date. Actors are nodes shaped and coloured by
/// kind (`Resources/render/actor-shapes.tsv`) with an edge to every event they
/// take part in; events are filled by type (`event-colors.tsv`). Temporal
/// relations the spine already shows (`before` from an earlier to a later
/// column) are not drawn again; the others (`includes`, `overlaps`, ...) are
/// dashed. Actor pairs that share two or more events get a dotted undirected
/// edge weighted by the count (a pair seen together once is already visible
/// through the event they share).
///
/// Every id and label is quoted and escaped; ids are prefixed by what they
/// name (`actor:`, `event:`, `date:`), so an actor can never collide with an event.
public enum DOTRenderer {
    /// Events drawn by default: `dot` lays 300 out in a few seconds.
    public static let defaultMaxEvents = 300
    /// Actors with participation edges by default.
    public static let defaultMaxActors = 25

    /// Scalars per line of an event label.
    static let eventWrap = 28
    static let eventLines = 4
    static let actorWrap = 20

    public static func render(_ full: Timeline, options: DOTOptions = DOTOptions()) -> String {
        // dot's crossing minimisation grows steeply with nodes and edges: 1,280
        // events with every participation edge took about a minute. Keep the
        // most-told events and draw participation edges to the most involved
        // actors only (the others are named in each event's tooltip).
        let t = options.maxEvents > 0 && full.events.count > options.maxEvents
            ? TimelineFilter(maxEvents: options.maxEvents).apply(to: full) : full
        let graph = EventGraph(t)
        let eventsByID = Dictionary(t.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var involvement = [String: Int]()
        for event in t.events { for actor in Set(event.actors) { involvement[actor, default: 0] += 1 } }
        let ranked = involvement.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let drawnActors = Set((options.maxActors > 0 ? Array(ranked.prefix(options.maxActors)) : ranked).map(\.key))
        let names = Dictionary(t.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var out = "digraph timeline {\n"
        if t.events.count < full.events.count {
            out += "  // The \(t.events.count) events told by most articles of \(full.events.count) (timeline dot --limit N; 0 keeps all).\n"
        }
        if drawnActors.count < involvement.count {
            out += "  // Participation edges to the \(drawnActors.count) most involved of \(involvement.count) actors (--actor-limit K); the rest are in each event's tooltip.\n"
        }
        var heading = title(full)
        if t.events.count < full.events.count { heading += "; showing the \(t.events.count) most-told events" }
        if drawnActors.count < involvement.count { heading += "; the \(drawnActors.count) most involved actors" }
        // Straight edges, a bounded crossing search and network simplex: layout in seconds.
        out += "  graph [rankdir=LR, newrank=true, splines=line, mclimit=0.5, nslimit=4, searchsize=30, remincross=false, nodesep=0.3, ranksep=0.6, fontname=\"Helvetica\", fontsize=12, labelloc=t, label=\(quote(heading))];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=filled, penwidth=1.2];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#9a9a9a\", arrowsize=0.7];\n"

        // The time spine.
        out += "\n  // Time axis: one column per date value, left to right.\n"
        var slotOfEvent = [String: Int]()
        var spine = [String]()
        for (index, column) in columns(graph).enumerated() {
            // Two columns can carry one label ("XXXX" before and after a dated stretch): the id is positional.
            let id = "date:\(index + 1):" + column.label
            spine.append(id)
            for event in column.events { slotOfEvent[event] = index }
            out += "  \(quote(id)) [shape=plaintext, style=\"\", fontsize=12, fontcolor=\"#222222\", label=\(quote(column.label))];\n"
        }
        if !graph.unplaced.isEmpty {
            spine.append("date:undated")
            for event in graph.unplaced { slotOfEvent[event] = spine.count - 1 }
            out += "  \"date:undated\" [shape=plaintext, style=\"\", fontsize=12, fontcolor=\"#222222\", label=\"undated\"];\n"
        }
        for (index, (a, b)) in zip(spine, spine.dropFirst()).enumerated() {
            let undated = !graph.unplaced.isEmpty && index == spine.count - 2
            out += "  \(quote(a)) -> \(quote(b)) [color=\"#444444\", penwidth=2, arrowhead=vee\(undated ? ", style=dotted" : "")];\n"
        }

        // Events, each in its date's column.
        out += "\n  // Events, filled by type.\n"
        for node in graph.events {
            guard let event = eventsByID[node.id] else { continue }
            let color = RenderTables.color(forType: event.type)
            let lead = event.date?.value ?? "undated"
            let lines = [lead] + RenderText.wrap(event.summary, width: eventWrap, maxLines: eventLines)
            let conflict = (event.date?.conflicts.isEmpty == false) ? ", peripheries=2" : ""
            var tip = event.type + ": " + event.summary
            if !event.actors.isEmpty { tip += " (actors: " + event.actors.map { names[$0] ?? $0 }.joined(separator: ", ") + ")" }
            out += "  \(quote("event:" + event.id)) [shape=box, style=\"rounded,filled\", color=\(quote(color)), fillcolor=\(quote(RenderTables.tint(color, 0.25)))\(conflict), tooltip=\(quote(RenderText.shorten(tip, to: 300))), label=\(label(lines))];\n"
        }
        var columns = [Int: [String]]()
        for (event, slot) in slotOfEvent { columns[slot, default: []].append(event) }
        for slot in columns.keys.sorted() {
            let members = columns[slot]!.sorted(by: EventGraph.idPrecedes).map { quote("event:" + $0) }
            out += "  { rank=same; \(quote(spine[slot])); \(members.joined(separator: "; ")); }\n"
        }

        // Actors.
        out += "\n  // Actors, shaped by kind.\n"
        for actor in t.actors where drawnActors.contains(actor.id) {
            let style = RenderTables.actorStyle(actor.kind)
            out += "  \(quote("actor:" + actor.id)) [shape=\(style.shape), fillcolor=\(quote(style.color)), tooltip=\(quote(actor.kind.rawValue + ": " + RenderText.oneLine(actor.name))), label=\(label(RenderText.wrap(actor.name, width: actorWrap, maxLines: 3)))];\n"
        }
        let known = Set(t.actors.map(\.id))

        out += "\n  // Participation, temporal relations, shared events.\n"
        for edge in graph.edges {
            switch edge.kind {
            case .participation:
                guard drawnActors.contains(edge.from) else { continue }
                // An actor id the timeline does not list still gets a node, so the edge is not lost.
                if !known.contains(edge.from) {
                    out += "  \(quote("actor:" + edge.from)) [shape=oval, fillcolor=\"#eeeeee\", label=\(quote(edge.from))];\n"
                }
                out += "  \(quote("actor:" + edge.from)) -> \(quote("event:" + edge.to));\n"
            case .temporal(let type):
                let a = slotOfEvent[edge.from], b = slotOfEvent[edge.to]
                if type == "before", let a, let b, a < b { continue }
                out += "  \(quote("event:" + edge.from)) -> \(quote("event:" + edge.to)) [style=dashed, color=\"#5b7fa6\", fontcolor=\"#5b7fa6\", constraint=false, label=\(quote(type))];\n"
            case .coParticipation:
                guard edge.weight >= 2, drawnActors.contains(edge.from), drawnActors.contains(edge.to) else { continue }
                out += "  \(quote("actor:" + edge.from)) -> \(quote("actor:" + edge.to)) [dir=none, style=dotted, constraint=false, color=\"#b07aa1\", penwidth=\(min(1 + edge.weight / 2, 4)), tooltip=\(quote("\(edge.weight) shared events")), label=\(quote(String(edge.weight)))];\n"
            }
        }
        out += "}\n"
        return out
    }

    /// Most columns on the time axis. GraphViz's layout time grows steeply
    /// with the number of ranks that participation edges cross (200 events on
    /// 140 dates took minutes), so past this many distinct dates the columns
    /// become months, and past this many months, years.
    static let maxColumns = 40

    /// The columns of the time axis: one per date value, or per month or year
    /// (of each event's first day) when there are too many.
    static func columns(_ graph: EventGraph) -> [(label: String, events: [String])] {
        if graph.slots.count <= maxColumns { return graph.slots.map { ($0.value, $0.eventIDs) } }
        func grouped(_ key: (Day) -> String) -> [(label: String, events: [String])] {
            var columns = [(label: String, events: [String])]()
            for slot in graph.slots {
                let label = key(slot.placement.start)
                if columns.last?.label == label {
                    columns[columns.count - 1].events += slot.eventIDs
                } else {
                    columns.append((label, slot.eventIDs))
                }
            }
            return columns
        }
        let months = grouped { Day.pad($0.year, 4) + "-" + Day.pad($0.month, 2) }
        return months.count <= maxColumns ? months : grouped { Day.pad($0.year, 4) }
    }

    private static func title(_ t: Timeline) -> String {
        "Timeline: \(t.events.count) events, \(t.actors.count) actors, \(t.documents.count) documents"
    }

    /// A quoted DOT string: backslashes and quotes escaped, control
    /// characters (newlines included) turned into spaces.
    static func quote(_ text: String) -> String {
        "\"" + escape(text) + "\""
    }

    /// Lines joined by DOT's `\n` (centred line break), each escaped.
    static func label(_ lines: [String]) -> String {
        "\"" + lines.map(escape).joined(separator: "\\n") + "\""
    }

    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            default:
                if scalar.value < 0x80 ? (scalar.value < 0x20 || scalar.value == 0x7F)
                    : (scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}") {
                    out.append(" ")
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// The actors-only graph (`timeline dot --actors`): an undirected graph
    /// for `sfdp` or `neato`, one node per actor that takes part in an event
    /// (sized by its events), one edge per pair of actors sharing events,
    /// weighted and labelled by how many. No time axis, so it stays fast on
    /// thousands of actors.
    public static func actorGraph(_ t: Timeline) -> String {
        let graph = EventGraph(t)
        var events = [String: Int]()
        for event in t.events { for actor in Set(event.actors) { events[actor, default: 0] += 1 } }
        var out = "graph actors {\n"
        out += "  graph [layout=sfdp, overlap=prism, overlap_scaling=2, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\", labelloc=t, label=\(quote("Actors: \(events.count) taking part in \(t.events.count) events; edges: events shared"))];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=filled, penwidth=1];\n"
        out += "  edge [color=\"#8a8a8a\", fontname=\"Helvetica\", fontsize=8];\n"
        var drawn = Set<String>()
        for actor in t.actors where events[actor.id] != nil {
            let style = RenderTables.actorStyle(actor.kind)
            let count = events[actor.id]!
            let size = 10 + min(Double(count), 20) * 0.6
            drawn.insert(actor.id)
            out += "  \(quote("actor:" + actor.id)) [shape=\(style.shape), fillcolor=\(quote(style.color)), fontsize=\(RenderText.number(size)), tooltip=\(quote(actor.kind.rawValue + ": " + RenderText.oneLine(actor.name) + ", \(count) event\(count == 1 ? "" : "s")")), label=\(label(RenderText.wrap(actor.name, width: actorWrap, maxLines: 3)))];\n"
        }
        for id in events.keys.sorted() where !drawn.contains(id) {
            out += "  \(quote("actor:" + id)) [shape=oval, fillcolor=\"#eeeeee\", label=\(quote(id))];\n"
        }
        for edge in graph.edges where edge.kind == .coParticipation {
            out += "  \(quote("actor:" + edge.from)) -- \(quote("actor:" + edge.to)) [weight=\(edge.weight), penwidth=\(RenderText.number(min(0.6 + Double(edge.weight) * 0.6, 6)))\(edge.weight >= 2 ? ", label=" + quote(String(edge.weight)) : ""), tooltip=\(quote("\(edge.weight) shared event\(edge.weight == 1 ? "" : "s")"))];\n"
        }
        return out + "}\n"
    }
}

/// How much of a large timeline the DOT graph draws, so that `dot` stays fast.
public struct DOTOptions: Sendable, Hashable {
    /// Most events drawn (the ones told by most articles, then with most
    /// actors); 0 draws all.
    public var maxEvents: Int
    /// Most actors drawn with participation edges (the ones in most events); 0 draws all.
    public var maxActors: Int

    public init(maxEvents: Int = DOTRenderer.defaultMaxEvents, maxActors: Int = DOTRenderer.defaultMaxActors) {
        self.maxEvents = max(maxEvents, 0)
        self.maxActors = max(maxActors, 0)
    }
}
