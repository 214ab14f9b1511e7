import Foundation
import TimelineKit

/// The web-page evaluation folders (`web-pages/extraction`, `web-pages/dates`):
/// gzipped pages as served and an `expected.json` mapping each page's URL to
/// its file name (without `.gz`) and what is expected of it.
enum WebPageCorpus {
    struct Entry {
        var url: String
        var file: String
        var fields: [String: Any]
    }

    /// The entries of `DIR/expected.json`, sorted by file name.
    static func entries(_ directory: String) throws(TimelineError) -> [Entry] {
        let path = (directory as NSString).appendingPathComponent("expected.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no expected.json in this folder")
        }
        guard let map = (try? JSONSerialization.jsonObject(with: data)) as? [String: [String: Any]] else {
            throw .malformed(path: path, reason: "expected a JSON object of URL -> {file, ...}")
        }
        return map.compactMap { url, fields in
            (fields["file"] as? String).map { Entry(url: url, file: $0, fields: fields) }
        }.sorted { $0.file < $1.file }
    }

    /// The page's bytes, decompressed: `file.gz` (or `file` itself); the
    /// corpus names some `.htm.gz` pages `.html`.
    static func bytes(_ entry: Entry, in directory: String) throws(TimelineError) -> [UInt8] {
        let base = (directory as NSString).appendingPathComponent(entry.file)
        let stem = (base as NSString).deletingPathExtension
        for candidate in [base + ".gz", base, stem + ".htm.gz", stem + ".html.gz"] {
            guard let data = FileManager.default.contents(atPath: candidate) else { continue }
            return try DocumentLoader.decompressed([UInt8](data), path: candidate)
        }
        throw .unreadable(path: base + ".gz", reason: "no such file")
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
