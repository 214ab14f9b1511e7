import Foundation

/// Renders a timeline as the JSON contract of DESIGN.md (`timeline json`,
/// `DIR/timeline.json`): documents, actors, events, relations.
///
/// Keys are sorted, output is pretty-printed with unescaped slashes and ends
/// with a newline; unknown values (`published`, `date`, `earliest`, `latest`)
/// are written as `null`, never omitted, so a reader can rely on every key
/// being there. Arrays keep the timeline's order, so the same timeline gives
/// the same bytes.
///
/// Beyond the keys the contract lists, a document's `published` also carries
/// its `earliest`/`latest` bounds and `explanation`, an actor its `roles`,
/// and a document its `authors`, `url` and `site` (web pages, feeds and
/// crawls name them; `[]`/`null` otherwise): all additive. The story stage
/// adds `offTopic` to documents, `salience` (0..1) and `salienceExplanation`
/// to events, and `keyDates` (`[{date, sentences, events, salience,
/// explanation}]`, in date order) to the top level. Every event carries
/// `factuality` (`{polarity, certainty, time, special, factual, cue}`, see
/// ``Factuality``): always present, `cue` `null` when nothing made it non-factual.
///
/// The five top-level arrays are written element by element: each element is
/// encoded alone and indented into place, which gives the bytes the encoder
/// gives for the whole timeline (the tests compare the two) without the
/// encoder's tree of the whole timeline, several times the size of the text
/// on a large pile.
public enum JSONRenderer {
    public static func render(_ t: Timeline) throws(TimelineError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var out = [UInt8]()
        out.reserveCapacity(1 << 16)
        out += Array("{\n".utf8)
        let separator = Array(",\n".utf8)
        do {
            // In the sorted order of the keys.
            try section("actors", t.actors.map(ContractActor.init), encoder, &out)
            out += separator
            try section("documents", t.documents.map(ContractDocument.init), encoder, &out)
            out += separator
            try section("events", t.events.lazy.map(ContractEvent.init), encoder, &out)
            out += separator
            try section("keyDates", t.keyDates, encoder, &out)
            out += separator
            try section("relations", t.relations.lazy.map(ContractRelation.init), encoder, &out)
        } catch {
            throw .writeFailed(path: "timeline.json", reason: "cannot encode the timeline as JSON: \(error)")
        }
        out += Array("\n}\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `  "key" : [` then each element encoded alone, its lines indented four
    /// spaces (blank lines stay blank, as the encoder writes an empty array's),
    /// then `  ]`; an empty array as the encoder writes it, `[` blank line `]`.
    private static func section<S: Sequence>(_ key: String, _ elements: S, _ encoder: JSONEncoder,
                                             _ out: inout [UInt8]) throws where S.Element: Encodable {
        out += Array("  \"\(key)\" : [\n".utf8)
        var first = true
        for element in elements {
            if !first { out += [0x2C, 0x0A] }
            first = false
            let data = try encoder.encode(element)
            var lineStart = true
            for b in data {
                if lineStart && b != 0x0A { out += [0x20, 0x20, 0x20, 0x20] }
                out.append(b)
                lineStart = b == 0x0A
            }
        }
        out += Array("\n  ]".utf8)
    }
}

struct ContractDocument: Encodable {
    let document: TimelineDocument
    enum Keys: String, CodingKey { case id, path, title, published, authors, url, site, offTopic }
    enum PublishedKeys: String, CodingKey { case value, basis, earliest, latest, explanation }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(document.id, forKey: .id)
        try c.encode(document.offTopic, forKey: .offTopic)
        try c.encode(document.path, forKey: .path)
        try c.encode(document.title, forKey: .title)
        try c.encode(document.authors, forKey: .authors)
        try c.encode(document.url, forKey: .url)
        try c.encode(document.site, forKey: .site)
        if let published = document.published {
            var p = c.nestedContainer(keyedBy: PublishedKeys.self, forKey: .published)
            try p.encode(published.value, forKey: .value)
            try p.encode(published.basis.rawValue, forKey: .basis)
            try p.encodeDay(published.earliest, forKey: .earliest)
            try p.encodeDay(published.latest, forKey: .latest)
            try p.encode(published.explanation, forKey: .explanation)
        } else {
            try c.encodeNil(forKey: .published)
        }
    }
}

struct ContractActor: Encodable {
    let actor: Actor
    enum Keys: String, CodingKey { case id, name, kind, aliases, mentions, roles }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(actor.id, forKey: .id)
        try c.encode(actor.name, forKey: .name)
        try c.encode(actor.kind.rawValue, forKey: .kind)
        try c.encode(actor.aliases, forKey: .aliases)
        try c.encode(actor.mentions, forKey: .mentions)
        try c.encode(actor.roles, forKey: .roles)
    }
}

