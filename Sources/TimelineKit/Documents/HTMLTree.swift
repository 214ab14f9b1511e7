import CLibXML2

/// Reading libxml2's HTML tree without copying it: a walk without
/// recursion (pages nest deeply), names and attributes, text. Pointers never
/// leave the reader's call.
enum HTMLTree {
    /// Pre-order walk: `enter` returns whether to descend; `exit` is called
    /// once for every entered node.
    static func walk(_ root: xmlNodePtr, enter: (xmlNodePtr) -> Bool, exit: (xmlNodePtr) -> Void) {
        var node: xmlNodePtr? = root
        while let n = node {
            if enter(n), let child = n.pointee.children {
                node = child
                continue
            }
            var current = n
            while true {
                exit(current)
                if current == root { return }
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent else { return }
                current = parent
            }
        }
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// An element's name (libxml2's HTML parser lowercases it).
    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Whether the element is named `tag` (compared without making a String).
    static func isNamed(_ node: xmlNodePtr, _ tag: StaticString) -> Bool {
        guard let name = node.pointee.name else { return false }
        return equals(name, tag)
    }

    /// An attribute's value, or nil when absent (an empty attribute gives "").
    /// Names are compared byte for byte (libxml2 lowercases HTML attribute names).
    static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, equals(n, name) {
                guard let text = a.pointee.children, let content = text.pointee.content else { return "" }
                return String(cString: content)
            }
            attr = a.pointee.next
        }
        return nil
    }

    private static func equals(_ p: UnsafePointer<xmlChar>, _ s: StaticString) -> Bool {
        let q = s.utf8Start
        var i = 0
        while i < s.utf8CodeUnitCount {
            if p[i] != q[i] { return false }
            i += 1
        }
        return p[i] == 0
    }

    /// The element children of a node.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result = [xmlNodePtr]()
        var c = node.pointee.children
        while let n = c {
            if isElement(n) { result.append(n) }
            c = n.pointee.next
        }
        return result
    }

    /// The text under a node; `skip` elements (and what they hold) left out.
    static func text(of root: xmlNodePtr, skip: Set<String> = []) -> String {
        var bytes = [UInt8]()
        walk(root) { node in
            if isElement(node) { return node == root || !skip.contains(name(node)) }
            if isText(node), var p = node.pointee.content {
                while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
            }
            return false
        } exit: { _ in }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isAncestor(_ a: xmlNodePtr, of b: xmlNodePtr) -> Bool {
        var n: xmlNodePtr? = b
        while let cur = n {
            if cur == a { return true }
            n = cur.pointee.parent
        }
        return false
    }

    /// Removes the nodes (none inside another of them) from the tree and frees them.
    static func remove(_ nodes: [xmlNodePtr]) {
        for node in nodes {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
    }

    /// Characters of visible text in a text node's content: UTF-8 lead bytes,
    /// white space runs counted as one, leading and trailing space not at all.
    static func visibleLength(_ content: UnsafePointer<xmlChar>) -> Int {
        var p = content, count = 0, pendingSpace = false
        while p.pointee != 0 {
            let c = p.pointee
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                pendingSpace = count > 0
            } else if c & 0xC0 != 0x80 {
                if pendingSpace { count += 1; pendingSpace = false }
                count += 1
            }
            p += 1
        }
        return count
    }
}
