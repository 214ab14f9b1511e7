import Foundation
import Testing
@testable import TimelineKit

/// An actor the five seed articles must yield, with its full name.
struct SeedActorCase: Sendable, CustomStringConvertible {
    var id: String
    var name: String
    var kind: ActorKind
    var description: String { id }
}

@Suite struct ActorResolverTests {
    typealias Doc = (id: String, analysis: TextAnalysis, mentions: [ActorMention])

    static func documents(_ texts: [String], hasTitleLine: Bool = false) -> [Doc] {
        texts.enumerated().map { i, text in
            let a = TextAnalyzer().analyze(text, hasTitleLine: hasTitleLine)
            return ("d\(i + 1)", a, ActorRecognizer().mentions(in: a))
        }
    }

    /// The seed articles (copied into Fixtures/actors), resolved together once.
    static let seeds: (actors: [Actor], mentions: [[ActorMention]]) = {
        let dir = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/actors")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        let texts = files.compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        return ActorResolver().resolve(documents(texts, hasTitleLine: true))
    }()

    static let seedActors: [SeedActorCase] = [
        .init(id: "huawei", name: "Huawei", kind: .organization),
        .init(id: "meng-wanzhou", name: "Meng Wanzhou", kind: .person),
        .init(id: "guo-ping", name: "Guo Ping", kind: .person),
        .init(id: "hua-chunying", name: "Hua Chunying", kind: .person),
        .init(id: "mike-pompeo", name: "Mike Pompeo", kind: .person),
        .init(id: "donald-trump", name: "Donald Trump", kind: .person),
        .init(id: "wang-yi", name: "Wang Yi", kind: .person),
        .init(id: "wang-weijing", name: "Wang Weijing", kind: .person),
        .init(id: "mike-pence", name: "Mike Pence", kind: .person),
        .init(id: "xi-jinping", name: "Xi Jinping", kind: .person),
        .init(id: "united-states", name: "United States", kind: .place),
        .init(id: "united-kingdom", name: "United Kingdom", kind: .place),
        .init(id: "china", name: "China", kind: .place),
        .init(id: "canada", name: "Canada", kind: .place),
    ]

    @Test(arguments: seedActors)
    func seedActorIsOneCanonicalActor(_ c: SeedActorCase) throws {
        let actors = Self.seeds.actors
        let actor = try #require(actors.first { $0.id == c.id })
        #expect(actor.name == c.name)
        #expect(actor.kind == c.kind)
        #expect(actors.filter { $0.name == c.name || $0.aliases.contains(c.name) }.count == 1)
    }

    @Test func seedsHaveOneTrumpAndHuaweiKeepsItsLegalName() throws {
        let actors = Self.seeds.actors
        #expect(actors.filter { a in ([a.name] + a.aliases).contains { $0.contains("Trump") } }.map(\.id) == ["donald-trump"])
        let huawei = try #require(actors.first { $0.id == "huawei" })
        #expect(huawei.aliases.contains("Huawei Technologies Co Ltd"))
        let uk = try #require(actors.first { $0.id == "united-kingdom" })
        #expect(Set(["UK", "U.K.", "Britain", "British government"]).isSubset(of: Set(uk.aliases)))
        let us = try #require(actors.first { $0.id == "united-states" })
        #expect(Set(["US", "U.S.", "USA", "Washington"]).isSubset(of: Set(us.aliases)))
        let guo = try #require(actors.first { $0.id == "guo-ping" })
        #expect(guo.roles.contains("Huawei's rotating chairman"))
    }

    @Test func seedsHaveNoFurnitureOrCommonWordActors() {
        let bad = ["Related", "Post", "Image", "Explained", "Meanwhile", "Barcelona Tuesday", "Photo", "Source",
                   "Published", "The", "In", "5G", "Tuesday", "Thursday", "February", "December"]
        for a in Self.seeds.actors {
            #expect(!bad.contains(a.name), "actor \(a.id) named \(a.name)")
        }
    }

