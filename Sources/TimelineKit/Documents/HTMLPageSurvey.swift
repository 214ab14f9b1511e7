import CLibXML2

/// One walk over the whole page, before anything is removed: its metadata
/// (`<meta>`, JSON-LD, `<title>`, `<h1>`, `<link rel=canonical>`) and its
/// `<time>` elements with where they sit (in furniture such as a
/// related-articles list or not, marked as updated or not).
struct HTMLPageSurvey {
    struct Time {
        var value: String
        /// `pubdate`, `itemprop=datePublished` or a "published" class word.
        var published: Bool
        /// A class or itemprop word says "updated"/"modified".
        var updated: Bool
        /// Inside navigation, an aside, a footer or an element with furniture class words.
        var inFurniture: Bool
        var node: xmlNodePtr
    }

    var metas = [String: String]()
    /// Every (key, value) of `<meta>` in order (authors may repeat).
    var metaList = [(key: String, value: String)]()
    var titleTag: String?
    var firstH1: String?
    var canonical: String?
    var jsonLD = [Any]()
    var body: xmlNodePtr?
    var root: xmlNodePtr?
    var times = [Time]()
    /// Short elements whose class, id or itemprop says date or time
    /// ("post-date", "time-rubric", itemprop=datePublished), with their text.
    var datedElements = [Time]()
    /// What each element's class, id, itemprop and rel words say (read once).
    var verdicts = [xmlNodePtr: HTMLHints.Verdict]()
    /// Every element's place in document order.
    var order = [xmlNodePtr: Int]()
    /// `<html lang>`, lowercased ("en-gb").
    var language = ""
    /// Words of a class, id or itemprop that mark an element holding a date.
    static let dateMarkers = ["date", "time", "publish", "posted", "created", "byline", "author", "meta", "dateline", "lastmod"]
        .map { Array($0.utf8) }

    init(_ root: xmlNodePtr, hints: HTMLHints) {
        self.root = root
        var furnitureStack = [(node: xmlNodePtr, furniture: Bool)]()
        HTMLTree.walk(root) { node in
            guard HTMLTree.isElement(node) else { return false }
            order[node] = order.count
            let tag = HTMLTree.name(node)
            switch tag {
            case "meta":
                let key = HTMLTree.attribute(node, "property") ?? HTMLTree.attribute(node, "name")
                    ?? HTMLTree.attribute(node, "itemprop")
                if let key, let content = HTMLTree.attribute(node, "content") { addMeta(key, content) }
                return false
            case "script":
                if HTMLTree.attribute(node, "type")?.lowercased().hasPrefix("application/ld+json") == true,
                   let json = HTMLReader.decodeJSON(HTMLTree.text(of: node)) {
                    jsonLD.append(json)
                }
                return false
            case "style", "noscript", "template":
                return false
            case "title":
                if titleTag == nil { titleTag = HTMLTree.text(of: node) }
                return false
            case "link":
                if HTMLTree.attribute(node, "rel")?.lowercased() == "canonical", canonical == nil {
                    canonical = HTMLTree.attribute(node, "href").flatMap(HTMLReader.clean)
                }
                return false
            case "html":
                language = (HTMLTree.attribute(node, "lang") ?? HTMLTree.attribute(node, "xml:lang"))?.lowercased() ?? language
            case "body":
                if body == nil { body = node }
            case "h1":
                if firstH1 == nil { firstH1 = HTMLReader.clean(HTMLTree.text(of: node, skip: ["script", "style"])) }
            default:
                break
            }
            let words = [HTMLTree.attribute(node, "class"), HTMLTree.attribute(node, "id")]
            let itemprop = HTMLTree.attribute(node, "itemprop")
            let verdict = hints.verdict(words + [itemprop, HTMLTree.attribute(node, "rel")])
            verdicts[node] = verdict
            // As when the text is read, class words never make the page's frame furniture.
            let frame = ["html", "body", "main", "article"].contains(tag)
            let furniture = (furnitureStack.last?.furniture ?? false) || (verdict.drop && !verdict.positive && !frame)
                || ["nav", "aside", "footer"].contains(tag)
            furnitureStack.append((node, furniture))
            // Microdata outside <meta>: <span itemprop="datePublished" content="...">.
            if let itemprop, let value = HTMLTree.attribute(node, "content") ?? HTMLTree.attribute(node, "datetime") {
                addMeta(itemprop, value)
            }
            func described() -> String { (words + [itemprop]).compactMap { $0?.lowercased() }.joined(separator: " ") }
            if tag == "time" {
                let value = HTMLTree.attribute(node, "datetime").flatMap(HTMLReader.clean)
                    ?? HTMLReader.clean(HTMLTree.text(of: node))
                if let value { times.append(dated(node, value, described: described(), furniture: furniture)) }
            } else if tag != "body" && tag != "html" && tag != "script",
                      HTMLHints.anyWord(of: words + [itemprop], startsWith: Self.dateMarkers) {
                let text = HTMLTree.text(of: node, skip: ["script", "style"])
                if text.utf8.count <= 200, text.contains(where: \.isNumber), let value = HTMLReader.clean(text) {
                    datedElements.append(dated(node, value, described: described(), furniture: furniture))
                }
            }
            return true
        } exit: { node in
            if let top = furnitureStack.last, top.node == node { furnitureStack.removeLast() }
        }
    }

