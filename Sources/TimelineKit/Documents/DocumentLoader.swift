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

    public init() {
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
                        errors.append(.unreadable(path: path, reason: "no articles in this folder (looked for \(known.joined(separator: ", ")) and files without an extension)"))
                    }
                    found.forEach(add)
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
            } else if Self.extensions[Self.pathExtension(child)] != nil {
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

    /// Reads the file at `path` and loads it (see ``load(_:path:)``).
    /// - Throws: `.unreadable` when the file cannot be read, with the reason.
    public func load(contentsOf path: String) throws(TimelineError) -> LoadResult {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            let fm = FileManager.default
            let reason = !fm.fileExists(atPath: path, isDirectory: &isDirectory) ? "no such file or directory"
                : isDirectory.boolValue ? "is a folder" : !fm.isReadableFile(atPath: path) ? "permission denied"
                : "read failed"
            throw .unreadable(path: path, reason: reason)
        }
        return try load([UInt8](data), path: path)
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
    public func load(_ bytes: [UInt8], path: String, url: String? = nil) throws(TimelineError) -> LoadResult {
        switch format(of: bytes, path: path) {
        case .text:
            let text = try UTF8Validation.text(bytes, path: path)
            return LoadResult(documents: [try plain.read(text, path: path)])
        case .html:
            let page = try html.read(bytes, path: path)
            let text = page.lines.joined(separator: "\n\n")
            guard let title = page.title ?? page.lines.first, !text.isEmpty else {
                throw .malformed(path: path, reason: "the HTML page has no article text")
            }
            var candidates = page.dates
            let stated = finder.find(in: text, skipTitle: true)
            for c in stated.candidates where !candidates.contains(where: { $0.text == c.text }) { candidates.append(c) }
            let document = Document(id: "", path: path, title: title, text: text, format: .html,
                                    source: page.source ?? stated.source, dateCandidates: candidates)
            return LoadResult(documents: [document])
        case .timeml:
            let contents = try UTF8Validation.text(bytes, path: path)
            let file = try TimeMLReader.read(contents, path: path)
            let published = file.dct.map {
                Publication(value: TimeValue(day: $0), basis: .metadata, explanation: "TimeML DCT \(file.dctValue ?? $0.description)")
            }
            let document = Document(id: "", path: path, title: file.title ?? file.docID ?? "", text: file.text,
                                    format: .timeml, published: published, rawTimeML: contents)
            return LoadResult(documents: [document])
        case .jsonl:
            let result = jsonLines.read(bytes, path: path)
            if result.documents.isEmpty && result.errors.isEmpty {
                throw .malformed(path: path, reason: "no JSON lines (the file is empty)")
            }
            return result
        }
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
        let ext = path == "-" ? "" : Self.pathExtension(path)
        let byExtension = Self.extensions[ext]
        switch byExtension {
        case .html?, .timeml?, .jsonl?:
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
        if starts("<?xml") {
            if contains(head, "<timeml") { return .timeml }
            if contains(head, "<html") { return .html }
        }
        if allowJSONLines && starts("{") { return .jsonl }
        return nil
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard haystack.count >= n.count else { return false }
        return (0...(haystack.count - n.count)).contains { haystack[$0..<$0 + n.count].elementsEqual(n) }
    }
}
