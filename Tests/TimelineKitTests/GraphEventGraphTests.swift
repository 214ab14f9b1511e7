import Testing
@testable import TimelineKit

/// Two dated events and the temporal relation the graph must derive between them.
struct RelationCase: Sendable, CustomStringConvertible {
    var a: (String, Granularity, String, String)
    var b: (String, Granularity, String, String)
    var relation: String
    var description: String { a.0 + " / " + b.0 + " -> " + relation }
}

@Suite struct GraphEventGraphTests {
    let graph = EventGraph(RenderFixture.timeline)

    @Test func nodesFollowTheTimeline() {
        #expect(graph.actors.map(\.id) == RenderFixture.timeline.actors.map(\.id))
        #expect(graph.events.map(\.id) == ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"])
        #expect(graph.actors[1].kind == .actor(.person))
        #expect(graph.events[1].kind == .event(type: "arrest"))
    }

    @Test func slotsAreInTimeOrderAndUnplacedKeptApart() {
        #expect(graph.slots.map(\.value) == ["2018", "2018-12-01", "2019-01", "2019-W04", "2019-Q2", "2019-05-15"])
        #expect(graph.unplaced == ["e7", "e8"])
    }

    @Test func participationEdgesLinkEveryActorToItsEvents() {
        let participation = graph.edges.filter { $0.kind == .participation }
        let expected = RenderFixture.timeline.events.reduce(0) { $0 + $1.actors.count }
        #expect(participation.count == expected)
        #expect(participation.contains { $0.from == "meng-wanzhou" && $0.to == "e8" })
    }

    @Test func temporalEdgesChainPlacedEventsAndKeepTimelineRelations() {
        let temporal = graph.edges.compactMap { edge -> String? in
            if case .temporal(let type) = edge.kind { return edge.from + ">" + edge.to + ":" + type }
            return nil
        }
        #expect(temporal == [
            "e1>e2:includes", "e2>e3:before", "e3>e4:includes", "e4>e5:before", "e5>e6:includes",
            "e2>e4:before",  // from the timeline's own relations
        ])
    }

    @Test func coParticipationCountsSharedEvents() {
        let shared = graph.edges.filter { $0.kind == .coParticipation }
        let huaweiUS = shared.first { $0.from == "huawei" && $0.to == "united-states" }
        #expect(huaweiUS?.weight == 2)
        let mengCanada = shared.first { $0.from == "canada" && $0.to == "meng-wanzhou" }
        #expect(mengCanada?.weight == 2)
        #expect(shared.allSatisfy { $0.from < $0.to })
    }

    static let relationCases: [RelationCase] = [
        .init(a: ("2019-05", .month, "2019-05-01", "2019-05-31"), b: ("2019-05-15", .day, "2019-05-15", "2019-05-15"), relation: "includes"),
        .init(a: ("2019-05-14", .day, "2019-05-14", "2019-05-14"), b: ("2019-05-15", .day, "2019-05-15", "2019-05-15"), relation: "before"),
        .init(a: ("2019-05-15", .day, "2019-05-15", "2019-05-15"), b: ("2019-05-15", .day, "2019-05-15", "2019-05-15"), relation: "simultaneous"),
        .init(a: ("2019-W18", .week, "2019-04-29", "2019-05-05"), b: ("2019-05", .month, "2019-05-01", "2019-05-31"), relation: "overlaps"),
        .init(a: ("2019", .year, "2019-01-01", "2019-12-31"), b: ("2019-01", .month, "2019-01-01", "2019-01-31"), relation: "includes"),
    ]

    @Test(arguments: relationCases)
    func derivedRelation(_ c: RelationCase) {
        func event(_ id: String, _ d: (String, Granularity, String, String)) -> TimelineEvent {
            TimelineEvent(id: id, summary: id, type: "statement",
                          date: EventDate(value: TimeValue(value: d.0, granularity: d.1, earliest: Day(iso: d.2), latest: Day(iso: d.3)),
                                          basis: .stated, explanation: ""),
                          actors: [], sources: [])
        }
        let timeline = Timeline(documents: [], actors: [], events: [event("e1", c.a), event("e2", c.b)], relations: [])
        let edge = EventGraph(timeline).edges.first
        #expect(edge?.from == "e1")
        #expect(edge?.to == "e2")
        #expect(edge?.kind == .temporal(c.relation))
    }

    @Test func idsWithNumbersSortNumerically() {
        let ids = ["e10", "e2", "e1", "a3", "e"].sorted(by: EventGraph.idPrecedes)
        #expect(ids == ["a3", "e", "e1", "e2", "e10"])
    }
}

@Suite struct RenderDOTColumnTests {
    @Test func manyDatesBecomeMonthColumnsThenYears() {
        let daily = RenderLayoutTests.synthetic(LayoutCase(name: "daily", start: "2019-01-01", count: 120, step: 3, granularities: [.day]))
        let months = DOTRenderer.columns(EventGraph(daily))
        #expect(months.count == 12)
        #expect(months.first?.label == "2019-01")
        #expect(months.reduce(0) { $0 + $1.events.count } == 120)
        let decades = RenderLayoutTests.synthetic(LayoutCase(name: "decades", start: "1980-01-01", count: 100, step: 100, granularities: [.day]))
        let years = DOTRenderer.columns(EventGraph(decades))
        #expect(years.first?.label == "1980")
        #expect(years.count <= DOTRenderer.maxColumns)
        let few = DOTRenderer.columns(EventGraph(RenderFixture.timeline))
        #expect(few.map(\.label) == ["2018", "2018-12-01", "2019-01", "2019-W04", "2019-Q2", "2019-05-15"])
    }
}
