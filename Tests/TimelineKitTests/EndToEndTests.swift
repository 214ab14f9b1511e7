import Foundation
import Testing
@testable import TimelineKit

/// The whole pipeline on the five articles of `Samples/` (the seed story:
/// Huawei and 5G security, 2018 to 2020). Nothing here is special-cased in
/// the code: these are what a reader must get from those articles.
@Suite struct EndToEndTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples").standardized.path

    static let result: PipelineResult = {
        let loader = DocumentLoader()
        let (files, errors) = loader.inputs(for: [samples])
        precondition(errors.isEmpty && files.count == 5, "Samples/ must hold the five seed articles")
        var documents = files.flatMap { (try? loader.load(contentsOf: $0).documents) ?? [] }
        for i in documents.indices { documents[i].id = "d\(i + 1)" }
        return Pipeline().run(documents)
    }()

    var timeline: Timeline { Self.result.timeline }

    func document(titled words: String) -> String? {
        timeline.documents.first { $0.title.lowercased().contains(words) }?.id
    }

    func events(_ all: [String], any: [String] = [], from doc: String? = nil) -> [TimelineEvent] {
        timeline.events.filter { e in
            let text = ([e.summary] + e.sources.map(\.sentence)).joined(separator: " ").lowercased()
            return all.allSatisfy(text.contains) && (any.isEmpty || any.contains(where: text.contains))
                && (doc == nil || e.sources.contains { $0.document == doc })
        }
    }

    func within(_ e: TimelineEvent, _ lo: String, _ hi: String) -> Bool {
        guard let d = e.date, let a = d.earliest, let b = d.latest else { return false }
        return Day(iso: lo)! <= a && b <= Day(iso: hi)!
    }

    @Test func publicationDatesAreFoundStatedOrInferred() {
        let published = Dictionary(uniqueKeysWithValues: timeline.documents.map { ($0.title, $0.published) })
        let noSpy = published.first { $0.key.contains("'no-spy'") }?.value ?? nil
        #expect(noSpy?.value == "2019-05-15")
        #expect(noSpy?.basis == .stated)
        let dirty = published.first { $0.key.contains("dirty trick") }?.value ?? nil
        #expect(dirty?.value == "2020-07-16")
        // The MWC article states no date: bounded from its own references to February 2019.
        let mwc = published.first { $0.key.contains("no evidence of backdoor") }?.value ?? nil
        #expect(mwc?.basis == .inferred)
        #expect(mwc?.earliest.map { $0 >= Day(year: 2019, month: 2, day: 1) } == true)
        #expect(mwc?.latest.map { $0 <= Day(year: 2019, month: 2, day: 28) } == true)
        // The World Media article shares the no-spy offer with a dated one.
        let world = published.first { $0.key.contains("'no spying'") }?.value ?? nil
        #expect(world?.basis == .inferred)
        #expect(world?.value == "2019-05")
    }

    @Test func mengWanzhousArrestIsDecember2018AndMerged() throws {
        let mwc = try #require(document(titled: "no evidence of backdoor"))
        let world = try #require(document(titled: "'no spying'"))
        let arrests = events(["meng", "arrest"])
        let merged = arrests.filter { e in
            within(e, "2018-12-01", "2018-12-31") && Set(e.sources.map(\.document)).isSuperset(of: [mwc, world])
        }
        #expect(merged.count == 1)
        #expect(events(["meng", "arrested"]).allSatisfy { $0.date?.earliest == nil || within($0, "2018-12-01", "2018-12-31") })
    }

    @Test func mwcDenialIsFebruary2019() throws {
        let mwc = try #require(document(titled: "no evidence of backdoor"))
        let denial = events([], any: ["backdoor", "mobile world congress"], from: mwc)
            .filter { ($0.summary + ($0.sources.first?.sentence ?? "")).lowercased().contains("mobile world congress") }
        #expect(denial.contains { within($0, "2019-02-01", "2019-02-28") && $0.type == "denial" })
    }

    @Test func noSpyOfferIsMay2019AndMerged() throws {
        let noSpy = try #require(document(titled: "'no-spy'"))
        let world = try #require(document(titled: "'no spying'"))
        let offers = events([], any: ["no-spy", "no spy", "no spying"])
        #expect(offers.contains { within($0, "2019-05-01", "2019-05-31") && Set($0.sources.map(\.document)).isSuperset(of: [noSpy, world]) })
    }

    @Test func datedStatementsAndActions() throws {
        let dirty = try #require(document(titled: "dirty trick"))
        #expect(events(["ban"], any: ["uk", "britain"], from: dirty).contains { within($0, "2020-07-01", "2020-07-31") })
        #expect(events(["dirty trick"]).contains { $0.date?.value == "2020-07-16" })
        #expect(events(["pompeo", "applaud"]).contains { $0.date?.value == "2020-07-15" })
        #expect(events(["wang weijing"]).contains { within($0, "2019-01-01", "2019-01-31") })
        let noSpy = try #require(document(titled: "'no-spy'"))
        #expect(events(["trump", "tweet"], from: noSpy).contains { within($0, "2019-02-01", "2019-02-28") })
    }

    @Test func noEventFromPageFurniture() {
        let junk = timeline.events.filter { e in
            let text = ([e.summary] + e.sources.map(\.sentence)).joined(separator: " ").lowercased()
            return ["online dating fraud", "held to ransom", "disqus", "post a comment", "photo by", "image:"].contains(where: text.contains)
        }
        #expect(junk.isEmpty)
    }

    @Test(arguments: ["Huawei", "Meng Wanzhou", "Guo Ping", "Hua Chunying", "Mike Pompeo", "Donald Trump", "Wang Yi"])
    func oneCanonicalActor(_ name: String) {
        let matching = timeline.actors.filter { ([$0.name] + $0.aliases).contains { $0.lowercased().contains(name.lowercased()) } }
        #expect(timeline.actors.contains { $0.name == name })
        if name != "Huawei" { #expect(matching.count == 1) }
    }

    @Test func eventsAreInDateOrderWithStableIDs() {
        let starts = timeline.events.compactMap { $0.date?.earliest }
        #expect(starts == starts.sorted())
        #expect(timeline.events.map(\.id) == timeline.events.indices.map { "e\($0 + 1)" })
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let again = try #require(try? JSONRenderer.render(Self.result.timeline))
        let loader = DocumentLoader()
        var documents = loader.inputs(for: [Self.samples]).files.flatMap { (try? loader.load(contentsOf: $0).documents) ?? [] }
        for i in documents.indices { documents[i].id = "d\(i + 1)" }
        #expect(try JSONRenderer.render(Pipeline().run(documents).timeline) == again)
    }
}
