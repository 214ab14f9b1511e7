import Testing
@testable import TimelineKit

/// The Events stage alone: actor mentions and time expressions are given by
/// hand (as the Actors and Time stages would give them), so these tests
/// check trigger finding, roles, dating and summaries only.
@Suite struct EventExtractorTests {
    let extractor = EventExtractor()
    let analyzer = TextAnalyzer()

    struct Given {
        var text: String
        var actors: [(String, String, ActorKind)]  // surface, id, kind
        var timexes: [(String, TimeValue, Bool)]  // surface, value, relative
        var reference: TimeReference = .unknown
    }

    func run(_ g: Given) -> [EventMention] {
        let analysis = analyzer.analyze(g.text)
        var mentions = [ActorMention]()
        var names = [String: String]()
        for (surface, id, kind) in g.actors {
            for span in spans(of: surface, in: g.text) {
                mentions.append(ActorMention(span: span, text: surface, kind: kind, actorID: id))
            }
            names[id] = names[id] ?? id.split(separator: "-").map { $0.capitalized }.joined(separator: " ")
        }
        let timexes = g.timexes.flatMap { (surface, value, relative) in
            spans(of: surface, in: g.text).map {
                TimeExpression(span: $0, text: surface, type: .date, value: value, isRelative: relative,
                               explanation: "\(surface) -> \(value.value)")
            }
        }
        return extractor.events(in: analysis, documentID: "d1", timexes: timexes, mentions: mentions,
                                actorNames: names, reference: g.reference)
    }

