import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TimelineKit

/// One large synthetic timeline shape for the label-box check.
struct LabelBoxCase: Sendable, CustomStringConvertible {
    var name: String
    /// (first day, events, days apart, granularities) runs, laid end to end.
    var runs: [(start: String, count: Int, step: Int, granularities: [Granularity])]
    var width: Double
    var description: String { name }
}

/// Every `<text>` of a rendered SVG as a box: font size inherited from the
/// enclosing `<g>`, width from ``TextMetrics`` (bold `tspan`s measured bold),
/// height from the font size (ascent 0.8 em, descent 0.25 em).
final class SVGTextBoxes: NSObject, XMLParserDelegate {
    struct Box { var text: String; var x0, x1, y0, y1: Double }
    var boxes = [Box]()
    private var sizes = [Double]()
    private var open: (x: Double, y: Double, anchor: String, size: Double, bold: Bool)?
    private var pieces = [(text: String, bold: Bool)]()
    private var boldDepth = 0

    static func boxes(in svg: String) -> [Box] {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = SVGTextBoxes()
        parser.delegate = collector
        _ = parser.parse()
        return collector.boxes
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String] = [:]) {
        let size = a["font-size"].flatMap(Double.init) ?? sizes.last ?? SVGStyle.labelFontSize
        sizes.append(size)
        if name == "text" {
            open = (Double(a["x"] ?? "0") ?? 0, Double(a["y"] ?? "0") ?? 0, a["text-anchor"] ?? "start", size, a["font-weight"] == "bold")
            pieces = []
        } else if name == "tspan", a["font-weight"] == "bold" {
            boldDepth += 1
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let open else { return }
        pieces.append((string, open.bold || boldDepth > 0))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        sizes.removeLast()
        if name == "tspan", boldDepth > 0 { boldDepth -= 1 }
        guard name == "text", let o = open else { return }
        // SVG collapses runs of white space to one space and trims the ends.
        var scalars = [(Unicode.Scalar, Bool)]()
        for piece in pieces {
            for scalar in piece.text.unicodeScalars {
                let space = scalar == " " || scalar == "\n" || scalar == "\t"
                if space && (scalars.isEmpty || scalars.last!.0 == " ") { continue }
                scalars.append((space ? " " : scalar, piece.bold))
            }
        }
        if scalars.last?.0 == " " { scalars.removeLast() }
        var text = "", width = 0.0
        for (scalar, bold) in scalars {
            text.unicodeScalars.append(scalar)
            width += TextMetrics.width(String(scalar), fontSize: o.size, bold: bold)
        }
        let x0 = o.anchor == "end" ? o.x - width : o.anchor == "middle" ? o.x - width / 2 : o.x
        boxes.append(Box(text: text, x0: x0, x1: x0 + width, y0: o.y - 0.8 * o.size, y1: o.y + 0.25 * o.size))
        open = nil
    }
}

/// No two labels of the SVG timeline overlap, and none runs off the chart,
/// on timelines far larger and denser than the seeds: hundreds of events,
/// dozens on one day, decades with long empty stretches, narrow charts.
@Suite struct RenderLabelBoxTests {
    static let cases: [LabelBoxCase] = [
        .init(name: "600 events: dense days, a month, decades with gaps", runs: [
            ("1946-03-05", 20, 900, [.year, .day]),
            ("1998-01-01", 120, 0, [.day]),
            ("1998-02-01", 200, 1, [.day, .week, .month, .day]),
            ("1999-03-01", 160, 7, [.day, .month]),
            ("2004-11-01", 100, 0, [.day, .day, .week]),
        ], width: 1200),
        .init(name: "400 events, narrow chart", runs: [
            ("2010-01-01", 150, 0, [.day]),
            ("2010-06-01", 150, 3, [.day, .week, .month]),
            ("2015-01-01", 100, 40, [.year, .month, .day]),
        ], width: 520),
        .init(name: "300 events over a century", runs: [("1900-01-01", 300, 120, [.day, .year, .month])], width: 1600),
    ]

