import Foundation
import Testing
@testable import TimelineKit

/// The story stage on a small pile of articles about one story (a mayor's
/// arrest, resignation and trial, told by ten articles over four months),
/// with two pages that are not about it: what the pile is about, which
/// pages give no events, how retellings count, and which days are key.
@Suite struct StoryTests {
    static let articles: [(day: String, text: String)] = [
        ("2021-03-03", """
            Police arrested Mayor Tom Keller of Brantford on Wednesday on charges of bribery and fraud. \
            Keller was taken from City Hall in handcuffs after investigators searched his office for six hours. \
            The council said it would meet on Friday to discuss the arrest.
            """),
        ("2021-03-04", """
            Brantford Mayor Tom Keller, who was arrested on March 3, spent the night in custody. \
            Prosecutors accuse Keller of taking bribes from a construction company in exchange for city contracts. \
            Keller's lawyer said his client denies the charges.
            """),
        ("2021-03-05", """
            The Brantford council met on Friday after the arrest of Mayor Tom Keller on March 3. \
            Councillors asked Keller to step down while the bribery case is heard. \
            Keller's lawyer said the mayor would fight the charges in court.
            """),
        ("2021-03-10", """
            Tom Keller resigned as mayor of Brantford on Wednesday, a week after police arrested him on bribery charges. \
            In a short statement Keller said he resigned to spare the city a long fight. \
            The council will choose an interim mayor next month.
            """),
        ("2021-03-11", """
            Keller's resignation on March 10 leaves Brantford without a mayor for the first time in forty years. \
            Keller, arrested on March 3, faces trial on bribery and fraud charges in June. \
            The construction company named by prosecutors said it had done nothing wrong.
            """),
        ("2021-04-02", """
            The trial of former Brantford mayor Tom Keller will open on June 7, a judge ruled on Friday. \
            Keller was arrested on March 3 and resigned on March 10. \
            Prosecutors say the bribes paid for city contracts worth two million dollars.
            """),
        ("2021-06-07", """
            The bribery trial of former Brantford mayor Tom Keller opened on Monday. \
            Prosecutors told the jury that Keller took bribes for city contracts. \
            Keller, who was arrested on March 3, pleaded not guilty.
            """),
        ("2021-06-14", """
            A jury convicted former Brantford mayor Tom Keller of bribery and fraud on Monday. \
            Keller, who was arrested on March 3 and resigned on March 10, showed no emotion as the verdict was read. \
            The judge will sentence him in July.
            """),
        ("2021-06-15", """
            Former Brantford mayor Tom Keller was convicted of bribery and fraud on June 14. \
            The jury deliberated for two days after a week of testimony about city contracts. \
            Keller's lawyer said he would appeal the conviction.
            """),
        ("2021-06-16", """
            Brantford residents welcomed the conviction of former mayor Tom Keller on June 14. \
            Keller was arrested on March 3 after a year-long investigation into city contracts. \
            His lawyer said an appeal would be filed within a month.
            """),
        // Not about the story: a family-history page and a sports box.
        ("2021-03-12", """
            The Whitcombe family line begins with Josiah Whitcombe, born in 1802 in Kent, and his wife Hannah. \
            Their eldest son emigrated in 1831 and farmed wheat and barley until 1870. \
            Descendants of the family gather each summer at the old farmhouse.
            """),
        ("2021-06-13", """
            United beat Rovers 3-1 in Saturday's league match, with two goals from the winger. \
            Rovers' goalkeeper saved a penalty in the first half before United scored twice after the break. \
            The league leaders play away next weekend.
            """),
    ]

    static let result: PipelineResult = {
        let documents = articles.enumerated().map { i, a in
            Document(id: "d\(i + 1)", path: "story/\(i + 1).txt", title: "", text: a.text, format: .text,
                     published: Publication(value: TimeValue(day: Day(iso: a.day)!), basis: .metadata, explanation: "metadata"))
        }
        return Pipeline().run(documents)
    }()

    @Test func pagesAboutSomethingElseAreOffTopicAndGiveNoEvents() {
        let offTopic = Self.result.timeline.documents.filter(\.offTopic).map(\.id)
        #expect(offTopic == ["d11", "d12"])
        let cited = Set(Self.result.timeline.events.flatMap { $0.sources.map(\.document) })
        #expect(cited.isDisjoint(with: offTopic))
        #expect(!cited.isEmpty)
    }

    @Test func oneArrestToldByManyArticlesIsOneEvent() {
        let arrests = Self.result.timeline.events.filter { $0.type == "arrest" && $0.date?.value == "2021-03-03" }
        #expect(arrests.count == 1)
        #expect((arrests.first?.sources.count ?? 0) >= 3)
    }

