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
    static let textColor = "#222222"
    static let mutedColor = "#666666"
    static let gridColor = "#e3e3e3"
    static let conflictColor = "#111111"
    static let fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"
}

/// Where everything of the SVG timeline goes: the axis, and for each dated
/// event its marker, its label and its lane.
///
/// Lanes are assigned greedily in time order: each event goes to the first
/// lane where its marker and its label (widths estimated by ``TextMetrics``)
/// overlap nothing already there, so no two labels ever overlap. The label
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

    let axis: TimeAxis?
    let items: [Item]
    let laneCount: Int
    /// Events that cannot be placed (no date, or no known bound), in timeline order.
    let unplaced: [TimelineEvent]
    /// Dated events that fit in none of the `maxLanes` lanes, in timeline order.
    let dropped: [TimelineEvent]

    init(_ t: Timeline, graph: EventGraph, width: Double = SVGStyle.width, maxLanes: Int? = nil,
         key: SVGActorKey? = nil) {
        let key = key ?? SVGActorKey(t)
        let byID = Dictionary(t.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        unplaced = graph.unplaced.compactMap { byID[$0] }
        let placed = graph.slots.flatMap { slot in slot.eventIDs.compactMap { byID[$0] }.map { ($0, slot.placement) } }
        guard let first = placed.map(\.1.start).min(), let last = placed.map(\.1.end).max() else {
            axis = nil
            items = []
            laneCount = 0
            dropped = []
            return
        }
        let left = SVGStyle.margin, right = width - SVGStyle.margin
        let occupied = placed.compactMap { $0.1.openStart || $0.1.openEnd ? nil : $0.1.start...$0.1.end }
        let axis = TimeAxis(from: first, through: last, left: left, width: right - left, occupied: occupied)
        self.axis = axis

        var lanes = [[ClosedRange<Double>]]()
        var items = [Item]()
        var dropped = [TimelineEvent]()
        for (event, placement) in placed {
            let isDot = placement.days == 1 && !placement.openStart && !placement.openEnd
            var markerStart: Double, markerEnd: Double
            if isDot {
                let centre = (axis.x(placement.start) + axis.xAfter(placement.start)) / 2
                markerStart = centre - SVGStyle.dotRadius
                markerEnd = centre + SVGStyle.dotRadius
            } else {
                markerStart = placement.openStart ? left : axis.x(placement.start)
                markerEnd = placement.openEnd ? right : axis.xAfter(placement.end)
                if markerEnd - markerStart < SVGStyle.minimumBar {
                    let centre = (markerStart + markerEnd) / 2
                    markerStart = centre - SVGStyle.minimumBar / 2
                    markerEnd = centre + SVGStyle.minimumBar / 2
                }
            }
            let value = event.date?.value ?? ""
            let actors = key.entries(for: event)
            let dotsWidth = SVGActorKey.width(dots: actors.count)
            var summary = RenderText.shorten(event.summary, to: SVGStyle.summaryLimit)
            var labelWidth = SVGLayout.labelWidth(value: value, summary: summary) + dotsWidth
            // On a narrow chart a label may not fit at all: shorten it until it does.
            var limit = SVGStyle.summaryLimit
            while labelWidth > right - left && limit > 8 {
                limit -= 6
                summary = RenderText.shorten(event.summary, to: limit)
                labelWidth = SVGLayout.labelWidth(value: value, summary: summary) + dotsWidth
            }
            // Candidate label placements: running right from the marker, or
            // ending at the marker's right edge; the first lane where one fits wins.
            var candidates = [(x: Double, anchor: String, range: ClosedRange<Double>)]()
            if markerStart + labelWidth <= right { candidates.append((markerStart, "start", markerStart...(markerStart + labelWidth))) }
            if markerEnd - labelWidth >= left { candidates.append((markerEnd, "end", (markerEnd - labelWidth)...markerEnd)) }
            if candidates.isEmpty { candidates.append((left, "start", left...(left + labelWidth))) }
            let extents = candidates.map { candidate -> ClosedRange<Double> in
                min(markerStart, candidate.range.lowerBound)...max(markerEnd, candidate.range.upperBound)
            }
            func padded(_ r: ClosedRange<Double>) -> ClosedRange<Double> {
                (r.lowerBound - SVGStyle.laneGap / 2)...(r.upperBound + SVGStyle.laneGap / 2)
            }
            var lane = lanes.count, choice = 0
            search: for (index, taken) in lanes.enumerated() {
                for (c, extent) in extents.enumerated() where !taken.contains(where: { $0.overlaps(padded(extent)) }) {
                    lane = index
                    choice = c
                    break search
                }
            }
            if lane == lanes.count {
                if let maxLanes, lanes.count >= maxLanes {
                    dropped.append(event)
                    continue
                }
                lanes.append([])
            }
            let extent = extents[choice]
            lanes[lane].append(padded(extent))
            // The dots sit on the marker's side of the label, where the
            // position is exact, and the text on the far side, so an error in
            // the estimated text width never opens a gap between them: a
            // right-running label starts with its dots, one ending at the
            // marker's right edge ends with them.
            let anchor = candidates[choice].anchor
            let labelX = anchor == "end" ? candidates[choice].x - dotsWidth : candidates[choice].x + dotsWidth
            let firstDot = anchor == "end" ? SVGActorKey.centre(0, after: labelX)
                : candidates[choice].x + SVGActorKey.dotRadius
            items.append(Item(event: event, placement: placement, markerStart: markerStart, markerEnd: markerEnd,
                              isDot: isDot, lane: lane, value: value, summary: summary, labelX: labelX,
                              labelAnchor: anchor, actors: actors, actorDotsX: firstDot,
                              extent: extent))
        }
        self.items = items
        self.dropped = dropped
        laneCount = lanes.count
    }

    /// Estimated width of a label: the value in bold, a space, the summary.
    static func labelWidth(value: String, summary: String) -> Double {
        TextMetrics.width(value, fontSize: SVGStyle.labelFontSize, bold: true)
            + TextMetrics.width(" " + summary, fontSize: SVGStyle.labelFontSize)
    }
}
