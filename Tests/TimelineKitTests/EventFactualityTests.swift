import Testing
@testable import TimelineKit

/// Whether an event is told as having happened (``FactualityReader``), on
/// real news sentences parsed by the shipped parser: conditions, modals, the
/// future, negation, the verbs an event is the complement of, questions.
@Suite struct EventFactualityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        /// The event word (its first occurrence).
        var word: String
        var polarity: Factuality.Polarity = .positive
        var certainty: Factuality.Certainty = .certain
        var time: Factuality.Time = .pastOrPresent
        var special: Factuality.Special = .none
        var testDescription: String { text + " [" + word + "]" }
    }

    static func read(_ text: String, _ word: String, parsed: Bool = true) -> Factuality? {
        let analysis = TextAnalyzer().analyze(text)
        guard let t = analysis.tokens.indices.first(where: { analysis.string(token: $0) == word }),
              let s = analysis.sentenceIndex(containing: analysis.tokens[t].span.start) else { return nil }
        let parse = parsed ? SyntaxParser.shared.parse(analysis, sentence: s) : nil
        return FactualityReader.shared.read(analysis, sentence: s, token: t, parse: parse)
    }

    @Test(arguments: [
        Case(text: "If Dr Murray is convicted, he faces four years in prison.", word: "convicted", special: .conditional),
        Case(text: "If Dr Murray is convicted, he faces four years in prison.", word: "faces", special: .conditional),
        Case(text: "He faces four years in prison if he is convicted of involuntary manslaughter.", word: "convicted",
             special: .conditional),
        Case(text: "The council is expected to vote on the plan on Friday.", word: "vote", certainty: .probable, time: .future),
        Case(text: "Huawei denied that it spied for the Chinese government.", word: "spied", polarity: .negative),
        Case(text: "Police did not arrest him at the scene.", word: "arrest", polarity: .negative),
        Case(text: "Police didn't arrest him at the scene.", word: "arrest", polarity: .negative),
        Case(text: "The company has never paid a fine in Europe.", word: "paid", polarity: .negative),
        Case(text: "He refused to resign after the vote.", word: "resign", polarity: .negative),
        Case(text: "The bank failed to report the transactions to regulators.", word: "report", polarity: .negative),
        Case(text: "The minister may resign over the scandal.", word: "resign", certainty: .possible),
        Case(text: "The strike could spread to other factories.", word: "spread", certainty: .possible),
        Case(text: "Will the court rule on the appeal this week?", word: "rule", time: .future, special: .question),
        Case(text: "The government will announce the budget on Tuesday.", word: "announce", time: .future),
        Case(text: "Why did the minister resign last week?", word: "resign", special: .question),
        Case(text: "The Pentagon said it would examine the question: are the remains known?", word: "said"),
        Case(text: "Apple plans to open a store in Mumbai next year.", word: "open", certainty: .probable, time: .future),
        Case(text: "The union threatened to strike if the talks failed.", word: "strike", certainty: .possible, time: .future,
             special: .conditional),
        Case(text: "The union threatened to strike over the pay offer.", word: "strike", certainty: .possible, time: .future),
        Case(text: "The jury convicted Murray of involuntary manslaughter.", word: "convicted"),
        Case(text: "Canadian authorities arrested Meng Wanzhou in Vancouver on December 1.", word: "arrested"),
        Case(text: "The company said it had fired the manager in March.", word: "fired"),
        Case(text: "She managed to escape from the building.", word: "escape"),
        Case(text: "The new software will be available on June 17.", word: "be", time: .future),
        Case(text: "Apple plans another special event in October.", word: "event", certainty: .probable, time: .future),
        Case(text: "The announcement was not a big surprise.", word: "surprise", polarity: .negative),
        Case(text: "The company is considering selling its chip unit.", word: "selling", certainty: .possible, time: .future),
        Case(text: "The central bank is forecast to cut rates in March.", word: "cut", certainty: .probable, time: .future),
        Case(text: "The new MacBook Pro is said to be four times faster.", word: "be", certainty: .possible),
        // Generic: how things are, not an event at a time (a fact all the same).
        Case(text: "The new iPod comes in two colours, white and black.", word: "comes", special: .generic),
        Case(text: "Developers can add applications to the store for free.", word: "add", special: .generic),
    ])
    func phrase(_ c: Case) {
        let f = Self.read(c.text, c.word)
        #expect(f?.polarity == c.polarity)
        #expect(f?.certainty == c.certainty)
        #expect(f?.time == c.time)
        #expect(f?.special == c.special)
        let factual = c.polarity == .positive && c.certainty == .certain && c.time == .pastOrPresent
            && (c.special == .none || c.special == .generic)
        #expect(f?.isFactual == factual)
        #expect((f?.cue == nil) == factual)
    }

    /// Without a parse (a sentence too long to parse), the words just before the event and its clause's marker.
    @Test(arguments: [
        Case(text: "If Dr Murray is convicted, he faces four years in prison.", word: "convicted", special: .conditional),
        Case(text: "Police did not arrest him at the scene.", word: "arrest", polarity: .negative),
        Case(text: "The minister may resign over the scandal.", word: "resign", certainty: .possible),
        Case(text: "The government will announce the budget on Tuesday.", word: "announce", time: .future),
        Case(text: "Why did the minister resign last week?", word: "resign", special: .question),
        Case(text: "The Pentagon said it would examine the question: are the remains known?", word: "said"),
        Case(text: "The jury convicted Murray of involuntary manslaughter.", word: "convicted"),
    ])
    func withoutParse(_ c: Case) {
        let f = Self.read(c.text, c.word, parsed: false)
        #expect(f?.polarity == c.polarity)
        #expect(f?.certainty == c.certainty)
        #expect(f?.time == c.time)
        #expect(f?.special == c.special)
    }

    @Test func markersAreShort() {
        #expect(Factuality.factual.marker == nil)
        #expect(Factuality(time: .future).marker == "planned")
        #expect(Factuality(polarity: .negative).marker == "not")
        #expect(Factuality(special: .conditional).marker == "if")
        #expect(Factuality(certainty: .possible).marker == "may")
        #expect(Factuality(special: .generic).isFactual)
    }

    /// "If Dr Murray is convicted, ..." and "Murray was convicted" on the same day stay two events.
    @Test func aConditionalConvictionIsNotMergedWithTheVerdict() {
        let day = TimeValue(day: Day(year: 2011, month: 11, day: 7))
        func mention(_ doc: String, _ sentence: String, _ f: Factuality) -> EventMention {
            EventMention(documentID: doc, trigger: TextSpan(0, 1), triggerText: "convicted", type: "conviction",
                         summary: "Dr Murray is convicted", actors: ["conrad-murray"], date: day, dateExplanation: "",
                         dateBasis: .stated, timex: nil, sentence: TextSpan(0, sentence.utf8.count), sentenceText: sentence,
                         factuality: f)
        }
        let mentions = [
            mention("d1", "If Dr Murray is convicted of involuntary manslaughter on Monday, he faces four years in prison.",
                    Factuality(special: .conditional, cue: "if")),
            mention("d2", "Dr Murray was convicted of involuntary manslaughter on Monday, the jury decided.", .factual),
            mention("d3", "Dr Murray was convicted of involuntary manslaughter on Monday in Los Angeles.", .factual),
        ]
        let merger = EventMerger()
        let clusters = merger.clusters(mentions)
        #expect(clusters == [[0], [1, 2]])
        let events = merger.merge(mentions, clusters: clusters, offsetMaps: [:], documentOrder: ["d1": 0, "d2": 1, "d3": 2])
        #expect(events.count == 2)
        #expect(events.filter { !$0.factuality.isFactual }.map { $0.sources.map(\.document) } == [["d1"]])
        #expect(events.filter(\.factuality.isFactual).map { $0.sources.map(\.document) } == [["d2", "d3"]])
    }

    /// A non-factual event is shown marked and written with its factuality; a factual one unmarked.
    @Test func renderersMarkNonFactualEvents() throws {
        let planned = TimelineEvent(id: "e1", summary: "The council votes on the budget", type: "vote",
                                    date: EventDate(value: TimeValue(day: Day(year: 2020, month: 3, day: 6)), basis: .stated,
                                                    explanation: "Friday"),
                                    actors: [], sources: [], factuality: Factuality(certainty: .probable, time: .future, cue: "expected"))
        #expect(RenderText.summary(planned) == "(planned) The council votes on the budget")
        var factual = planned
        factual.factuality = .factual
        #expect(RenderText.summary(factual) == "The council votes on the budget")
        let timeline = Timeline(documents: [], actors: [], events: [planned], relations: [])
        let json = try JSONRenderer.render(timeline)
        #expect(json.contains("\"certainty\" : \"probable\""))
        #expect(json.contains("\"cue\" : \"expected\""))
        #expect(json.contains("\"factual\" : false"))
        #expect(DigestRenderer.render(timeline).contains("(planned) The council votes on the budget"))
    }
}

