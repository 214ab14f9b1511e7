import Foundation

/// Renders a story's key dates (`timeline summarize`): plain text, Markdown
/// or the JSON other tools read.
public enum SummaryRenderer {
    /// "2010-04-20" then each sentence indented, a blank line between dates.
    public static func text(_ summary: StorySummary) -> String {
        var out = ""
        for k in summary.timeline {
            if !out.isEmpty { out += "\n" }
            out += k.date + "\n"
            for s in k.sentences { out += "    " + RenderText.oneLine(s) + "\n" }
        }
        return out
    }

    /// A list: each date in bold with its sentences.
    public static func markdown(_ summary: StorySummary) -> String {
        var out = "# Key dates\n\n"
        for k in summary.timeline {
            out += "- **" + DigestRenderer.md(k.date) + "** " + k.sentences.map { DigestRenderer.md(RenderText.oneLine($0)) }
                .joined(separator: " ") + "\n"
        }
        return out
    }

    /// `{"timeline": [{"date", "sentences", "events", "salience", "explanation"}]}`, keys sorted.
    public static func json(_ summary: StorySummary) throws(TimelineError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
        } catch {
            throw .writeFailed(path: "summary", reason: "cannot encode the summary as JSON: \(error)")
        }
    }
}
