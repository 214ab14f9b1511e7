import Foundation
import TimelineKit

/// How well the HTML reader keeps a page's main text and drops its furniture,
/// scored as trafilatura's evaluation does: each page lists snippets that
/// belong to the main text ("with": must be kept) and snippets of page
/// furniture ("without": must be dropped). A snippet is kept when it occurs
/// in the extracted text, white space collapsed on both sides; the title is
/// the document's title, not part of the text scored.
public struct ExtractionEvaluation: Sendable, CustomStringConvertible {
    public struct Page: Sendable, CustomStringConvertible {
        public var file: String
        /// "with" snippets lost.
        public var lost: [String]
        /// "without" snippets left in.
        public var leaked: [String]
        /// Why the page could not be read at all.
        public var error: String?

        public var description: String {
            var s = file
            if let error { s += "  error: " + error }
            for l in lost { s += "\n    lost:   " + String(l.prefix(100)) }
            for l in leaked { s += "\n    leaked: " + String(l.prefix(100)) }
            return s
        }
    }

    public var pages = 0
    public var with = 0
    public var kept = 0
    public var without = 0
    public var dropped = 0
    /// HTML bytes read (decompressed) and the seconds the reader took.
    public var bytes = 0
    public var seconds = 0.0
    /// The pages that lose a "with" or leak a "without" snippet.
    public var failures: [Page] = []

    public var keptRate: Double { with == 0 ? 0 : Double(kept) / Double(with) }
    public var droppedRate: Double { without == 0 ? 0 : Double(dropped) / Double(without) }

    public var description: String {
        """
        pages \(pages), failing \(failures.count)
        "with" snippets kept      \(kept) / \(with)  \(String(format: "%.1f", keptRate * 100)) %
        "without" snippets dropped \(dropped) / \(without)  \(String(format: "%.1f", droppedRate * 100)) %
        reader speed \(String(format: "%.1f", seconds == 0 ? 0 : Double(bytes) / 1e6 / seconds)) MB/s of HTML (\(String(format: "%.1f", Double(bytes) / 1e6)) MB)
        """
    }
}

public enum ExtractionEvaluator {
    /// Scores the reader on a folder laid out as `web-pages/extraction`.
    public static func evaluate(directory: String) throws(TimelineError) -> ExtractionEvaluation {
        var result = ExtractionEvaluation()
        let reader = HTMLReader()
        let clock = ContinuousClock()
        for entry in try WebPageCorpus.entries(directory) {
            let with = entry.fields["with"] as? [String] ?? []
            let without = entry.fields["without"] as? [String] ?? []
            result.pages += 1
            result.with += with.count
            result.without += without.count
            var page = ExtractionEvaluation.Page(file: entry.file, lost: [], leaked: [])
            var text = ""
            do {
                let bytes = try WebPageCorpus.bytes(entry, in: directory)
                let start = clock.now
                let read = try reader.read(bytes, path: entry.file)
                result.seconds += WebPageCorpus.seconds(clock.now - start)
                result.bytes += bytes.count
                text = collapsed(read.body.joined(separator: "\n"))
            } catch {
                page.error = error.description
            }
            for snippet in with {
                if text.contains(collapsed(snippet)) { result.kept += 1 } else { page.lost.append(snippet) }
            }
            for snippet in without {
                if text.contains(collapsed(snippet)) { page.leaked.append(snippet) } else { result.dropped += 1 }
            }
            if !page.lost.isEmpty || !page.leaked.isEmpty || page.error != nil { result.failures.append(page) }
        }
        return result
    }

    /// White space runs as one space, trimmed.
    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
