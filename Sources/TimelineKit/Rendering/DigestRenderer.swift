/// The two shapes of the chronological digest.
public enum DigestFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text (`digest.txt`): every entry's first line starts with its TimeML value.
    case text
    /// Markdown with a heading per year and per month.
    case markdown
}

/// Renders a timeline as a chronological digest a person reads top to bottom.
///
/// Each entry gives the date value, the summary, how the date was reached
/// (basis, explanation, any disagreement between sources), the actors by name
/// and every source: document id, title and the sentence, shortened when long.
/// Dated events come in the timeline's order; undated events come last under
/// their own heading; the documents read are listed at the end.
public enum DigestRenderer {
    /// Longest quoted sentence, in scalars, before it is shortened with an ellipsis.
    static let sentenceLimit = 220
    /// Longest document title shown with a source.
    static let titleLimit = 90
    /// Events listed under a key date (the most salient).
    static let keyDateEvents = 3

    public static func render(_ t: Timeline, format: DigestFormat = .text) -> String {
        let context = Context(t)
        switch format {
        case .text: return renderText(t, context)
        case .markdown: return renderMarkdown(t, context)
        }
    }

    /// Lookups shared by both formats.
    struct Context {
        var actorNames: [String: String] = [:]
        var titles: [String: String] = [:]
        var paths: [String: String] = [:]

        init(_ t: Timeline) {
            for actor in t.actors { actorNames[actor.id] = actor.name }
            for document in t.documents {
                titles[document.id] = document.title
                paths[document.id] = document.path
            }
        }

        func actors(_ event: TimelineEvent) -> String {
            event.actors.map { RenderText.oneLine(actorNames[$0] ?? $0) }.joined(separator: ", ")
        }

        func title(_ document: String) -> String {
            RenderText.shorten(titles[document] ?? "", to: DigestRenderer.titleLimit)
        }
    }

    // MARK: Plain text

    private static func renderText(_ t: Timeline, _ context: Context) -> String {
        var out = header(t) + "\n"
        if !t.keyDates.isEmpty {
            out += "\nKey dates\n---------\n"
            let summaries = Dictionary(t.events.map { ($0.id, RenderText.summary($0)) }, uniquingKeysWith: { a, _ in a })
            for k in t.keyDates {
                out += "\n" + k.date + "  " + RenderText.oneLine(k.explanation) + "\n"
                for sentence in k.sentences { out += "    " + RenderText.oneLine(sentence) + "\n" }
                for id in k.events.prefix(keyDateEvents) {
                    out += "    event " + id + ": " + RenderText.oneLine(summaries[id] ?? "") + "\n"
                }
            }
            out += "\nAll events\n----------\n"
        }
        let dated = t.events.filter { $0.date != nil }
        let undated = t.events.filter { $0.date == nil }
        for event in dated { out += "\n" + textEntry(event, lead: RenderText.dateLabel(event.date), context) }
        if !undated.isEmpty {
            out += "\nUndated events\n--------------\n"
            for event in undated { out += "\n" + textEntry(event, lead: "undated", context) }
        }
        // How each date was reached comes after the listing, so that every date
        // written in an entry is that entry's own and the listing reads in order.
        let explained = dated.filter { !RenderText.oneLine($0.date!.explanation).isEmpty }
        if !explained.isEmpty {
            out += "\nHow the dates were reached\n--------------------------\n"
            for event in explained {
                out += event.id + "  " + event.date!.value + ": " + RenderText.oneLine(event.date!.explanation) + "\n"
            }
        }
        if !t.documents.isEmpty {
            out += "\nDocuments\n---------\n"
            for document in t.documents { out += documentLine(document) + "\n" }
        }
        return out
    }

