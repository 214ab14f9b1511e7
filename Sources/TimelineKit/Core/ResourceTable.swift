import Foundation

/// Reads the plain-text tables in `Resources/` that hold the linguistic
/// knowledge (month words, title words, aliases, trigger words, ...).
///
/// Format: one row per line, fields separated by tabs (runs of tabs count
/// as one), `#` starts a comment line, blank lines are skipped. The engines
/// never name a word; they read these rows.
public enum ResourceTable {
    /// The rows of `Resources/<name>` (for example `time/months.tsv`).
    ///
    /// A missing table is a packaging error, not a user error, so it stops
    /// the program with the table's name.
    public static func rows(_ name: String) -> [[String]] {
        guard let text = contents(name) else {
            fatalError("timeline: resource table \(name) is missing from the TimelineKit bundle")
        }
        return parse(text)
    }

    /// The words of `Resources/<name>`: a table of words, one or several on a line separated by spaces.
    public static func words(_ name: String) -> Set<String> {
        Set(rows(name).flatMap { $0.flatMap { $0.split(separator: " ").map(String.init) } })
    }

    /// Parses table text (exposed for tests).
    public static func parse(_ text: String) -> [[String]] {
        var rows = [[String]]()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: true).map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        }
        return rows
    }

    /// The raw text of a resource, or nil.
    public static func contents(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: "Resources/" + name, withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/" + name)
        else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
