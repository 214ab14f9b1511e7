/// Renders a timeline's ``EventGraph`` as GraphML (`timeline export --format
/// graphml`), for Gephi, yEd or networkx, written through libxml2
/// (``XMLWriter``) so that it is always well-formed and escaped.
///
/// Nodes are the actors (`kind` = person, organization, ...) and the events
/// (`kind` = event, with `type`, `date`, `earliest`, `latest`, `granularity`,
/// `basis`, `sources`); ids are prefixed (`actor:`, `event:`) so they never
/// collide. Edges: `participation` (actor -> event, `order` 0 for the first
/// actor named, the agent when there is one), `temporal` (event -> event, with
/// its `relation`), `shared` (actor -- actor, `weight` = events in common).
/// The graph is directed; a `shared` edge means the same both ways and runs
/// from the actor first in id order. (It was marked `directed="false"`, which
/// GraphML allows but networkx refuses: "directed=false edge found in
/// directed graph".) Ids are XML name tokens (`xs:NMTOKEN`, as the GraphML
/// schema types them): any other character becomes `_`.
public enum GraphMLRenderer {
    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// GraphML keys: id, domain, name, type.
    static let keys: [(String, String, String, String)] = [
        ("n_label", "node", "label", "string"),
        ("n_kind", "node", "kind", "string"),
        ("n_type", "node", "type", "string"),
        ("n_date", "node", "date", "string"),
        ("n_earliest", "node", "earliest", "string"),
        ("n_latest", "node", "latest", "string"),
        ("n_granularity", "node", "granularity", "string"),
        ("n_basis", "node", "basis", "string"),
        ("n_explanation", "node", "explanation", "string"),
        ("n_sources", "node", "sources", "int"),
        ("n_documents", "node", "documents", "string"),
        ("n_mentions", "node", "mentions", "int"),
        ("e_kind", "edge", "kind", "string"),
        ("e_relation", "edge", "relation", "string"),
        ("e_order", "edge", "order", "int"),
        ("e_weight", "edge", "weight", "double"),
    ]

    public static func render(_ t: Timeline) throws(TimelineError) -> String {
        let graph = EventGraph(t)
        let w = try XMLWriter(name: "timeline.graphml")
        try w.start("graphml", namespace: namespace, [
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
        ])
        for (id, domain, name, type) in keys {
            try w.element("key", [("id", id), ("for", domain), ("attr.name", name), ("attr.type", type)])
        }
        try w.start("graph", [("id", "timeline"), ("edgedefault", "directed")])
        func data(_ key: String, _ value: String) throws(TimelineError) { try w.element("data", [("key", key)], text: value) }

        for actor in t.actors {
            try w.start("node", [("id", nodeID("actor", actor.id))])
            try data("n_label", RenderText.oneLine(actor.name))
            try data("n_kind", actor.kind.rawValue)
            try data("n_mentions", String(actor.mentions))
            try w.end()
        }
        let known = Set(t.actors.map(\.id))
        var extra = Set<String>()
        for edge in graph.edges where edge.kind == .participation && !known.contains(edge.from) { extra.insert(edge.from) }
        for id in extra.sorted() {
            try w.start("node", [("id", nodeID("actor", id))])
            try data("n_label", id)
            try data("n_kind", ActorKind.other.rawValue)
            try w.end()
        }
        for event in t.events {
            try w.start("node", [("id", nodeID("event", event.id))])
            try data("n_label", RenderText.oneLine(RenderText.summary(event)))
            try data("n_kind", "event")
            try data("n_type", event.type)
            if let date = event.date {
                try data("n_date", date.value)
                if let earliest = date.earliest { try data("n_earliest", earliest.description) }
                if let latest = date.latest { try data("n_latest", latest.description) }
                try data("n_granularity", date.granularity.rawValue)
                try data("n_basis", date.basis.rawValue)
                try data("n_explanation", RenderText.oneLine(date.explanation))
            }
            try data("n_sources", String(event.sources.count))
            var documents = [String]()
            for source in event.sources where !documents.contains(source.document) { documents.append(source.document) }
            try data("n_documents", documents.joined(separator: " "))
            try w.end()
        }
        var order = [String: [String]]()
        for event in t.events { order[event.id] = event.actors }
        for (index, edge) in graph.edges.enumerated() {
            switch edge.kind {
            case .participation:
                try w.start("edge", [("id", "p\(index)"), ("source", nodeID("actor", edge.from)), ("target", nodeID("event", edge.to))])
                try data("e_kind", "participation")
                try data("e_order", String(order[edge.to]?.firstIndex(of: edge.from) ?? 0))
            case .temporal(let relation):
                try w.start("edge", [("id", "t\(index)"), ("source", nodeID("event", edge.from)), ("target", nodeID("event", edge.to))])
                try data("e_kind", "temporal")
                try data("e_relation", relation)
            case .coParticipation:
                let (a, b) = edge.from <= edge.to ? (edge.from, edge.to) : (edge.to, edge.from)
                try w.start("edge", [("id", "s\(index)"), ("source", nodeID("actor", a)), ("target", nodeID("actor", b))])
                try data("e_kind", "shared")
                try data("e_weight", String(edge.weight))
            }
            try w.end()
        }
        try w.end()
        try w.end()
        return try w.finish()
    }

    /// `prefix:id` as an XML name token: letters, digits, `.`, `-`, `_` and
    /// `:` kept, anything else (a space, a quote) written `_`.
    static func nodeID(_ prefix: String, _ id: String) -> String {
        var out = prefix + ":"
        for scalar in id.unicodeScalars {
            let ok = scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
                || scalar == "-" || scalar == "_" || scalar == "." || scalar == ":"
            out.unicodeScalars.append(ok ? scalar : "_")
        }
        return out
    }
}
