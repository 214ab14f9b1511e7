import Foundation
import Yams

/// Reads a plain-text article: optional YAML front matter between `---`
/// lines at the very top, then the text, kept byte for byte (offsets count
/// into it) but for a stripped byte-order mark and LF line endings.
///
/// Without a front-matter title the first non-blank line is the headline;
/// it stays in the text (``Document/hasTitleLine`` tells the analyzer).
struct PlainTextReader: Sendable {
    let lexicon: DocumentsLexicon
    let finder: DatelineFinder

    init(lexicon: DocumentsLexicon = .shared) {
        self.lexicon = lexicon
        finder = DatelineFinder(lexicon: lexicon)
    }

    /// Reads one normalised text (see ``UTF8Validation/text(_:path:)``).
    /// Front matter that is not a YAML mapping is read leniently (its
    /// `key: value` lines as written) with a warning; an invalid metadata
    /// date is ignored with a warning.
    /// - Throws: `.malformed` for a file without any text.
    func read(_ text: String, path: String, format: DocumentFormat = .text,
              warnings: inout [TimelineWarning]) throws(TimelineError) -> Document {
        var body = text
        var fields = [String: String]()
        if let (yaml, rest, closingLine) = Self.splitFrontMatter(text) {
            do throws(FrontMatterError) {
                fields = try Self.mapping(yaml)
            } catch {
                fields = Self.lenientMapping(yaml)
                warnings.append(TimelineWarning(path: path, reason: "front matter (lines 1-\(closingLine)) is \(error.reason); read its 'key: value' lines as written"))
            }
            body = rest
        }
        return try document(body: body, fields: fields, path: path, format: format, fieldOrigin: "front matter",
                            warnings: &warnings)
    }

    /// Builds a document from a body and its metadata fields (front matter or a JSON record).
    func document(body: String, fields: [String: String], path: String, format: DocumentFormat,
                  fieldOrigin: String, warnings: inout [TimelineWarning]) throws(TimelineError) -> Document {
        // Research corpora ship news as PTB tokens ("BP 's", "-LRB-"): read them as prose.
        let body = finder.ungluingStamp(TokenizedText.detokenizedIfTokenized(body))
        func field(_ role: String) -> (name: String, value: String)? {
            for name in lexicon.names(for: role) {
                if let v = fields[name], let clean = HTMLReader.clean(v) { return (name, clean) }
            }
            return nil
        }
        guard body.utf8.contains(where: { !TextLines.isSpace($0) && $0 != 0x0A }) else {
            throw .malformed(path: path, reason: "no article text")
        }
        let firstLine = TextLines.headline(body)
        let given = field("title")?.value ?? headlineUnderMasthead(body) ?? firstLine
        if given == nil {
            warnings.append(TimelineWarning(path: path, reason: "the first line is longer than \(Document.maxTitleLength) characters: no title; the document has none"))
        }
        let title = Document.title(given ?? "", path: path, warnings: &warnings)
        let hasTitleLine = firstLine != nil && firstLine == title
        let stated = finder.find(in: body, skipTitle: hasTitleLine)
        var candidates = [DateCandidate]()
        if let date = field("date") {
            if let problem = MetadataDate.problem(date.value) {
                warnings.append(TimelineWarning(path: path, reason: "\(fieldOrigin) \(date.name) '\(date.value)' is not a date: \(problem); ignored, the publication date comes from the text or --dct, else stays unknown"))
            } else {
                candidates.append(DateCandidate(text: date.value, basis: .metadata, origin: "\(fieldOrigin) \(date.name)"))
            }
        }
        for c in stated.candidates where !candidates.contains(where: { $0.text == c.text }) { candidates.append(c) }
        return Document(id: "", path: path, title: title, text: body, format: format,
                        source: field("source")?.value ?? stated.source, dateCandidates: candidates,
                        url: field("url")?.value)
    }

    // MARK: Title

    /// The second line, when the first is a section label ("World Media")
    /// made of masthead words and the second looks like a headline (4 to 30
    /// words, not ending with a period).
    func headlineUnderMasthead(_ body: String) -> String? {
        let lines = TextLines.firstNonBlankLines(body, count: 2)
        guard lines.count == 2, lines[0].utf8.count <= 40 else { return nil }
        let label = lines[0].split(separator: " ")
        guard label.count <= 3, label.allSatisfy({ lexicon.mastheadWords.contains($0.lowercased()) }) else { return nil }
        let words = lines[1].split(separator: " ").count
        guard (4...30).contains(words), lines[1].last != "." else { return nil }
        return lines[1]
    }

