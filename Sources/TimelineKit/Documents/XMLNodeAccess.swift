import CLibXML2

/// Reading parsed libxml2 nodes: the few accessors every XML reader here
/// needs, each freeing what libxml2 allocated.
package enum XMLNodeAccess {
    /// The element's name ("" for none).
    package static func name(_ n: xmlNodePtr) -> String { n.pointee.name.map { String(cString: $0) } ?? "" }

    /// An attribute's value, or nil.
    package static func attribute(_ n: xmlNodePtr, _ key: String) -> String? {
        guard let v = xmlGetProp(n, key) else { return nil }
        defer { timeline_xmlFree(v) }
        return String(cString: v)
    }

    /// All text under the node.
    package static func content(_ n: xmlNodePtr) -> String {
        guard let c = xmlNodeGetContent(n) else { return "" }
        defer { timeline_xmlFree(c) }
        return String(cString: c)
    }

    /// libxml2's last error in words a user can act on, on one line, with its
    /// line number; nil when there is none. Its limits name parser options
    /// ("use XML_PARSE_HUGE option") that are ours, not the user's: they are said plainly.
    package static func lastError() -> (line: Int, message: String)? {
        guard let error = xmlGetLastError(), let raw = error.pointee.message else { return nil }
        let text = String(cString: raw)
        let message: String
        if text.contains("XML_PARSE_HUGE") || text.lowercased().contains("excessive depth") {
            message = text.lowercased().contains("depth")
                ? "the document is nested too deeply (elements more than 256 levels deep)"
                : "the document exceeds the parser's size limits (a text node or name over 10 MB)"
        } else {
            message = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
        }
        return (Int(error.pointee.line), message)
    }
}
