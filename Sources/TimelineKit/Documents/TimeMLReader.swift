import CLibXML2

/// A gold TIMEX3 annotation of a TimeML file.
public struct GoldTimex: Sendable, Hashable {
    /// UTF-8 span into ``TimeMLFile/text``.
    public var span: TextSpan
    public var tid: String
    public var type: TimexType
    public var value: String
    public var mod: String?

    public init(span: TextSpan, tid: String, type: TimexType, value: String, mod: String? = nil) {
        self.span = span
        self.tid = tid
        self.type = type
        self.value = value
        self.mod = mod
    }
}

/// A gold EVENT annotation of a TimeML file (TimeML marks the trigger: one
/// word, sometimes a short phrase).
public struct GoldEvent: Sendable, Hashable {
    /// UTF-8 span into ``TimeMLFile/text``.
    public var span: TextSpan
    public var eid: String
    /// The TimeML class (OCCURRENCE, REPORTING, STATE, ...).
    public var eventClass: String

    public init(span: TextSpan, eid: String, eventClass: String) {
        self.span = span
        self.eid = eid
        self.eventClass = eventClass
    }
}

/// A TimeML document: the text of `<TEXT>`, its creation time and gold TIMEX3.
public struct TimeMLFile: Sendable {
    /// The exact character content of `<TEXT>` (inner tags removed).
    public var text: String
    /// The DCT TIMEX3 value as written ("1998-01-08").
    public var dctValue: String?
    /// The DCT as a day, when it names one.
    public var dct: Day?
    public var title: String?
    public var docID: String?
    public var gold: [GoldTimex]
    /// The gold EVENT triggers inside `<TEXT>`, in text order.
    public var events: [GoldEvent]

    public init(text: String, dctValue: String?, dct: Day?, title: String?, docID: String?, gold: [GoldTimex],
                events: [GoldEvent] = []) {
        self.events = events
        self.text = text
        self.dctValue = dctValue
        self.dct = dct
        self.title = title
        self.docID = docID
        self.gold = gold
    }
}

/// Reads TimeML files (TimeBank, AQUAINT, TempEval-3) with libxml2.
public enum TimeMLReader {
    /// Parses a TimeML file with libxml2 (XML_PARSE_NONET, no entity substitution, no DTD
    /// loading): the exact character content of <TEXT> (all inner tags such as TIMEX3,
    /// EVENT, SIGNAL stripped, text kept byte-exact), the DCT value, the TITLE/DOCID,
    /// and the gold TIMEX3 and EVENT inside <TEXT> with UTF-8 spans into that text.
    ///
    /// - Throws: ``TimelineError/malformed(path:reason:)`` naming the parser's
    ///   line when the XML is broken or has no `<TEXT>`.
    public static func read(_ contents: String, path: String) throws(TimelineError) -> TimeMLFile {
        timeline_silenceGenericErrors()
        let bytes = Array(contents.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), path, "UTF-8", options)
            }
        }
        guard let doc else {
            let reason = XMLNodeAccess.lastError().map { "line \($0.line): \($0.message)" } ?? "not well-formed XML"
            throw .malformed(path: path, reason: reason)
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw .malformed(path: path, reason: "empty document") }

        var out = [UInt8]()
        var gold = [GoldTimex]()
        var events = [GoldEvent]()
        var dctValue: String?
        var title: String?
        var docID: String?
        var foundText = false

        let (name, attribute, content) = (XMLNodeAccess.name, XMLNodeAccess.attribute, XMLNodeAccess.content)
        /// Appends the text under `n`, recording TIMEX3 spans.
        func collect(_ n: xmlNodePtr) {
            var child = n.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let t = c.pointee.content {
                        var p = t
                        while p.pointee != 0 { out.append(p.pointee); p += 1 }
                    }
                case XML_ENTITY_REF_NODE:
                    // Without entity substitution an unknown entity stays a reference; keep its text.
                    out.append(contentsOf: Array("&\(name(c));".utf8))
                case XML_ELEMENT_NODE:
                    let start = out.count
                    collect(c)
                    if name(c) == "TIMEX3" {
                        let type = attribute(c, "type").flatMap { TimexType(rawValue: $0.uppercased()) } ?? .date
                        gold.append(GoldTimex(span: TextSpan(start, out.count), tid: attribute(c, "tid") ?? "",
                                              type: type, value: attribute(c, "value") ?? "", mod: attribute(c, "mod")))
                    } else if name(c) == "EVENT" {
                        events.append(GoldEvent(span: TextSpan(start, out.count), eid: attribute(c, "eid") ?? "",
                                                eventClass: attribute(c, "class") ?? ""))
                    }
                default:
                    break
                }
                child = c.pointee.next
            }
        }
        func walk(_ n: xmlNodePtr) {
            var child = n.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    switch name(c) {
                    case "TEXT":
                        if !foundText { foundText = true; collect(c) }
                    case "DCT":
                        var t = c.pointee.children
                        while let x = t {
                            if x.pointee.type == XML_ELEMENT_NODE && name(x) == "TIMEX3" { dctValue = attribute(x, "value") }
                            t = x.pointee.next
                        }
                        if dctValue == nil { dctValue = content(c).trimmedXMLSpace }
                    case "TITLE": title = content(c).trimmedXMLSpace
                    case "DOCID", "DOCNO": docID = docID ?? content(c).trimmedXMLSpace
                    default: walk(c)
                    }
                }
                child = c.pointee.next
            }
        }
        if name(root) == "TEXT" { foundText = true; collect(root) } else { walk(root) }
        guard foundText else { throw .malformed(path: path, reason: "no <TEXT> element") }
        let dct = dctValue.flatMap { Day(iso: $0) } ?? dctValue.flatMap(compactDay)
        return TimeMLFile(text: String(decoding: out, as: UTF8.self), dctValue: dctValue, dct: dct,
                          title: title, docID: docID, gold: gold, events: events)
    }

    /// `19980108` as a day.
    private static func compactDay(_ s: String) -> Day? {
        let b = Array(s.utf8)
        guard b.count >= 8, let n = DecimalNumber.value(b[0..<8]) else { return nil }
        let y = n / 10000, m = n / 100 % 100, d = n % 100
        guard (1...12).contains(m), d >= 1, d <= Day.length(ofMonth: m, year: y) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

extension String {
    /// Without leading and trailing ASCII white space (no Foundation here:
    /// its ICU module clashes with libxml2's ICU headers in one file).
    var trimmedXMLSpace: String {
        let b = Array(utf8)
        var lo = 0, hi = b.count
        while lo < hi && (b[lo] == 0x20 || b[lo] == 0x0A || b[lo] == 0x0D || b[lo] == 0x09) { lo += 1 }
        while hi > lo && (b[hi - 1] == 0x20 || b[hi - 1] == 0x0A || b[hi - 1] == 0x0D || b[hi - 1] == 0x09) { hi -= 1 }
        return String(decoding: b[lo..<hi], as: UTF8.self)
    }
}