/// The pipeline on two short articles: a conviction told as a condition before
/// the verdict, and the verdict itself.
@Suite struct FactualityPipelineTests {
    static let result: PipelineResult = {
        let day = { (d: Int) in Publication(value: TimeValue(day: Day(year: 2011, month: 11, day: d)), basis: .metadata, explanation: "test") }
        let documents = [
            Document(id: "d1", path: "before.txt", title: "Murray trial nears its end",
                     text: "Murray trial nears its end\n\nIf Dr Conrad Murray is convicted on November 7, he faces four years in prison. "
                        + "The jury heard the closing arguments on Thursday.",
                     format: .text, published: day(4)),
            Document(id: "d2", path: "verdict.txt", title: "Murray convicted",
                     text: "Murray convicted\n\nDr Conrad Murray was convicted of involuntary manslaughter on November 7. "
                        + "The jury reached its verdict after two days.",
                     format: .text, published: day(8)),
        ]
        return Pipeline().run(documents)
    }()

    @Test func theConditionalConvictionStaysApartFromTheVerdict() {
        let convictions = Self.result.timeline.events.filter { e in e.sources.contains { $0.sentence.contains("convicted") } }
        let conditional = convictions.filter { $0.factuality.special == .conditional }
        let verdict = convictions.filter(\.factuality.isFactual)
        #expect(conditional.count >= 1)
        #expect(conditional.allSatisfy { $0.sources.map(\.document) == ["d1"] })
        #expect(verdict.contains { $0.sources.map(\.document) == ["d2"] })
    }