    // MARK: Front matter

    /// Splits "---\nYAML\n---\nbody" into the YAML, the body and the line number
    /// of the closing `---` (or `...`); nil when the text has no front matter.
    static func splitFrontMatter(_ text: String) -> (yaml: String, body: String, closingLine: Int)? {
        let u = text.utf8
        guard u.starts(with: "---".utf8) else { return nil }
        var lineStart = u.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < u.endIndex {
            let newline = u[lineStart...].firstIndex(of: 0x0A) ?? u.endIndex
            var line = u[lineStart..<newline]
            while let last = line.last, TextLines.isSpace(last) { line = line.dropLast() }
            let isFence = line.elementsEqual("---".utf8)
            if lineNumber == 1 {
                guard isFence else { return nil }  // "---- a rule" or "--- text" is not front matter
                yamlStart = newline == u.endIndex ? u.endIndex : u.index(after: newline)
            } else if isFence || line.elementsEqual("...".utf8), let yamlStart {
                let bodyStart = newline == u.endIndex ? u.endIndex : u.index(after: newline)
                return (String(text[yamlStart..<lineStart]), String(text[bodyStart...]), lineNumber)
            }
            if newline == u.endIndex { break }
            lineStart = u.index(after: newline)
            lineNumber += 1
        }
        return nil  // no closing fence: an opening rule, not front matter
    }

    /// Why front matter could not be read as YAML, in a few words.
    struct FrontMatterError: Error {
        var reason: String
    }

    /// The front matter's scalar fields, keys lowercased, values as written
    /// (`date: 2019-05-15` stays the string "2019-05-15": the time stage parses it).
    static func mapping(_ yaml: String) throws(FrontMatterError) -> [String: String] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw FrontMatterError(reason: "not valid YAML (\(yamlProblem("\(error)")))")
        }
        guard let node else { return [:] }  // empty front matter
        guard let mapping = node.mapping else {
            throw FrontMatterError(reason: "not a list of 'key: value' lines")
        }
        var fields = [String: String]()
        for (key, value) in mapping {
            guard let k = key.string?.lowercased() else { continue }
            if let s = value.scalar?.string {
                fields[k] = s
            } else if let first = value.sequence?.first?.scalar?.string {
                fields[k] = first  // "source: [Reuters, AP]": the first one
            }
        }
        return fields
    }

    /// Yams's message in one line, with the file's line number: it writes
    /// "L:C: error: KIND: CONTEXT", then (scanner and parser) the problem, the
    /// line quoted and a caret; L counts from the front matter's first line,
    /// which is the file's second.
    static func yamlProblem(_ message: String) -> String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let head = lines.first ?? message
        let parts = head.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 5, let line = Int(parts[0]), let column = Int(parts[1]), parts[2] == "error" else {
            return head.trimmingCharacters(in: .whitespaces)
        }
        var problem = lines.count >= 4 ? lines[1] : parts[4]
        while problem.hasSuffix(":") { problem.removeLast() }
        return "line \(line + 1), column \(column): \(problem.trimmingCharacters(in: .whitespaces))"
    }

    /// Front matter YAML cannot read (a `\*` inside double quotes, a NUL, a
    /// stray colon): each `key: value` line as written, quotes around the
    /// value removed, a backslash kept only where it escapes a quote or a backslash.
    static func lenientMapping(_ yaml: String) -> [String: String] {
        var fields = [String: String]()
        for line in yaml.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { continue }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
                if q == "\"" {
                    var out = ""
                    var escaped = false
                    for c in value {
                        if escaped {
                            out.append(c)  // "\*" is "*", "\"" is a quote
                            escaped = false
                        } else if c == "\\" {
                            escaped = true
                        } else {
                            out.append(c)
                        }
                    }
                    value = out
                } else {
                    value = value.replacingOccurrences(of: "''", with: "'")
                }
            }
            value.removeAll { $0 == "\u{0}" }
            if fields[key] == nil && !value.isEmpty { fields[key] = value }
        }
        return fields
    }
}