    @Test func salienceIsBetweenZeroAndOneAndExplained() {
        let events = Self.result.timeline.events
        #expect(!events.isEmpty)
        for e in events {
            #expect((0...1).contains(e.salience))
            #expect(!e.salienceExplanation.isEmpty)
        }
        // A verdict many articles report outranks what a lawyer said once.
        let verdict = events.filter { $0.date?.value == "2021-06-14" }.map(\.salience).max() ?? 0
        let remarks = events.filter { $0.type == "statement" && $0.sources.count == 1 }.map(\.salience)
        #expect(remarks.allSatisfy { $0 < verdict })
    }

    @Test func theKeyDatesAreTheDaysTheArticlesKeepReferringTo() {
        let summary = StorySummarizer().summarize(Self.result, options: SummaryOptions(dates: 3, sentences: 1))
        let dates = summary.timeline.map(\.date)
        #expect(dates == ["2021-03-03", "2021-03-10", "2021-06-14"])
        #expect(dates == dates.sorted())
        let ids = Set(Self.result.timeline.events.map(\.id))
        for key in summary.timeline {
            #expect(key.sentences.count == 1)
            #expect(key.events.allSatisfy(ids.contains))
            #expect(!key.explanation.isEmpty)
        }
        // The arrest's day is told by a sentence about the arrest.
        #expect(summary.timeline.first?.sentences.first?.contains("arrest") == true)
    }