    func spans(of needle: String, in text: String) -> [TextSpan] {
        let hay = Array(text.utf8), n = Array(needle.utf8)
        var result = [TextSpan]()
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n {
                result.append(TextSpan(i, i + n.count))
                i += n.count
            } else {
                i += 1
            }
        }
        return result
    }

    @Test func arrestWithItsActorsDateAndSummary() {
        let events = run(Given(
            text: "Canadian authorities last December arrested Huawei's Chief Financial Officer Meng Wanzhou at the request of the US, which seeks her extradition over allegations of violating Iran sanctions.",
            actors: [("Canadian authorities", "canada", .place), ("Huawei", "huawei", .organization),
                     ("Meng Wanzhou", "meng-wanzhou", .person), ("US", "united-states", .place), ("Iran", "iran", .place)],
            timexes: [("last December", TimeValue(year: 2018, month: 12), true)]))
        let arrest = events.first { $0.type == "arrest" }
        #expect(arrest?.actors.prefix(3) == ["canada", "huawei", "meng-wanzhou"])
        #expect(arrest?.date?.value == "2018-12")
        #expect(arrest?.dateBasis == .resolved)
        #expect(arrest?.summary == "Canadian authorities arrest Huawei's Chief Financial Officer Meng Wanzhou at the request of the US")
    }

    @Test func appositionNamesTheOneArrested() {
        let events = run(Given(
            text: "Meanwhile, in December 2018, Canadian authorities arrested Huawei chief financial officer and daughter of the company's founder, Meng Wanzhou, at Vancouver International Airport.",
            actors: [("Canadian authorities", "canada", .place), ("Huawei", "huawei", .organization),
                     ("Meng Wanzhou", "meng-wanzhou", .person)],
            timexes: [("December 2018", TimeValue(year: 2018, month: 12), false)]))
        #expect(events.count == 1)
        #expect(events.first?.summary.hasSuffix("founder, Meng Wanzhou") == true)
        #expect(events.first?.dateBasis == .stated)
        #expect(events.first?.actors.contains("meng-wanzhou") == true)
    }

    @Test func reportedStatementIsDatedAtItsSaying() {
        let events = run(Given(
            text: "The US move to pressure its allies to ban Huawei 5G is a \"dirty trick, dirty play,\" Chinese Foreign Ministry spokesperson Hua Chunying said Thursday, responding to US Secretary of State Mike Pompeo's rhetoric.",
            actors: [("US", "united-states", .place), ("Huawei", "huawei", .organization),
                     ("Hua Chunying", "hua-chunying", .person), ("Mike Pompeo", "mike-pompeo", .person)],
            timexes: [("Thursday", TimeValue(day: Day(year: 2020, month: 7, day: 16)), true)],
            reference: TimeReference(day: Day(year: 2020, month: 7, day: 16))))
        let statement = events.first { $0.isReported }
        #expect(statement?.type == "statement")
        #expect(statement?.actors.first == "hua-chunying")
        #expect(statement?.date?.value == "2020-07-16")
        #expect(statement?.summary == "Hua Chunying says the US move to pressure its allies to ban Huawei 5G is a dirty trick, dirty play")
    }

    @Test func theMostSpecificSpeechTriggerTypesTheStatement() {
        let events = run(Given(
            text: "Chinese telecommunications giant Huawei vehemently denied United States accusations that its 5G ambitions presented a security threat, one of its senior officials said at the Mobile World Congress in Barcelona on Tuesday.",
            actors: [("Huawei", "huawei", .organization), ("United States", "united-states", .place)],
            timexes: [("Tuesday", TimeValue(day: Day(year: 2019, month: 2, day: 26)), true)]))
        #expect(events.count == 1)
        #expect(events.first?.type == "denial")
        #expect(events.first?.date?.value == "2019-02-26")
        #expect(events.first?.summary == "Huawei denies United States accusations that its 5G ambitions presented a security threat")
    }

    @Test func embeddedActionAfterAnEventNoun() {
        let events = run(Given(
            text: "On Wednesday, Pompeo applauded the UK move to ban Huawei equipment from its 5G networks.",
            actors: [("Pompeo", "mike-pompeo", .person), ("UK", "united-kingdom", .place), ("Huawei", "huawei", .organization)],
            timexes: [("Wednesday", TimeValue(day: Day(year: 2020, month: 7, day: 15)), true)]))
        let praise = events.first { $0.type == "praise" }
        let ban = events.first { $0.type == "ban" }
        #expect(praise?.date?.value == "2020-07-15")
        #expect(ban?.actors.first == "united-kingdom")
        #expect(ban?.summary == "United Kingdom bans Huawei equipment from its 5G networks")
        #expect(ban?.date?.earliest == Day(year: 2020, month: 7, day: 8))
        #expect(ban?.date?.latest == Day(year: 2020, month: 7, day: 15))
    }

    @Test func pronounsPassivesAndPastActionsWithoutDates() {
        let events = run(Given(
            text: "In January, Huawei fired sales director Wang Weijing after he was arrested in Poland on suspicion of espionage.",
            actors: [("Huawei", "huawei", .organization), ("Wang Weijing", "wang-weijing", .person), ("Poland", "poland", .place)],
            timexes: [("January", TimeValue(year: 2019, month: 1), true)],
            reference: TimeReference(earliest: Day(year: 2019, month: 2, day: 1), latest: Day(year: 2019, month: 2, day: 28))))
        let fired = events.first { $0.type == "dismissal" }
        let arrested = events.first { $0.type == "arrest" }
        #expect(fired?.date?.value == "2019-01")
        #expect(fired?.summary == "Huawei fires sales director Wang Weijing")
        #expect(arrested?.actors.first == "wang-weijing")
        #expect(arrested?.summary == "Wang Weijing is arrested in Poland on suspicion of espionage")
        #expect(arrested?.date?.earliest == nil)
        #expect(arrested?.date?.latest == Day(year: 2019, month: 2, day: 28))
    }

    @Test func aDroppedDateTakesItsPrepositionAndAParticipleAfterANounIsNoEvent() {
        let events = run(Given(
            text: "Google on Tuesday appealed the record 4.34 billion euro antitrust fine imposed by the European Commission in July.",
            actors: [("Google", "google", .organization), ("European Commission", "european-commission", .organization)],
            timexes: [("Tuesday", TimeValue(day: Day(year: 2018, month: 10, day: 9)), true),
                      ("July", TimeValue(year: 2018, month: 7), true)]))
        #expect(events.map(\.type) == ["appeal"])
        #expect(events.first?.summary == "Google appeals the record 4.34 billion euro antitrust fine imposed by the European Commission")
        let fine = run(Given(
            text: "The European Commission fined Google a record 4.3 billion euros on Wednesday for abusing its dominance.",
            actors: [("European Commission", "european-commission", .organization), ("Google", "google", .organization)],
            timexes: [("Wednesday", TimeValue(day: Day(year: 2018, month: 7, day: 18)), true)]))
        #expect(fine.first?.summary == "The European Commission fines Google a record 4.3 billion euros for abusing its dominance")
    }

    @Test(arguments: [("Canadian authorities", true), ("Conservative MPs", true), ("Huawei and ZTE Corp.", true),
                      ("United States", false), ("Huawei", false), ("the press", false),
                      // The head comes before an "of" complement.
                      ("The chairman of the Joint Chiefs of Staff", false), ("Thousands of people", true),
                      ("senior officials of the Department of Energy", true), ("The Bank of England", false),
                      // A noun of quantity leaves the number to its complement; "out of" is no head.
                      ("A number of people", true), ("80 percent of airline passengers", true),
                      ("A minimal number of people", true), ("Only nine people out of hundreds of millions", true),
                      ("Less than one hundred thousandth of the gas", false), ("80 percent of the oil", false)])
    func pluralSubjects(_ c: (String, Bool)) {
        #expect(SentenceView.isPlural(c.0) == c.1)
    }

    @Test(arguments: [
        "It plans to ban Huawei from the networks.",
        "He spoke on the sidelines of a meeting with Huawei partners.",
    ])
    func noEventFromInfinitivesOrNouns(_ text: String) {
        let events = run(Given(text: text, actors: [("Huawei", "huawei", .organization)], timexes: []))
        #expect(events.filter { $0.type != "statement" }.isEmpty)
    }

    /// An event told as ahead with no date of its own lies on or after the publication, not before it.
    @Test func aFutureEventWithNoDateIsOnOrAfterThePublication() {
        let day = Day(year: 2019, month: 5, day: 20)
        let events = run(Given(text: "Huawei will sign the deal with the government.", actors: [("Huawei", "huawei", .organization)],
                               timexes: [], reference: TimeReference(earliest: day, latest: day)))
        #expect(events.first?.factuality.time == .future)
        #expect(events.first?.date?.earliest == day)
        #expect(events.first?.date?.latest == nil)
    }

    /// A modal or a negation keeps the event, marked as not told as having happened.
    @Test(arguments: [
        ("Huawei would sign the deal with the government.", "planned"),
        ("Huawei may sign the deal with the government.", "may"),
        ("Huawei has not banned anyone from the networks.", "not"),
        ("Huawei did not sign the deal with the government.", "not"),
        ("Huawei didn't sign the deal with the government.", "not"),
        ("If Huawei is convicted, it faces a fine of a billion dollars.", "if"),
        // A "to" infinitive after a verb the factuality table knows is kept, told by its governor's subject.
        ("Huawei plans to sign the deal with the government.", "planned"),
        ("Huawei is expected to sign the deal with the government.", "planned"),
        ("Huawei refused to sign the deal with the government.", "not"),
    ])
    func modalsAndNegationGiveNonFactualEvents(_ c: (String, String)) {
        let events = run(Given(text: c.0, actors: [("Huawei", "huawei", .organization)], timexes: []))
            .filter { $0.type != "statement" }
        #expect(events.count == 1)
        #expect(events.first?.factuality.isFactual == false)
        #expect(events.first?.factuality.marker == c.1)
        #expect(events.first?.isNegated == (c.1 == "not"))
        if c.0.contains("sign the deal") { #expect(events.first?.summary == "Huawei signs the deal with the government") }
    }

    @Test func quotedWordsAndPageFurnitureGiveNoEvents() {
        let text = "Huawei says willing to sign no-spy agreements\n\n“Huawei has banned nobody,” he said.\nblog comments powered by Disqus"
        let analysis = analyzer.analyze(text, hasTitleLine: true)
        let events = extractor.events(in: analysis, documentID: "d1", timexes: [],
                                      mentions: spans(of: "Huawei", in: text).map {
                                          ActorMention(span: $0, text: "Huawei", kind: .organization, actorID: "huawei")
                                      },
                                      actorNames: ["huawei": "Huawei"], reference: .unknown)
        #expect(events.allSatisfy { $0.type == "statement" })
        #expect(events.allSatisfy { !$0.sentenceText.contains("says willing") })
    }
}
