/// The most involved actors of a timeline, each with its own colour, so the
/// SVG can show who takes part in what without a lane per actor: a legend
/// entry per actor (name and number of events) and, beside each event's
/// label on its marker's side, one small dot per key actor taking part.
///
/// Actors rank by the number of events they take part in (then by name, then
/// id, so the order is stable). As many actors are kept as
/// `actor-colors.tsv` has colours; the tooltip of every event still names
/// all its actors, so colour is never the only cue.
struct SVGActorKey: Sendable {
    struct Entry: Sendable, Hashable {
        var id: String
        var name: String
        var events: Int
        var color: String
    }

    /// Radius of one actor dot, distance between two dots' centres, and the
    /// space between the dots and a label's text.
    static let dotRadius = 3.5
    static let dotStep = 9.0
    static let lead = 5.0

    let entries: [Entry]
    private let rank: [String: Int]

    init(_ t: Timeline, colors: [String] = RenderTables.actorColors) {
        var counts = [String: Int]()
        for event in t.events {
            for id in Set(event.actors) { counts[id, default: 0] += 1 }
        }
        let names = Dictionary(t.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let ranked = counts.map { (id: $0.key, name: names[$0.key] ?? $0.key, events: $0.value) }.sorted {
            if $0.events != $1.events { return $0.events > $1.events }
            if $0.name != $1.name { return $0.name < $1.name }
            return $0.id < $1.id
        }
        entries = zip(ranked, colors).map { Entry(id: $0.id, name: $0.name, events: $0.events, color: $1) }
        rank = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The key actors taking part in `event`, most involved first.
    func entries(for event: TimelineEvent) -> [Entry] {
        Set(event.actors).compactMap { rank[$0] }.sorted().map { entries[$0] }
    }

    /// Width taken beside a label's text by `count` dots and the space
    /// between them and the text (nothing for none).
    static func width(dots count: Int) -> Double {
        count == 0 ? 0 : lead + Double(count - 1) * dotStep + 2 * dotRadius
    }

    /// The x of the centre of dot `index` when the text ends at `textEnd`.
    static func centre(_ index: Int, after textEnd: Double) -> Double {
        textEnd + lead + dotRadius + Double(index) * dotStep
    }
}
