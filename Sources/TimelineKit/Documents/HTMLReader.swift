import CLibXML2

// Foundation (JSON-LD decoding) lives in HTMLReader+JSONLD.swift, so this
// file sees only libxml2. Importing both in one module needs the ICU note in
// Sources/CLibXML2/shim.h.

/// Reads a web page with libxml2's HTML parser and keeps what a reader of
/// the article sees: the headline, the article's paragraphs one per line,
/// its publication date in order of trust, its authors, site and address.
///
/// The parser runs with `HTML_PARSE_NONET` and without entity substitution
/// or DTD loading, so a page never makes the loader touch the network or the
/// file system. The main text is found as Readability finds it
/// (``HTMLContentFinder``: paragraphs score their containers, class and id
/// words from `html-hints.tsv` weigh in, link density scales down), after
/// the page's furniture is removed (`html-boilerplate.tsv` tags and roles,
/// hidden elements, furniture class words); then each block is checked
/// (``HTMLBlockFilter``: link lists, paywall and newsletter prompts,
/// bylines, date lines, the headline repeated). JSON-LD `articleBody` stands
/// in when the page's own markup gives much less.
package struct HTMLReader: Sendable {
    /// What the reader takes from one page.
    package struct Page: Sendable, Hashable {
        /// og:title, else `<title>`, else the first `<h1>` (without a " | Site" suffix).
        package var title: String?
        /// The main text: one block element a line, the headline first.
        package var lines: [String]
        /// The main text without the headline.
        package var body: [String]
        /// Lines set aside above the text that may state the date (a byline
        /// with a date, "Published: ..."), for the dateline finder.
        package var header: [String]
        /// og:site_name, else the JSON-LD publisher's name.
        package var source: String?
        /// The authors the page names (meta author, JSON-LD, byline).
        package var authors: [String]
        /// The canonical URL (link rel=canonical, og:url), else the URL it was read from.
        package var url: String?
        /// Metadata date candidates, most trusted first.
        package var dates: [DateCandidate]
        /// Modification dates: trusted after the text's own datelines.
        package var lateDates: [DateCandidate]
        /// Whether numeric dates read day first (02/10/2020 is 2 October): the page is not in American English.
        package var dayFirst: Bool
        /// Set when the page's bytes are not valid in the charset it was read in
        /// (libxml2 stops at the first such byte): why it was read again as ISO-8859-1.
        package var charsetNote: String?
    }

    let lexicon: DocumentsLexicon

    package init() { self.init(lexicon: .shared) }
    init(lexicon: DocumentsLexicon) { self.lexicon = lexicon }

    /// A text shorter than this (characters) makes the reader try again
    /// without removing elements by their class words, as Readability does.
    static let retryBelow = 500

    /// Parses `bytes` as HTML.
    /// - Parameters:
    ///   - url: where the page was found (a crawl's target URI, a feed item's link).
    ///   - encoding: the charset an HTTP header declared, if any.
    /// - Throws: `.malformed` when libxml2 cannot build a document at all.
    package func read(_ bytes: [UInt8], path: String, url: String? = nil, encoding: String? = nil) throws(TimelineError) -> Page {
        guard !bytes.isEmpty else { throw .malformed(path: path, reason: "the HTML file is empty") }
        guard bytes.count < Int(Int32.max) else {
            throw .malformed(path: path, reason: "the HTML file is too large (over 2 GB)")
        }
        let (doc, misread) = try Self.parse(bytes, path: path, encoding: encoding)
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw .malformed(path: path, reason: "the HTML has no elements")
        }

        let survey = HTMLPageSurvey(root, hints: lexicon.htmlHints)
        let meta = survey.metadata(url: url)
        var extraction = mainText(survey, title: meta.title, mode: .strict)
        if extraction.length < Self.retryBelow {
            let lenient = mainText(survey, title: meta.title, mode: .lenient)
            // Only much more text is worth the furniture that comes with it.
            if extraction.length == 0 || (lenient.length >= 2 * extraction.length && lenient.length - extraction.length >= 250) {
                extraction = lenient
            }
        }
        if let articleBody = survey.articleBody(), articleBody.length >= 250,
           Double(articleBody.length) > 1.5 * Double(extraction.length) {
            extraction.body = articleBody.lines
        }
        // A page whose markup holds no text (built by scripts in the browser)
        // still says what it is about in its description.
        if extraction.body.isEmpty, let description = ["og:description", "description", "twitter:description"]
            .lazy.compactMap({ survey.metas[$0] }).first {
            extraction.body = [description]
        }
        var authors = meta.authors
        for a in extraction.authors where !authors.contains(a) { authors.append(a) }
        let title = meta.title
        let lines = (title.map { [$0] } ?? []) + extraction.body
        let dates = survey.dateCandidates(lexicon.htmlDateSources, container: extraction.container, url: url)
        return Page(title: title, lines: lines, body: extraction.body, header: extraction.header,
                    source: meta.site, authors: authors, url: meta.url, dates: dates.dates, lateDates: dates.late,
                    dayFirst: survey.dayFirst,
                    charsetNote: misread.map { "bytes not valid in \($0), the charset it declares; read as ISO-8859-1" })
    }

    /// libxml2's HTML parser: no network, errors kept quiet (read back on failure).
    /// A page whose bytes do not fit its charset (libxml2 would keep only the
    /// text before the first bad byte) is read again as ISO-8859-1, which
    /// takes every byte: `misread` names the charset it failed in.
    static func parse(_ bytes: [UInt8], path: String, encoding declared: String?) throws(TimelineError)
        -> (doc: htmlDocPtr, misread: String?) {
        // Valid UTF-8 is read as UTF-8 whatever the page declares (an ASCII page
        // declared windows-1252 reads the same); otherwise the HTTP header's
        // charset, else libxml2 follows the page's <meta charset>.
        let encoding = CharsetDecoder.encoding(for: bytes, declared: declared)
        let doc = try parse(bytes, path: path, in: encoding)
        guard let error = xmlGetLastError(), error.pointee.domain == Int32(XML_FROM_I18N.rawValue)
            || error.pointee.domain == Int32(XML_FROM_IO.rawValue) && error.pointee.code == Int32(XML_IO_ENCODER.rawValue)
        else { return (doc, nil) }
        xmlFreeDoc(doc)
        return (try parse(bytes, path: path, in: "ISO-8859-1"), encoding)
    }

    private static func parse(_ bytes: [UInt8], path: String, in encoding: String) throws(TimelineError) -> htmlDocPtr {
        timeline_silenceGenericErrors()
        xmlResetLastError()
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let doc = parsed else {
            throw .malformed(path: path, reason: "libxml2 could not parse the HTML: \(lastError())")
        }
        return doc
    }

    private static func lastError() -> String {
        XMLNodeAccess.lastError()?.message ?? "no document"
    }

    // MARK: Main text

    enum Mode {
        /// Furniture removed by tag, role, hidden state and class words.
        case strict
        /// Class words only weigh; nothing is removed for them but bylines.
        case lenient
    }

    struct Extraction {
        var body: [String] = []
        var header: [String] = []
        var authors: [String] = []
        var container: xmlNodePtr?
        var length: Int { body.reduce(0) { $0 + $1.count } }
    }

    private func mainText(_ survey: HTMLPageSurvey, title: String?, mode: Mode) -> Extraction {
        // libxml2's HTML 4 parser may leave an HTML5 element it does not
        // know (<article> right after a <meta>) in <head>, with no <body>.
        guard let body = survey.body ?? survey.root else { return Extraction() }
        var bylines = [(text: String, node: xmlNodePtr)]()
        let finder = HTMLContentFinder(verdicts: survey.verdicts)
        let whole = finder.stats(body, skip: [])
        var asides = Set<xmlNodePtr>()
        let pruned = pruned(body, mode: mode, whole: whole, verdicts: survey.verdicts, bylines: &bylines, asides: &asides)
        // Figures and captions do not count when the article is looked for.
        let skip = pruned.union(asides)
        var stats = finder.stats(body, skip: skip)
        let chosen = finder.choose(body, stats: stats, skip: skip)
        let nodes = chosen?.nodes ?? [body]
        var removed = pruned
        if let chosen {
            removed.formUnion(finder.furniture(in: nodes, core: chosen.core, stats: &stats, scores: chosen.scores, skip: skip))
        }
        var blocks = [HTMLBlockFilter.Block]()
        for node in nodes { blocks += HTMLBlockFilter.blocks(node, skip: removed, blockTags: lexicon.blockTags) }
        let filter = HTMLBlockFilter(lexicon: lexicon)
        let titles = [title, survey.firstH1].compactMap { $0 }
        var result = filter.filter(blocks, titles: titles)
        // The article's own bylines: inside it or the last one before it, not
        // those of the related articles around it.
        var own = bylines.filter { b in nodes.contains { HTMLTree.isAncestor($0, of: b.node) } }.map(\.text)
        if own.isEmpty, let first = nodes.first, let start = survey.order[first],
           let before = bylines.last(where: { (survey.order[$0.node] ?? .max) < start }) {
            own = [before.text]
        }
        let isDateWord = { (w: Substring) in self.lexicon.kind(of: ArraySlice(w.lowercased().utf8)) != nil }
        result.authors = (own + result.authors).flatMap { HTMLPageSurvey.authorNames($0, isDateWord: isDateWord) }.reduce(into: []) {
            if !$0.contains($1) { $0.append($1) }
        }
        result.container = nodes.count == 1 ? nodes[0] : nodes.first?.pointee.parent
        return result
    }

    /// The elements left out before scoring: furniture tags and roles,
    /// hidden elements, a page-level `<header>`, and (strict mode) elements
    /// whose class or id words mark furniture. Bylines' text is collected.
    private func pruned(_ body: xmlNodePtr, mode: Mode, whole: [xmlNodePtr: HTMLContentFinder.Stats],
                        verdicts: [xmlNodePtr: HTMLHints.Verdict],
                        bylines: inout [(text: String, node: xmlNodePtr)], asides: inout Set<xmlNodePtr>) -> Set<xmlNodePtr> {
        var skip = Set<xmlNodePtr>()
        // libxml2's HTML 4 parser nests the rest of a page inside an element a
        // browser would have closed (a <nav>, a <header>, an ASP.NET <form>):
        // an element holding most of the page's text is never furniture.
        let pageText = whole[body]?.text ?? 0
        var articleDepth = 0
        var stack = [xmlNodePtr]()
        HTMLTree.walk(body) { node in
            guard HTMLTree.isElement(node) else { return false }
            let tag = HTMLTree.name(node)
            let holds = whole[node]?.text ?? 0
            let holdsThePage = holds * 2 > pageText && holds >= Self.retryBelow && !["script", "style", "template"].contains(tag)
            if node != body, !holdsThePage,
               isFurniture(node, tag: tag, insideArticle: articleDepth > 0, mode: mode, verdicts: verdicts, bylines: &bylines) {
                skip.insert(node)
                return false
            }
            if lexicon.asideTags.contains(tag) { asides.insert(node) }
            if tag == "article" { articleDepth += 1 }
            stack.append(node)
            return true
        } exit: { node in
            guard stack.last == node else { return }
            stack.removeLast()
            if HTMLTree.isNamed(node, "article") { articleDepth -= 1 }
        }
        return skip
    }

    private func isFurniture(_ node: xmlNodePtr, tag: String, insideArticle: Bool, mode: Mode,
                             verdicts: [xmlNodePtr: HTMLHints.Verdict],
                             bylines: inout [(text: String, node: xmlNodePtr)]) -> Bool {
        if lexicon.droppedTags.contains(tag) { return true }
        let verdict = verdicts[node] ?? HTMLHints.Verdict()
        if tag == "header" && !insideArticle && !verdict.positive {
            // The page's header; not the article's own ("article-header", "entry-header").
            return true
        }
        if HTMLTree.attribute(node, "hidden") != nil || HTMLTree.attribute(node, "aria-hidden") == "true" { return true }
        if let role = HTMLTree.attribute(node, "role"), lexicon.boilerplateRoles.contains(role.lowercased()) { return true }
        // Class words never drop the page's frame ("has-sidebar" on <body>).
        if tag == "html" || tag == "body" || tag == "main" || tag == "article" { return false }
        if verdict.byline {
            let text = HTMLTree.text(of: node)
            if text.count < 100 {
                if let t = Self.clean(text) { bylines.append((t, node)) }
                return true
            }
        }
        return mode == .strict && (verdict.drop || verdict.byline) && !verdict.positive
    }

    // MARK: Strings

    /// The text of an HTML fragment ("A &amp; B <i>C</i>" -> "A & B C"); text without markup as it is.
    static func plainText(_ fragment: String) -> String {
        guard fragment.contains(where: { $0 == "<" || $0 == "&" }) else { return fragment }
        let bytes = Array(("<html><body><p>" + fragment + "</p></body></html>").utf8)
        guard let doc = try? parse(bytes, path: "", encoding: "UTF-8").doc else { return fragment }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return fragment }
        return HTMLTree.text(of: root)
    }

    /// White space collapsed and trimmed; nil when nothing is left.
    static func clean(_ s: String) -> String? {
        let words = s.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "Headline | Site" -> "Headline" (the site known from og:site_name, or a
    /// short last part after " | ").
    static func withoutSiteSuffix(_ title: String, site: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            let parts = title.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count >= 2, let tail = parts.last else { continue }
            let isSite = site.map { tail.lowercased() == $0.lowercased() || $0.lowercased().hasPrefix(tail.lowercased()) } ?? false
            if isSite || (separator == " | " && tail.utf8.count <= 40) {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return title
    }
}
