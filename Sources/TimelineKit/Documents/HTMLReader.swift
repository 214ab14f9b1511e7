import CLibXML2

// Foundation (JSON-LD decoding) lives in HTMLReader+JSONLD.swift, so this
// file sees only libxml2. Importing both in one module needs the ICU note in
// Sources/CLibXML2/shim.h.

/// Reads a web page with libxml2's HTML parser and keeps what a reader of
/// the article sees: the headline, the article's paragraphs one per line,
/// the publication date the page's metadata states, and the publisher.
///
/// The parser runs with `HTML_PARSE_NONET` and without entity substitution
/// or DTD loading, so a page never makes the loader touch the network or the
/// file system. Boilerplate (scripts, navigation, page header and footer,
/// asides, forms, figures and captions, comment sections, share bars) is
/// dropped by the rules in `html-boilerplate.tsv`; the date sources and
/// their order of trust are in `html-dates.tsv`.
package struct HTMLReader: Sendable {
    /// What the reader takes from one page.
    package struct Page: Sendable, Hashable {
        /// og:title, else `<title>` (without a " | Site" suffix), else the first `<h1>`.
        package var title: String?
        /// The main text: one block element a line, the headline first.
        package var lines: [String]
        /// The main text without the headline.
        package var body: [String]
        /// og:site_name, else the JSON-LD publisher's name.
        var source: String?
        /// Metadata date candidates, most trusted first.
        var dates: [DateCandidate]
    }

    let lexicon: DocumentsLexicon

    package init() { self.init(lexicon: .shared) }
    init(lexicon: DocumentsLexicon) { self.lexicon = lexicon }

    /// Parses `bytes` as HTML.
    /// - Throws: `.malformed` when libxml2 cannot build a document at all.
    package func read(_ bytes: [UInt8], path: String) throws(TimelineError) -> Page {
        guard !bytes.isEmpty else { throw .malformed(path: path, reason: "the HTML file is empty") }
        guard bytes.count < Int(Int32.max) else {
            throw .malformed(path: path, reason: "the HTML file is too large (over 2 GB)")
        }
        timeline_silenceGenericErrors()
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue)
        // Valid UTF-8 is read as UTF-8 whatever the page declares (an ASCII page
        // declared windows-1252 reads the same); otherwise libxml2 follows the
        // page's <meta charset>.
        let encoding: String? = UTF8Validation.firstInvalidByte(in: bytes) == nil ? "UTF-8" : nil
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let doc = parsed else {
            throw .malformed(path: path, reason: "libxml2 could not parse the HTML: \(Self.lastError())")
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw .malformed(path: path, reason: "the HTML has no elements")
        }

        let survey = survey(root)
        let container = chooseContainer(survey) ?? survey.body ?? root
        var (lines, headlineIndex) = extractLines(container)

        var source = survey.metas["og:site_name"].flatMap(Self.clean)
        if source == nil { source = survey.jsonLD.lazy.compactMap(Self.publisherName).first }
        var title = survey.metas["og:title"].flatMap(Self.clean)
        if title == nil, let t = survey.titleTag.flatMap(Self.clean) { title = Self.withoutSiteSuffix(t, site: source) }
        if title == nil { title = survey.firstH1 }

        let body = lines.enumerated().filter { $0.offset != headlineIndex || $0.offset > 3 }.map(\.element)
        // The headline first: the article's <h1> if it opens the text, else the title.
        if let h = headlineIndex, h <= 3 {
            let headline = lines.remove(at: h)
            lines.insert(headline, at: 0)
        } else if let title, lines.first != title {
            lines.insert(title, at: 0)
        }
        return Page(title: title, lines: lines, body: body, source: source, dates: dates(survey, container: container))
    }

    // MARK: Survey of the whole page

    /// What one walk over the whole page finds.
    private struct Survey {
        var metas = [String: String]()
        var titleTag: String?
        var firstH1: String?
        var jsonLD = [Any]()
        var body: xmlNodePtr?
        /// Paragraph text (bytes) inside each <article>, <main> or role=main element.
        var articles = [(node: xmlNodePtr, text: Int)]()
        var mains = [(node: xmlNodePtr, text: Int)]()
        /// Paragraph text directly under each element (the "most paragraph text" rule).
        var parents = [xmlNodePtr: Int]()
        /// <time datetime> values outside boilerplate: (value, has pubdate, node).
        var times = [(value: String, pubdate: Bool, node: xmlNodePtr)]()
    }

    private func survey(_ root: xmlNodePtr) -> Survey {
        var s = Survey()
        var stack = [(node: xmlNodePtr, tag: String, dropped: Bool)]()
        var articleSlots = [xmlNodePtr: Int]()
        var mainSlots = [xmlNodePtr: Int]()
        var paragraphDepth = 0
        Self.walk(root) { node in
            let droppedAbove = stack.last?.dropped ?? false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = Self.name(node)
                if tag == "meta" {
                    let key = Self.attribute(node, "property") ?? Self.attribute(node, "name")
                        ?? Self.attribute(node, "itemprop")
                    if let key, let content = Self.attribute(node, "content") {
                        let k = key.lowercased()
                        if s.metas[k] == nil { s.metas[k] = content }
                    }
                    return false
                }
                if tag == "script" {
                    if Self.attribute(node, "type")?.lowercased() == "application/ld+json",
                        let json = Self.decodeJSON(Self.text(of: node, lexicon: nil)) {
                        s.jsonLD.append(json)
                    }
                    return false
                }
                if tag == "title" && s.titleTag == nil { s.titleTag = Self.text(of: node, lexicon: nil) }
                if tag == "body" && s.body == nil { s.body = node }
                let dropped = droppedAbove || isDropped(node, tag: tag, insideArticle: true)
                stack.append((node, tag, dropped))
                if dropped { return false }
                if tag == "p" { paragraphDepth += 1 }
                if tag == "h1" && s.firstH1 == nil { s.firstH1 = Self.clean(Self.text(of: node, lexicon: lexicon)) }
                if tag == "article" { articleSlots[node] = s.articles.count; s.articles.append((node, 0)) }
                if tag == "main" || Self.attribute(node, "role") == "main" {
                    mainSlots[node] = s.mains.count
                    s.mains.append((node, 0))
                }
                if tag == "time", let value = Self.attribute(node, "datetime"), let v = Self.clean(value) {
                    s.times.append((v, Self.attribute(node, "pubdate") != nil, node))
                }
                if tag == "p" {
                    let length = Self.text(of: node, lexicon: lexicon).utf8.count
                    if stack.count >= 2 { s.parents[stack[stack.count - 2].node, default: 0] += length }
                    for open in stack {
                        if let slot = articleSlots[open.node] { s.articles[slot].text += length }
                        if let slot = mainSlots[open.node] { s.mains[slot].text += length }
                    }
                }
                return true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // Direct text of a <div> (pages that do without <p>) counts as paragraph text.
                if !droppedAbove, paragraphDepth == 0, let parent = stack.last?.node, let content = node.pointee.content {
                    let length = Self.trimmedLength(content)
                    if length >= 40 { s.parents[parent, default: 0] += length }
                }
                return false
            default:
                return false
            }
        } exit: { node in
            if node.pointee.type == XML_ELEMENT_NODE, let top = stack.last, top.node == node {
                stack.removeLast()
                if top.tag == "p" && !top.dropped { paragraphDepth -= 1 }
            }
        }
        return s
    }

    /// The article's element: the <article> with most paragraph text, else
    /// <main>, else the element with most paragraph text directly under it.
    private func chooseContainer(_ s: Survey) -> xmlNodePtr? {
        let bestParent = s.parents.max { ($0.value, Self.order($1.key)) < ($1.value, Self.order($0.key)) }
        for group in [s.articles, s.mains] {
            guard let best = group.max(by: { $0.text < $1.text }), best.text > 0 else { continue }
            // A teaser <article> beside the real text: prefer the real text.
            if let parent = bestParent, best.text * 2 < parent.value, !Self.isAncestor(best.node, of: parent.key) {
                return parent.key
            }
            return best.node
        }
        return bestParent?.key
    }

    /// A stable tie-breaker for dictionary maxima: document order (line number).
    private static func order(_ node: xmlNodePtr) -> Int { -Int(xmlGetLineNo(node)) }

    private static func isAncestor(_ a: xmlNodePtr, of b: xmlNodePtr) -> Bool {
        var n: xmlNodePtr? = b
        while let cur = n {
            if cur == a { return true }
            n = cur.pointee.parent
        }
        return false
    }

    // MARK: Main text

    /// The container's text, one block a line; and the index of its first <h1> line.
    private func extractLines(_ container: xmlNodePtr) -> ([String], Int?) {
        var lines = [String]()
        var headline: Int?
        var line = [UInt8]()
        var pendingSpace = false
        func flush() {
            if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        var stack = [(node: xmlNodePtr, block: Bool, h1: Bool)]()
        var articleDepth = 0
        Self.walk(container) { node in
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = Self.name(node)
                if isDropped(node, tag: tag, insideArticle: articleDepth > 0) && node != container { return false }
                if tag == "article" { articleDepth += 1 }
                let block = lexicon.blockTags.contains(tag)
                if block { flush() }
                stack.append((node, block, tag == "h1"))
                return true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard var p = node.pointee.content else { return false }
                while p.pointee != 0 {
                    let c = p.pointee
                    if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                        pendingSpace = true
                        p += 1
                    } else if c == 0xC2 && p[1] == 0xA0 {
                        pendingSpace = true
                        p += 2
                    } else {
                        if pendingSpace && !line.isEmpty { line.append(0x20) }
                        pendingSpace = false
                        line.append(c)
                        p += 1
                    }
                }
                return false
            default:
                return false
            }
        } exit: { node in
            guard node.pointee.type == XML_ELEMENT_NODE, let top = stack.last, top.node == node else { return }
            stack.removeLast()
            if Self.name(node) == "article" { articleDepth -= 1 }
            if top.block {
                let before = lines.count
                flush()
                if top.h1 && headline == nil && lines.count > before { headline = lines.count - 1 }
            }
        }
        flush()
        return (lines, headline)
    }

    /// Boilerplate: a dropped tag, a boilerplate class or id word, a hidden
    /// element, or a page-level <header> (one outside any <article>).
    private func isDropped(_ node: xmlNodePtr, tag: String, insideArticle: Bool) -> Bool {
        if lexicon.droppedTags.contains(tag) { return true }
        if tag == "header" && !insideArticle { return true }
        if Self.attribute(node, "hidden") != nil || Self.attribute(node, "aria-hidden") == "true" { return true }
        if let role = Self.attribute(node, "role"), lexicon.boilerplateRoles.contains(role.lowercased()) { return true }
        // Class words never drop the page's frame ("has-sidebar" on <body>).
        if tag == "html" || tag == "body" || tag == "main" || tag == "article" { return false }
        for value in [Self.attribute(node, "class"), Self.attribute(node, "id")] {
            guard let value else { continue }
            for word in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" })
            where lexicon.boilerplateClasses.contains(String(word)) {
                return true
            }
        }
        return false
    }

    // MARK: Dates

    private func dates(_ s: Survey, container: xmlNodePtr) -> [DateCandidate] {
        var result = [DateCandidate]()
        var seen = Set<String>()
        func add(_ value: String?, _ origin: String) {
            guard let value = value.flatMap(Self.clean), seen.insert(value).inserted else { return }
            result.append(DateCandidate(text: value, basis: .metadata, origin: origin))
        }
        for (source, key) in lexicon.htmlDateSources {
            switch source {
            case "meta":
                add(s.metas[key], "<meta \(key)>")
            case "jsonld":
                add(s.jsonLD.lazy.compactMap { Self.jsonValue(key, in: $0) }.first, "JSON-LD \(key)")
            case "time":
                // A pubdate <time> first, then the article's own, then the page's first.
                let time = s.times.first(where: \.pubdate)
                    ?? s.times.first(where: { Self.isAncestor(container, of: $0.node) })
                    ?? s.times.first
                add(time?.value, "<time \(key)>")
            default:
                break
            }
        }
        return result
    }

    // MARK: libxml2 helpers (pointers never leave `read`'s call)

    /// Pre-order walk without recursion (pages nest deeply): `enter` returns
    /// whether to descend; `exit` is called once for every entered node.
    private static func walk(_ root: xmlNodePtr, enter: (xmlNodePtr) -> Bool, exit: (xmlNodePtr) -> Void) {
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

    /// An element's name (libxml2's HTML parser lowercases it).
    private static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// An attribute's value, or nil when absent (an empty attribute gives "").
    /// Names are compared byte for byte (libxml2 lowercases HTML attribute names).
    private static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
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

    /// The text under a node; with a lexicon, boilerplate descendants are skipped.
    private static func text(of root: xmlNodePtr, lexicon: DocumentsLexicon?) -> String {
        var bytes = [UInt8]()
        let droppedTags = lexicon?.droppedTags ?? []
        walk(root) { node in
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                return node == root || !droppedTags.contains(name(node))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if var p = node.pointee.content {
                    while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
                }
                return false
            default:
                return false
            }
        } exit: { _ in }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func trimmedLength(_ content: UnsafePointer<xmlChar>) -> Int {
        var p = content, first = -1, last = -1, i = 0
        while p.pointee != 0 {
            let c = p.pointee
            if !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D) {
                if first < 0 { first = i }
                last = i
            }
            p += 1
            i += 1
        }
        return first < 0 ? 0 : last - first + 1
    }

    private static func lastError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "no document" }
        return clean(String(cString: message)) ?? "no document"
    }

    // MARK: Strings

    /// White space collapsed and trimmed; nil when nothing is left.
    static func clean(_ s: String) -> String? {
        let words = s.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "Headline | Site" -> "Headline" (the site known from og:site_name, or a
    /// short last part after " | ").
    static func withoutSiteSuffix(_ title: String, site: String?) -> String {
        for separator in [" | ", " - ", " – ", " — "] {
            let parts = title.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count >= 2, let tail = parts.last else { continue }
            if (site.map { tail == $0 } ?? false) || (separator == " | " && tail.utf8.count <= 40) {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return title
    }
}
