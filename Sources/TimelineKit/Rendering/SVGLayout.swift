/// Sizes, fonts and colours of the SVG timeline, in one place.
enum SVGStyle {
    static let width = 1200.0
    static let margin = 28.0
    static let titleFontSize = 18.0
    static let axisFontSize = 11.0
    static let labelFontSize = 12.0
    /// Height of one lane: a label line above a marker line.
    static let laneHeight = 32.0
    /// Horizontal space kept free between two things in one lane.
    static let laneGap = 16.0
    static let dotRadius = 4.5
    static let barHeight = 9.0
    /// Narrowest bar drawn, so a week on a ten-year axis is still seen.
    static let minimumBar = 4.0
    /// Longest summary in a label, in scalars; the tooltip has it whole.
    static let summaryLimit = 64
    /// Most labels given to one date value; past it, "+N more on DATE".
    static let perDate = 4
    /// A date cluster this big is placed before any label: it marks where the story is dense.
    static let bigCluster = 10
    /// Rows of the "not on the axis" list; the rest are one "+N more" row.
    static let undatedRows = 12
    static let textColor = "#222222"
    static let mutedColor = "#666666"
    static let gridColor = "#e3e3e3"
    static let conflictColor = "#111111"
    static let fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"
}

/// Where everything of the SVG timeline goes: the axis, and for each dated
/// event its marker, its label and its lane.
///
/// Lanes are assigned greedily, most-told events first: each event goes to
/// the first lane where its marker and its label (widths estimated by
/// ``TextMetrics``) overlap nothing already there, so no two labels ever
/// overlap. A date with more events than `perDate` labels the most-told and
/// groups the rest in one "+N more on DATE" cluster; with a lane cap, what
/// finds no room is grouped into "+N more" clusters along the axis in lanes
/// of their own, so 5,000 events stay as readable as 50. The label
/// includes the dots of the key actors (``SVGActorKey``) after its text. A label
/// starts at its marker's left edge and runs right, or, where that collides or
/// would run past the chart, ends at the marker's right edge instead.
struct SVGLayout {
    struct Item {
        var event: TimelineEvent
        var placement: EventPlacement
        var markerStart: Double
        var markerEnd: Double
        /// A single day: drawn as a dot; otherwise a bar from `markerStart` to `markerEnd`.
        var isDot: Bool
        var lane: Int
        /// The date value, shown in bold before the summary.
        var value: String
        var summary: String
        /// Where the label's anchor is and which side: `start` or `end`.
        var labelX: Double
        var labelAnchor: String
        /// The key actors taking part, one dot each beside the label's text
        /// (on the marker's side), and the x of the first dot's centre.
        var actors: [SVGActorKey.Entry]
        var actorDotsX: Double
        /// Everything the item covers horizontally (marker and label).
        var extent: ClosedRange<Double>
    }

    /// Events drawn as one grey marker and a "+N more" label, listed in its
    /// tooltip: the least-told events of a crowded date (`day`), or events
    /// that found no room in the lanes (`overflow`, grouped by where they lie).
    struct Cluster {
        enum Kind: Hashable { case day, overflow, tail }
        var kind: Kind
        /// In axis order.
        var events: [TimelineEvent]
        var markerStart: Double
        var markerEnd: Double
        var lane: Int
        /// "+12 more on 1998-08-07", "+40 more, 1998-01-05 to 1998-02-20".
        var label: String
        var labelX: Double
        var labelAnchor: String
        var extent: ClosedRange<Double>
    }

    let axis: TimeAxis?
    let items: [Item]
    let clusters: [Cluster]
    /// Lanes used, the overflow lanes included.
    let laneCount: Int
    /// The first lane holding overflow clusters (they sit under the capped
    /// lanes, below a rule); nil when every event found a lane.
    let overflowLane: Int?
    /// Events that cannot be placed (no date, or no known bound), in timeline order.
    let unplaced: [TimelineEvent]