    private static func textEntry(_ event: TimelineEvent, lead: String, _ context: Context) -> String {
        let pad = String(repeating: " ", count: max(1, 12 - lead.unicodeScalars.count))
        var out = lead + pad + RenderText.oneLine(RenderText.summary(event)) + "\n"
        let indent = "    "
        out += indent + "type: " + RenderText.oneLine(event.type) + "\n"
        if let date = event.date {
            out += indent + "date: " + dateLine(date, explained: false) + " (" + event.id + " below)\n"
            for conflict in date.conflicts {
                out += indent + "conflict: " + conflict.document + " says " + conflict.value + "\n"
            }
        }
        if !event.actors.isEmpty { out += indent + "actors: " + context.actors(event) + "\n" }
        if !event.salienceExplanation.isEmpty {
            out += indent + "salience: " + String(format: "%.2f", event.salience) + " (" + RenderText.oneLine(event.salienceExplanation) + ")\n"
        }
        for source in event.sources {
            out += indent + "source: " + source.document
            let title = context.title(source.document)
            if !title.isEmpty { out += " (" + title + ")" }
            out += ": \"" + RenderText.shorten(source.sentence, to: sentenceLimit) + "\"\n"
        }
        return out
    }

    // MARK: Markdown

    private static func renderMarkdown(_ t: Timeline, _ context: Context) -> String {
        var out = "# Timeline\n\n" + md(header(t)) + "\n"
        if !t.keyDates.isEmpty {
            out += "\n## Key dates\n"
            let summaries = Dictionary(t.events.map { ($0.id, RenderText.summary($0)) }, uniquingKeysWith: { a, _ in a })
            for k in t.keyDates {
                out += "\n- **" + md(k.date) + "** " + md(RenderText.oneLine(k.sentences.first ?? "")) + "\n"
                for sentence in k.sentences.dropFirst() { out += "  - " + md(RenderText.oneLine(sentence)) + "\n" }
                for id in k.events.prefix(keyDateEvents) {
                    out += "  - event " + md(id) + ": " + md(RenderText.oneLine(summaries[id] ?? "")) + "\n"
                }
                out += "  - *" + md(RenderText.oneLine(k.explanation)) + "*\n"
            }
            out += "\n## All events\n"
        }

        // Years, each with its coarse events (a year, a quarter: no single
        // month holds them) and then its months, in time order.
        struct Year {
            var coarse: [TimelineEvent] = []
            var months: [Int: [TimelineEvent]] = [:]
        }
        var years = [Int: Year]()
        var unplaced = [TimelineEvent]()
        var undated = [TimelineEvent]()
        for event in t.events {
            guard let date = event.date else {
                undated.append(event)
                continue
            }
            guard let placement = EventPlacement(date) else {
                unplaced.append(event)
                continue
            }
            let year = placement.start.year
            if date.granularity < .month || date.granularity == .other && placement.days > 31 {
                years[year, default: Year()].coarse.append(event)
            } else {
                years[year, default: Year()].months[placement.start.month, default: []].append(event)
            }
        }
        for year in years.keys.sorted() {
            let group = years[year]!
            out += "\n## " + Day.pad(year, 4) + "\n\n"
            for event in group.coarse { out += markdownEntry(event, lead: RenderText.dateLabel(event.date), context) }
            for month in group.months.keys.sorted() {
                out += "\n### " + RenderTables.months[month].long + " " + Day.pad(year, 4) + "\n\n"
                for event in group.months[month]! { out += markdownEntry(event, lead: RenderText.dateLabel(event.date), context) }
            }
        }
        if !unplaced.isEmpty {
            out += "\n## Dates that cannot be placed\n\n"
            for event in unplaced { out += markdownEntry(event, lead: RenderText.dateLabel(event.date), context) }
        }
        if !undated.isEmpty {
            out += "\n## Undated events\n\n"
            for event in undated { out += markdownEntry(event, lead: "undated", context) }
        }
        if !t.documents.isEmpty {
            out += "\n## Documents\n\n"
            for document in t.documents {
                out += "- " + md(documentLine(document))
                if !document.path.isEmpty { out += " [open](" + linkTarget(document.path) + ")" }
                out += "\n"
            }
        }
        return out
    }