    @Test func actorsAreSortedAndMentionsCounted() {
        let (actors, mentions) = Self.seeds
        #expect(actors.map(\.id) == actors.map(\.id).sorted())
        #expect(Set(actors.map(\.id)).count == actors.count)
        let total = mentions.reduce(0) { $0 + $1.count }
        #expect(actors.reduce(0) { $0 + $1.mentions } == total)
        let ids = Set(actors.map(\.id))
        #expect(mentions.allSatisfy { $0.allSatisfy { ids.contains($0.actorID) } })
    }

    @Test func shortFormAloneJoinsTheUniqueFullName() {
        let docs = Self.documents([
            "\"I fully understand what President Donald Trump said last week,\" Guo said.",
            "In February, Trump suggested that he would not sign the executive order.",
            "Alongside Trump's efforts, Congress previously banned government agencies.",
        ])
        let (actors, mentions) = ActorResolver().resolve(docs)
        #expect(actors.filter { $0.kind == .person && ([$0.name] + $0.aliases).contains("Trump") }.map(\.id) == ["donald-trump"])
        #expect(mentions[1].first { $0.text == "Trump" }?.actorID == "donald-trump")
        #expect(mentions[2].first { $0.text == "Trump" }?.actorID == "donald-trump")
        #expect(mentions[2].first { $0.text == "Trump" }?.kind == .person)
    }

    @Test func ambiguousShortFormStaysApart() {
        let docs = Self.documents([
            "Foreign Minister Wang Yi met sales director Wang Weijing.",
            "Wang said the talks went well.",
        ])
        let (actors, _) = ActorResolver().resolve(docs)
        #expect(actors.contains { $0.id == "wang-yi" })
        #expect(actors.contains { $0.id == "wang-weijing" })
        #expect(actors.contains { $0.id == "wang" })
    }

    /// A short form alone joins the full name the pile names far more often
    /// than every other it could be: the salient antecedent, not a stray
    /// "Michelle Obama" in one story, keeps "Obama" apart from the president.
    @Test func shortFormJoinsTheFullNameThePileNamesFarMoreOften() {
        let president = "President Barack Obama visited the Gulf coast on Friday."
        let docs = Self.documents(Array(repeating: president, count: 8) + [
            "Michelle Obama visited a school in Florida.",
            "Obama said the spill was an assault on the shores.",
        ])
        let (actors, mentions) = ActorResolver().resolve(docs)
        #expect(!actors.contains { $0.id == "obama" })
        #expect(mentions[9].first { $0.text == "Obama" }?.actorID == "barack-obama")
        #expect(actors.contains { $0.id == "michelle-obama" })
        // Named about as often, the two stay apart from the short form.
        let even = Self.documents([president, president, "Michelle Obama visited a school in Florida.",
                                   "Michelle Obama spoke to pupils.", "Obama said the spill was an assault on the shores."])
        #expect(ActorResolver().resolve(even).actors.contains { $0.id == "obama" })
    }

    @Test func organisationNameProvenInOneDocumentHoldsInAnother() throws {
        let docs = Self.documents([
            "Regulators fined Zentrix Systems Ltd on Monday.",
            "Critics say Zentrix was slow to respond.",
        ])
        let (actors, mentions) = ActorResolver().resolve(docs)
        let zentrix = try #require(actors.first { $0.id == "zentrix-systems" })
        #expect(zentrix.kind == .organization)
        #expect(zentrix.name == "Zentrix Systems")
        #expect(zentrix.aliases == ["Zentrix", "Zentrix Systems Ltd"])
        #expect(mentions[1].first { $0.text == "Zentrix" }?.kind == .organization)
    }

    @Test func unqualifiedNationalBodyJoinsItsCountry() {
        let docs = Self.documents([
            "Chinese Foreign Ministry spokesperson Hua Chunying said Thursday it was a trick.",
            "The Foreign Ministry said nothing more.",
        ])
        let (actors, mentions) = ActorResolver().resolve(docs)
        #expect(mentions[1].first { $0.text == "Foreign Ministry" }?.actorID == "china-foreign-ministry")
        #expect(actors.first { $0.id == "china-foreign-ministry" }?.aliases == ["Foreign Ministry"])
    }
}

