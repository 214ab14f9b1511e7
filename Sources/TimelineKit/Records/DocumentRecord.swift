import Foundation

/// What the map gives for one document: everything the cross-document
/// stages (actor resolution, events with canonical names, publication
/// inference, story, merge) need from it, so a timeline can be folded from
/// records written by many processes (`timeline extract --format records`,
/// `timeline merge`, the store of `timeline add`).
///
/// It keeps the document's metadata, its publication date as the map found
/// it (candidates, folders, `--dct`), its time expressions resolved against
/// that date and its actor mentions (before resolution). It keeps the text
/// but not the token stream: the reduce re-reads the text's sentences and
/// parses those with an event trigger (events name actors by their
/// canonical names across documents, and articles dated by inference are
/// read again), and the text is smaller than its tokens and quicker to
/// split again than tokens are to decode.
///
/// Encoded as one line of JSON with sorted keys: the same record gives the
/// same bytes.
public struct DocumentRecord: Sendable, Hashable, Codable {
    /// The format of records; a reader refuses another.
    public static let currentVersion = 1

    public var version: Int
    /// SHA-256 (hex) of the document as loaded (path, part, metadata, text): the store's key.
    public var hash: String
    public var path: String
    /// Which document of its file (a feed item, a JSON Lines record, a web
    /// archive response): 0 for a one-article file.
    public var part: Int
    public var title: String
    public var text: String
    public var format: DocumentFormat
    public var source: String?
    public var url: String?
    public var authors: [String]
    public var notAfter: Day?
    /// The candidates the loader found, kept for the record's reader (the publication below is what counts).
    public var dateCandidates: [DateCandidate]
    /// The publication date the map settled on, or nil: the reduce may infer one.
    public var published: Publication?
    public var timexes: [TimeExpression]
    /// Actor mentions with the recognizer's own ids and kinds, resolved across documents by the reduce.
    public var actorMentions: [ActorMention]

    /// The record of a mapped document. `part`: its index among its file's
    /// documents; `hash`: ``hash(of:part:)`` of the document as loaded.
    public init(_ a: AnalyzedDocument, hash: String, part: Int) {
        version = Self.currentVersion
        self.hash = hash
        path = a.document.path
        self.part = part
        title = a.document.title
        text = a.document.text
        format = a.document.format
        source = a.document.source
        url = a.document.url
        authors = a.document.authors
        notAfter = a.document.notAfter
        dateCandidates = a.document.dateCandidates
        published = a.document.published
        timexes = a.timexes
        actorMentions = a.actorMentions
    }

    /// The document again, with an empty id (the merge numbers documents in order).
    public var document: Document {
        var d = Document(id: "", path: path, title: title, text: text, format: format, source: source,
                         published: published, dateCandidates: dateCandidates, authors: authors, url: url)
        d.notAfter = notAfter
        return d
    }

    /// The content hash of a loaded document: what the map reads from it, so
    /// the same article loaded again has the same hash and need not be mapped again.
    public static func hash(of d: Document, part: Int) -> String {
        var h = SHA256()
        func field(_ s: String?) {
            guard let s else { h.update([0xFF]); return }
            var n = UInt64(s.utf8.count)
            h.update(withUnsafeBytes(of: &n) { Array($0) })
            h.update(Array(s.utf8))
        }
        field("timeline-record-\(currentVersion)")
        field(d.path)
        field(String(part))
        field(d.title)
        field(d.text)
        field(d.format.rawValue)
        field(d.source)
        field(d.url)
        field(d.authors.joined(separator: "\u{0}"))
        field(d.notAfter?.description)
        field(d.published.map { "\($0.value.value)|\($0.basis.rawValue)|\($0.explanation)" })
        for c in d.dateCandidates { field("\(c.text)|\(c.basis.rawValue)|\(c.origin)") }
        return h.hexDigest()
    }

    /// Orders records as `timeline build` orders the files of a folder: by
    /// path, folder by folder (each name compared as the folder walk sorts
    /// names), then by part.
    public static func precedes(_ a: DocumentRecord, _ b: DocumentRecord) -> Bool {
        if a.path != b.path {
            let x = a.path.split(separator: "/", omittingEmptySubsequences: false)
            let y = b.path.split(separator: "/", omittingEmptySubsequences: false)
            for (p, q) in zip(x, y) where p != q { return String(p) < String(q) }
            if x.count != y.count { return x.count < y.count }
            return a.path < b.path
        }
        if a.part != b.part { return a.part < b.part }
        return a.hash < b.hash
    }
}

/// Records as JSON Lines: one record a line, keys sorted.
public enum RecordCoding {
    public static func encode(_ record: DocumentRecord) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(record)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// The records of a JSON Lines file's bytes; a line that is no record of this version throws, naming it.
    public static func decode(_ data: Data, path: String) throws(TimelineError) -> [DocumentRecord] {
        let decoder = JSONDecoder()
        var records = [DocumentRecord]()
        var line = 0
        var start = data.startIndex
        while start < data.endIndex {
            line += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let slice = data[start..<end]
            start = end == data.endIndex ? end : data.index(after: end)
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record: DocumentRecord
            do {
                record = try decoder.decode(DocumentRecord.self, from: Data(slice))
            } catch {
                throw .malformed(path: "\(path):\(line)", reason: "not a document record (\(Self.reason(error)))")
            }
            guard record.version == DocumentRecord.currentVersion else {
                throw .malformed(path: "\(path):\(line)",
                                 reason: "a record of version \(record.version); this timeline reads version \(DocumentRecord.currentVersion): extract the articles again")
            }
            records.append(record)
        }
        return records
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "wrong value at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "not JSON"
        default: return "\(error)"
        }
    }

    /// Records folded into one set: each document once (by hash), in
    /// ``DocumentRecord/precedes(_:_:)`` order. Associative and commutative,
    /// so partial merges can be merged again, in any grouping.
    public static func union(_ groups: [[DocumentRecord]]) -> [DocumentRecord] {
        var seen = Set<String>()
        var result = [DocumentRecord]()
        for group in groups {
            for r in group where seen.insert(r.hash).inserted { result.append(r) }
        }
        return result.sorted(by: DocumentRecord.precedes)
    }
}

extension Pipeline {
    /// The reduce over records: each document's text split again (the
    /// record's time expressions and mentions kept as they are), numbered
    /// `d1`, `d2`, ... in record order, then the cross-document stages.
    public func run(records: [DocumentRecord]) -> PipelineResult {
        let analyzer = self.analyzer
        let indexed = Array(records.enumerated())
        let mapped = indexed.parallelMap { i, r -> AnalyzedDocument in
            var d = r.document
            d.id = "d\(i + 1)"
            return AnalyzedDocument(document: d, analysis: analyzer.analyze(d.text, hasTitleLine: d.hasTitleLine),
                                    timexes: r.timexes, actorMentions: r.actorMentions).mapped()
        }
        return reduce(consume mapped)
    }
}