    /// A sentence a site prints above every article, each time followed by a
    /// different one, is its template; an article two pages copy whole is not.
    @Test func aSentenceEverySitePagePrintsIsTemplateNotNews() {
        let banner = "Explore all of our council graphics to follow the case and see its timeline."
        let copied = "The council of Brantford voted on Tuesday to cut the budget for roads. Residents protested outside City Hall."
        let texts = Self.articles.prefix(4).map { banner + " " + $0.text } + [copied, copied, copied]
        let documents = texts.enumerated().map { i, text in
            Document(id: "d\(i + 1)", path: "t/\(i + 1).txt", title: "", text: text, format: .text,
                     published: Publication(value: TimeValue(day: Day(iso: "2021-03-0\(i + 1)")!), basis: .metadata,
                                            explanation: "metadata"))
        }
        let profile = Pipeline().run(documents).story.profile
        for d in 0..<4 { #expect(profile.template[d] == [0]) }
        for d in 4..<7 { #expect(profile.template[d].isEmpty) }
        let summary = StorySummarizer().summarize(Pipeline().run(documents), options: SummaryOptions(dates: 4, sentences: 2))
        #expect(!summary.timeline.flatMap(\.sentences).contains(banner))
    }

    /// A day named in an article's lead is its news; one named as often but
    /// deep in the articles is background, and ranks below it.
    @Test func aDayNamedInTheLeadsOutranksOneNamedFurtherOn() {
        let filler = (1...6).map { "The council of Brantford discussed the city budget and the roads plan, item \($0)." }
        let texts = (0..<4).map { i in
            // Each article words its sentences its own way (one sentence in every article would be a template).
            (["Mayor Tom Keller met the construction company on March 2, records of case \(i) show."] + filler
                + ["Mayor Tom Keller met the construction company on June 14, records of case \(i) show."]).joined(separator: " ")
        }
        let documents = texts.enumerated().map { i, text in
            Document(id: "d\(i + 1)", path: "lead/\(i + 1).txt", title: "", text: text, format: .text,
                     published: Publication(value: TimeValue(day: Day(iso: "2021-07-0\(i + 1)")!), basis: .metadata,
                                            explanation: "metadata"))
        }
        let dates = Pipeline().run(documents).story.dates
        let lead = Period(day: Day(iso: "2021-03-02")!), deep = Period(day: Day(iso: "2021-06-14")!)
        #expect(dates.evidence[lead]?.documents == 4 && dates.evidence[deep]?.documents == 4)
        #expect(dates.score(lead) > dates.score(deep))
    }

    /// A day restated in parentheses in another time zone names no day of its own.
    @Test func aTimeRestatedInAnotherZoneNamesNoDay() {
        let text = "BP fitted a cap\n\nEngineers fitted the cap at 1930 CDT on 1 June (0030 GMT 2 June), BP said."
        let document = Document(id: "d1", path: "cap.txt", title: "", text: text, format: .text,
                                published: Publication(value: TimeValue(day: Day(iso: "2010-06-05")!), basis: .metadata,
                                                       explanation: "metadata"))
        let evidence = Pipeline().run([document]).story.dates.evidence
        #expect(evidence[Period(day: Day(iso: "2010-06-01")!)]?.documents == 1)
        #expect(evidence[Period(day: Day(iso: "2010-06-02")!)] == nil)
    }

    /// A day long before the pile's articles is background: a key date only
    /// when a good share of the pile names it (the crime in the pile of its
    /// trial), not when one article recalls it in passing.
    @Test func aDayLongBeforeThePileIsKeyOnlyWhenManyArticlesNameIt() {
        let texts = (0..<24).map { i -> String in
            var text = "Mayor Tom Keller of Brantford appeared in court on day \(i + 1) of his bribery trial, which opened on June 7. "
                + "Prosecutors described contract number \(100 + i) to the jury."
            if i < 2 { text += " Keller was first elected on October 21, 2019, after a campaign about city contracts." }
            if i == 5 { text += " Keller's father ran the city's budget office on September 11, 2001, when the council met in emergency session." }
            if i == 9 { text += " His lawyer filed the last motions on May 28, the court's records show." }
            return text
        }
        let documents = texts.enumerated().map { i, text in
            Document(id: "d\(i + 1)", path: "bg/\(i + 1).txt", title: "", text: text, format: .text,
                     published: Publication(value: TimeValue(day: Day(iso: "2021-06-07")!.adding(days: i)), basis: .metadata,
                                            explanation: "metadata"))
        }
        let result = Pipeline().run(documents)
        #expect(result.story.dates.evidence[Period(day: Day(iso: "2001-09-11")!)]?.documents == 1)
        let dates = StorySummarizer().summarize(result, options: SummaryOptions(dates: 40, sentences: 1)).timeline.map(\.date)
        #expect(dates.contains("2019-10-21"))
        #expect(dates.contains("2021-06-07"))
        #expect(!dates.contains("2001-09-11"))
        #expect(dates.contains("2021-05-28"))
        // Left to choose how many, the pile leaves out a day one article names in passing.
        let chosen = StorySummarizer().summarize(result, options: SummaryOptions(sentences: 1)).timeline.map(\.date)
        #expect(chosen.contains("2021-06-07") && chosen.contains("2019-10-21"))
        #expect(!chosen.contains("2021-05-28"))
    }

    /// The key date `date` of a pile of one-sentence articles (publication day, text), if chosen.
    static func day(_ date: String, of texts: [(String, String)], sentences: Int) -> KeyDate? {
        let documents = texts.enumerated().map { i, t in
            Document(id: "d\(i + 1)", path: "vote/\(i + 1).txt", title: "", text: t.1, format: .text,
                     published: Publication(value: TimeValue(day: Day(iso: t.0)!), basis: .metadata, explanation: "metadata"))
        }
        let summary = StorySummarizer().summarize(Pipeline().run(documents), options: SummaryOptions(dates: 5, sentences: sentences))
        return summary.timeline.first { $0.date == date }
    }

    /// A sentence written before the day it names ("The trial will open on
    /// June 7") does not say what happened that day when articles written on
    /// or after it do.
    @Test func aDayIsToldBySentencesWrittenOnOrAfterIt() throws {
        let texts = [
            ("2021-04-20", "The Brantford city budget and its roads plan are due on May 5, the council's chair said."),
            ("2021-04-27", "The Brantford city budget, due on May 5, holds the roads plan and the council's chair's cuts."),
            ("2021-05-03", "The roads plan in the Brantford city budget is due on May 5 after weeks of the council's debate."),
            ("2021-05-06", "The Brantford council approved the city budget by seven votes to four on May 5, cutting the roads plan."),
        ]
        let vote = try #require(Self.day("2021-05-05", of: texts, sentences: 1))
        #expect(vote.sentences == ["The Brantford council approved the city budget by seven votes to four on May 5, cutting the roads plan."])
    }

    /// A line that is mostly its dates (a chat's post stamps) does not tell the day,
    /// however often it names it.
    @Test func aLineOfStampsDoesNotTellTheDay() throws {
        let texts = [
            ("2021-05-05", "-- May 05, 2021 2:18 PM -- May 05, 2021 2:19 PM Ooh!"),
            ("2021-05-06", "The Brantford council approved the city budget by seven votes to four on May 5, cutting the roads plan."),
        ]
        let vote = try #require(Self.day("2021-05-05", of: texts, sentences: 2))
        #expect(vote.sentences == ["The Brantford council approved the city budget by seven votes to four on May 5, cutting the roads plan."])
    }

    @Test func sinceAndUntilBoundTheKeyDates() {
        let options = SummaryOptions(dates: 5, sentences: 2, since: Day(iso: "2021-06-01"), until: Day(iso: "2021-06-30"))
        let dates = StorySummarizer().summarize(Self.result, options: options).timeline.map(\.date)
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0.hasPrefix("2021-06") })
    }

    @Test func theSummaryJSONIsTheContract() throws {
        let summary = StorySummarizer().summarize(Self.result, options: SummaryOptions(dates: 2, sentences: 1))
        let json = try SummaryRenderer.json(summary)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let timeline = try #require(object["timeline"] as? [[String: Any]])
        #expect(timeline.count == 2)
        for entry in timeline {
            #expect(entry["date"] is String)
            #expect(entry["sentences"] is [String])
            #expect(entry["events"] is [String])
        }
    }

    @Test(arguments: [(1, 6), (9, 6), (100, 20), (300, 35), (5000, 40)])
    func withoutDatesThePileChoosesHowMany(_ c: (documents: Int, dates: Int)) {
        #expect(StorySummarizer.defaultDateCount(documents: c.documents) == c.dates)
    }
}