    /// A date-bearing element, marked by its own and its parent's words.
    private func dated(_ node: xmlNodePtr, _ value: String, described: String, furniture: Bool) -> Time {
        var parentWords = ""
        if let parent = node.pointee.parent {
            parentWords = [HTMLTree.attribute(parent, "class"), HTMLTree.attribute(parent, "id")]
                .compactMap { $0?.lowercased() }.joined(separator: " ")
        }
        let lower = value.lowercased()
        let updated = ["updat", "modif", "lastmod", "edited"].contains { described.contains($0) || parentWords.contains($0) }
            || ["updated", "modified", "last edited", "last changed", "this page was last"].contains { lower.hasPrefix($0) }
        let published = HTMLTree.attribute(node, "pubdate") != nil
            || ["publish", "posted", "created"].contains { described.contains($0) || parentWords.contains($0) }
        return Time(value: value, published: published, updated: updated, inFurniture: furniture, node: node)
    }

    private mutating func addMeta(_ key: String, _ value: String) {
        let k = key.lowercased()
        guard let v = HTMLReader.clean(value) else { return }
        if metas[k] == nil { metas[k] = v }
        metaList.append((k, v))
    }

    // MARK: Title, site, authors, address

    struct Metadata {
        var title: String?
        var site: String?
        var authors: [String]
        var url: String?
    }

