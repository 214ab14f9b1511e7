/// A horizontal time scale for the SVG timeline: which days it covers, where
/// a day falls in pixels, and the ticks and labels that fit at that scale.
///
/// The covered range is the events' range widened to whole months (whole
/// years past two years), so ticks fall on calendar boundaries. Labels come in
/// two bands: years above months when a month is wide enough to mark, months
/// above day numbers when days are, years alone otherwise (every 2, 5, 10...
/// years when single years would crowd). Day numbers are shown once a day is
/// 4 pixels wide (a range up to about nine months), every 1, 2, 5 or 10 days.
///
/// Long empty stretches are cut out: the longest gap without an event, while
/// it is at least a twelfth of what is left to draw (and two months), again
/// and again (at most eight times); the axis jumps over each and the renderer
/// draws a break mark there. Between breaks the scale is
/// the same everywhere, so lengths stay comparable.
struct TimeAxis {
    /// A mark on the axis.
    struct Tick: Hashable {
        var x: Double
        /// A boundary of the upper band's unit (a year, or a month when days are shown):
        /// drawn as a gridline across the chart.
        var major: Bool
    }

    /// A label in one of the two bands.
    struct Label: Hashable {
        var x: Double
        var text: String
        /// 0: upper band (coarser unit), 1: lower band.
        var band: Int
        /// `middle` (centred in its unit) or `start` (just right of its tick).
        var anchor: String
        /// Where the axis resumes after a break ("Aug 1995"): kept before any
        /// other label when they crowd, wider segments first; 0 for the rest.
        var priority: Double = 0
    }

    /// A stretch of days drawn to scale: `start` up to (not including) `end`, from x `left`.
    struct Segment: Hashable {
        var start: Day
        var end: Day
        var left: Double
        var days: Int { end.daysSinceEpoch - start.daysSinceEpoch }
    }

    /// First day covered.
    let start: Day
    /// The day after the last day covered.
    let end: Day
    let left: Double
    let width: Double
    /// The stretches drawn, in order; more than one when the axis has breaks.
    private(set) var segments: [Segment] = []
    /// The x of each break, between two segments.
    private(set) var breaks: [Double] = []
    private(set) var pixelsPerDay: Double = 1
    private(set) var ticks: [Tick] = []
    private(set) var labels: [Label] = []

    /// Width of the gap drawn for a break.
    static let breakWidth = 26.0
    /// Most breaks on one axis, so it never turns into a row of fragments.
    static let maxBreaks = 8