    private static func markdownEntry(_ event: TimelineEvent, lead: String, _ context: Context) -> String {
        var out = "- **" + md(lead) + "** " + md(RenderText.oneLine(RenderText.summary(event))) + " *(" + md(RenderText.oneLine(event.type)) + ")*\n"
        if let date = event.date {
            out += "  - date: " + md(dateLine(date, explained: true)) + "\n"
            for conflict in date.conflicts {
                out += "  - **conflict:** " + md(conflict.document + " says " + conflict.value) + "\n"
            }
        }
        if !event.actors.isEmpty { out += "  - actors: " + md(context.actors(event)) + "\n" }
        if !event.salienceExplanation.isEmpty {
            out += "  - salience: " + String(format: "%.2f", event.salience) + " (" + md(RenderText.oneLine(event.salienceExplanation)) + ")\n"
        }
        for source in event.sources {
            var cite = md(source.document)
            let title = context.title(source.document)
            if !title.isEmpty { cite += " *" + md(title) + "*" }
            if let path = context.paths[source.document], !path.isEmpty { cite = "[" + cite + "](" + linkTarget(path) + ")" }
            out += "  - source: " + cite + ": “" + md(RenderText.shorten(source.sentence, to: sentenceLimit)) + "”\n"
        }
        return out
    }

    /// A Markdown link destination for a document: its URL, or its path as
    /// given (relative to where the command ran), with the characters that
    /// would end or break the destination percent-encoded.
    static func linkTarget(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes the characters Markdown would read as markup.
    static func md(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "*", "_", "`", "[", "]", "<", "#", "|": out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: Shared pieces

    private static func header(_ t: Timeline) -> String {
        let dated = t.events.filter { $0.date != nil }.count
        var line = "Timeline of \(t.events.count) event\(t.events.count == 1 ? "" : "s") from \(t.documents.count) document\(t.documents.count == 1 ? "" : "s")"
        let placements = t.events.compactMap { $0.date.flatMap(EventPlacement.init) }
        // In words: the listing's first numeric dates are its first entry's.
        if let first = placements.map(\.start).min(), let last = placements.map(\.end).max() {
            line += ", " + RenderTables.months[first.month].long + " " + String(first.year)
                + " to " + RenderTables.months[last.month].long + " " + String(last.year)
        }
        if dated < t.events.count { line += " (\(t.events.count - dated) undated)" }
        line += "."
        let offTopic = t.documents.filter(\.offTopic)
        if !offTopic.isEmpty {
            line += " \(offTopic.count) document\(offTopic.count == 1 ? " was judged off-topic and gives" : "s were judged off-topic and give") no events ("
                + offTopic.prefix(8).map(\.id).joined(separator: ", ") + (offTopic.count > 8 ? ", ..." : "") + ")."
        }
        return line
    }

    /// `month, stated, 2018-12-01..2018-12-31: in December 2018 (d3, stated)`;
    /// without the explanation when `explained` is false.
    static func dateLine(_ date: EventDate, explained: Bool = true) -> String {
        var line = date.granularity.rawValue + ", " + date.basis.rawValue
        if date.earliest == nil && date.latest == nil {
            line += ", bounds unknown"
        } else if date.granularity != .day || date.earliest != date.latest {
            line += ", " + (date.earliest?.description ?? "?") + ".." + (date.latest?.description ?? "?")
        }
        let explanation = RenderText.oneLine(date.explanation)
        if explained && !explanation.isEmpty { line += ": " + explanation }
        return line
    }

    private static func documentLine(_ document: TimelineDocument) -> String {
        var line = document.id + "  " + RenderText.oneLine(document.title) + "  [" + document.path + "]"
        if document.offTopic { line += "  off-topic" }
        if let published = document.published {
            line += "  published " + published.value + " (" + published.basis.rawValue + ")"
        } else {
            line += "  publication date unknown"
        }
        return line
    }
}
