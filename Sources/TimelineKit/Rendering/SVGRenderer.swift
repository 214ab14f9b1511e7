/// Renders a timeline as an SVG picture (`timeline.svg`), written only
/// through libxml2's `xmlTextWriter` (see ``XMLWriter``), so every name, title
/// and sentence is escaped by libxml2 and the file is always well-formed.
///
/// Top to bottom: a title, a horizontal time axis scaled to the events' range
/// with year/month (or month/day) ticks and labels, the events in lanes
/// (``SVGLayout``: a day is a dot, a longer period a bar from its earliest to
/// its latest day; a label with the date value and summary that never overlaps
/// another), a legend of event-type colours and marker styles, and the
/// events that cannot be placed, listed apart. Every event element has a
/// `<title>` child (tooltip) with the full summary, how the date was reached,
/// any conflicts, the actors and the sources. The most involved actors
/// (``SVGActorKey``) have a colour each: a dot per actor beside each label and
/// an entry in the legend with their number of events. An event whose first
/// source is a web page (the document's path an http(s) URL) links to it
/// (`<a href>`, SVG 2).
public enum SVGRenderer {
    public static func render(_ whole: Timeline, options: SVGOptions = SVGOptions()) throws(TimelineError) -> String {
        let keyView = options.keyEvents && !whole.keyDates.isEmpty
        let full = keyView ? keyEvents(whole) : whole
        let t = full.events.count > options.maxDrawn ? TimelineFilter(maxEvents: options.maxDrawn).apply(to: full) : full
        let left = full.events.count - t.events.count
        let prefix = options.idPrefix
        let graph = EventGraph(t)
        let key = SVGActorKey(t)
        let layout = SVGLayout(t, graph: graph, width: options.width, maxLanes: options.maxLanes, key: key)
        let shownUndated = undatedShown(layout.unplaced)
        let theme = options.theme
        let width = options.width
        let names = Dictionary(t.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(t.documents.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let urls = Dictionary(t.documents.compactMap { d in HTMLRenderer.webURL(d.path).map { (d.id, $0) } }, uniquingKeysWith: { a, _ in a })
        /// The event's first source, when it is a web page.
        func link(_ event: TimelineEvent) -> String? { event.sources.first.flatMap { urls[$0.document] } }
        let n = RenderText.number

        // Vertical plan.
        let bandY = [86.0, 102.0]
        let axisY = 110.0
        let lanesTop = axisY + 14
        /// Room for the rule and caption above the overflow lanes.
        let overflowGap = 26.0
        func laneTop(_ lane: Int) -> Double {
            lanesTop + Double(lane) * SVGStyle.laneHeight + (layout.overflowLane.map { lane >= $0 ? overflowGap : 0 } ?? 0)
        }
        let lanesBottom = laneTop(max(layout.laneCount, 1))
        let legend = Legend(layout: layout, key: key, top: lanesBottom + 28, width: width, theme: theme)
        let undatedTop = legend.bottom + 30
        let undatedRow = 20.0
        let undatedRows = shownUndated.count + (shownUndated.count < layout.unplaced.count ? 1 : 0)
        let height = layout.unplaced.isEmpty ? legend.bottom + 24 : undatedTop + 22 + Double(undatedRows) * undatedRow + 12

        let w = try XMLWriter(name: "timeline.svg")
        try w.start("svg", namespace: "http://www.w3.org/2000/svg", [
            ("width", n(width)), ("height", n(height)),
            ("viewBox", "0 0 " + n(width) + " " + n(height)),
            ("role", "img"), ("aria-labelledby", prefix + "timeline-title " + prefix + "timeline-desc"),
            ("font-family", SVGStyle.fontFamily), ("font-size", n(SVGStyle.labelFontSize)),
        ])
        try w.element("title", [("id", prefix + "timeline-title")], text: keyView
            ? "Timeline: the \(whole.keyDates.count) key dates of \(whole.events.count) events from \(whole.documents.count) documents"
            : "Timeline: \(t.events.count) events from \(t.documents.count) documents")
        try w.element("desc", [("id", prefix + "timeline-desc")], text: description(t, layout))
        try w.element("rect", [("width", "100%"), ("height", "100%"), ("fill", theme.background)])

        // Title.
        try w.element("text", [("x", n(SVGStyle.margin)), ("y", "34"), ("font-size", n(SVGStyle.titleFontSize)),
                               ("font-weight", "bold"), ("fill", theme.text)], text: "Timeline")
        try w.element("text", [("x", n(SVGStyle.margin)), ("y", "56"), ("fill", theme.muted)],
                      text: fit(keyView
                        ? "The story's \(whole.keyDates.count) key dates, each told by one sentence (\(whole.events.count) events in all, from \(whole.documents.count) documents). Hover for its events and sources."
                        : left == 0 ? subtitle(t, layout)
                        : "Showing the \(t.events.count) most-told of \(full.events.count) events (filters narrow it). " + subtitle(t, layout),
                        width: width - 2 * SVGStyle.margin))

        // Axis: gridlines, ticks, labels.
        if let axis = layout.axis {
            try w.start("g", [("class", "axis"), ("font-size", n(SVGStyle.axisFontSize)), ("fill", theme.muted)])
            for tick in axis.ticks {
                let top = tick.major ? bandY[0] - 14 : axisY - 5
                try w.element("line", [("x1", n(tick.x)), ("y1", n(top)), ("x2", n(tick.x)), ("y2", n(lanesBottom)),
                                       ("stroke", tick.major ? theme.majorGrid : theme.minorGrid), ("stroke-width", "1")])
            }
            for segment in axis.segments {
                let right = segment.left + Double(segment.days) * axis.pixelsPerDay
                try w.element("line", [("x1", n(segment.left)), ("y1", n(axisY)), ("x2", n(right)),
                                       ("y2", n(axisY)), ("stroke", theme.axisLine), ("stroke-width", "1")])
            }
            // A break: two slanted strokes on the axis and a pale band down the chart.
            for (x, cut) in zip(axis.breaks, axis.cuts) {
                let half = TimeAxis.breakWidth / 2
                // Its own group, so the tooltip names what this break cuts out.
                try w.start("g", [("class", "break")])
                try w.element("title", [], text: "Axis break: " + cut.from.description + " to " + cut.through.description
                              + " cut out (no event of two months or less falls in it)")
                try w.element("rect", [("x", n(x - half + 3)), ("y", n(axisY)), ("width", n(TimeAxis.breakWidth - 6)),
                                       ("height", n(lanesBottom - axisY)), ("fill", theme.minorGrid), ("opacity", "0.5")])
                for dx in [-4.0, 4.0] {
                    try w.element("line", [("x1", n(x + dx - 3)), ("y1", n(axisY + 6)), ("x2", n(x + dx + 3)),
                                           ("y2", n(axisY - 6)), ("stroke", theme.axisLine), ("stroke-width", "1.5")])
                }
                try w.end()
            }
            for label in axis.labels {
                var attributes = [("x", n(label.x)), ("y", n(bandY[label.band])), ("text-anchor", label.anchor)]
                if label.band == 0 { attributes += [("font-weight", "bold"), ("fill", theme.axisLabel)] }
                try w.element("text", attributes, text: label.text)
            }
            try w.end()
        } else {
            try w.element("text", [("x", n(SVGStyle.margin)), ("y", n(lanesTop + 16)), ("fill", theme.muted)],
                          text: "No event has a date that can be placed on a time axis.")
        }

        // Events.
        try w.start("g", [("class", "events")])
        for item in layout.items {
            let event = item.event
            let color = RenderTables.color(forType: event.type, theme: theme)
            let laneTop = laneTop(item.lane)
            let markerY = laneTop + 21
            let inferred = event.date?.basis == .inferred
            let conflicted = event.date?.conflicts.isEmpty == false
            let url = link(event)
            if let url { try w.start("a", [("href", url)]) }
            try w.start("g", [("class", "event"), ("id", elementID(event.id, prefix: prefix)), ("data-type", event.type)])
            try w.element("title", text: tooltip(event, names: names, titles: titles))
            var marker: [(String, String)] = [
                ("fill", inferred ? RenderTables.tint(color, 0.25) : color),
                ("stroke", conflicted ? theme.conflict : color),
                ("stroke-width", conflicted ? "2" : "1.5"),
            ]
            if conflicted { marker.append(("stroke-dasharray", "3 2")) }
            if item.isDot {
                try w.element("circle", [("cx", n((item.markerStart + item.markerEnd) / 2)), ("cy", n(markerY)),
                                         ("r", n(SVGStyle.dotRadius))] + marker)
            } else {
                let open = item.placement.openStart || item.placement.openEnd
                try w.element("rect", [("x", n(item.markerStart)), ("y", n(markerY - SVGStyle.barHeight / 2)),
                                       ("width", n(item.markerEnd - item.markerStart)), ("height", n(SVGStyle.barHeight)),
                                       ("rx", "2")] + marker + (open ? [("fill-opacity", "0.35")] : []))
            }
            try w.start("text", [("x", n(item.labelX)), ("y", n(laneTop + 12)), ("text-anchor", item.labelAnchor),
                                 ("fill", theme.text)])
            try w.element("tspan", [("font-weight", "bold")], text: item.value)
            try w.text(" " + item.summary)
            try w.end()
            try writeDots(item.actors, firstX: item.actorDotsX, y: laneTop + 12 - 4, theme: theme, to: w)
            try w.end()
            if url != nil { try w.end() }
        }
        try w.end()

        // Clusters: a grey marker over what they cover, "+N more ..." and the list in the tooltip.
        if !layout.clusters.isEmpty {
            try w.start("g", [("class", "clusters")])
            if let first = layout.overflowLane {
                let y = laneTop(first) - overflowGap + 6
                try w.element("line", [("x1", n(SVGStyle.margin)), ("y1", n(y)), ("x2", n(width - SVGStyle.margin)), ("y2", n(y)),
                                       ("stroke", theme.majorGrid), ("stroke-width", "1")])
                let placed = layout.clusters.filter { $0.kind == .overflow }.reduce(0) { $0 + $1.events.count }
                try w.element("text", [("x", n(SVGStyle.margin)), ("y", n(y + 15)), ("font-size", n(SVGStyle.axisFontSize)),
                                       ("fill", theme.muted)],
                              text: fit("\(placed) more event\(placed == 1 ? "" : "s") found no room in \(first) lanes: grouped where they lie (hover for the list; narrow with --since/--until/--actor, or allow more --lanes).",
                                        width: width - 2 * SVGStyle.margin, fontSize: SVGStyle.axisFontSize))
            }
            for (index, cluster) in layout.clusters.enumerated() {
                let top = laneTop(cluster.lane)
                try w.start("g", [("class", "cluster"), ("id", prefix + "cluster-\(index + 1)"), ("data-count", String(cluster.events.count)),
                                  ("data-events", memberList(cluster.events, prefix: prefix))])
                try w.element("title", text: clusterTooltip(cluster))
                try w.element("rect", [("x", n(cluster.markerStart)), ("y", n(top + 21 - SVGStyle.barHeight / 2)),
                                       ("width", n(cluster.markerEnd - cluster.markerStart)), ("height", n(SVGStyle.barHeight)),
                                       ("rx", n(SVGStyle.barHeight / 2)), ("fill", theme.cluster), ("fill-opacity", "0.45"),
                                       ("stroke", theme.cluster), ("stroke-width", "1.5")])
                let count = String(cluster.label.prefix { $0 != " " })
                try w.start("text", [("x", n(cluster.labelX)), ("y", n(top + 12)), ("text-anchor", cluster.labelAnchor),
                                     ("fill", theme.muted)])
                try w.element("tspan", [("font-weight", "bold")], text: count)
                try w.text(String(cluster.label.dropFirst(count.count)))
                try w.end()
                try w.end()
            }
            try w.end()
        }
        try legend.write(to: w)

        // Events that cannot be placed.
        if !layout.unplaced.isEmpty {
            try w.start("g", [("class", "undated")])
            try w.element("text", [("x", n(SVGStyle.margin)), ("y", n(undatedTop)), ("font-weight", "bold"),
                                   ("fill", theme.text)], text: "Not on the axis: no date, or no known bound (\(layout.unplaced.count))")
            for (index, event) in shownUndated.enumerated() {
                let y = undatedTop + 22 + Double(index) * undatedRow
                let url = link(event)
                if let url { try w.start("a", [("href", url)]) }
                try w.start("g", [("class", "event"), ("id", elementID(event.id, prefix: prefix)), ("data-type", event.type)])
                try w.element("title", text: tooltip(event, names: names, titles: titles))
                try w.element("rect", [("x", n(SVGStyle.margin)), ("y", n(y - 9)), ("width", "9"), ("height", "9"),
                                       ("fill", RenderTables.color(forType: event.type, theme: theme))])
                let lead = RenderText.dateLabel(event.date)
                let actors = key.entries(for: event)
                let summary = " " + fit(RenderText.shorten(RenderText.summary(event), to: 140),
                                        width: width - 2 * SVGStyle.margin - 16 - SVGLayout.labelWidth(value: lead, summary: "")
                                            - SVGActorKey.width(dots: actors.count))
                // As on the axis: the dots first, beside the swatch, then the text.
                try writeDots(actors, firstX: SVGStyle.margin + 16 + SVGActorKey.dotRadius, y: y - 4, theme: theme, to: w)
                try w.start("text", [("x", n(SVGStyle.margin + 16 + SVGActorKey.width(dots: actors.count))), ("y", n(y)),
                                     ("fill", theme.text)])
                try w.element("tspan", [("font-weight", "bold")], text: lead)
                try w.text(summary)
                try w.end()
                try w.end()
                if url != nil { try w.end() }
            }
            if shownUndated.count < layout.unplaced.count {
                let shown = Set(shownUndated.map(\.id))
                let rest = layout.unplaced.filter { !shown.contains($0.id) }
                let y = undatedTop + 22 + Double(shownUndated.count) * undatedRow
                try w.start("g", [("class", "cluster"), ("id", prefix + "cluster-undated"), ("data-count", String(rest.count)),
                                  ("data-events", memberList(rest, prefix: prefix))])
                try w.element("title", text: listTooltip("\(rest.count) more events without a place on the axis:", rest))
                try w.start("text", [("x", n(SVGStyle.margin + 16)), ("y", n(y)), ("fill", theme.muted)])
                try w.element("tspan", [("font-weight", "bold")], text: "+\(rest.count)")
                try w.text(" more (hover for the list)")
                try w.end()
                try w.end()
            }
            try w.end()
        }
        try w.end()
        return try w.finish()
    }

    /// The undated events listed one a row: all of them when few, else the
    /// `undatedRows` told by most documents, in timeline order.
    static func undatedShown(_ events: [TimelineEvent]) -> [TimelineEvent] {
        guard events.count > SVGStyle.undatedRows else { return events }
        let ranked = events.indices.sorted { a, b in
            let (sa, sb) = (Set(events[a].sources.map(\.document)).count, Set(events[b].sources.map(\.document)).count)
            if sa != sb { return sa > sb }
            if events[a].actors.count != events[b].actors.count { return events[a].actors.count > events[b].actors.count }
            return a < b
        }
        let keep = Set(ranked.prefix(SVGStyle.undatedRows - 1))
        return events.indices.filter(keep.contains).map { events[$0] }
    }

    /// The timeline as its key dates: one marker per key date, labelled
    /// with the sentence that best tells it (id `key-DATE`), typed and
    /// coloured as its most salient event, with that event's actors (the
    /// legend's dots) and the sources of its most salient events (the tooltip).
    static func keyEvents(_ t: Timeline) -> Timeline {
        let byID = Dictionary(t.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var events = [TimelineEvent]()
        for k in t.keyDates {
            guard let first = Day(iso: k.date) ?? Day(iso: k.date + "-01") else { continue }
            let value = k.date.utf8.count == 7 ? TimeValue(year: first.year, month: first.month) : TimeValue(day: first)
            let top = k.events.compactMap { byID[$0] }.prefix(SVGOptions.keyEventsPerDate)
            var actors = [String]()
            for e in top { for a in e.actors where !actors.contains(a) { actors.append(a) } }
            events.append(TimelineEvent(id: "key-" + k.date, summary: k.sentences.first ?? top.first?.summary ?? k.date,
                                        type: top.first?.type ?? "key date",
                                        date: EventDate(value: value, basis: .stated, explanation: k.explanation),
                                        actors: Array(actors.prefix(4)), sources: top.flatMap(\.sources),
                                        salience: k.salience, salienceExplanation: k.explanation))
        }
        events.sort(by: EventMerger.chronological)
        let named = Set(events.flatMap(\.actors))
        return Timeline(documents: t.documents, actors: t.actors.filter { named.contains($0.id) }, events: events,
                        relations: [], keyDates: t.keyDates)
    }

    /// The element ids (``elementID(_:)``) of a group's events, space-separated:
    /// an event inside a "+N more" group has no element of its own, so the
    /// HTML viewer finds its group through this list to show it on the chart.
    static func memberList(_ events: [TimelineEvent], prefix: String = "") -> String {
        events.map { elementID($0.id, prefix: prefix) }.joined(separator: " ")
    }

    /// Most events listed in a cluster's tooltip; the rest are counted.
    static let tooltipListLimit = 60

    /// A cluster's tooltip: its label, then one line per event (date, summary, type).
    static func clusterTooltip(_ cluster: SVGLayout.Cluster) -> String {
        listTooltip(cluster.label + (cluster.kind == .day ? " (fewer sources than those labelled):"
                            : cluster.kind == .tail ? ", far from the rest, off the axis:" : ", no room for their labels:"),
                    cluster.events)
    }

    static func listTooltip(_ heading: String, _ events: [TimelineEvent]) -> String {
        var lines = [heading]
        for event in events.prefix(tooltipListLimit) {
            lines.append(RenderText.dateLabel(event.date) + ": " + RenderText.shorten(RenderText.oneLine(RenderText.summary(event)), to: 100)
                         + " [" + event.type + "]")
        }
        if events.count > tooltipListLimit {
            lines.append("... and \(events.count - tooltipListLimit) more: narrow with --since/--until or --actor")
        }
        return lines.joined(separator: "\n")
    }

    /// One dot per key actor taking part, left to right from `firstX`, each
    /// ringed in the background colour so neighbours stay apart.
    static func writeDots(_ actors: [SVGActorKey.Entry], firstX: Double, y: Double, theme: SVGTheme,
                          to w: XMLWriter) throws(TimelineError) {
        guard !actors.isEmpty else { return }
        let n = RenderText.number
        try w.start("g", [("class", "actors")])
        for (index, actor) in actors.enumerated() {
            try w.element("circle", [("cx", n(firstX + Double(index) * SVGActorKey.dotStep)), ("cy", n(y)),
                                     ("r", n(SVGActorKey.dotRadius)), ("fill", actor.color),
                                     ("data-actor", actor.id)])
        }
        try w.end()
    }

    /// `text` shortened (with an ellipsis) until it fits `width` pixels at
    /// the label size, so no line runs off a narrow chart.
    static func fit(_ text: String, width: Double, fontSize: Double = SVGStyle.labelFontSize) -> String {
        var limit = text.unicodeScalars.count, line = text
        while limit > 8 && TextMetrics.width(line, fontSize: fontSize) > width {
            limit -= 4
            line = RenderText.shorten(text, to: limit)
        }
        return line
    }

    private static func subtitle(_ t: Timeline, _ layout: SVGLayout) -> String {
        var line = "\(t.events.count) event\(t.events.count == 1 ? "" : "s") from \(t.documents.count) document\(t.documents.count == 1 ? "" : "s")"
        if let first = layout.items.map(\.placement.start).min(), let last = layout.items.map(\.placement.end).max() {
            line += ", " + first.description + " to " + last.description
        }
        if !layout.unplaced.isEmpty { line += "; \(layout.unplaced.count) undated" }
        return line + ". Hover over an event for its sources."
    }

    /// The document's `<desc>`, for screen readers and search: what the
    /// picture shows, in sentences.
    static func description(_ t: Timeline, _ layout: SVGLayout) -> String {
        var text = "A horizontal timeline, time running left to right. " + subtitle(t, layout).replacingOccurrences(of: " Hover over an event for its sources.", with: "")
        var types = [String: Int]()
        for event in t.events { types[event.type, default: 0] += 1 }
        let common = types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        if !common.isEmpty {
            text += " Most frequent event types: " + common.map { "\($0.key) (\($0.value))" }.joined(separator: ", ") + "."
        }
        let clustered = layout.clusters.reduce(0) { $0 + $1.events.count }
        if clustered > 0 {
            text += " \(clustered) events are grouped under \(layout.clusters.count) grey markers labelled with their number, listed in their tooltips."
        }
        return text + " Each event is a dot (one day) or a bar (a longer period) labelled with its date and summary; its tooltip gives the date's explanation and sources."
    }

    /// The tooltip of an event: everything the picture leaves out.
    static func tooltip(_ event: TimelineEvent, names: [String: String], titles: [String: String]) -> String {
        var lines = [RenderText.dateLabel(event.date) + ": " + RenderText.oneLine(RenderText.summary(event))]
        lines.append("type: " + event.type)
        if let date = event.date {
            lines.append("date: " + DigestRenderer.dateLine(date))
            for conflict in date.conflicts { lines.append("conflict: " + conflict.document + " says " + conflict.value) }
        }
        if !event.actors.isEmpty {
            lines.append("actors: " + event.actors.map { RenderText.oneLine(names[$0] ?? $0) }.joined(separator: ", "))
        }
        for source in event.sources {
            var line = source.document
            if let title = titles[source.document], !title.isEmpty { line += " (" + RenderText.shorten(title, to: 80) + ")" }
            lines.append(line + ": \"" + RenderText.shorten(source.sentence, to: 240) + "\"")
        }
        return lines.joined(separator: "\n")
    }

    /// An XML-safe id for an event element: `event-` and the id with anything
    /// but letters, digits, `-` and `_` replaced by `_`.
    static func elementID(_ id: String, prefix: String = "") -> String {
        var out = prefix + "event-"
        for scalar in id.unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                || scalar == "-" || scalar == "_"
            out.unicodeScalars.append(ok ? scalar : "_")
        }
        return out
    }
}

/// The legend under the lanes: one swatch per event type present (sorted by
/// name), then a key to the marker styles actually used.
struct SVGLegendEntry {
    enum Swatch { case type(String), dot, bar, inferred, conflict, open, cluster, actor(String), heading }
    var swatch: Swatch
    var text: String
    /// Starts a new row (the actors' part of the legend).
    var newRow = false
}

struct Legend {
    let entries: [(entry: SVGLegendEntry, x: Double, y: Double)]
    let top: Double
    let bottom: Double

    let theme: SVGTheme

    init(layout: SVGLayout, key: SVGActorKey, top: Double, width: Double, theme: SVGTheme) {
        self.theme = theme
        var list = [SVGLegendEntry]()
        var types = Set(layout.items.map(\.event.type))
        types.formUnion(layout.unplaced.map(\.type))
        for type in types.sorted() { list.append(SVGLegendEntry(swatch: .type(type), text: type)) }
        let items = layout.items
        if items.contains(where: \.isDot) { list.append(SVGLegendEntry(swatch: .dot, text: "one day")) }
        if items.contains(where: { !$0.isDot }) {
            list.append(SVGLegendEntry(swatch: .bar, text: "a week, month or year: bar from earliest to latest day"))
        }
        if items.contains(where: { $0.event.date?.basis == .inferred }) {
            list.append(SVGLegendEntry(swatch: .inferred, text: "pale: date inferred"))
        }
        if items.contains(where: { $0.event.date?.conflicts.isEmpty == false }) {
            list.append(SVGLegendEntry(swatch: .conflict, text: "dashed dark outline: sources disagree on the date"))
        }
        if items.contains(where: { $0.placement.openStart || $0.placement.openEnd }) {
            list.append(SVGLegendEntry(swatch: .open, text: "faded to the edge: one bound unknown"))
        }
        if !layout.clusters.isEmpty {
            list.append(SVGLegendEntry(swatch: .cluster, text: "+N more: events without a label of their own, listed in the tooltip"))
        }
        // The key actors, on rows of their own: a dot in the actor's colour,
        // the name and the number of events drawn that the actor takes part in.
        if !key.entries.isEmpty {
            list.append(SVGLegendEntry(swatch: .heading, text: "Most involved actors (dots beside each label):", newRow: true))
            for actor in key.entries {
                let name = RenderText.shorten(RenderText.oneLine(actor.name), to: 40)
                list.append(SVGLegendEntry(swatch: .actor(actor.color),
                                           text: name + " (\(actor.events) event\(actor.events == 1 ? "" : "s"))"))
            }
        }
        // Flow the entries left to right, wrapping at the chart's width.
        var placed = [(entry: SVGLegendEntry, x: Double, y: Double)]()
        var x = SVGStyle.margin, y = top + 20
        let right = width - SVGStyle.margin
        for entry in list {
            let bold: Bool
            if case .heading = entry.swatch { bold = true } else { bold = false }
            let width = (bold ? 0 : 22) + TextMetrics.width(entry.text, fontSize: SVGStyle.axisFontSize, bold: bold) + (bold ? 10 : 18)
            if (entry.newRow || x + width > right) && x > SVGStyle.margin {
                if entry.newRow { y += 4 }
                x = SVGStyle.margin
                y += 18
            }
            placed.append((entry, x, y))
            x += width
        }
        entries = placed
        self.top = top
        bottom = (placed.last?.y ?? top) + 6
    }

    func write(to w: XMLWriter) throws(TimelineError) {
        guard !entries.isEmpty else { return }
        let n = RenderText.number
        try w.start("g", [("class", "legend"), ("font-size", n(SVGStyle.axisFontSize)), ("fill", theme.text)])
        try w.element("text", [("x", n(SVGStyle.margin)), ("y", n(top)), ("font-weight", "bold")], text: "Legend")
        let neutral = "#8a8a8a"
        for (entry, x, y) in entries {
            let mid = y - 4
            switch entry.swatch {
            case .type(let type):
                try w.element("rect", [("x", n(x)), ("y", n(mid - 5)), ("width", "16"), ("height", "10"), ("rx", "2"),
                                       ("fill", RenderTables.color(forType: type, theme: theme))])
            case .dot:
                try w.element("circle", [("cx", n(x + 8)), ("cy", n(mid)), ("r", n(SVGStyle.dotRadius)), ("fill", neutral)])
            case .bar:
                try w.element("rect", [("x", n(x)), ("y", n(mid - 4.5)), ("width", "16"), ("height", "9"), ("rx", "2"), ("fill", neutral)])
            case .inferred:
                try w.element("rect", [("x", n(x)), ("y", n(mid - 4.5)), ("width", "16"), ("height", "9"), ("rx", "2"),
                                       ("fill", RenderTables.tint(neutral, 0.25)), ("stroke", neutral), ("stroke-width", "1.5")])
            case .conflict:
                try w.element("rect", [("x", n(x)), ("y", n(mid - 4.5)), ("width", "16"), ("height", "9"), ("rx", "2"),
                                       ("fill", neutral), ("stroke", theme.conflict), ("stroke-width", "2"),
                                       ("stroke-dasharray", "3 2")])
            case .open:
                try w.element("rect", [("x", n(x)), ("y", n(mid - 4.5)), ("width", "16"), ("height", "9"), ("rx", "2"),
                                       ("fill", neutral), ("fill-opacity", "0.35")])
            case .cluster:
                try w.element("rect", [("x", n(x)), ("y", n(mid - 4.5)), ("width", "16"), ("height", "9"), ("rx", "4.5"),
                                       ("fill", theme.cluster), ("fill-opacity", "0.45"), ("stroke", theme.cluster),
                                       ("stroke-width", "1.5")])
            case .actor(let color):
                try w.element("circle", [("cx", n(x + 8)), ("cy", n(mid)), ("r", "5"), ("fill", color)])
            case .heading:
                try w.element("text", [("x", n(x)), ("y", n(y)), ("font-weight", "bold")], text: entry.text)
                continue
            }
            try w.element("text", [("x", n(x + 22)), ("y", n(y))], text: entry.text)
        }
        try w.end()
    }
}
