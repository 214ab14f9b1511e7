import Foundation

/// Renders a timeline as Knight Lab TimelineJS JSON (`timeline export
/// --format timelinejs`), so a newsroom can publish it with TimelineJS.
///
/// Each dated event gives `start_date` (and `end_date` for a span) at its
/// real precision: a day as year/month/day, a month as year/month, a year as
/// a year; a week or quarter as its first and last day. `display_date` is the
/// date as the timeline writes it (`2019-W04`, `2019-Q2`), `group` the event
/// type, `text.text` HTML (escaped) with the actors, how the date was reached
/// and each source sentence. `media` is set when the first source's path is a
/// web URL (TimelineJS shows it as a link card), credited to its title.
/// Events with no known bound cannot be placed by TimelineJS and are left
/// out; the title slide says how many.
public enum TimelineJSRenderer {
    public static func render(_ t: Timeline) throws(TimelineError) -> String {
        let names = Dictionary(t.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let documents = Dictionary(t.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let e = MarkupEscape.text
        var events = [[String: Any]]()
        var skipped = 0
        for event in t.events {
            guard let date = event.date, let placement = EventPlacement(date) else {
                skipped += 1
                continue
            }
            var entry: [String: Any] = ["unique_id": event.id, "group": event.type, "display_date": date.value]
            let (start, end) = dates(date, placement)
            entry["start_date"] = start
            if let end { entry["end_date"] = end }
            var html = "<p>" + e(DigestRenderer.dateLine(date)) + "</p>"
            for conflict in date.conflicts { html += "<p><b>Conflict:</b> " + e(conflict.document + " says " + conflict.value) + "</p>" }
            if !event.actors.isEmpty {
                html += "<p><b>Actors:</b> " + e(event.actors.map { RenderText.oneLine(names[$0] ?? $0) }.joined(separator: ", ")) + "</p>"
            }
            for source in event.sources {
                let document = documents[source.document]
                var cite = e(source.document)
                if let title = document?.title, !title.isEmpty { cite += " <i>" + e(RenderText.shorten(title, to: 90)) + "</i>" }
                if let url = document.flatMap({ HTMLRenderer.webURL($0.path) }) {
                    cite = "<a href=\"" + MarkupEscape.attribute(url) + "\">" + cite + "</a>"
                }
                html += "<blockquote>" + e(RenderText.oneLine(source.sentence)) + "<br>— " + cite + "</blockquote>"
            }
            entry["text"] = ["headline": RenderText.oneLine(RenderText.summary(event)), "text": html]
            if let document = event.sources.first.flatMap({ documents[$0.document] }), let url = HTMLRenderer.webURL(document.path) {
                entry["media"] = ["url": url, "caption": RenderText.oneLine(document.title), "credit": document.id]
            }
            events.append(entry)
        }
        var intro = "\(events.count) dated event\(events.count == 1 ? "" : "s") from \(t.documents.count) document\(t.documents.count == 1 ? "" : "s")"
        if skipped > 0 { intro += "; \(skipped) without a placeable date left out" }
        let root: [String: Any] = [
            "title": ["text": ["headline": HTMLRenderer.pageTitle(t), "text": "<p>" + e(intro + ".") + "</p>"]],
            "events": events,
        ]
        do {
            let data = try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw .writeFailed(path: "timeline.timelinejs.json", reason: "cannot encode TimelineJS JSON: \(error)")
        }
    }

    /// TimelineJS date objects (strings, as its own examples use) at the
    /// date's precision; an end only when the event spans more than its start says.
    static func dates(_ date: EventDate, _ p: EventPlacement) -> (start: [String: String], end: [String: String]?) {
        func ymd(_ d: Day) -> [String: String] { ["year": String(d.year), "month": String(d.month), "day": String(d.day)] }
        func ym(_ d: Day) -> [String: String] { ["year": String(d.year), "month": String(d.month)] }
        let wholeMonth = p.start.day == 1 && p.end == p.end.lastOfMonth
        let wholeYear = wholeMonth && p.start.month == 1 && p.end.month == 12
        if p.openStart || p.openEnd { return (ymd(p.start), nil) }
        switch date.granularity {
        case .day where p.days == 1: return (ymd(p.start), nil)
        case .month where wholeMonth && p.start.month == p.end.month && p.start.year == p.end.year: return (ym(p.start), nil)
        case .year where wholeYear && p.start.year == p.end.year: return (["year": String(p.start.year)], nil)
        default:
            if wholeYear { return (["year": String(p.start.year)], ["year": String(p.end.year)]) }
            if wholeMonth { return (ym(p.start), ym(p.end)) }
            return (ymd(p.start), p.days == 1 ? nil : ymd(p.end))
        }
    }
}
