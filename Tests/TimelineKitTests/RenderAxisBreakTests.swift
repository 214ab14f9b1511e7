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
}