    /// Every dated event is drawn, either as an item with its own label or
    /// inside a cluster; none is silently left out.
    /// - Parameters:
    ///   - maxLanes: lanes for individual labels; events that find no room
    ///     in them are grouped into overflow clusters under them. Nil: as many as needed.
    ///   - perDate: most labels one date value gets; past it the least-told
    ///     events of that date go into one `+N more on DATE` cluster.
    init(_ t: Timeline, graph: EventGraph, width: Double = SVGStyle.width, maxLanes: Int? = nil,
         perDate: Int = SVGStyle.perDate, key: SVGActorKey? = nil) {
        let key = key ?? SVGActorKey(t)
        let byID = Dictionary(t.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        unplaced = graph.unplaced.compactMap { byID[$0] }
        let placed = graph.slots.flatMap { slot in slot.eventIDs.compactMap { byID[$0] }.map { ($0, slot.placement) } }
        guard let first = placed.map(\.1.start).min(), let last = placed.map(\.1.end).max() else {
            axis = nil
            items = []
            clusters = []
            laneCount = 0
            overflowLane = nil
            return
        }
        let left = SVGStyle.margin, right = width - SVGStyle.margin
        // A long sparse tail (a few events decades away from the rest) is
        // folded into "+N earlier" / "+N later" clusters at the chart's edges.
        let focus = SVGLayout.focus(placed.map(\.1))
        let (from, through) = focus.map { (max($0.lowerBound, first), min($0.upperBound, last)) } ?? (first, last)
        func inFocus(_ p: EventPlacement) -> Bool { p.end >= from && p.start <= through }
        let fineExists = placed.contains { !$0.1.openStart && !$0.1.openEnd && $0.1.days <= 62 }
        let occupied = placed.compactMap { entry -> ClosedRange<Day>? in
            let p = entry.1
            // Coarse periods (a year, a decade) may straddle a break: only
            // month-or-finer dates decide where the axis is cut.
            guard !p.openStart, !p.openEnd, inFocus(p), p.days <= 62 || !fineExists else { return nil }
            return max(p.start, from)...min(p.end, through)
        }
        let axis = TimeAxis(from: from, through: through, left: left, width: right - left, occupied: occupied)
        self.axis = axis

        /// Where an event's marker goes.
        func marker(_ placement: EventPlacement) -> (start: Double, end: Double, isDot: Bool) {
            if placement.days == 1 && !placement.openStart && !placement.openEnd {
                let centre = (axis.x(placement.start) + axis.xAfter(placement.start)) / 2
                return (centre - SVGStyle.dotRadius, centre + SVGStyle.dotRadius, true)
            }
            var start = placement.openStart || placement.start < axis.start ? left : axis.x(placement.start)
            var end = placement.openEnd || placement.end >= axis.end ? right : axis.xAfter(placement.end)
            if end - start < SVGStyle.minimumBar {
                let centre = (start + end) / 2
                start = centre - SVGStyle.minimumBar / 2
                end = centre + SVGStyle.minimumBar / 2
            }
            return (start, end, false)
        }

        var lanes = [[ClosedRange<Double>]]()
        func padded(_ r: ClosedRange<Double>) -> ClosedRange<Double> {
            (r.lowerBound - SVGStyle.laneGap / 2)...(r.upperBound + SVGStyle.laneGap / 2)
        }
        /// Puts a marker and a label of `labelWidth` in the first lane from
        /// `firstLane` where it overlaps nothing: the label running right from
        /// the marker, or ending at the marker's right edge. Nil when it fits
        /// in none of the lanes below `limit`.
        func place(_ markerStart: Double, _ markerEnd: Double, labelWidth: Double, firstLane: Int = 0,
                   limit: Int?) -> (lane: Int, x: Double, anchor: String, extent: ClosedRange<Double>)? {
            var candidates = [(x: Double, anchor: String, range: ClosedRange<Double>)]()
            if markerStart + labelWidth <= right { candidates.append((markerStart, "start", markerStart...(markerStart + labelWidth))) }
            if markerEnd - labelWidth >= left { candidates.append((markerEnd, "end", (markerEnd - labelWidth)...markerEnd)) }
            if candidates.isEmpty { candidates.append((left, "start", left...(left + labelWidth))) }
            let extents = candidates.map { min(markerStart, $0.range.lowerBound)...max(markerEnd, $0.range.upperBound) }
            var lane = firstLane
            while true {
                if let limit, lane >= limit { return nil }
                if lane == lanes.count { lanes.append([]) }
                for (c, extent) in extents.enumerated() where !lanes[lane].contains(where: { $0.overlaps(padded(extent)) }) {
                    lanes[lane].append(padded(extent))
                    return (lane, candidates[c].x, candidates[c].anchor, extent)
                }
                lane += 1
            }
        }

        // Importance: more salient to the story, then told by more documents, then more actors, then axis order.
        let position = Dictionary(placed.enumerated().map { ($1.0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sourceCount = Dictionary(placed.map { ($0.0.id, Set($0.0.sources.map(\.document)).count) },
                                     uniquingKeysWith: { a, _ in a })
        func moreImportant(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool {
            if a.salience != b.salience { return a.salience > b.salience }
            let (sa, sb) = (sourceCount[a.id] ?? 0, sourceCount[b.id] ?? 0)
            if sa != sb { return sa > sb }
            if a.actors.count != b.actors.count { return a.actors.count > b.actors.count }
            return (position[a.id] ?? 0) < (position[b.id] ?? 0)
        }

        // A crowded date keeps labels for its most-told events; the rest become one cluster.
        var individual = [(TimelineEvent, EventPlacement)]()
        var dayGroups = [(events: [TimelineEvent], placement: EventPlacement)]()
        let perDate = max(perDate, 1)
        var tails = [(label: String, events: [TimelineEvent], atLeft: Bool)]()
        let earlier = graph.slots.filter { $0.placement.end < from }.flatMap { $0.eventIDs.compactMap { byID[$0] } }
        let later = graph.slots.filter { $0.placement.start > through }.flatMap { $0.eventIDs.compactMap { byID[$0] } }
        /// "+N earlier, FIRST to LAST" over a tail's days.
        func tailLabel(_ events: [TimelineEvent], _ word: String) -> String? {
            let spans = events.compactMap { $0.date.flatMap(EventPlacement.init) }
            guard let a = spans.map(\.start).min(), let b = spans.map(\.end).max() else { return nil }
            return "+\(events.count) \(word), " + a.description + (a == b ? "" : " to " + b.description)
        }
        if let label = tailLabel(earlier, "earlier") { tails.append((label, earlier, true)) }
        if let label = tailLabel(later, "later") { tails.append((label, later, false)) }
        for slot in graph.slots where inFocus(slot.placement) {
            let events = slot.eventIDs.compactMap { byID[$0] }
            // Only a day, week or month clusters: a vague period (a year,
            // XXXX bounded by inference) would draw a long grey bar.
            if events.count <= perDate || slot.placement.days > 31 || slot.placement.openStart || slot.placement.openEnd {
                individual += events.map { ($0, slot.placement) }
                continue
            }
            let ranked = events.sorted(by: moreImportant)
            let shown = Set(ranked.prefix(perDate - 1).map(\.id))
            individual += events.filter { shown.contains($0.id) }.map { ($0, slot.placement) }
            dayGroups.append((events.filter { !shown.contains($0.id) }, slot.placement))
        }
        // Bounded events first, most important first; open-ended ones (a bar
        // faded to the chart's edge) only where room is left.
        individual.sort { a, b in
            let (oa, ob) = (a.1.openStart || a.1.openEnd, b.1.openStart || b.1.openEnd)
            if oa != ob { return !oa }
            return moreImportant(a.0, b.0)
        }

        var items = [Item]()
        var clusters = [Cluster]()
        for tail in tails {
            let (markerStart, markerEnd) = tail.atLeft ? (left, left + 12) : (right - 12, right)
            let spot = place(markerStart, markerEnd, labelWidth: SVGLayout.clusterLabelWidth(tail.label), limit: nil)!
            clusters.append(Cluster(kind: .tail, events: tail.events, markerStart: markerStart, markerEnd: markerEnd,
                                    lane: spot.lane, label: tail.label, labelX: spot.x, labelAnchor: spot.anchor,
                                    extent: spot.extent))
        }
        var overflow = [(event: TimelineEvent, placement: EventPlacement)]()
        /// Places the day clusters of `groups` (overflowing into `overflow`).
        func placeDayGroups(_ groups: [(events: [TimelineEvent], placement: EventPlacement)]) {
        for group in groups {
            let (markerStart, markerEnd, _) = marker(group.placement)
            let label = SVGLayout.clusterLabel(count: group.events.count, from: group.events[0].date?.value ?? "", to: nil)
            guard let spot = place(markerStart, markerEnd, labelWidth: SVGLayout.clusterLabelWidth(label), limit: maxLanes) else {
                overflow += group.events.map { ($0, group.placement) }
                continue
            }
            clusters.append(Cluster(kind: .day, events: group.events, markerStart: markerStart, markerEnd: markerEnd,
                                    lane: spot.lane, label: label, labelX: spot.x, labelAnchor: spot.anchor, extent: spot.extent))
        }
        }
        // Very crowded dates first: their short "+N more on DATE" labels mark
        // where the story is dense; smaller groups only where room is left.
        let bigDay = SVGStyle.bigCluster
        placeDayGroups(dayGroups.filter { $0.events.count >= bigDay })
        for (event, placement) in individual {
            let (markerStart, markerEnd, isDot) = marker(placement)
            let value = RenderText.dateLabel(event.date)
            let actors = key.entries(for: event)
            let dotsWidth = SVGActorKey.width(dots: actors.count)
            var summary = RenderText.shorten(RenderText.summary(event), to: SVGStyle.summaryLimit)
            var labelWidth = SVGLayout.labelWidth(value: value, summary: summary) + dotsWidth
            // On a narrow chart a label may not fit at all: shorten it until it does.
            var limit = SVGStyle.summaryLimit
            while labelWidth > right - left && limit > 8 {
                limit -= 6
                summary = RenderText.shorten(RenderText.summary(event), to: limit)
                labelWidth = SVGLayout.labelWidth(value: value, summary: summary) + dotsWidth
            }
            guard let spot = place(markerStart, markerEnd, labelWidth: labelWidth, limit: maxLanes) else {
                overflow.append((event, placement))
                continue
            }
            // The dots sit on the marker's side of the label, where the
            // position is exact, and the text on the far side, so an error in
            // the estimated text width never opens a gap between them: a
            // right-running label starts with its dots, one ending at the
            // marker's right edge ends with them.
            let labelX = spot.anchor == "end" ? spot.x - dotsWidth : spot.x + dotsWidth
            let firstDot = spot.anchor == "end" ? SVGActorKey.centre(0, after: labelX) : spot.x + SVGActorKey.dotRadius
            items.append(Item(event: event, placement: placement, markerStart: markerStart, markerEnd: markerEnd,
                              isDot: isDot, lane: spot.lane, value: value, summary: summary, labelX: labelX,
                              labelAnchor: spot.anchor, actors: actors, actorDotsX: firstDot, extent: spot.extent))
        }
        placeDayGroups(dayGroups.filter { $0.events.count < bigDay })

        // What found no room: grouped along the axis where it lies (an
        // open-ended period at its known bound), one cluster per stretch
        // whose label would otherwise collide, in lanes under the others.
        let overflowLane = overflow.isEmpty ? nil : lanes.count
        if let overflowLane {
            func anchorDay(_ p: EventPlacement) -> (Day, Day) {
                p.openStart ? (p.end, p.end) : p.openEnd ? (p.start, p.start) : (p.start, p.end)
            }
            // A vague period (a year, a decade) marks only its middle: drawn
            // whole it would stretch its group's bar across years the group's
            // other events do not touch. The label and tooltip keep its dates.
            func clamped(_ x: Double) -> Double { min(max(x, left), right) }
            let sorted = overflow.map { entry -> (event: TimelineEvent, from: Day, to: Day, start: Double, end: Double) in
                let (a, b) = anchorDay(entry.placement)
                var (start, end) = (clamped(axis.x(a)), clamped(axis.xAfter(b)))
                if b.daysSinceEpoch - a.daysSinceEpoch > SVGLayout.vagueDays || end - start < SVGStyle.minimumBar {
                    let middle = min(max((start + end) / 2, left + SVGStyle.minimumBar / 2), right - SVGStyle.minimumBar / 2)
                    (start, end) = (middle - SVGStyle.minimumBar / 2, middle + SVGStyle.minimumBar / 2)
                }
                return (entry.event, a, b, start, end)
            }.sorted { $0.start != $1.start ? $0.start < $1.start : (position[$0.event.id] ?? 0) < (position[$1.event.id] ?? 0) }
            // One group per column of the chart (a fifth of its width, about
            // the width of a group's label), so a dense stretch gives several
            // groups, each over its part of the axis.
            let column = max((right - left) / 5, 1)
            var groups = [[(event: TimelineEvent, from: Day, to: Day, start: Double, end: Double)]]()
            var lastColumn = -1
            for entry in sorted {
                // An entry left of the axis (an open start) counts in the first column.
                let c = max(Int((entry.start - left) / column), 0)
                if c == lastColumn && !groups.isEmpty { groups[groups.count - 1].append(entry) } else { groups.append([entry]) }
                lastColumn = c
            }
            for group in groups {
                let label = SVGLayout.clusterLabel(group)
                let markerStart = group.map(\.start).min()!, markerEnd = group.map(\.end).max()!
                let spot = place(markerStart, markerEnd, labelWidth: SVGLayout.clusterLabelWidth(label),
                                 firstLane: overflowLane, limit: nil)!
                let events = group.sorted { (position[$0.event.id] ?? 0) < (position[$1.event.id] ?? 0) }.map(\.event)
                clusters.append(Cluster(kind: .overflow, events: events, markerStart: markerStart, markerEnd: markerEnd,
                                        lane: spot.lane, label: label, labelX: spot.x, labelAnchor: spot.anchor,
                                        extent: spot.extent))
            }
        }
        items.sort { a, b in (position[a.event.id] ?? 0) < (position[b.event.id] ?? 0) }
        self.items = items
        self.clusters = clusters
        self.overflowLane = overflowLane
        laneCount = lanes.count
    }

    /// The stretch of days the axis shows: all of it (nil), unless 95% of
    /// the events lie within a quarter of the whole range, then the shortest
    /// stretch holding them, so that a handful of events decades away does
    /// not squeeze everything else into a corner.
    static func focus(_ placements: [EventPlacement]) -> ClosedRange<Day>? {
        let bounded = placements.filter { !$0.openStart && !$0.openEnd }
        guard bounded.count >= 40, let first = placements.map(\.start).min(), let last = placements.map(\.end).max() else { return nil }
        let days = bounded.map { ($0.start.daysSinceEpoch + $0.end.daysSinceEpoch) / 2 }.sorted()
        let keep = Int((Double(days.count) * 0.95).rounded(.up))
        var best = 0
        for i in 0...(days.count - keep) where days[i + keep - 1] - days[i] < days[best + keep - 1] - days[best] { best = i }
        let span = days[best + keep - 1] - days[best]
        guard span * 4 < last.daysSinceEpoch - first.daysSinceEpoch else { return nil }
        return Day(daysSinceEpoch: days[best])...Day(daysSinceEpoch: days[best + keep - 1])
    }

    /// Longest period (in days) an overflow group's bar draws whole: about
    /// two months; anything vaguer is marked at its middle.
    static let vagueDays = 62

    /// "+N more on VALUE" for one date, "+N more, FIRST to LAST" for a stretch.
    static func clusterLabel(count: Int, from: String, to: String?) -> String {
        "+\(count) more " + (to.map { "events, " + from + " to " + $0 } ?? "on " + from)
    }

    private static func clusterLabel(_ group: [(event: TimelineEvent, from: Day, to: Day, start: Double, end: Double)]) -> String {
        let values = Set(group.compactMap { $0.event.date?.value })
        if values.count == 1, let value = values.first { return clusterLabel(count: group.count, from: value, to: nil) }
        let from = group.map(\.from).min()!, to = group.map(\.to).max()!
        if from == to { return clusterLabel(count: group.count, from: from.description, to: nil) }
        return clusterLabel(count: group.count, from: from.description, to: to.description)
    }

    /// Width of a cluster's label (its count in bold).
    static func clusterLabelWidth(_ label: String) -> Double {
        let count = label.prefix { $0 != " " }
        return TextMetrics.width(String(count), fontSize: SVGStyle.labelFontSize, bold: true)
            + TextMetrics.width(String(label.dropFirst(count.count)), fontSize: SVGStyle.labelFontSize)
    }

    /// Estimated width of a label: the value in bold, a space, the summary.
    static func labelWidth(value: String, summary: String) -> Double {
        TextMetrics.width(value, fontSize: SVGStyle.labelFontSize, bold: true)
            + TextMetrics.width(" " + summary, fontSize: SVGStyle.labelFontSize)
    }
}
