import Foundation
@testable import TimelineKit

/// A small hand-made timeline that exercises every rendering case: day,
/// week, month, quarter and year dates, an inferred date, a conflict, a date
/// with no known bound, an undated event, several sources, non-ASCII text,
/// quotes, a backslash and XML-special characters.
enum RenderFixture {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func date(_ value: String, _ granularity: Granularity, _ earliest: String?, _ latest: String?,
                     _ basis: EventDateBasis, _ explanation: String, conflicts: [EventDate.Conflict] = []) -> EventDate {
        EventDate(value: TimeValue(value: value, granularity: granularity, earliest: earliest.map(day), latest: latest.map(day)),
                  basis: basis, explanation: explanation, conflicts: conflicts)
    }

    static func published(_ value: String, _ basis: DateBasis, _ explanation: String) -> TimelineDocument.Published {
        TimelineDocument.Published(Publication(value: TimeValue(day: day(value)), basis: basis, explanation: explanation))
    }

    static let timeline = Timeline(
        documents: [
            TimelineDocument(id: "d1", path: "Samples/cfo-arrest.txt", title: "Huawei CFO arrested in Canada",
                             published: published("2019-05-20", .stated, "dateline 'May 20, 2019' under the headline")),
            TimelineDocument(id: "d2", path: "Samples/saga.html", title: "The \"Huawei saga\": a timeline",
                             published: published("2019-06-01", .metadata, "<meta property=\"article:published_time\">")),
            TimelineDocument(id: "d3", path: "Samples/zurich.tml", title: "Huawei : « Nous n’avons jamais espionné » — Zürich",
                             published: nil),
            TimelineDocument(id: "d4", path: "Samples/recipes.html", title: "Ten summer salads",
                             published: published("2019-06-02", .metadata, "front matter date"), offTopic: true),
        ],
        actors: [
            Actor(id: "huawei", name: "Huawei", kind: .organization, aliases: ["Huawei Technologies Co Ltd", "the Chinese firm"],
                  mentions: 17, roles: []),
            Actor(id: "meng-wanzhou", name: "Meng Wanzhou", kind: .person, aliases: ["Meng", "孟晚舟"], mentions: 6,
                  roles: ["Huawei CFO"]),
            Actor(id: "canada", name: "Canada", kind: .place, mentions: 3),
            Actor(id: "united-states", name: "United States", kind: .place, aliases: ["US", "the U.S."], mentions: 9),
            Actor(id: "donald-trump", name: "Donald Trump", kind: .person, aliases: ["Trump"], mentions: 4,
                  roles: ["US President"]),
            Actor(id: "ren-zhengfei", name: "Ren Zhengfei", kind: .person, mentions: 2, roles: ["Huawei founder"]),
            Actor(id: "five-eyes", name: "Five Eyes", kind: .group, aliases: ["the Five Eyes alliance"], mentions: 1),
        ],
        events: [
            TimelineEvent(id: "e1", summary: "Huawei wins 5G contracts in 30 countries", type: "contract",
                          date: date("2018", .year, "2018-01-01", "2018-12-31", .inferred,
                                     "last year (d2, publication 2019-06-01 -> 2018)"),
                          actors: ["huawei"],
                          sources: [EventSource(document: "d2", sentence: "Last year Huawei won 5G contracts in 30 countries.",
                                                start: 410, end: 460)]),
            TimelineEvent(id: "e2", summary: "Canadian authorities arrest Huawei CFO Meng Wanzhou in Vancouver", type: "arrest",
                          date: date("2018-12-01", .day, "2018-12-01", "2018-12-01", .stated,
                                     "on December 1, 2018 (d1, stated); December 1 last year (d2, resolved)",
                                     conflicts: [EventDate.Conflict(value: "2019-12", document: "d3")]),
                          actors: ["meng-wanzhou", "canada", "huawei"],
                          sources: [
                            EventSource(document: "d1", sentence: "Meng Wanzhou, Huawei's chief financial officer and the daughter of its founder, was arrested by Canadian authorities in Vancouver on December 1, 2018, at the request of the United States, which accuses her of misleading banks about the company's business in Iran; she denies the charges.",
                                        start: 120, end: 404),
                            EventSource(document: "d2", sentence: "Canada arrested Meng on December 1 last year.", start: 90, end: 135),
                          ],
                          participants: [Participant(actor: "meng-wanzhou", role: .patient),
                                         Participant(actor: "canada", role: .agent),
                                         Participant(actor: "huawei", role: .other)],
                          salience: 0.86,
                          salienceExplanation: "told by 2 articles; its day named by 2 articles; most central actor Huawei; in a headline or lead; kind arrest 0.90"),
            TimelineEvent(id: "e3", summary: "Ren Zhengfei says Huawei \"would never\" share customer data", type: "statement",
                          date: date("2019-01", .month, "2019-01-01", "2019-01-31", .stated, "in January 2019 (d1, stated)"),
                          actors: ["ren-zhengfei", "huawei"],
                          sources: [EventSource(document: "d1", sentence: "In January 2019 Ren Zhengfei said Huawei \"would never\" share customer data.",
                                                start: 600, end: 676)]),
            TimelineEvent(id: "e4", summary: "US prosecutors charge Huawei with bank fraud", type: "charge",
                          date: date("2019-W04", .week, "2019-01-21", "2019-01-27", .resolved,
                                     "last week (d1, said on 2019-01-29) -> 2019-W04"),
                          actors: ["united-states", "huawei"],
                          sources: [EventSource(document: "d1", sentence: "Last week US prosecutors charged Huawei with bank fraud.",
                                                start: 700, end: 756)]),
            TimelineEvent(id: "e5", summary: "Five Eyes partners review Huawei equipment", type: "investigation",
                          date: date("2019-Q2", .quarter, "2019-04-01", "2019-06-30", .resolved, "this quarter (d2, publication 2019-06-01)"),
                          actors: ["five-eyes", "huawei"],
                          sources: [EventSource(document: "d2", sentence: "The Five Eyes partners are reviewing Huawei equipment this quarter.",
                                                start: 800, end: 868)]),
            TimelineEvent(id: "e6", summary: "Trump administration adds Huawei to the Entity List", type: "ban",
                          date: date("2019-05-15", .day, "2019-05-15", "2019-05-15", .stated, "May 15, 2019 (d1, stated)"),
                          actors: ["donald-trump", "united-states", "huawei"],
                          sources: [
                            EventSource(document: "d1", sentence: "On May 15, 2019, the Trump administration added Huawei to the so-called \"Entity List\" \\ blacklist.",
                                        start: 900, end: 998),
                            EventSource(document: "d3", sentence: "Le 15 mai, Washington a placé Huawei sur sa « liste noire ».", start: 40, end: 99),
                          ],
                          salience: 0.7, salienceExplanation: "told by 2 articles; kind ban 0.85"),
            TimelineEvent(id: "e7", summary: "Guo Ping: no backdoors <ever> & none planned", type: "denial",
                          date: date("XXXX-06", .month, nil, nil, .resolved, "in June (d3, no publication date: year unknown)"),
                          actors: ["huawei"],
                          sources: [EventSource(document: "d3", sentence: "In June, Guo Ping said there were no backdoors <ever> & none planned.",
                                                start: 300, end: 368)]),
            TimelineEvent(id: "e8", summary: "Meng Wanzhou’s lawyers contest extradition — 孟晚舟", type: "lawsuit", date: nil,
                          actors: ["meng-wanzhou", "canada"],
                          sources: [EventSource(document: "d2", sentence: "Her lawyers contest the extradition.", start: 1000, end: 1036)]),
        ],
        relations: [
            EventRelation(from: "e2", to: "e4", type: "before"),
            EventRelation(from: "e5", to: "e6", type: "includes"),
        ],
        keyDates: [
            KeyDate(date: "2018-12-01", sentences: ["Meng Wanzhou was arrested by Canadian authorities in Vancouver on December 1, 2018."],
                    events: ["e2"], salience: 1, explanation: "named by 2 articles (relevance 1.8 each), 0 published within 3 days"),
            KeyDate(date: "2019-05-15", sentences: ["On May 15, 2019, the Trump administration added Huawei to the \"Entity List\"."],
                    events: ["e6"], salience: 0.6, explanation: "named by 2 articles (relevance 1.2 each), 1 published within 3 days"),
        ])

    /// Where the golden files live in the source tree: they are compared
    /// there and re-recorded there when `TIMELINE_RECORD_GOLDENS=1`.
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/render")

    static var recording: Bool { ProcessInfo.processInfo.environment["TIMELINE_RECORD_GOLDENS"] == "1" }
}
