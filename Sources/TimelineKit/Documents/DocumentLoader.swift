import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the paths a user names into documents: expands folders and glob
/// patterns, picks each file's format (by extension, then by content), and
/// reads plain text, HTML and JSON Lines.
///
/// Every failure is a ``TimelineError`` naming the file (and line) and the
/// reason in plain words; a failure never stops the other inputs.
public struct DocumentLoader: Sendable {
    let plain: PlainTextReader
    let html: HTMLReader
    let jsonLines: JSONLinesReader
    let finder: DatelineFinder
    /// The most bytes one document may have: a text, HTML or TimeML file, a
    /// JSON Lines record, standard input. Larger ones are refused with a message.
    public var maxDocumentSize: Int

    /// The default ``maxDocumentSize``: 20 MB.
    public static let defaultMaxDocumentSize = 20_000_000

    public init(maxDocumentSize: Int = DocumentLoader.defaultMaxDocumentSize) {
        self.maxDocumentSize = maxDocumentSize
        let lexicon = DocumentsLexicon.shared
        plain = PlainTextReader(lexicon: lexicon)
        html = HTMLReader(lexicon: lexicon)
        jsonLines = JSONLinesReader(lexicon: lexicon)
        finder = DatelineFinder(lexicon: lexicon)
    }

    /// File extensions (lowercased) the loader reads, and their format.
    /// A file without an extension is read as plain text.
    public static let extensions: [String: DocumentFormat] = [
        "txt": .text, "text": .text, "md": .text, "markdown": .text, "": .text,
        "html": .html, "htm": .html, "xhtml": .html,
        "tml": .timeml, "timeml": .timeml,
        "jsonl": .jsonl, "ndjson": .jsonl,
        "rss": .feed, "atom": .feed, "xml": .feed,
        "warc": .warc, "arc": .warc,
    ]

    // MARK: Inputs

