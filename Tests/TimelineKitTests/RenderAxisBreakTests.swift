import Testing
@testable import TimelineKit

@Suite struct RenderAxisBreakTests {
    func day(_ y: Int, _ m: Int = 1, _ d: Int = 1) -> Day { Day(year: y, month: m, day: d) }

    @Test func longEmptyStretchesBecomeBreaks() {
        // Events in 1946, 1968 and 1988-2000: two long empty stretches.
        let occupied = [day(1946, 3, 5)...day(1946, 3, 5), day(1968)...day(1968, 12, 31),
                        day(1988)...day(1989, 12, 31), day(1990, 6)...day(2000, 6, 1)]
        let axis = TimeAxis(from: day(1946, 3, 5), through: day(2000, 6, 1), left: 0, width: 1000, occupied: occupied)
        #expect(axis.breaks.count == 2)
        #expect(axis.segments.map(\.start.year) == [1946, 1968, 1988])
        // Monotonic, and within the drawing.
        let xs = [day(1946, 3, 5), day(1968, 6), day(1988), day(1995), day(2000, 6, 1)].map(axis.x)
        #expect(xs == xs.sorted())
        #expect(xs.first! >= 0 && xs.last! <= 1000)
        // One scale everywhere: a year is as wide in 1968 as in 1995.
        let w1968 = axis.xAfter(day(1968, 12, 31)) - axis.x(day(1968))
        let w1995 = axis.x(day(1996)) - axis.x(day(1995))
        #expect(abs(w1968 - w1995) < 0.01 * w1995)
        // A day in a break sits on the break.
        #expect(axis.x(day(1960)) == axis.breaks[0])
        // No tick or label inside a break.
        for x in axis.breaks {
            #expect(!axis.ticks.contains { abs($0.x - x) < TimeAxis.breakWidth / 2 - 1 })
        }
    }

    @Test func sparseYearsAreCutDenseStretchesKept() {
        // A few days in 1989, a dense 1996-08, a dense 1998-01..03: the years between are cut.
        var occupied = [day(1989, 10, 26)...day(1989, 10, 30)]
        occupied += (0..<30).map { day(1996, 8, 1).adding(days: $0) }.map { $0...$0 }
        occupied += (0..<80).map { day(1998, 1, 5).adding(days: $0) }.map { $0...$0 }
        let axis = TimeAxis(from: day(1989, 10, 26), through: day(1998, 3, 25), left: 0, width: 1000, occupied: occupied)
        #expect(axis.breaks.count == 2)
        // The dense months get most of the width.
        #expect(axis.x(day(1998, 3, 25)) - axis.x(day(1998, 1, 5)) > 300)
    }

    @Test func evenlySpreadEventsKeepOneSegment() {
        // An event every three weeks for two years: no gap worth cutting.
        let occupied = (0..<35).map { day(2018, 6).adding(days: 21 * $0) }.map { $0...$0 }
        let axis = TimeAxis(from: day(2018, 6), through: occupied.last!.upperBound, left: 0, width: 800, occupied: occupied)
        #expect(axis.breaks.isEmpty)
        #expect(axis.segments.count == 1)
    }

    /// The sides of a break never read as the same date: after each break the
    /// axis says where it resumes ("Aug 1995", or "1995" at a year's start),
    /// whichever band has room for it. The large corpus had "1991 // 1991".
    @Test func breakSidesSayWhatWasCut() {
        // Jan-Feb 1991, one day in Nov 1991, then Aug 1995 to 2000: two breaks, one inside 1991.
        var occupied = (0..<50).map { day(1991, 1, 1).adding(days: $0) }.map { $0...$0 }
        occupied.append(day(1991, 11, 20)...day(1991, 11, 20))
        occupied += (0..<1600).map { day(1995, 8, 10).adding(days: $0) }.map { $0...$0 }
        let axis = TimeAxis(from: day(1991), through: occupied.last!.upperBound, left: 28, width: 1144, occupied: occupied)
        #expect(axis.breaks.count == 2)
        for (index, segment) in axis.segments.enumerated().dropFirst() {
            let month = RenderTables.months[segment.start.month].short
            let expected = (segment.start.month == 1 && segment.start.day == 1 ? "" : month + " ") + String(segment.start.year)
            let resume = axis.labels.filter { abs($0.x - (axis.x(segment.start) + 3)) < 0.01 }.map(\.text)
            #expect(resume.contains(expected), "segment \(index) from \(segment.start) is labelled \(resume), not \(expected)")
        }
        // In the upper band, no two neighbours across a break say the same thing.
        let upper = axis.labels.filter { $0.band == 0 }.sorted { $0.x < $1.x }.map(\.text)
        #expect(zip(upper, upper.dropFirst()).allSatisfy { $0 != $1 }, "\(upper)")
        #expect(axis.cuts.count == axis.breaks.count)
        #expect(axis.cuts.allSatisfy { $0.from <= $0.through })
    }

    @Test func breakTooltipNamesTheCut() throws {
        var events = [TimelineEvent]()
        for (n, iso) in ["1991-01-10", "1991-02-05", "1995-08-10", "1995-09-01", "1995-10-01", "1996-01-05"].enumerated() {
            events.append(TimelineEvent(id: "e\(n)", summary: "Something happens number \(n)", type: "statement",
                                        date: EventDate(value: TimeValue(day: Day(iso: iso)!), basis: .stated, explanation: "synthetic"),
                                        actors: [], sources: []))
        }
        let svg = try SVGRenderer.render(Timeline(documents: [], actors: [], events: events, relations: []))
        #expect(svg.contains("<title>Axis break: 1991-03-01 to 1995-07-31 cut out"))
        #expect(svg.contains(">August 1995</text>"), "day scale: the month resumed after the break is named in full")
    }
}
