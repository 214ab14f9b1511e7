/// Renders the timeline's events as CSV (`timeline export --format csv`), one
/// row per event in timeline order, for a spreadsheet.
///
/// RFC 4180: CRLF line ends, a header row, a field quoted (and its quotes
/// doubled) when it holds a comma, a quote, CR or LF. Newlines inside a field
/// are kept as they are (quoted). Multi-valued columns (actors, documents)
/// are joined with `; `. Dates are ISO days, so they sort as text.
public enum CSVRenderer {
    static let header = ["id", "date", "granularity", "earliest", "latest", "basis", "type", "summary", "actors",
                         "actor_ids", "sources", "documents", "first_sentence", "date_explanation", "conflicts"]

    public static func render(_ t: Timeline) -> String {
        let names = Dictionary(t.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var out = row(header)
        for event in t.events {
            var documents = [String]()
            for source in event.sources where !documents.contains(source.document) { documents.append(source.document) }
            out += row([
                event.id,
                event.date?.value ?? "",
                event.date?.granularity.rawValue ?? "",
                event.date?.earliest?.description ?? "",
                event.date?.latest?.description ?? "",
                event.date?.basis.rawValue ?? "",
                event.type,
                event.summary,
                event.actors.map { names[$0] ?? $0 }.joined(separator: "; "),
                event.actors.joined(separator: "; "),
                String(event.sources.count),
                documents.joined(separator: "; "),
                event.sources.first?.sentence ?? "",
                event.date?.explanation ?? "",
                (event.date?.conflicts ?? []).map { $0.document + " says " + $0.value }.joined(separator: "; "),
            ])
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when RFC 4180 requires it.
    static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