@Suite struct ActorFragmentTests {
    @Test func aOnceMetUntypedWordIsNoActor() {
        let text = "In the same way, many major telecom companies like Telefonica and NTT have become \"Clean Carriers\", he said."
        let analysis = TextAnalyzer().analyze(text)
        let mentions = ActorRecognizer().mentions(in: analysis)
        let (actors, resolved) = ActorResolver().resolve([(id: "d1", analysis: analysis, mentions: mentions)])
        #expect(!actors.contains { $0.name == "Carriers" })
        #expect(!resolved[0].contains { $0.text == "Carriers" })
        #expect(actors.contains { $0.name == "Telefonica" })
    }

    /// An untyped word met twice, each time capitalised only by its place (a sentence start),
    /// and written in lower case elsewhere, is a common word: no actor. Given by hand as the
    /// recogniser's untyped mentions, so that the resolver's rule alone is tested.
    @Test func aCommonWordCapitalisedByItsPlaceIsNoActorHoweverOften() {
        let text = "State media said the talks went well. State officials declined to comment. The state of the network is unclear. Huawei said it would reply."
        let analysis = TextAnalyzer().analyze(text)
        func at(_ needle: String, from: Int = 0) -> TextSpan {
            let b = Array(text.utf8), n = Array(needle.utf8)
            let i = (from...(b.count - n.count)).first { Array(b[$0..<($0 + n.count)]) == n }!
            return TextSpan(i, i + n.count)
        }
        let first = at("State"), second = at("State", from: first.end)
        let mentions = [ActorMention(span: first, text: "State", kind: .other, actorID: "state"),
                        ActorMention(span: second, text: "State", kind: .other, actorID: "state"),
                        ActorMention(span: at("Huawei"), text: "Huawei", kind: .organization, actorID: "huawei")]
        let (actors, _) = ActorResolver().resolve([(id: "d1", analysis: analysis, mentions: mentions)])
        #expect(actors.map(\.id) == ["huawei"])
        // The same word capitalised inside a sentence is a name: it stays.
        let named = "Analysts at Nano expect growth. Nano said sales rose. The nano version sold well."
        let a2 = TextAnalyzer().analyze(named)
        let b = Array(named.utf8)
        let spans = (0..<(b.count - 4)).filter { Array(b[$0..<($0 + 4)]) == Array("Nano".utf8) }.map { TextSpan($0, $0 + 4) }
        let (kept, _) = ActorResolver().resolve([(id: "d1", analysis: a2, mentions: spans.map {
            ActorMention(span: $0, text: "Nano", kind: .other, actorID: "nano")
        })])
        #expect(kept.map(\.id) == ["nano"])
    }
}

/// Organisation names the recogniser gives different ids that name one
/// organisation: a suffix word, an acronym, a company's last word alone.
@Suite struct ActorResolverOrganizationTests {
    struct LinkCase: Sendable, CustomStringConvertible {
        var texts: [String]
        /// The form that must end up as an alias (or the name) of actor `id`.
        var form: String
        var id: String
        var description: String { form }
    }

    static let cases: [LinkCase] = [
        // MEANTIME (Wikinews): "NPD Group" and "NPD" are one company.
        .init(texts: ["According to figures released April 3 by NPD Group, a market research firm, iTunes passed Wal-Mart.",
                      "NPD said according to those figures, Apple's iTunes store passes Best Buy."],
              form: "NPD Group", id: "npd"),
    ]

    /// Every mention of the longer form (the recogniser may keep only its last
    /// word: "Computer") ends up with the organisation's id.
    @Test(arguments: cases)
    func longerFormJoinsTheOrganisation(_ c: LinkCase) throws {
        let resolved = ActorResolver().resolve(ActorResolverTests.documents(c.texts))
        let suffix = String(c.form.split(separator: " ").last!)
        let longer = resolved.mentions.flatMap { $0 }.filter { $0.text.contains(suffix) }
        #expect(!longer.isEmpty)
        #expect(longer.allSatisfy { $0.actorID == c.id })
        #expect(resolved.actors.contains { $0.id == c.id })
    }