struct ContractEvent: Encodable {
    let event: TimelineEvent
    enum Keys: String, CodingKey { case id, summary, type, date, actors, participants, sources, salience, salienceExplanation, factuality }
    enum FactualityKeys: String, CodingKey { case polarity, certainty, time, special, factual, cue }
    enum ParticipantKeys: String, CodingKey { case actor, role }
    enum DateKeys: String, CodingKey { case value, granularity, earliest, latest, basis, explanation, conflicts }
    enum ConflictKeys: String, CodingKey { case value, document }
    enum SourceKeys: String, CodingKey { case document, sentence, start, end }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(event.id, forKey: .id)
        try c.encode(event.summary, forKey: .summary)
        try c.encode(event.type, forKey: .type)
        try c.encode(event.salience, forKey: .salience)
        try c.encode(event.salienceExplanation, forKey: .salienceExplanation)
        // Always written, factual or not, so that a reader can rely on it.
        try c.encodeFactuality(event.factuality, forKey: .factuality)
        if let date = event.date {
            var d = c.nestedContainer(keyedBy: DateKeys.self, forKey: .date)
            try d.encode(date.value, forKey: .value)
            try d.encode(date.granularity.rawValue, forKey: .granularity)
            try d.encodeDay(date.earliest, forKey: .earliest)
            try d.encodeDay(date.latest, forKey: .latest)
            try d.encode(date.basis.rawValue, forKey: .basis)
            try d.encode(date.explanation, forKey: .explanation)
            var conflicts = d.nestedUnkeyedContainer(forKey: .conflicts)
            for conflict in date.conflicts {
                var k = conflicts.nestedContainer(keyedBy: ConflictKeys.self)
                try k.encode(conflict.value, forKey: .value)
                try k.encode(conflict.document, forKey: .document)
            }
        } else {
            try c.encodeNil(forKey: .date)
        }
        try c.encode(event.actors, forKey: .actors)
        try c.encodeParticipants(event.participants, forKey: .participants)
        var sources = c.nestedUnkeyedContainer(forKey: .sources)
        for source in event.sources {
            var s = sources.nestedContainer(keyedBy: SourceKeys.self)
            try s.encode(source.document, forKey: .document)
            try s.encode(source.sentence, forKey: .sentence)
            try s.encode(source.start, forKey: .start)
            try s.encode(source.end, forKey: .end)
        }
    }
}

struct ContractRelation: Encodable {
    let relation: EventRelation
    enum Keys: String, CodingKey { case from, to, type }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(relation.from, forKey: .from)
        try c.encode(relation.to, forKey: .to)
        try c.encode(relation.type, forKey: .type)
    }
}

extension KeyedEncodingContainer {
    /// Participants as `[{"actor": id, "role": "agent|patient|location|other"}]`.
    mutating func encodeParticipants(_ participants: [Participant], forKey key: Key) throws {
        var list = nestedUnkeyedContainer(forKey: key)
        for p in participants {
            var n = list.nestedContainer(keyedBy: ContractEvent.ParticipantKeys.self)
            try n.encode(p.actor, forKey: .actor)
            try n.encode(p.role.rawValue, forKey: .role)
        }
    }

    /// Factuality as `{"polarity", "certainty", "time", "special", "factual", "cue"}`, every key written (`cue` may be `null`).
    mutating func encodeFactuality(_ f: Factuality, forKey key: Key) throws {
        var n = nestedContainer(keyedBy: ContractEvent.FactualityKeys.self, forKey: key)
        try n.encode(f.polarity.rawValue, forKey: .polarity)
        try n.encode(f.certainty.rawValue, forKey: .certainty)
        try n.encode(f.time.rawValue, forKey: .time)
        try n.encode(f.special.rawValue, forKey: .special)
        try n.encode(f.isFactual, forKey: .factual)
        if let cue = f.cue { try n.encode(cue, forKey: .cue) } else { try n.encodeNil(forKey: .cue) }
    }

    /// A day as `YYYY-MM-DD`, or `null` when the bound is unknown.
    mutating func encodeDay(_ day: Day?, forKey key: Key) throws {
        if let day { try encode(day.description, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
