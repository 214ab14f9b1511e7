import Foundation

/// One document's mentions, for `timeline annotate`: the mention-level JSON
/// of DESIGN.md, or TimeML with our TIMEX3 tags in the text.
public enum AnnotationRenderer {
    /// The mention-level JSON contract. Offsets count code points from the
    /// start of the document's text.
    public static func json(_ a: AnalyzedDocument) throws(TimelineError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(MentionDocument(a)), as: UTF8.self) + "\n"
        } catch {
            throw .writeFailed(path: a.document.path, reason: "cannot encode the annotations as JSON: \(error)")
        }
    }

    /// The document as TimeML with our `<TIMEX3>` tags. A TimeML input keeps
    /// every byte outside the tags; other inputs get a minimal TimeML document
    /// whose DCT is the publication date.
    public static func timeml(_ a: AnalyzedDocument) throws(TimelineError) -> String {
        if let raw = a.document.rawTimeML {
            let file = try TimeMLReader.read(raw, path: a.document.path)
            return TimeMLWriter.annotate(file, original: raw, timexes: a.timexes)
        }
        var head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>\(MarkupEscape.text(a.document.path))</DOCID>\n"
        if let p = a.document.published {
            head += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(MarkupEscape.attribute(p.value.value))\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">\(MarkupEscape.text(p.value.value))</TIMEX3></DCT>\n"
        }
        if !a.document.title.isEmpty { head += "<TITLE>\(MarkupEscape.text(a.document.title))</TITLE>\n" }
        let original = head + "<TEXT>" + MarkupEscape.text(a.analysis.text) + "</TEXT>\n</TimeML>\n"
        let file = TimeMLFile(text: a.analysis.text, dctValue: a.document.published?.value.value,
                              dct: a.document.published?.value.earliest, title: a.document.title,
                              docID: a.document.path, gold: [])
        return TimeMLWriter.annotate(file, original: original, timexes: a.timexes)
    }
}

/// The mention-level JSON: every optional written as `null`.
struct MentionDocument: Encodable {
    let a: AnalyzedDocument
    let map: OffsetMap
    init(_ a: AnalyzedDocument) {
        self.a = a
        map = OffsetMap(a.analysis.text)
    }

    enum Keys: String, CodingKey { case text, published, timexes, actors, events, eventMentions }
    enum PublishedKeys: String, CodingKey { case value, basis, earliest, latest, explanation }
    enum TimexKeys: String, CodingKey { case start, end, text, type, value, mod, earliest, latest, explanation }
    enum ActorKeys: String, CodingKey { case start, end, text, kind, actor, role }
    enum EventKeys: String, CodingKey { case start, end, text, type, actors, participants, date, summary, factuality }
    enum MentionKeys: String, CodingKey { case start, end, text }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(a.analysis.text, forKey: .text)
        if let p = a.document.published {
            var n = c.nestedContainer(keyedBy: PublishedKeys.self, forKey: .published)
            try n.encode(p.value.value, forKey: .value)
            try n.encode(p.basis.rawValue, forKey: .basis)
            try n.encode(p.value.earliest?.description, forKey: .earliest)
            try n.encode(p.value.latest?.description, forKey: .latest)
            try n.encode(p.explanation, forKey: .explanation)
        } else {
            try c.encodeNil(forKey: .published)
        }
        var timexes = c.nestedUnkeyedContainer(forKey: .timexes)
        for t in a.timexes {
            var n = timexes.nestedContainer(keyedBy: TimexKeys.self)
            try n.encode(map.scalarOffset(t.span.start), forKey: .start)
            try n.encode(map.scalarOffset(t.span.end), forKey: .end)
            try n.encode(t.text, forKey: .text)
            try n.encode(t.type.rawValue, forKey: .type)
            try n.encode(t.value.value, forKey: .value)
            try n.encode(t.mod, forKey: .mod)
            try n.encode(t.value.earliest?.description, forKey: .earliest)
            try n.encode(t.value.latest?.description, forKey: .latest)
            try n.encode(t.explanation, forKey: .explanation)
        }
        var actors = c.nestedUnkeyedContainer(forKey: .actors)
        for m in a.actorMentions {
            var n = actors.nestedContainer(keyedBy: ActorKeys.self)
            try n.encode(map.scalarOffset(m.span.start), forKey: .start)
            try n.encode(map.scalarOffset(m.span.end), forKey: .end)
            try n.encode(m.text, forKey: .text)
            try n.encode(m.kind.rawValue, forKey: .kind)
            try n.encode(m.actorID, forKey: .actor)
            try n.encode(m.role, forKey: .role)
        }
        var events = c.nestedUnkeyedContainer(forKey: .events)
        for e in a.events {
            var n = events.nestedContainer(keyedBy: EventKeys.self)
            try n.encode(map.scalarOffset(e.trigger.start), forKey: .start)
            try n.encode(map.scalarOffset(e.trigger.end), forKey: .end)
            try n.encode(e.triggerText, forKey: .text)
            try n.encode(e.type, forKey: .type)
            try n.encode(e.actors, forKey: .actors)
            try n.encodeParticipants(e.participants, forKey: .participants)
            try n.encode(e.date?.value, forKey: .date)
            try n.encode(e.summary, forKey: .summary)
            try n.encodeFactuality(e.factuality, forKey: .factuality)
        }
        // Every event trigger the event-mention tagger finds (TimeML-style
        // EVENTs: occurrences, states, reporting), not only the story events.
        var mentions = c.nestedUnkeyedContainer(forKey: .eventMentions)
        for span in EventTagger.triggers(in: a.tokenized) {
            var n = mentions.nestedContainer(keyedBy: MentionKeys.self)
            try n.encode(map.scalarOffset(span.start), forKey: .start)
            try n.encode(map.scalarOffset(span.end), forKey: .end)
            try n.encode(String(decoding: a.analysis.bytes[span.start..<span.end], as: UTF8.self), forKey: .text)
        }
    }
}
