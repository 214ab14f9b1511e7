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
}