    /// Expands paths: files, folders (recursive, sorted, hidden files and
    /// unknown extensions skipped), glob patterns the shell left alone
    /// (`"Samples/*.txt"`), and "-" for stdin (the caller passes stdin's bytes).
    ///
    /// A file named explicitly is kept whatever its extension (its content
    /// decides the format). Each file appears once, in the order first named.
    /// - Returns: the files to load, and one error per path that gave none
    ///   (missing, unreadable, a folder without articles, a pattern matching nothing).
    public func inputs(for paths: [String]) -> (files: [String], errors: [TimelineError]) {
        var files = [String]()
        var seen = Set<String>()
        var errors = [TimelineError]()
        let fm = FileManager.default
        func add(_ file: String) {
            if seen.insert(file).inserted { files.append(file) }
        }
        for path in paths {
            if path == "-" {
                add(path)
                continue
            }
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    var visited = Set<String>()
                    let found = articles(in: path, visited: &visited)
                    if found.isEmpty {
                        let known = Self.extensions.keys.filter { !$0.isEmpty }.sorted().map { "." + $0 }
                        errors.append(.unreadable(path: path, reason: "no articles in this folder (looked for \(known.joined(separator: ", ")), each also gzipped (.gz), and files without an extension)"))
                    }
                    found.forEach(add)
                } else if let problem = Self.notAFile(path) {
                    errors.append(.unreadable(path: path, reason: problem))
                } else if !fm.isReadableFile(atPath: path) {
                    errors.append(.unreadable(path: path, reason: "permission denied"))
                } else {
                    add(path)
                }
            } else if path.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
                let matches = Self.paths(matching: path)
                if matches.isEmpty {
                    errors.append(.unreadable(path: path, reason: "no file matches this pattern"))
                }
                let expanded = inputs(for: matches)
                expanded.files.forEach(add)
                errors += expanded.errors
            } else {
                errors.append(.unreadable(path: path, reason: "no such file or directory"))
            }
        }
        return (files, errors)
    }

    /// Article files under `folder`, recursively, sorted by path; hidden
    /// entries and unknown extensions skipped; symbolic-link loops visited once.
    private func articles(in folder: String, visited: inout Set<String>) -> [String] {
        let fm = FileManager.default
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted, let names = try? fm.contentsOfDirectory(atPath: folder) else { return [] }
        var result = [String]()
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result += articles(in: child, visited: &visited)
            } else if Self.extensions[Self.formatExtension(child)] != nil {
                result.append(child)
            }
        }
        return result
    }

    /// The lowercased extension of a path's last component ("" for none or a dot file).
    static func pathExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The extension that names the format: the one before `.gz` for a gzipped file ("a.warc.gz": "warc").
    static func formatExtension(_ path: String) -> String {
        let ext = pathExtension(path)
        return ext == "gz" ? pathExtension(String(path.dropLast(3))) : ext
    }

    /// Paths matching a shell pattern, sorted.
    private static func paths(matching pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard glob(pattern, 0, nil, &g) == 0 else { return [] }
        var paths = [String]()
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths.sorted()
    }

    // MARK: Loading

    /// Reads the file at `path` and loads it (see ``load(_:path:url:)``).
    /// - Throws: `.unreadable` when the file cannot be read (what it is when
    ///   it is no file: a folder, a FIFO, a device), `.unsupported` when it is
    ///   larger than a document may be (JSON Lines: checked per record; a
    ///   compressed file after decompression).
    public func load(contentsOf path: String) throws(TimelineError) -> LoadResult {
        if let problem = Self.notAFile(path) { throw .unreadable(path: path, reason: problem) }
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > maxDocumentSize, Self.extensions[Self.formatExtension(path)] != .jsonl {
            throw tooLarge(path, Int(info.st_size))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let fm = FileManager.default
            let reason = !fm.fileExists(atPath: path) ? "no such file or directory"
                : !fm.isReadableFile(atPath: path) ? "permission denied" : OutputFile.reason(error)
            throw .unreadable(path: path, reason: reason)
        }
        return try load([UInt8](data), path: path)
    }

    /// What the thing at `path` is when it is not a regular file (a FIFO would
    /// block, a device never end), as a reason; nil for a file or nothing.
    static func notAFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "is a folder"
        case S_IFIFO: return "is a named pipe (FIFO), not a file; pipe it into 'timeline ... -' instead"
        case S_IFCHR, S_IFBLK: return "is a device, not a file"
        case S_IFSOCK: return "is a socket, not a file"
        default: return "is not a regular file"
        }
    }

    func tooLarge(_ path: String, _ size: Int) -> TimelineError { Self.tooLarge(path, size, limit: maxDocumentSize) }

    static func tooLarge(_ path: String, _ size: Int, limit: Int) -> TimelineError {
        .unsupported(path: path, reason: "\(megabytes(size)) is more than a document may have (\(megabytes(limit))); --max-document-size MB raises it")
    }

    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\((bytes + 999) / 1_000) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    /// Reads the file at `path` and hands each document to `each` as it is
    /// read: a web archive record by record (never the whole file in
    /// memory), any other file whole. Each error (the file's, or one
    /// record's, item's or line's) is handed on too; the reading goes on
    /// past a bad record.
    public func load(contentsOf path: String, _ each: (Result<Document, TimelineError>) -> Void,
                     warning: (TimelineWarning) -> Void = { _ in }) {
        if isArchive(path) {
            WARCReader.read(path: path) { page in
                var warnings = [TimelineWarning]()
                each(page.flatMap { warcDocument($0, warnings: &warnings) })
                warnings.forEach(warning)
            }
            return
        }
        do {
            let result = try load(contentsOf: path)
            for d in result.documents { each(.success(d)) }
            for e in result.errors { each(.failure(e)) }
            result.warnings.forEach(warning)
        } catch {
            each(.failure(error))
        }
    }

    /// A web archive by its extension or its first bytes ("WARC/", plain or gzipped).
    private func isArchive(_ path: String) -> Bool {
        if Self.formatExtension(path) == "warc" || Self.formatExtension(path) == "arc" { return true }
        guard let stream = try? ByteStream(path: path), let first = try? stream.read(5) else { return false }
        return first == Array("WARC/".utf8)
    }

    /// A page of a web archive as a document: its target URI as its
    /// address, and its crawl date as the latest its publication can be
    /// (``Document/notAfter``; the page's dates after it are dropped).
    private func warcDocument(_ page: WARCReader.Page, warnings: inout [TimelineWarning]) -> Result<Document, TimelineError> {
        let name = "\(page.path)#\(page.number)"
        var document: Document
        do {
            document = try htmlDocument(page.body, path: name, url: page.uri, encoding: page.charset, warnings: &warnings)
        } catch {
            guard case .malformed(_, let reason) = error else { return .failure(error) }
            return .failure(.malformed(path: name + (page.uri.map { " (\($0))" } ?? ""), reason: reason))
        }
        if let crawled = page.date.flatMap({ Day(iso: $0.prefix(10)) }) {
            document.dateCandidates.removeAll { c in Day(iso: c.text.prefix(10)).map { $0 > crawled } ?? false }
            document.notAfter = crawled
        }
        return .success(document)
    }

    /// Loads one file's bytes as documents (JSON Lines gives one per line),
    /// with empty ids: numbering is the caller's.
    ///
    /// The format comes from the extension, then from the content ("-", no
    /// extension or an unknown one: `<!doctype html`/`<html` is HTML, a
    /// TimeML root is TimeML, a `{` first line is JSON Lines, anything else
    /// plain text).
    /// - Returns: the documents, and an error for each bad JSON line.
    /// - Throws: when the file as a whole cannot be read: invalid UTF-8,
    ///   HTML or TimeML libxml2 could not parse, bad front matter, no text.
    public func load(_ raw: [UInt8], path: String, url: String? = nil) throws(TimelineError) -> LoadResult {
        let bytes = try Self.decompressed(raw, path: path)
        let format = format(of: bytes, path: path)
        // A web archive or feed is a set of documents, and JSON Lines is checked record by record.
        if ![.jsonl, .warc, .feed].contains(format) && bytes.count > maxDocumentSize { throw tooLarge(path, bytes.count) }
        var warnings = [TimelineWarning]()
        switch format {
        case .feed:
            return try feedDocuments(bytes, path: path)
        case .warc:
            var result = LoadResult()
            WARCReader.read(bytes: bytes, path: path) { page in
                switch page.flatMap({ warcDocument($0, warnings: &result.warnings) }) {
                case .success(let d): result.documents.append(d)
                case .failure(let e): result.errors.append(e)
                }
            }
            return result
        case .text:
            let text = try UTF8Validation.text(bytes, path: path)
            let document = try plain.read(text, path: path, warnings: &warnings)
            return LoadResult(documents: [document], warnings: warnings)
        case .html:
            var document = try htmlDocument(bytes, path: path, url: url, warnings: &warnings)
            document.title = Document.title(document.title, path: path, warnings: &warnings)
            return LoadResult(documents: [document], warnings: warnings)
        case .timeml:
            let contents = try UTF8Validation.text(bytes, path: path)
            let file = try TimeMLReader.read(contents, path: path)
            let published = file.dct.map {
                Publication(value: TimeValue(day: $0), basis: .metadata, explanation: "TimeML DCT \(file.dctValue ?? $0.description)")
            }
            let title = Document.title(file.title ?? file.docID ?? "", path: path, warnings: &warnings)
            let document = Document(id: "", path: path, title: title, text: file.text,
                                    format: .timeml, published: published, rawTimeML: contents)
            return LoadResult(documents: [document], warnings: warnings)
        case .jsonl:
            let result = jsonLines.read(bytes, path: path, maxRecordSize: maxDocumentSize)
            if result.documents.isEmpty && result.errors.isEmpty {
                throw .malformed(path: path, reason: "no JSON lines (the file is empty)")
            }
            return result
        }
    }

    /// One web page as a document: its main text under its title, its
    /// metadata dates, then the dates written at the top of its text, then
    /// its modification dates.
    func htmlDocument(_ bytes: [UInt8], path: String, url: String?, encoding: String? = nil,
                      warnings: inout [TimelineWarning]) throws(TimelineError) -> Document {
        let page = try html.read(bytes, path: path, url: url, encoding: encoding)
        if let note = page.charsetNote { warnings.append(TimelineWarning(path: path, reason: note)) }
        return try document(page, path: path)
    }

    /// A document from a read page; a feed item gives its own title, dates
    /// (trusted first), authors, link and source.
    private func document(_ page: HTMLReader.Page, path: String, title given: String? = nil,
                          dates leading: [DateCandidate] = [], authors more: [String] = [], url: String? = nil,
                          source: String? = nil) throws(TimelineError) -> Document {
        guard !page.body.isEmpty, let title = given ?? page.title ?? page.lines.first else {
            throw .malformed(path: path, reason: given == nil ? "the HTML page has no article text" : "the item has no text")
        }
        let body = page.body.first == title ? Array(page.body.dropFirst()) : page.body
        let text = ([title] + body).joined(separator: "\n\n")
        var candidates = leading
        let top = ([title] + page.header + body.prefix(DatelineFinder.headLines)).joined(separator: "\n")
        var stated = finder.find(in: top, skipTitle: true)
        for i in stated.candidates.indices {
            // "30.01.2022", "02/10/2020": read as the page's language reads them.
            if let iso = NumericDate.iso(stated.candidates[i].text, dayFirst: page.dayFirst) {
                stated.candidates[i].text = iso
            }
        }
        // "Updated: ..." lines of the text come after its original dateline.
        let isUpdate = { (c: DateCandidate) in ["'updat", "'last updat", "'modif", "'last modif", "revis"].contains { c.origin.lowercased().contains($0) } }
        let written = stated.candidates.filter { !isUpdate($0) } + stated.candidates.filter(isUpdate)
        for c in page.dates + written + page.lateDates where !candidates.contains(where: { $0.text == c.text }) {
            candidates.append(c)
        }
        candidates = candidates.preferringLocalDay()
        var authors = more
        for a in page.authors where !authors.contains(a) { authors.append(a) }
        return Document(id: "", path: path, title: title, text: text, format: .html,
                        source: source ?? page.source ?? stated.source, dateCandidates: candidates,
                        authors: authors, url: url ?? page.url)
    }

    /// A feed's items as documents, one error per item without text.
    private func feedDocuments(_ bytes: [UInt8], path: String) throws(TimelineError) -> LoadResult {
        let feed = try FeedReader.read(bytes, path: path)
        guard !feed.items.isEmpty else { throw .malformed(path: path, reason: "the feed has no items") }
        var result = LoadResult()
        for item in feed.items {
            let name = "\(path)#\(item.number)"
            do {
                guard let content = item.content else {
                    throw TimelineError.malformed(path: name, reason: "the item has no content or description")
                }
                let page = try html.read(Array(("<html><body><article>" + content + "</article></body></html>").utf8),
                                         path: name, url: item.link, encoding: "UTF-8")
                let dates = item.dates.map { DateCandidate(text: $0.text, basis: .metadata, origin: $0.origin) }
                result.documents.append(try document(page, path: name, title: item.title, dates: dates,
                                                     authors: item.authors, url: item.link, source: feed.title))
            } catch let error as TimelineError {
                result.errors.append(error)
            } catch {}
        }
        return result
    }

    /// A gzip file's content (any number of members), else the bytes as they are.
    public static func decompressed(_ bytes: [UInt8], path: String) throws(TimelineError) -> [UInt8] {
        guard Inflater.isGzip(bytes) else { return bytes }
        do { return try Inflater.decompress(bytes) } catch {
            throw .malformed(path: path, reason: error.description)
        }
    }

    /// The format of a file: its extension, then its first bytes.
    public func format(of bytes: [UInt8], path: String) -> DocumentFormat {
        let ext = path == "-" ? "" : Self.formatExtension(path)
        let byExtension = Self.extensions[ext]
        switch byExtension {
        case .feed?:
            // .xml (and a mislabelled .rss) may hold a TimeML file or a page.
            let sniffed = Self.sniff(bytes, allowJSONLines: false)
            return sniffed == .timeml || sniffed == .html ? sniffed! : .feed
        case .html?, .timeml?, .jsonl?, .warc?:
            return byExtension!
        default:
            return Self.sniff(bytes, allowJSONLines: byExtension == nil || ext.isEmpty) ?? .text
        }
    }

    /// Recognises HTML, TimeML and (for files of no known type) JSON Lines by their first bytes.
    static func sniff(_ bytes: [UInt8], allowJSONLines: Bool) -> DocumentFormat? {
        var i = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        while i < bytes.count && (TextLines.isSpace(bytes[i]) || bytes[i] == 0x0A) { i += 1 }
        let head = bytes[i..<min(bytes.count, i + 1024)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func starts(_ s: String) -> Bool { head.starts(with: s.utf8) }
        if starts("<!doctype html") || starts("<html") || starts("<head") || starts("<body") { return .html }
        if starts("<timeml") { return .timeml }
        if starts("warc/1.") { return .warc }
        if starts("<rss") || starts("<feed") || starts("<rdf:rdf") { return .feed }
        if starts("<?xml") {
            if TextLines.contains(head, "<timeml") { return .timeml }
            if TextLines.contains(head, "<html") { return .html }
            if TextLines.contains(head, "<rss") || TextLines.contains(head, "<feed") || TextLines.contains(head, "<rdf:rdf") { return .feed }
        }
        if allowJSONLines && starts("{") { return .jsonl }
        return nil
    }

}
