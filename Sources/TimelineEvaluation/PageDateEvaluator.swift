import Foundation
import TimelineKit

/// Exact-day accuracy of the publication date found in web pages (as the
/// htmldate project scores its tool): the loader's candidates, in their
/// order of trust, dated by the pipeline's publication dater.
public struct PageDateEvaluation: Sendable, CustomStringConvertible {
    public struct Miss: Sendable, CustomStringConvertible {
        public var file: String
        public var expected: String
        public var ours: String?
        public var explanation: String

        public var description: String { "\(file)  expected \(expected)  ours \(ours ?? "none")  \(explanation)" }
    }

    public var pages = 0
    public var correct = 0
    /// Pages given no date at all.
    public var undated = 0
    public var misses: [Miss] = []

    public var accuracy: Double { pages == 0 ? 0 : Double(correct) / Double(pages) }

    public var description: String {
        "pages \(pages), exact day \(correct) (\(String(format: "%.1f", accuracy * 100)) %), wrong \(pages - correct - undated), none \(undated)"
    }
}

public enum PageDateEvaluator {
    /// Scores the loader on a folder laid out as `web-pages/dates`; each page
    /// is read with its URL, as a crawl or a feed gives it (`withURL: false`:
    /// only what the page itself says).
    public static func evaluate(directory: String, withURL: Bool = true) throws(TimelineError) -> PageDateEvaluation {
        var result = PageDateEvaluation()
        let loader = DocumentLoader()
        let dater = PublicationDater(tagger: TimeTagger())
        for entry in try WebPageCorpus.entries(directory) {
            guard let expected = entry.fields["date"] as? String else { continue }
            result.pages += 1
            var ours: String?
            var explanation = ""
            do {
                let bytes = try WebPageCorpus.bytes(entry, in: directory)
                let loaded = try loader.load(bytes, path: entry.file, url: withURL ? entry.url : nil)
                if let document = loaded.documents.first, let p = dater.publication(for: document, dct: nil) {
                    ours = p.value.earliest == p.value.latest ? p.value.earliest?.description : p.value.value
                    explanation = p.explanation
                }
            } catch {
                explanation = error.description
            }
            if ours == nil { result.undated += 1 }
            if ours == expected { result.correct += 1 } else {
                result.misses.append(.init(file: entry.file, expected: expected, ours: ours, explanation: explanation))
            }
        }
        return result
    }
}