    @Test func keyDatesTellOnlyFactualEvents() {
        let summary = StorySummarizer().summarize(Self.result, options: SummaryOptions(dates: 5))
        let factual = Set(Self.result.timeline.events.filter(\.factuality.isFactual).map(\.id))
        for k in summary.timeline { #expect(k.events.allSatisfy(factual.contains)) }
    }
}

/// An action its own date places after the article that tells it lies ahead,
/// whatever the present tense of its verb: "when he meets Svanberg on
/// Wednesday" in a Sunday article is a plan, not a meeting that happened.
@Suite struct AheadOfPublicationTests {
    func events(_ text: String, published day: Int) -> [EventMention] {
        let published = Publication(value: TimeValue(day: Day(year: 2010, month: 6, day: day)), basis: .stated, explanation: "test")
        let doc = Document(id: "d1", path: "d1.txt", title: "", text: text, format: .text, published: published)
        return Pipeline().run([doc]).documents.first?.events ?? []
    }

    @Test func aPresentTenseActionDatedAfterThePublicationIsPlanned() throws {
        // Sunday 13 June 2010: "on Wednesday" is 16 June.
        let meeting = try #require(events("Barack Obama meets Carl-Henric Svanberg at the White House on Wednesday.", published: 13)
            .first { $0.type == "meeting" })
        #expect(meeting.date?.value == "2010-06-16")
        #expect(meeting.factuality.time == .future)
        #expect(!meeting.factuality.isFactual)
        #expect(meeting.factuality.marker == "planned")
    }

    @Test func aPastTenseActionStaysFactual() throws {
        // Thursday 17 June 2010: "on Wednesday" is 16 June, told as done.
        let meeting = try #require(events("Barack Obama met Carl-Henric Svanberg at the White House on Wednesday.", published: 17)
            .first { $0.type == "meeting" })
        #expect(meeting.date?.value == "2010-06-16")
        #expect(meeting.factuality.isFactual)
    }
}
