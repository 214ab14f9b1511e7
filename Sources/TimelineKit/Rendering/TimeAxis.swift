/// A horizontal time scale for the SVG timeline: which days it covers, where
/// a day falls in pixels, and the ticks and labels that fit at that scale.
///
/// The covered range is the events' range widened to whole months (whole
/// years past two years), so ticks fall on calendar boundaries. Labels come in
/// two bands: years above months when a month is wide enough to mark, months
/// above day numbers when days are, years alone otherwise (every 2, 5, 10...
/// years when single years would crowd). Day numbers are shown once a day is
/// 4 pixels wide (a range up to about nine months), every 1, 2, 5 or 10 days.
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
    }

    /// First day covered.
    let start: Day
    /// The day after the last day covered.
    let end: Day
    let left: Double
    let width: Double
    private(set) var ticks: [Tick] = []
    private(set) var labels: [Label] = []

    /// The scale from `first` through `last` drawn between `left` and `left + width`.
    init(from first: Day, through last: Day, left: Double, width: Double) {
        let span = last.daysSinceEpoch - first.daysSinceEpoch + 1
        if span > 731 {
            start = Day(year: first.year, month: 1, day: 1)
            end = Day(year: last.year + 1, month: 1, day: 1)
        } else {
            start = first.firstOfMonth
            end = last.lastOfMonth.adding(days: 1)
        }
        self.left = left
        self.width = width
        layOut()
    }

    var days: Int { end.daysSinceEpoch - start.daysSinceEpoch }
    var pixelsPerDay: Double { width / Double(max(days, 1)) }

    /// The left edge of `day`.
    func x(_ day: Day) -> Double {
        left + Double(day.daysSinceEpoch - start.daysSinceEpoch) * pixelsPerDay
    }

    /// The right edge of `day` (the left edge of the next).
    func xAfter(_ day: Day) -> Double { x(day) + pixelsPerDay }

    private mutating func layOut() {
        let perMonth = pixelsPerDay * 30.44
        let perYear = pixelsPerDay * 365.25
        let fontSize = SVGStyle.axisFontSize
        if pixelsPerDay >= 4 {
            // Months above days.
            var month = start
            while month < end {
                let next = month.adding(months: 1).firstOfMonth
                ticks.append(Tick(x: x(month), major: true))
                let label = RenderTables.months[month.month].long + " " + Day.pad(month.year, 4)
                labels.append(centred(label, from: month, to: min(next, end), band: 0))
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
