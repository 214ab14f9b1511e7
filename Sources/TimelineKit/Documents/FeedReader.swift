import CLibXML2

/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed with libxml2 (no network,
/// no entity substitution, no DTD): each item's title, link, dates
/// (`pubDate`, `dc:date`, Atom `published` then `updated`), authors and
/// content (`content:encoded`, Atom `content`, else `description`/`summary`),
/// the content being HTML for the page reader.
struct FeedReader {
    struct Item {
        /// 1-based position in the feed.
        var number: Int
        var title: String?
        var link: String?
        /// Date texts, most trusted first, with where they came from.
        var dates: [(text: String, origin: String)]
        var authors: [String]
        /// The item's content as HTML (or text), nil when it has none.
        var content: String?
    }

    /// The feed's items and the feed's own title.
    /// - Throws: `.malformed` when the file is not XML or not a feed.
    static func read(_ bytes: [UInt8], path: String) throws(TimelineError) -> (title: String?, items: [Item]) {
        guard bytes.count < Int(Int32.max) else { throw .malformed(path: path, reason: "the feed is too large (over 2 GB)") }
        timeline_silenceGenericErrors()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_RECOVER.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let doc = parsed, let root = xmlDocGetRootElement(doc) else {
            let message = xmlGetLastError()?.pointee.message.map { String(cString: $0) } ?? "not XML"
            if let parsed { xmlFreeDoc(parsed) }
            throw .malformed(path: path, reason: "libxml2 could not parse the feed: \(HTMLReader.clean(message) ?? "not XML")")
        }
        defer { xmlFreeDoc(doc) }
        let rootName = localName(root)
        guard ["rss", "feed", "RDF"].contains(rootName) else {
            throw .malformed(path: path, reason: "not an RSS or Atom feed (root element <\(rootName)>)")
        }
        var feedTitle: String?
        var items = [Item]()
        HTMLTree.walk(root) { node in
            guard HTMLTree.isElement(node) else { return false }
            let name = localName(node)
            if name == "item" || name == "entry" {
                items.append(item(node, number: items.count + 1))
                return false
            }
            if name == "title" && feedTitle == nil { feedTitle = HTMLReader.clean(XMLNodeAccess.content(node)) }
            return name == "rss" || name == "channel" || name == "feed" || name == "RDF"
        } exit: { _ in }
        return (feedTitle, items)
    }

    private static func localName(_ node: xmlNodePtr) -> String { HTMLTree.name(node) }

    /// The namespace prefix of an element ("content" for content:encoded), "" for none.
    private static func prefix(_ node: xmlNodePtr) -> String {
        node.pointee.ns?.pointee.prefix.map { String(cString: $0) } ?? ""
    }

    private static func item(_ node: xmlNodePtr, number: Int) -> Item {
        var item = Item(number: number, dates: [], authors: [])
        var encoded: String?, content: String?, description: String?
        var updated: String?
        for child in HTMLTree.children(node) {
            let name = localName(child), text = XMLNodeAccess.content(child)
            switch name {
            case "title":
                item.title = HTMLReader.clean(HTMLReader.plainText(text))
            case "link":
                // Atom: <link rel="alternate" href="..."/>; RSS: <link>url</link>.
                if let href = XMLNodeAccess.attribute(child, "href") {
                    let rel = XMLNodeAccess.attribute(child, "rel") ?? "alternate"
                    if rel == "alternate" && item.link == nil { item.link = HTMLReader.clean(href) }
                } else if item.link == nil {
                    item.link = HTMLReader.clean(text)
                }
            case "guid":
                if item.link == nil, XMLNodeAccess.attribute(child, "isPermaLink") != "false", text.hasPrefix("http") {
                    item.link = HTMLReader.clean(text)
                }
            case "pubDate", "published", "issued", "created":
                if let t = HTMLReader.clean(text) { item.dates.append((t, "feed <\(name)>")) }
            case "date":
                if let t = HTMLReader.clean(text) { item.dates.append((t, "feed <\(prefix(child)):date>")) }
            case "updated", "modified":
                updated = HTMLReader.clean(text)
            case "encoded":
                encoded = text
            case "content":
                content = text
            case "description", "summary":
                description = text
            case "creator", "author":
                // Atom: <author><name>; RSS: "email (Name)" or a name.
                let names = HTMLTree.children(child).filter { localName($0) == "name" }.map(XMLNodeAccess.content)
                for n in (names.isEmpty ? [text] : names) {
                    if let clean = HTMLReader.clean(n) { item.authors.append(clean) }
                }
            default:
                break
            }
        }
        if let updated { item.dates.append((updated, "feed <updated>")) }
        item.content = [encoded, content, description].compactMap { $0 }.first { HTMLReader.clean($0) != nil }
        return item
    }
}