    /// The scale from `first` through `last` drawn between `left` and `left + width`.
    /// `occupied`: the days events cover; long stretches outside them are cut out.
    init(from first: Day, through last: Day, left: Double, width: Double, occupied: [ClosedRange<Day>] = []) {
        let span = last.daysSinceEpoch - first.daysSinceEpoch + 1
        let byYear = span > 731
        // Whole years on a long axis, unless that would add more than a
        // twelfth of empty space at the ends; whole months otherwise.
        let yearEnds = byYear && (first.month - 1) + (12 - last.month) <= span / 365
        func floor(_ d: Day) -> Day { yearEnds ? Day(year: d.year, month: 1, day: 1) : d.firstOfMonth }
        func ceiling(_ d: Day) -> Day { yearEnds ? Day(year: d.year + 1, month: 1, day: 1) : d.lastOfMonth.adding(days: 1) }
        start = floor(first)
        end = ceiling(last)
        self.left = left
        self.width = width

        // Covered stretches (widened to whole units), merged. Then the longest
        // empty gap is cut out while it is at least a twelfth of what is still
        // drawn (and two months): cutting one gap widens everything else, so
        // the next gap is judged against the narrower axis, until the dense
        // stretches fill the width. At most `maxBreaks` cuts.
        var stretches = [(Day, Day)]()
        for r in occupied.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let (a, b) = (max(r.lowerBound.firstOfMonth, start), min(r.upperBound.lastOfMonth.adding(days: 1), end))
            if let last = stretches.last, a <= last.1 {
                stretches[stretches.count - 1].1 = max(last.1, b)
            } else {
                stretches.append((a, b))
            }
        }
        if stretches.isEmpty || occupied.isEmpty { stretches = [(start, end)] }
        stretches[0].0 = start
        stretches[stretches.count - 1].1 = end
        var cut = Set<Int>()  // gap i lies between stretches i and i + 1
        var remaining = end.daysSinceEpoch - start.daysSinceEpoch
        while cut.count < Self.maxBreaks {
            let gaps = (0..<(stretches.count - 1)).filter { !cut.contains($0) }.map {
                (index: $0, days: stretches[$0 + 1].0.daysSinceEpoch - stretches[$0].1.daysSinceEpoch)
            }
            guard let longest = gaps.max(by: { $0.days != $1.days ? $0.days < $1.days : $0.index > $1.index }),
                  longest.days >= max(remaining / 12, 62) else { break }
            cut.insert(longest.index)
            remaining -= longest.days
        }
        var merged = [(Day, Day)]()
        for (i, stretch) in stretches.enumerated() {
            if i > 0 && !cut.contains(i - 1) { merged[merged.count - 1].1 = stretch.1 } else { merged.append(stretch) }
        }
        stretches = merged
        let drawnDays = stretches.reduce(0) { $0 + $1.1.daysSinceEpoch - $1.0.daysSinceEpoch }
        let available = width - Self.breakWidth * Double(stretches.count - 1)
        pixelsPerDay = available / Double(max(drawnDays, 1))
        var x = left
        for (i, (a, b)) in stretches.enumerated() {
            if i > 0 {
                breaks.append(x + Self.breakWidth / 2)
                x += Self.breakWidth
            }
            segments.append(Segment(start: a, end: b, left: x))
            x += Double(b.daysSinceEpoch - a.daysSinceEpoch) * pixelsPerDay
        }
        for segment in segments { layOut(segment) }
        dropCrowdedLabels()
    }

    /// Labels of neighbouring segments can meet at a break: in each band a
    /// label that would overlap one already kept (or run past the axis) is
    /// dropped. The labels saying where the axis resumes after a break go
    /// first, so a reader always sees what was cut ("1991 // Aug 1995").
    private mutating func dropCrowdedLabels() {
        var kept = [Label]()
        var taken = [[ClosedRange<Double>]](repeating: [], count: 2)
        let order = labels.sorted { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            return a.band != b.band ? a.band < b.band : a.x < b.x
        }
        for first in order {
            // A resume label with no room in the upper band (a narrow
            // segment between two breaks) tries the lower one.
            for band in first.priority > 0 && first.band == 0 ? [0, 1] : [first.band] {
                var label = first
                label.band = band
                let w = TextMetrics.width(label.text, fontSize: SVGStyle.axisFontSize, bold: label.band == 0)
                let x0 = label.anchor == "middle" ? label.x - w / 2 : label.x
                let box = (x0 - 4)...(x0 + w + 4)
                guard x0 + w <= left + width + SVGStyle.margin - 2, !taken[band].contains(where: { $0.overlaps(box) }) else { continue }
                taken[band].append(box)
                kept.append(label)
                break
            }
        }
        labels = kept.sorted { $0.band != $1.band ? $0.band < $1.band : $0.x < $1.x }
    }

    /// What each break cuts out: the first and last day missing.
    var cuts: [(from: Day, through: Day)] {
        zip(segments, segments.dropFirst()).map { ($0.end, $1.start.adding(days: -1)) }
    }

    var days: Int { end.daysSinceEpoch - start.daysSinceEpoch }

    /// The left edge of `day` (a day inside a break sits on the break).
    func x(_ day: Day) -> Double {
        for (i, segment) in segments.enumerated() {
            if day < segment.end {
                if day < segment.start, i > 0 { return breaks[i - 1] }
                return segment.left + Double(day.daysSinceEpoch - segment.start.daysSinceEpoch) * pixelsPerDay
            }
        }
        let last = segments[segments.count - 1]
        return last.left + Double(day.daysSinceEpoch - last.start.daysSinceEpoch) * pixelsPerDay
    }

    /// The right edge of `day` (the left edge of the next).
    func xAfter(_ day: Day) -> Double { x(day) + pixelsPerDay }

    /// Ticks and labels for one segment.
    private mutating func layOut(_ segment: Segment) {
        let start = segment.start, end = segment.end
        let perMonth = pixelsPerDay * 30.44
        let perYear = pixelsPerDay * 365.25
        let fontSize = SVGStyle.axisFontSize
        // A segment after a break starts with where the axis resumes, so the
        // two sides of a break never read as the same year ("1991 // 1991").
        let resumed = segment.start > self.start
        let segmentWidth = Double(segment.days) * pixelsPerDay
        if pixelsPerDay >= 4 {
            // Months above days.
            var month = start
            while month < end {
                let next = month.adding(months: 1).firstOfMonth
                ticks.append(Tick(x: x(month), major: true))
                let label = RenderTables.months[month.month].long + " " + Day.pad(month.year, 4)
                if resumed && month == start {
                    labels.append(Label(x: x(month) + 3, text: label, band: 0, anchor: "start", priority: segmentWidth))
                } else {
                    labels.append(centred(label, from: month, to: min(next, end), band: 0))
                }
                month = next
            }
            let step = [1, 2, 5, 10].first { Double($0) * pixelsPerDay >= fontSize * 1.8 } ?? 10
            var day = start
            while day < end {
                if day.day != 1 { ticks.append(Tick(x: x(day), major: false)) }
                if (day.day - 1) % step == 0 && day.day + step / 2 <= Day.length(ofMonth: day.month, year: day.year) + 1 {
                    labels.append(Label(x: x(day) + pixelsPerDay / 2, text: String(day.day), band: 1, anchor: "middle"))
                }
                day = day.adding(days: 1)
            }
            return
        }
        // Years above (optionally) months.
        let yearStep = [1, 2, 5, 10, 20, 50, 100].first { Double($0) * perYear >= fontSize * 4 } ?? 100
        for year in start.year...max(start.year, end.adding(days: -1).year) {
            let first = max(Day(year: year, month: 1, day: 1), start)
            let next = min(Day(year: year + 1, month: 1, day: 1), end)
            if first == Day(year: year, month: 1, day: 1) { ticks.append(Tick(x: x(first), major: true)) }
            if resumed && year == start.year {
                // "1995" where the segment starts with a year, else "Aug 1995".
                let text = (start.month == 1 && start.day == 1 ? "" : RenderTables.months[start.month].short + " ") + Day.pad(year, 4)
                labels.append(Label(x: x(start) + 3, text: text, band: 0, anchor: "start", priority: segmentWidth))
                continue
            }
            guard year % yearStep == 0 || yearStep == 1 else { continue }
            let text = Day.pad(year, 4)
            if yearStep == 1 {
                labels.append(centred(text, from: first, to: next, band: 0))
            } else {
                labels.append(Label(x: x(first) + 3, text: text, band: 0, anchor: "start"))
            }
        }
        guard perMonth >= 6 else { return }
        let monthStep = [1, 2, 3, 6].first { Double($0) * perMonth >= fontSize * 2.4 }
        var month = start
        while month < end {
            let next = month.adding(months: 1).firstOfMonth
            if month.month != 1 { ticks.append(Tick(x: x(month), major: false)) }
            if let monthStep, (month.month - 1) % monthStep == 0 {
                let text = RenderTables.months[month.month].short
                if monthStep == 1 {
                    labels.append(centred(text, from: month, to: next, band: 1))
                } else {
                    labels.append(Label(x: x(month) + 3, text: text, band: 1, anchor: "start"))
                }
            }
            month = next
        }
    }

    /// A label centred on the days from `from` up to `to`, or just right of
    /// `from` when it does not fit between them.
    private func centred(_ text: String, from: Day, to: Day, band: Int) -> Label {
        let width = x(to) - x(from)
        let textWidth = TextMetrics.width(text, fontSize: SVGStyle.axisFontSize)
        if textWidth + 4 > width {
            return Label(x: x(from) + 3, text: text, band: band, anchor: "start")
        }
        return Label(x: x(from) + width / 2, text: text, band: band, anchor: "middle")
    }
}