    static func timeline(_ c: LabelBoxCase) -> Timeline {
        var events = [TimelineEvent]()
        var actors = [Actor]()
        for k in 0..<12 { actors.append(Actor(id: "a\(k)", name: "Actor number \(k)", kind: .organization, mentions: 12 - k)) }
        for run in c.runs {
            let start = Day(iso: run.start)!
            for i in 0..<run.count {
                let day = start.adding(days: i * run.step)
                let value: TimeValue
                switch run.granularities[i % run.granularities.count] {
                case .year: value = TimeValue(year: day.year)
                case .month: value = TimeValue(year: day.year, month: day.month)
                case .week:
                    let (y, w) = day.isoWeek
                    let monday = Day.mondayOf(isoYear: y, week: w)
                    value = TimeValue(value: "\(y)-W\(w < 10 ? "0" : "")\(w)", granularity: .week, earliest: monday, latest: monday.adding(days: 6))
                default: value = TimeValue(day: day)
                }
                let n = events.count
                let summary = RenderLayoutTests.summaries[n % RenderLayoutTests.summaries.count] + (n % 3 == 0 ? " after a long and public dispute" : "")
                events.append(TimelineEvent(id: "e\(n + 1)", summary: summary, type: ["arrest", "ban", "statement", "meeting"][n % 4],
                                            date: EventDate(value: value, basis: n % 5 == 0 ? .inferred : .stated, explanation: "synthetic"),
                                            actors: [actors[n % 12].id, actors[(n * 7) % 5].id], sources: []))
            }
        }
        return Timeline(documents: [], actors: actors, events: events, relations: [])
    }

    @Test(arguments: cases)
    func labelBoxesNeverOverlap(_ c: LabelBoxCase) throws {
        let timeline = Self.timeline(c)
        let svg = try SVGRenderer.render(timeline, options: SVGOptions(width: c.width, maxDrawn: 1000))
        // The dense day (120 events on 1998-01-01) is one "+N more on" cluster, not a stack of 120 labels.
        if c.runs.contains(where: { $0.count >= 100 && $0.step == 0 }) { #expect(svg.contains("more on 1998-01-01") || svg.contains("more on 2010-01-01")) }
        let boxes = SVGTextBoxes.boxes(in: svg)
        let layout = SVGLayout(timeline, graph: EventGraph(timeline), width: c.width, maxLanes: SVGOptions.defaultLanes)
        let clustered = layout.clusters.reduce(0) { $0 + $1.events.count }
        #expect(layout.items.count + clustered == timeline.events.count, "every event is labelled or in a cluster")
        #expect(layout.laneCount <= SVGOptions.defaultLanes + 6, "the lane cap holds: \(layout.laneCount) lanes")
        #expect(boxes.count > layout.items.count + layout.clusters.count, "every label is in the SVG")
        for box in boxes {
            #expect(box.x0 >= 0 && box.x1 <= c.width + 0.01, "'\(box.text)' runs off the chart: \(box.x0)...\(box.x1)")
        }
        // Sweep by left edge: each box against the boxes that start before it ends.
        let sorted = boxes.sorted { $0.x0 < $1.x0 }
        var overlaps = [String]()
        for (i, a) in sorted.enumerated() {
            var j = i + 1
            while j < sorted.count && sorted[j].x0 < a.x1 - 0.01 {
                let b = sorted[j]
                if a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01 { overlaps.append("'\(a.text)' and '\(b.text)'") }
                j += 1
            }
        }
        #expect(overlaps.isEmpty, "\(overlaps.count) overlapping labels, e.g. \(overlaps.prefix(3))")
    }
}

/// Events known only by one bound ("on or before 1946-01-01") that land in
/// the overflow groups once the lanes are full: their anchor can lie left of
/// the axis, which once crashed the grouping (a 472-article build).
@Suite struct RenderOverflowOpenBoundTests {
    @Test func openBoundEventsInTheOverflowDoNotCrash() throws {
        var timeline = RenderLabelBoxTests.timeline(RenderLabelBoxTests.cases[0])
        let n = timeline.events.count
        for k in 0..<80 {
            let before = k % 2 == 0
            let value = TimeValue(value: "XXXX", granularity: .other,
                                  earliest: before ? nil : Day(iso: "1900-06-01")!.adding(days: k),
                                  latest: before ? Day(iso: "1940-01-01")!.adding(days: k) : nil)
            timeline.events.append(TimelineEvent(id: "e\(n + k + 1)", summary: "An event known by one bound", type: "statement",
                                                 date: EventDate(value: value, basis: .inferred, explanation: "one bound"),
                                                 actors: [], sources: []))
        }
        let layout = SVGLayout(timeline, graph: EventGraph(timeline), width: 900, maxLanes: 4)
        let clustered = layout.clusters.reduce(0) { $0 + $1.events.count }
        #expect(layout.items.count + clustered + layout.unplaced.count == timeline.events.count)
        let svg = try SVGRenderer.render(timeline, options: SVGOptions(width: 900, maxLanes: 4))
        #expect(svg.contains("</svg>"))
    }
}
