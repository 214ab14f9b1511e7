import TimelineKit
import CLibXML2
import Foundation

/// One NewsReader MEANTIME document: tokens, entity and event mentions
/// (token anchors), and the instance each mention refers to.
public struct MeantimeDocument: Sendable {
    public struct Token: Sendable {
        public var id: Int
        public var sentence: Int
        public var text: String
    }

    public struct Mention: Sendable {
        public var id: String
        public var tokens: [Int]
        /// NAM, NOM, PRO, ... for entities; "" for events.
        public var syntacticType: String
        /// The instance it refers to: the corpus-wide `instance_id` when the
        /// annotators gave one, else a document-local key; the mention's own
        /// key when it refers to nothing.
        public var instance: String
        /// The instance's type (PER, ORG, LOC, PRO, FIN; an event's class), "" if none.
        public var instanceType: String
        /// An event mention's factuality attributes as annotated: `polarity`,
        /// `certainty`, `time`, `special_cases` (empty for entities).
        public var attributes: [String: String] = [:]
    }

    /// A HAS_PARTICIPANT link: an event mention, an entity mention taking
    /// part in it, and the PropBank role the annotators gave (`Arg0`, `Arg1`,
    /// `Argm-LOC`, ...).
    public struct Participation: Sendable, Hashable {
        /// The event mention's `m_id`.
        public var event: String
        /// The entity mention's `m_id`.
        public var entity: String
        public var role: String
    }

    /// A time expression (TIMEX3 markable anchored to tokens).
    public struct Timex: Sendable {
        public var tokens: [Int]
        public var type: String
        public var value: String
        /// The article's creation time (its date line).
        public var isCreationTime: Bool
    }

    public var id: String
    public var tokens: [Token]
    public var entities: [Mention]
    public var events: [Mention]
    /// Links from event mentions to entity mentions (links to values left out).
    public var participations: [Participation] = []
    /// TIMEX3 markables written in the text (not the empty ones the annotators
    /// added for implied times).
    public var timexes: [Timex] = []
}

/// Reads MEANTIME XML (the NewsReader annotation format) with libxml2.
public enum MeantimeReader {
    /// Parses one file (no network, no entity substitution, no DTD).
    public static func read(path: String) throws(TimelineError) -> MeantimeDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "missing or unreadable")
        }
        timeline_silenceGenericErrors()
        let bytes = [UInt8](data)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), path, "UTF-8", options)
            }
        }
        guard let doc else { throw .malformed(path: path, reason: "not well-formed XML") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw .malformed(path: path, reason: "empty document") }

        let (name, attribute, content) = (XMLNodeAccess.name, XMLNodeAccess.attribute, XMLNodeAccess.content)
        func children(_ n: xmlNodePtr) -> [xmlNodePtr] {
            var out = [xmlNodePtr]()
            var c = n.pointee.children
            while let x = c {
                if x.pointee.type == XML_ELEMENT_NODE { out.append(x) }
                c = x.pointee.next
            }
            return out
        }

        let docID = attribute(root, "doc_id") ?? (path as NSString).lastPathComponent
        var tokens = [MeantimeDocument.Token]()
        var mentions = [(id: String, tokens: [Int], type: String, isEvent: Bool)]()
        var attributesOf = [String: [String: String]]()
        var instanceOf = [String: String]()  // instance markable m_id -> instance key
        var typeOf = [String: String]()
        var refers = [String: String]()  // mention m_id -> instance markable m_id
        var links = [MeantimeDocument.Participation]()
        var timexes = [MeantimeDocument.Timex]()
        for n in children(root) {
            switch name(n) {
            case "token":
                tokens.append(.init(id: Int(attribute(n, "t_id") ?? "") ?? 0,
                                    sentence: Int(attribute(n, "sentence") ?? "") ?? 0, text: content(n)))
            case "Markables":
                for m in children(n) {
                    let id = attribute(m, "m_id") ?? ""
                    switch name(m) {
                    case "ENTITY_MENTION", "EVENT_MENTION":
                        let anchors = children(m).compactMap { Int(attribute($0, "t_id") ?? "") }
                        mentions.append((id, anchors, attribute(m, "syntactic_type") ?? "", name(m) == "EVENT_MENTION"))
                        if name(m) == "EVENT_MENTION" {
                            for key in ["polarity", "certainty", "time", "special_cases"] {
                                if let v = attribute(m, key), !v.isEmpty { attributesOf[id, default: [:]][key] = v }
                            }
                        }
                    case "TIMEX3":
                        let anchors = children(m).compactMap { Int(attribute($0, "t_id") ?? "") }
                        if !anchors.isEmpty {
                            timexes.append(.init(tokens: anchors.sorted(), type: attribute(m, "type") ?? "", value: attribute(m, "value") ?? "",
                                                 isCreationTime: attribute(m, "functionInDocument") == "CREATION_TIME"))
                        }
                    case "ENTITY", "EVENT":
                        let instance = attribute(m, "instance_id") ?? ""
                        instanceOf[id] = instance.isEmpty ? docID + "/" + id : instance
                        typeOf[id] = attribute(m, "ent_type") ?? attribute(m, "class") ?? ""
                    default:
                        break
                    }
                }
            case "Relations":
                for r in children(n) where name(r) == "HAS_PARTICIPANT" {
                    var source: String?, target: String?
                    for x in children(r) {
                        if name(x) == "source" { source = attribute(x, "m_id") }
                        if name(x) == "target" { target = attribute(x, "m_id") }
                    }
                    if let source, let target {
                        links.append(.init(event: source, entity: target, role: attribute(r, "sem_role") ?? ""))
                    }
                }
                for r in children(n) where name(r) == "REFERS_TO" {
                    var sources = [String](), target: String?
                    for x in children(r) {
                        if name(x) == "source" { sources.append(attribute(x, "m_id") ?? "") }
                        if name(x) == "target" { target = attribute(x, "m_id") }
                    }
                    if let target { for s in sources { refers[s] = target } }
                }
            default:
                break
            }
        }
        var entities = [MeantimeDocument.Mention](), events = [MeantimeDocument.Mention]()
        for m in mentions where !m.tokens.isEmpty {
            let instance = refers[m.id].flatMap { instanceOf[$0] } ?? docID + "/m" + m.id
            let mention = MeantimeDocument.Mention(id: m.id, tokens: m.tokens.sorted(), syntacticType: m.type,
                                                   instance: instance, instanceType: refers[m.id].flatMap { typeOf[$0] } ?? "",
                                                   attributes: m.isEvent ? attributesOf[m.id] ?? [:] : [:])
            if m.isEvent { events.append(mention) } else { entities.append(mention) }
        }
        let entityIDs = Set(entities.map(\.id)), eventIDs = Set(events.map(\.id))
        return MeantimeDocument(id: docID, tokens: tokens, entities: entities, events: events,
                                participations: links.filter { eventIDs.contains($0.event) && entityIDs.contains($0.entity) },
                                timexes: timexes)
    }
}