    @Test func organizationCoreDropsSuffixesDesignatorsAndPossessives() {
        let lex = ActorLexicon.shared
        #expect(lex.organizationCore(["Apple", "Computer's"]) == ["Apple"])
        #expect(lex.organizationCore(["NPD", "Group"]) == ["NPD"])
        #expect(lex.organizationCore(["Federal", "Deposit", "Insurance", "Corp."]) == ["Federal", "Deposit", "Insurance"])
        #expect(lex.organizationCore(["Computer"]) == ["Computer"])
        #expect(lex.organizationCore(["Apple", "Corps"]) == ["Apple", "Corps"])
    }
}

/// A name written as a whole noun phrase after "the" ("aboard the Helix Producer,") is a thing's,
/// whatever kind a tagger gave it; "the Obama administration" (the name modifying a noun) says nothing.
@Suite struct ActorDefiniteNameTests {
    @Test func aNameAfterTheIsNoPersons() {
        let text = "Oil was pumped to the Helix Producer. Crews boarded the Helix Producer on Monday. "
            + "The Helix Producer, a ship, left. Helix Producer sailed. "
            + "The Obama administration acted. Barack Obama spoke. The Obama plan failed. Obama left. "
            + "Scientists at the Royal Society, in London, agreed."
        let a = TextAnalyzer().analyze(text)
        func mentions(_ name: String, _ id: String) -> [ActorMention] {
            var out = [ActorMention]()
            var from = text.startIndex
            while let r = text.range(of: name, range: from..<text.endIndex) {
                let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                out.append(ActorMention(span: TextSpan(start, start + name.utf8.count), text: name, kind: .person, actorID: id))
                from = r.upperBound
            }
            return out
        }
        // "Obama" inside "Barack Obama" is found twice: the full name's mention stands there.
        let full = mentions("Barack Obama", "barack-obama")
        let short = mentions("Obama", "barack-obama").filter { m in !full.contains { $0.span.start < m.span.start && m.span.end <= $0.span.end } }
        let all = (mentions("Helix Producer", "helix-producer") + full + short + mentions("Royal Society", "royal-society"))
            .sorted { $0.span.start < $1.span.start }
        let (actors, _) = ActorResolver().resolve([("d1", a, all)])
        #expect(actors.first { $0.id == "helix-producer" }?.kind == .other)
        #expect(actors.first { $0.id == "barack-obama" }?.kind == .person)
        // Named once, after "the": all its mentions say it.
        #expect(actors.first { $0.id == "royal-society" }?.kind == .other)
    }

    /// A full name after "the" in most of its mentions, even modifying a noun ("the Deepwater
    /// Horizon rig", "the Deepwater Horizon disaster"), is a thing's; a surname modifying a
    /// noun ("the Bush administration", "the Bush years") says nothing.
    @Test func aFullNameMostlyAfterTheIsNoPersons() {
        let text = "Workers left the Deepwater Horizon rig. The Deepwater Horizon disaster began. "
            + "The Deepwater Horizon explosion killed 11. Deepwater Horizon burned. "
            + "The Bush administration acted. The Bush years ended. Bush spoke."
        let a = TextAnalyzer().analyze(text)
        let all = ["Deepwater Horizon": "deepwater-horizon", "Bush": "bush"].flatMap { name, id in
            text.ranges(of: name).map { r in
                let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                return ActorMention(span: TextSpan(start, start + name.utf8.count), text: name, kind: .person, actorID: id)
            }
        }.sorted { $0.span.start < $1.span.start }
        let (actors, _) = ActorResolver().resolve([("d1", a, all)])
        #expect(actors.first { $0.id == "deepwater-horizon" }?.kind == .other)
        #expect(actors.first { $0.id == "bush" }?.kind == .person)
    }
}
