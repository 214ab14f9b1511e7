/// Renders a timeline as one self-contained HTML page (`timeline.html`): the
/// SVG timeline inline, then a searchable, filterable list of every event
/// with its date explanation, actors and sources.
///
/// Nothing is fetched: the CSS and a small vanilla script are inline, no font
/// is loaded, no link points at a network resource except a source's own URL.
/// Every piece of text from the articles goes through ``MarkupEscape``, so a
/// `<script>` in an article stays text; the script itself is a constant and
/// reads the events only from the DOM (`data-*` attributes). Without
/// JavaScript the page still shows every event.
///
/// The filters (text, actor, type, date range) can be set from the URL's
/// query (`?q=meng&actor=huawei&type=arrest&since=2019-01-01&until=2019-06-30`),
/// which makes the page testable headless and filtered views shareable.
/// Keys: `/` focuses the search, `j`/`k` (or arrow keys) move between the
/// listed events, `Enter` shows the focused event on the SVG, `Escape` clears.
/// An event inside a "+N more" group of the SVG has no marker of its own:
/// showing it highlights its group and says so under the chart. The filters
/// dim on the chart the events they leave out, and the groups none of whose
/// events is left. A link to `#item-ID` opens the page with that event shown.
///
/// Weight: the search reads each item's text from the DOM rather than from a
/// copy in an attribute (a quarter of the page on 1,800 events), and list
/// items off screen are not laid out (`content-visibility`) until scrolled to.
public enum HTMLRenderer {
    public static func render(_ t: Timeline, svg: SVGOptions = SVGOptions()) throws(TimelineError) -> String {
        let svgText = try SVGRenderer.render(t, options: svg)
        let names = Dictionary(t.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let documents = Dictionary(t.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let e: (String) -> String = MarkupEscape.text, a: (String) -> String = MarkupEscape.attribute

        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"timeline\">\n"
        out += "<title>" + e(pageTitle(t)) + "</title>\n<style>\n" + HTMLAssets.css + "</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>" + e(pageTitle(t)) + "</h1>\n<p class=\"muted\">" + e(summaryLine(t)) + "</p>\n</header>\n"

        // Key events or all events: the story at a glance (its key dates, their chart), every event on demand.
        // Without the script both views show, one after the other.
        if !t.keyDates.isEmpty {
            out += "<nav id=\"views\" aria-label=\"View\"><button type=\"button\" data-view=\"key\">Key events</button>"
            out += "<button type=\"button\" data-view=\"all\">All events (" + String(t.events.count) + ")</button></nav>\n"
            var keyOptions = svg
            keyOptions.keyEvents = true
            keyOptions.idPrefix = "key-"
            out += "<figure id=\"chart-key\" class=\"view-key\">\n" + stripDeclaration(try SVGRenderer.render(t, options: keyOptions)) + "</figure>\n"
            out += keyDatesSection(t)
        }

        // The picture: the SVG without its XML declaration.
        out += "<figure id=\"chart\" class=\"view-all\">\n" + stripDeclaration(svgText)
        out += "<figcaption id=\"chart-note\" aria-live=\"polite\" hidden></figcaption>\n</figure>\n"

        // Filters.
        let typeCounts = Dictionary(t.events.map { ($0.type, 1) }, uniquingKeysWith: +)
        var actorCounts = [String: Int]()
        for event in t.events { for actor in Set(event.actors) { actorCounts[actor, default: 0] += 1 } }
        out += "<form id=\"filters\" class=\"view-all\" role=\"search\" onsubmit=\"return false\">\n"
        out += "<label>Search <input type=\"search\" id=\"q\" name=\"q\" placeholder=\"words in summary, actors, sources\" autocomplete=\"off\"></label>\n"
        out += "<label>Actor <select id=\"actor\" name=\"actor\"><option value=\"\">any</option>"
        let actors = actorCounts.keys.sorted { (x: String, y: String) -> Bool in
            let (cx, cy) = (actorCounts[x] ?? 0, actorCounts[y] ?? 0)
            return cx != cy ? cx > cy : (names[x] ?? x) < (names[y] ?? y)
        }
        for id in actors {
            let label: String = RenderText.oneLine(names[id] ?? id) + " (" + String(actorCounts[id] ?? 0) + ")"
            out += "<option value=\"" + a(id) + "\">" + e(label) + "</option>"
        }
        out += "</select></label>\n<label>Type <select id=\"type\" name=\"type\"><option value=\"\">any</option>"
        for type in typeCounts.keys.sorted() {
            let label: String = type + " (" + String(typeCounts[type] ?? 0) + ")"
            out += "<option value=\"" + a(type) + "\">" + e(label) + "</option>"
        }
        out += "</select></label>\n"
        out += "<label>From <input type=\"date\" id=\"since\" name=\"since\"></label>\n"
        out += "<label>To <input type=\"date\" id=\"until\" name=\"until\"></label>\n"
        out += "<button type=\"button\" id=\"clear\">Clear</button>\n"
        out += "<output id=\"count\" aria-live=\"polite\">" + String(t.events.count) + " of " + String(t.events.count) + " events</output>\n"
        out += "</form>\n<p class=\"keys muted view-all\">Keys: <kbd>/</kbd> search, <kbd>j</kbd>/<kbd>k</kbd> next/previous event, <kbd>Enter</kbd> show on the chart, <kbd>Esc</kbd> clear.</p>\n"

        // The list.
        out += "<ol id=\"events\" class=\"view-all\">\n"
        for event in t.events {
            let placement = event.date.flatMap(EventPlacement.init)
            let actorNames = event.actors.map { RenderText.oneLine(names[$0] ?? $0) }
            let svgID = SVGRenderer.elementID(event.id)
            let itemID: String = "item-" + String(svgID.dropFirst(6))
            out += "<li class=\"event\" tabindex=\"-1\" id=\"" + a(itemID) + "\""
            out += " data-svg=\"" + a(SVGRenderer.elementID(event.id)) + "\" data-type=\"" + a(event.type) + "\""
            out += " data-actors=\"" + a(event.actors.joined(separator: " ")) + "\""
            if let placement {
                out += " data-start=\"" + placement.start.description + "\" data-end=\"" + placement.end.description + "\""
            }
            // The search reads the item's own text (summary, date, type,
            // actors, sources and their titles); the TimeML value is added
            // where the label shows bounds instead.
            out += " data-value=\"" + a(event.date?.value ?? "undated") + "\">\n"
            let color = RenderTables.color(forType: event.type)
            out += "<div class=\"head\"><span class=\"swatch\" style=\"background:" + a(color) + "\"></span>"
            out += "<time" + (placement.map { " datetime=\"" + $0.start.description + "\"" } ?? "") + ">" + e(RenderText.dateLabel(event.date)) + "</time> "
            out += "<span class=\"type\">" + e(event.type) + "</span></div>\n"
            out += "<p class=\"summary\">" + e(RenderText.oneLine(RenderText.summary(event))) + "</p>\n"
            if let date = event.date {
                out += "<p class=\"date\"><b>Date:</b> " + e(DigestRenderer.dateLine(date)) + "</p>\n"
                for conflict in date.conflicts {
                    out += "<p class=\"conflict\"><b>Conflict:</b> " + e(conflict.document + " says " + conflict.value) + "</p>\n"
                }
            }
            if !actorNames.isEmpty { out += "<p class=\"actors\"><b>Actors:</b> " + e(actorNames.joined(separator: ", ")) + "</p>\n" }
            out += "<ul class=\"sources\">\n"
            for source in event.sources {
                out += "<li>" + sourceLabel(source.document, documents[source.document])
                out += ": <q>" + e(RenderText.oneLine(source.sentence)) + "</q></li>\n"
            }
            out += "</ul>\n</li>\n"
        }
        out += "</ol>\n<p id=\"none\" hidden>No event matches these filters.</p>\n"

        // The documents read.
        out += "<section id=\"documents\">\n<h2>Documents</h2>\n<ul>\n"
        for document in t.documents {
            out += "<li id=\"" + a("doc-" + document.id) + "\">" + sourceLabel(document.id, document, anchor: false)
            if let p = document.published {
                out += " <span class=\"muted\">published " + e(p.value) + " (" + e(p.basis.rawValue) + ": " + e(RenderText.oneLine(p.explanation)) + ")</span>"
            } else {
                out += " <span class=\"muted\">publication date unknown</span>"
            }
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n<script>\n" + HTMLAssets.script + "</script>\n</body>\n</html>\n"
        return out
    }

    /// The key dates as a list: each date, its sentences, and links to its events in the full list.
    static func keyDatesSection(_ t: Timeline) -> String {
        let e: (String) -> String = MarkupEscape.text, a: (String) -> String = MarkupEscape.attribute
        let summaries = Dictionary(t.events.map { ($0.id, $0.summary) }, uniquingKeysWith: { x, _ in x })
        var out = "<section id=\"key-dates\" class=\"view-key\">\n<h2>Key dates</h2>\n<ol>\n"
        for k in t.keyDates {
            out += "<li class=\"key-date\" data-date=\"" + a(k.date) + "\"><time datetime=\"" + a(k.date) + "\">" + e(k.date) + "</time>\n"
            for sentence in k.sentences { out += "<p class=\"sentence\">" + e(RenderText.oneLine(sentence)) + "</p>\n" }
            let listed = k.events.prefix(SVGOptions.keyEventsPerDate).filter { summaries[$0] != nil }
            if !listed.isEmpty {
                out += "<ul class=\"key-events\">"
                for id in listed {
                    let item = "item-" + String(SVGRenderer.elementID(id).dropFirst(6))
                    out += "<li><a href=\"#" + a(item) + "\">" + e(RenderText.oneLine(summaries[id] ?? id)) + "</a></li>"
                }
                out += "</ul>\n"
            }
            out += "<p class=\"why muted\">" + e(RenderText.oneLine(k.explanation)) + "</p>\n</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// `d1 <i>Title</i>`, linked to the document's URL when its path is one,
    /// else (`anchor`) to its entry in the documents list.
    static func sourceLabel(_ id: String, _ document: TimelineDocument?, anchor: Bool = true) -> String {
        let e: (String) -> String = MarkupEscape.text, a: (String) -> String = MarkupEscape.attribute
        var label = "<b>" + e(id) + "</b>"
        if let title = document?.title, !title.isEmpty { label += " <i>" + e(RenderText.shorten(title, to: 90)) + "</i>" }
        if let path = document?.path, let url = webURL(path) {
            return "<a href=\"" + a(url) + "\" rel=\"noopener noreferrer\">" + label + "</a>"
        }
        if let path = document?.path, !anchor { return label + " <span class=\"path\">" + e(path) + "</span>" }
        return anchor ? "<a href=\"#" + a("doc-" + id) + "\">" + label + "</a>" : label
    }

    /// The path when it is an http(s) URL: only those are linked, so the page
    /// never points at a reader's local files.
    static func webURL(_ path: String) -> String? {
        let lower = path.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? path : nil
    }

    static func pageTitle(_ t: Timeline) -> String {
        if t.documents.count == 1, let title = t.documents.first?.title, !title.isEmpty {
            return "Timeline: " + RenderText.shorten(title, to: 80)
        }
        return "Timeline"
    }

    static func summaryLine(_ t: Timeline) -> String {
        let placements = t.events.compactMap { $0.date.flatMap(EventPlacement.init) }
        var line = "\(t.events.count) event\(t.events.count == 1 ? "" : "s") from \(t.documents.count) document\(t.documents.count == 1 ? "" : "s")"
        if let first = placements.map(\.start).min(), let last = placements.map(\.end).max() {
            line += ", " + first.description + " to " + last.description
        }
        return line + "."
    }

    /// The SVG document as an element: the `<?xml ...?>` line dropped.
    static func stripDeclaration(_ svg: String) -> String {
        guard svg.hasPrefix("<?xml"), let end = svg.firstRange(of: "?>") else { return svg }
        var rest = svg[end.upperBound...]
        while rest.first == "\n" { rest = rest.dropFirst() }
        return String(rest)
    }
}

/// The page's inline CSS and script, kept as files in `Resources/render/`
/// (`viewer.css`, `viewer.js`) so they are edited as what they are.
enum HTMLAssets {
    static let css: String = ResourceTable.contents("render/viewer.css") ?? ""
    static let script: String = ResourceTable.contents("render/viewer.js") ?? ""
}
