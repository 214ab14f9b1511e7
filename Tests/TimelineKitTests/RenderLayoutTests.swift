import Foundation
import Testing
@testable import TimelineKit

/// A timeline shape to lay out: `count` events starting at `start`, `step`
/// days apart, cycling through granularities.
struct LayoutCase: Sendable, CustomStringConvertible {
    var name: String
    var start: String
    var count: Int
    var step: Int
    var granularities: [Granularity]
    var description: String { name }
}

/// One axis range and what its labels must show.
struct AxisCase: Sendable, CustomStringConvertible {
    var first: String
    var last: String
    /// Labels that must appear (upper band first).
    var labels: [String]
    var description: String { first + ".." + last }
}

@Suite struct RenderLayoutTests {
    static let summaries = [
        "Huawei chairman says there is no evidence of backdoors",
        "US Commerce Department adds Huawei to the Entity List",
        "China's foreign ministry denies back door deals",
        "UK allows Huawei a limited role in its 5G network",
        "Canada arrests Meng Wanzhou",
        "Court hears extradition case",
        "Vodafone finds hidden telnet service in Huawei routers in Italy",
    ]

    static func synthetic(_ c: LayoutCase) -> Timeline {
        let start = Day(iso: c.start)!
        var events = [TimelineEvent]()
        for i in 0..<c.count {
            let day = start.adding(days: i * c.step)
            let value: TimeValue
            switch c.granularities[i % c.granularities.count] {
            case .year: value = TimeValue(year: day.year)
            case .month: value = TimeValue(year: day.year, month: day.month)
            case .week:
                let (y, w) = day.isoWeek
                let monday = Day.mondayOf(isoYear: y, week: w)
                value = TimeValue(value: "\(y)-W\(w < 10 ? "0" : "")\(w)", granularity: .week, earliest: monday, latest: monday.adding(days: 6))
            default: value = TimeValue(day: day)
            }
            let types = ["arrest", "ban", "statement", "denial", "offer", "meeting", "visit-abroad"]
            events.append(TimelineEvent(id: "e\(i + 1)", summary: summaries[i % summaries.count], type: types[i % types.count],
                                        date: EventDate(value: value, basis: .stated, explanation: "synthetic"),
                                        actors: [], sources: []))
        }
        return Timeline(documents: [], actors: [], events: events, relations: [])
    }

    static let layoutCases: [LayoutCase] = [
        .init(name: "crowded month, days", start: "2019-05-01", count: 40, step: 0, granularities: [.day]),
        .init(name: "a quarter, mixed", start: "2019-02-03", count: 30, step: 3, granularities: [.day, .week, .month]),
        .init(name: "two years, mixed", start: "2018-01-10", count: 50, step: 14, granularities: [.day, .month, .week, .year]),
        .init(name: "twenty years", start: "2000-03-01", count: 25, step: 300, granularities: [.year, .day]),
        .init(name: "one day", start: "2020-07-16", count: 1, step: 0, granularities: [.day]),
    ]

    @Test(arguments: layoutCases)
    func lanesNeverOverlap(_ c: LayoutCase) throws {
        let timeline = Self.synthetic(c)
        let layout = SVGLayout(timeline, graph: EventGraph(timeline))
        #expect(layout.items.count + layout.clusters.reduce(0) { $0 + $1.events.count } == c.count)
        let right = SVGStyle.width - SVGStyle.margin
        for (i, a) in layout.items.enumerated() {
            #expect(a.extent.lowerBound >= SVGStyle.margin - SVGStyle.dotRadius - 0.01, "\(a.event.id) starts off the chart")
            #expect(a.extent.upperBound <= right + SVGStyle.dotRadius + 0.01, "\(a.event.id) ends off the chart")
            for b in layout.items[(i + 1)...] where a.lane == b.lane {
                #expect(!a.extent.overlaps(b.extent), "\(a.event.id) and \(b.event.id) overlap in lane \(a.lane)")
            }
        }
        let svg = try SVGRenderer.render(timeline)
        #expect(XMLWellFormedness.problem(in: svg) == nil)
        if let directory = ProcessInfo.processInfo.environment["TIMELINE_RENDER_PREVIEW"] {
            let name = c.name.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ",", with: "")
            try svg.write(toFile: directory + "/" + name + ".svg", atomically: true, encoding: .utf8)
        }
    }

    @Test func eventsSitAtTheirDates() {
        let timeline = RenderFixture.timeline
        let layout = SVGLayout(timeline, graph: EventGraph(timeline))
        let axis = layout.axis!
        for item in layout.items where !item.isDot {
            #expect(abs(item.markerStart - axis.x(item.placement.start)) < 2.01)
            #expect(abs(item.markerEnd - axis.xAfter(item.placement.end)) < 2.01)
        }
        let may15 = layout.items.first { $0.event.id == "e6" }!
        #expect(abs((may15.markerStart + may15.markerEnd) / 2 - (axis.x(Day(iso: "2019-05-15")!) + axis.pixelsPerDay / 2)) < 0.01)
    }

    static let axisCases: [AxisCase] = [
        .init(first: "2018-01-01", last: "2019-06-30", labels: ["2018", "2019", "Jan", "Dec", "Jun"]),
        .init(first: "2019-05-03", last: "2019-05-20", labels: ["May 2019", "1", "15"]),
        .init(first: "2019-04-20", last: "2019-05-10", labels: ["April 2019", "May 2019"]),
        .init(first: "2000-03-01", last: "2019-09-30", labels: ["2000", "2010"]),
        .init(first: "1990-01-01", last: "2020-12-31", labels: ["1990", "2020"]),
    ]

    @Test(arguments: axisCases)
    func axisLabelsFitTheRange(_ c: AxisCase) {
        let axis = TimeAxis(from: Day(iso: c.first)!, through: Day(iso: c.last)!, left: 28, width: 1144)
        let texts = axis.labels.map(\.text)
        for label in c.labels { #expect(texts.contains(label), "\(label) in \(texts)") }
        #expect(axis.start <= Day(iso: c.first)!)
        #expect(axis.end > Day(iso: c.last)!)
        // Labels in one band never overlap.
        for band in 0...1 {
            let spans = axis.labels.filter { $0.band == band }.map { label -> ClosedRange<Double> in
                let w = TextMetrics.width(label.text, fontSize: SVGStyle.axisFontSize)
                let lo = label.anchor == "middle" ? label.x - w / 2 : label.x
                return lo...(lo + w)
            }.sorted { $0.lowerBound < $1.lowerBound }
            for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.upperBound <= b.lowerBound, "band \(band): \(texts)") }
        }
    }
}
