import Foundation

/// Reads JSON Lines: one article per line, a JSON object with `text` (or
/// `body`/`content`), and optionally `title`, `date`/`published`, `source`,
/// `url` and `id` (the names are in `fields.tsv`).
///
/// A bad line does not stop the file: it becomes an error naming
/// `path:line`, and the good lines still load.
struct JSONLinesReader: Sendable {
    let lexicon: DocumentsLexicon
    let plain: PlainTextReader

    init(lexicon: DocumentsLexicon = .shared) {
        self.lexicon = lexicon
        plain = PlainTextReader(lexicon: lexicon)
    }

    /// Reads every line of `bytes`.
    ///
    /// Each document's `path` names its record: `path#id` when the record has
    /// an `id`, else `path:line`.
    func read(_ bytes: [UInt8], path: String, maxRecordSize: Int = DocumentLoader.defaultMaxDocumentSize) -> LoadResult {
        var result = LoadResult()
        var start = 0
        var lineNumber = 0
        // Skip a byte-order mark.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            guard line.contains(where: { !(TextLines.isSpace($0) || $0 == 0x0D) }) else { continue }
            let where_ = "\(path):\(lineNumber)"
            do throws(TimelineError) {
                if line.count > maxRecordSize {
                    throw DocumentLoader.tooLarge(where_, line.count, limit: maxRecordSize)
                }
                result.documents.append(try record(line, path: path, location: where_, warnings: &result.warnings))
            } catch {
                result.errors.append(error)
            }
        }
        return result
    }

    private func record(_ line: ArraySlice<UInt8>, path: String, location: String,
                        warnings: inout [TimelineWarning]) throws(TimelineError) -> Document {
        if let bad = UTF8Validation.firstInvalidByte(in: line) {
            throw .malformed(path: location, reason: "not valid UTF-8 (bad byte at column \(bad + 1))")
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(line))
        } catch {
            throw .malformed(path: location, reason: "not valid JSON: \(Self.preview(line))")
        }
        guard let object = json as? [String: Any] else {
            throw .malformed(path: location, reason: "expected a JSON object ({...}) with a \"text\" field")
        }
        var fields = [String: String]()
        for (key, value) in object {
            switch value {
            case let s as String: fields[key.lowercased()] = s
            case let n as NSNumber where !(value is Bool): fields[key.lowercased()] = n.stringValue
            case let o as [String: Any]:
                // "source": {"name": "Reuters"}
                if let name = o["name"] as? String { fields[key.lowercased()] = name }
            default: break
            }
        }
        let textNames = lexicon.names(for: "text")
        guard let name = textNames.first(where: { fields[$0] != nil }), let raw = fields[name] else {
            throw .malformed(path: location, reason: "no article text: expected a \"\(textNames.joined(separator: "\", \""))\" field")
        }
        fields.removeValue(forKey: name)
        let text = String(decoding: UTF8Validation.normalized(Array(raw.utf8)), as: UTF8.self)
        let id = lexicon.names(for: "id").lazy.compactMap { fields[$0].flatMap(HTMLReader.clean) }.first
        let documentPath = id.map { "\(path)#\($0)" } ?? location
        do {
            return try plain.document(body: text, fields: fields, path: documentPath, format: .jsonl, fieldOrigin: "JSON",
                                      warnings: &warnings)
        } catch {
            throw .malformed(path: location, reason: "the \"\(name)\" field is empty")
        }
    }

    /// The start of a bad line, for the error message.
    private static func preview(_ line: ArraySlice<UInt8>) -> String {
        let text = String(decoding: line.prefix(60), as: UTF8.self)
        return "'" + text + (line.count > 60 ? "...'" : "'")
    }
}
