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
        let names = Dictionary(t.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Only agent and patient links are drawn: locations and unroled mentions
        // ("other") doubled the edges and crossed the whole picture; they stay
        // in each event's tooltip. An event without roles (a timeline made
        // before roles were read) links to all its actors, unlabelled.
        var roleLinks = [String: [(actor: String, role: ParticipantRole?)]]()
        var eventsOfActor = [String: Set<String>]()
        for event in t.events {
            var seen = Set<String>()
            for p in event.participants where (p.role == .agent || p.role == .patient) && seen.insert(p.actor).inserted {
                roleLinks[event.id, default: []].append((p.actor, p.role))
                eventsOfActor[p.actor, default: []].insert(event.id)
            }
            if event.participants.isEmpty {
                for actor in event.actors where seen.insert(actor).inserted {
                    roleLinks[event.id, default: []].append((actor, nil))
                    eventsOfActor[actor, default: []].insert(event.id)
                }
            }
        }
        let ranked = eventsOfActor.map { ($0.key, $0.value.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        // An actor in one event only is written into that event's label (no node,
        // no edge); the most involved of the rest get a node each.
        let shared = ranked.filter { $0.1 >= 2 }
        let drawnActors = Set((options.maxActors > 0 ? Array(shared.prefix(options.maxActors)) : shared).map(\.0))
        var out = "digraph timeline {\n"
        if t.events.count < full.events.count {
            out += "  // The \(t.events.count) events told by most articles of \(full.events.count) (timeline dot --limit N; 0 keeps all).\n"
        }
        if drawnActors.count < shared.count {
            out += "  // Nodes for the \(drawnActors.count) most involved of \(shared.count) actors in two or more events (--actor-limit K); the rest are in each event's label.\n"
        }
        var heading = title(full)
        if t.events.count < full.events.count { heading += "; showing the \(t.events.count) most-told events" }
        if drawnActors.count < shared.count { heading += "; the \(drawnActors.count) most involved actors" }
        // Straight edges, a bounded crossing search and network simplex: layout in seconds.
        out += "  graph [rankdir=LR, newrank=true, splines=line, mclimit=0.5, nslimit=4, searchsize=30, remincross=false, nodesep=0.25, ranksep=0.5, fontname=\"Helvetica\", fontsize=12, labelloc=t, label=\(quote(heading))];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=filled, penwidth=1.2];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#9a9a9a\", arrowsize=0.6];\n"

        // The time spine: one group, heavy edges, so dot draws it as a straight line.
        out += "\n  // Time axis: one column per date value, left to right.\n"
        var slotOfEvent = [String: Int]()
        var spine = [String]()
        var years = [String?]()
        for (index, column) in columns(graph).enumerated() {
            // Two columns can carry one label ("XXXX" before and after a dated stretch): the id is positional.
            let id = "date:\(index + 1):" + column.label
            spine.append(id)
            years.append(column.year)
            for event in column.events { slotOfEvent[event] = index }
            out += "  \(quote(id)) [shape=plaintext, style=\"\", group=spine, fontsize=12, fontcolor=\"#222222\", label=\(label(column.lines))];\n"
        }
        if !graph.unplaced.isEmpty {
            spine.append("date:undated")
            years.append(nil)
            for event in graph.unplaced { slotOfEvent[event] = spine.count - 1 }
            out += "  \"date:undated\" [shape=plaintext, style=\"\", group=spine, fontsize=12, fontcolor=\"#222222\", label=\"undated\"];\n"
        }
        for (index, (a, b)) in zip(spine, spine.dropFirst()).enumerated() {
            let undated = !graph.unplaced.isEmpty && index == spine.count - 2
            out += "  \(quote(a)) -> \(quote(b)) [color=\"#444444\", penwidth=2, weight=100, arrowhead=vee\(undated ? ", style=dotted" : "")];\n"
        }

        // Events, each in its date's column.
        out += "\n  // Events, filled by type; actors met in this event only are named in its label.\n"
        for node in graph.events {
            guard let event = eventsByID[node.id] else { continue }
            let color = RenderTables.color(forType: event.type)
            let lead = RenderText.dateLabel(event.date)
            var lines = [lead] + RenderText.wrap(RenderText.summary(event), width: eventWrap, maxLines: eventLines)
            for link in roleLinks[event.id] ?? [] where !drawnActors.contains(link.actor) {
                lines.append(RenderText.shorten((link.role?.rawValue ?? "with") + ": " + RenderText.oneLine(names[link.actor] ?? link.actor), to: eventWrap + 8))
            }
            let conflict = (event.date?.conflicts.isEmpty == false) ? ", peripheries=2" : ""
            var tip = event.type + ": " + RenderText.summary(event)
            if !event.participants.isEmpty {
                tip += " (" + event.participants.map { $0.role.rawValue + ": " + (names[$0.actor] ?? $0.actor) }.joined(separator: "; ") + ")"
            } else if !event.actors.isEmpty {
                tip += " (actors: " + event.actors.map { names[$0] ?? $0 }.joined(separator: ", ") + ")"
            }
            out += "  \(quote("event:" + event.id)) [shape=box, style=\"rounded,filled\", color=\(quote(color)), fillcolor=\(quote(RenderTables.tint(color, 0.25)))\(conflict), tooltip=\(quote(RenderText.shorten(tip, to: 300))), label=\(label(lines))];\n"
        }
        var columns = [Int: [String]]()
        for (event, slot) in slotOfEvent { columns[slot, default: []].append(event) }
        // Columns of one year share a cluster (a shaded band with the year as its title).
        var slot = 0
        while slot < spine.count {
            var last = slot
            while let year = years[slot], last + 1 < spine.count, years[last + 1] == year { last += 1 }
            if let year = years[slot] {
                out += "  subgraph \(quote("cluster_" + year + "_\(slot)")) { label=\(quote(year)); style=filled; color=\"#f4f4f4\"; fontsize=14;\n"
            }
            for s in slot...last {
                let members = (columns[s] ?? []).sorted(by: EventGraph.idPrecedes).map { quote("event:" + $0) }
                out += "  { rank=same; \(([quote(spine[s])] + members).joined(separator: "; ")); }\n"
            }
            if years[slot] != nil { out += "  }\n" }
            slot = last + 1
        }

        // Actors.
        out += "\n  // Actors in two or more events, shaped by kind.\n"
        let known = Set(t.actors.map(\.id))
        for actor in t.actors where drawnActors.contains(actor.id) {
            let style = RenderTables.actorStyle(actor.kind)
            out += "  \(quote("actor:" + actor.id)) [shape=\(style.shape), fillcolor=\(quote(style.color)), tooltip=\(quote(actor.kind.rawValue + ": " + RenderText.oneLine(actor.name))), label=\(label(RenderText.wrap(actor.name, width: actorWrap, maxLines: 3)))];\n"
        }
        // An actor id the timeline does not list still gets a node, so its edges are not lost.
        for id in drawnActors.sorted() where !known.contains(id) {
            out += "  \(quote("actor:" + id)) [shape=oval, fillcolor=\"#eeeeee\", label=\(quote(id))];\n"
        }

        out += "\n  // Participation (agent, patient) and the timeline's own temporal relations.\n"
        for node in graph.events {
            for link in roleLinks[node.id] ?? [] where drawnActors.contains(link.actor) {
                guard let role = link.role else {
                    out += "  \(quote("actor:" + link.actor)) -> \(quote("event:" + node.id));\n"
                    continue
                }
                let look = role == .agent ? "color=\"#555555\", fontcolor=\"#555555\"" : "color=\"#c0504d\", fontcolor=\"#c0504d\", style=dashed"
                out += "  \(quote("actor:" + link.actor)) -> \(quote("event:" + node.id)) [\(look), label=\(quote(role.rawValue))];\n"
            }
        }
        // The spine already says which event comes first: only relations the
        // timeline itself states, and that the columns do not show, are drawn.
        for relation in t.relations {
            guard let a = slotOfEvent[relation.from], let b = slotOfEvent[relation.to] else { continue }
            if relation.type == "before" && a < b { continue }
            if relation.type == "simultaneous" && a == b { continue }
            out += "  \(quote("event:" + relation.from)) -> \(quote("event:" + relation.to)) [style=dashed, color=\"#5b7fa6\", fontcolor=\"#5b7fa6\", constraint=false, label=\(quote(relation.type))];\n"
        }
        out += "}\n"
        return out
    }

    /// Most columns on the time axis. GraphViz's layout time grows steeply
    /// with the number of ranks that participation edges cross (200 events on
    /// 140 dates took minutes), so past this many distinct dates the columns
    /// become months, and past this many months, years.
    static let maxColumns = 40

    /// One column of the time axis.
    struct Column {
        /// The date value, month or year the column stands for.
        var label: String
        /// What the spine shows: the label, and for a value with unknown
        /// digits (`XXXX`) the days it is known to lie in.
        var lines: [String]
        /// The year of the column's cluster; nil when the value does not name one.
        var year: String?
        var events: [String]
    }

    /// The columns of the time axis: one per date value, or per month or year
    /// (of each event's first day) when there are too many.
    static func columns(_ graph: EventGraph) -> [Column] {
        if graph.slots.count <= maxColumns {
            return graph.slots.map { slot in
                let year = Day.pad(slot.placement.start.year, 4)
                let known = slot.value.hasPrefix(year) && slot.placement.start.year == slot.placement.end.year
                var lines = [slot.value]
                if !known || slot.value.utf8.contains(UInt8(ascii: "X")) {
                    let p = slot.placement
                    lines.append(p.openStart ? "by \(p.end)" : p.openEnd ? "from \(p.start)"
                        : p.start == p.end ? "\(p.start)" : "\(p.start) to \(p.end)")
                }
                return Column(label: slot.value, lines: lines, year: known ? year : nil, events: slot.eventIDs)
            }
        }
        func grouped(_ key: (Day) -> String) -> [Column] {
            var columns = [Column]()
            for slot in graph.slots {
                let label = key(slot.placement.start)
                if columns.last?.label == label {
                    columns[columns.count - 1].events += slot.eventIDs
                } else {
                    columns.append(Column(label: label, lines: [label], year: Day.pad(slot.placement.start.year, 4), events: slot.eventIDs))
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

    /// Most actors in the actors-only graph by default: sfdp lays out the 100
    /// actors in most events of 470 news articles in 2 s, 300 in 20 s.
    public static let defaultMaxGraphActors = 100

    /// The actors-only graph (`timeline dot --actors`): an undirected graph
    /// for `sfdp` or `neato`, one node per actor that takes part in an event
    /// (sized by its events), one edge per pair of actors sharing events,
    /// weighted and labelled by how many. No time axis; the `maxActors`
    /// actors in most events are drawn (0: all), with the edges among them.
    public static func actorGraph(_ t: Timeline, maxActors: Int = defaultMaxGraphActors) -> String {
        let graph = EventGraph(t)
        var events = [String: Int]()
        for event in t.events { for actor in Set(event.actors) { events[actor, default: 0] += 1 } }
        let total = events.count
        if maxActors > 0 && events.count > maxActors {
            let kept = events.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxActors)
            events = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        var heading = "Actors: \(total) taking part in \(t.events.count) events; edges: events shared"
        if events.count < total { heading = "Actors: the \(events.count) in most events of \(total) taking part in \(t.events.count) events; edges: events shared" }
        var out = "graph actors {\n"
        if events.count < total {
            out += "  // The \(events.count) actors in most events of \(total) (timeline dot --actors --actor-limit K; 0 keeps all).\n"
        }
        out += "  graph [layout=sfdp, overlap=prism, overlap_scaling=2, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\", labelloc=t, label=\(quote(heading))];\n"
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
        for edge in graph.edges where edge.kind == .coParticipation && events[edge.from] != nil && events[edge.to] != nil {
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