    func metadata(url: String?) -> Metadata {
        var site = metas["og:site_name"]
        if site == nil { site = jsonLD.lazy.compactMap(HTMLReader.publisherName).first }
        if site == nil { site = metas["application-name"] }
        var title = (metas["og:title"] ?? metas["twitter:title"]).map { HTMLReader.withoutSiteSuffix($0, site: site) }
        if title == nil, let t = titleTag.flatMap(HTMLReader.clean) { title = HTMLReader.withoutSiteSuffix(t, site: site) }
        if title == nil { title = firstH1 }
        var authors = [String]()
        func add(_ names: [String]) { for n in names where !authors.contains(n) { authors.append(n) } }
        for (key, value) in metaList where ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"].contains(key) {
            add(Self.authorNames(value))
        }
        for json in jsonLD { add(HTMLReader.authorNames(json).flatMap { Self.authorNames($0) }) }
        let address = [canonical, metas["og:url"]].compactMap { $0 }.first { $0.hasPrefix("http") } ?? url
        return Metadata(title: title, site: site, authors: authors, url: address)
    }

    /// "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]; a URL or a
    /// long phrase is no name; a date after the names ("By Jane Doe May 15,
    /// 2019") is cut off, its month or weekday words told by `isDateWord`.
    static func authorNames(_ text: String, isDateWord: (Substring) -> Bool = { _ in false }) -> [String] {
        guard !text.contains("://"), !text.hasPrefix("@") else { return [] }
        var s = Substring(text)
        if let digit = s.firstIndex(where: \.isNumber) { s = s[..<digit] }
        while let last = s.split(separator: " ").last, isDateWord(last) || last == "," || last == "|" {
            s = s[..<last.startIndex]
            while s.last == " " || s.last == "," || s.last == "|" { s = s.dropLast() }
        }
        for prefix in ["By ", "by ", "BY ", "Written by ", "Posted by ", "Von ", "Por "] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
        }
        if let bar = s.firstIndex(where: { $0 == "|" || $0 == "\n" }) { s = s[..<bar] }
        var names = [String]()
        for part in s.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",") {
            guard let name = HTMLReader.clean(String(part)) else { continue }
            let words = name.split(separator: " ")
            guard (1...5).contains(words.count), name.first?.isUppercase == true,
                  !name.contains(where: \.isNumber) else { continue }
            names.append(name)
        }
        return names
    }

    // MARK: Structured body

    /// JSON-LD `articleBody`, one paragraph a line.
    func articleBody() -> (lines: [String], length: Int)? {
        guard let text = jsonLD.lazy.compactMap({ HTMLReader.jsonValue("articleBody", in: $0) }).first else { return nil }
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).compactMap { HTMLReader.clean(String($0)) }
        return (lines, lines.reduce(0) { $0 + $1.count })
    }

    // MARK: Dates

    /// Metadata date candidates in the order of `html-dates.tsv`.
    func dateCandidates(_ sources: [(source: String, key: String, late: Bool)], container: xmlNodePtr?,
                        url: String?) -> (dates: [DateCandidate], late: [DateCandidate]) {
        var result = [DateCandidate](), late = [DateCandidate]()
        var seen = Set<String>()
        var isLate = false
        func add(_ value: String?, _ origin: String) {
            guard let value = value.flatMap(HTMLReader.clean), seen.insert(value).inserted else { return }
            let candidate = DateCandidate(text: value, basis: .metadata, origin: origin)
            if isLate { late.append(candidate) } else { result.append(candidate) }
        }
        for (source, key, lateRow) in sources {
            isLate = lateRow
            switch source {
            case "meta":
                add(metas[key], "<meta \(key)>")
            case "jsonld":
                add(jsonLD.lazy.compactMap { HTMLReader.jsonValue(key, in: $0) }.first, "JSON-LD \(key)")
            case "time":
                add(headerTime(times, container: container)?.value, "<time \(key)>")
            case "element":
                if let e = headerTime(datedElements, container: container) {
                    add(NumericDate.iso(e.value, dayFirst: dayFirst) ?? e.value, "date element '\(e.value.prefix(60))'")
                }
                // An element marked as an update (a wiki's "last edited" line in
                // its footer): only after everything else.
                if let e = datedElements.first(where: \.updated) {
                    late.append(DateCandidate(text: NumericDate.iso(e.value, dayFirst: dayFirst) ?? e.value, basis: .metadata,
                                              origin: "updated element '\(e.value.prefix(60))'"))
                }
            case "url":
                for address in [url, canonical, metas["og:url"]].compactMap({ $0 }) {
                    if let day = Self.urlDate(address) { add(day, "the URL (\(address))"); break }
                }
            default:
                break
            }
        }
        return (result, late)
    }

    /// The `<time>` (or date element) of the article's header: never one in
    /// furniture (a related-articles list, a sidebar) or marked as an
    /// update; a marked publication time first, else the first one inside
    /// the article, else the last one before it (a site header's date of
    /// the day is further up).
    func headerTime(_ list: [Time], container: xmlNodePtr?) -> Time? {
        let candidates = list.filter { !$0.inFurniture && !$0.updated }
        if let marked = candidates.first(where: \.published) { return marked }
        guard let container, let start = order[container] else { return candidates.first }
        if let inside = candidates.first(where: { HTMLTree.isAncestor(container, of: $0.node) }) { return inside }
        return candidates.last { (order[$0.node] ?? .max) < start }
    }

    /// Whether a numeric date such as 02/10/2020 reads day first: the page's
    /// language is not American English (a bare "en" page is, unless its
    /// address is British, Irish, Australian, Indian, ...).
    var dayFirst: Bool {
        if language == "en-us" { return false }
        if !(language.isEmpty || language == "en") { return true }
        let address = (canonical ?? metas["og:url"] ?? "").lowercased()
        return ["/en-gb/", "/en-au/", "/en-in/", "/en-ie/", ".co.uk/", ".org.uk/", ".gov.uk/", ".com.au/", ".ie/", ".co.nz/", ".co.in/", ".co.za/"]
            .contains { address.contains($0) }
    }

    /// A day in a URL's path: `/2019/05/15/`, `/2019-05-15-`, `/20190515/`; nil when none.
    static func urlDate(_ url: String) -> String? {
        let b = Array(url.utf8)
        // Skip the scheme and host.
        var i = 0
        for k in 0..<max(0, b.count - 2) where b[k] == 0x3A && b[k + 1] == 0x2F && b[k + 2] == 0x2F {
            i = k + 3
            break
        }
        while i < b.count && b[i] != 0x2F { i += 1 }
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count else { return nil }
            var v = 0
            for k in at..<at + n {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        func boundary(_ at: Int) -> Bool { at >= b.count || !(b[at] >= 0x30 && b[at] <= 0x39) }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1995...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
            return isoDay(y, m, d)
        }
        while i < b.count {
            if b[i] == 0x2F || b[i] == 0x2D || b[i] == 0x5F, boundary(i) {
                let s = i + 1
                if let y = digits(s, 4), s + 4 < b.count, [0x2F, 0x2D, 0x5F].contains(b[s + 4]), let m = digits(s + 5, 2),
                   s + 7 < b.count, b[s + 7] == b[s + 4], let d = digits(s + 8, 2), boundary(s + 10), let v = valid(y, m, d) {
                    return v
                }
                if let y = digits(s, 4), let m = digits(s + 4, 2), let d = digits(s + 6, 2), boundary(s + 8), let v = valid(y, m, d) {
                    return v
                }
            }
            i += 1
        }
        return nil
    }

    private static func isoDay(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }
}
