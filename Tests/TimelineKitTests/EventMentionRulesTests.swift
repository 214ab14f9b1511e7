import Testing
@testable import TimelineKit

/// The rules that complete the event-mention tagger: event nouns and copulas
/// used as main verbs, on real news sentences; the model's own labels are
/// given by hand (`model`), so only the rules are tested.
@Suite struct EventMentionRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        /// Words the model labels as events.
        var model: [String] = []
        /// Every word labelled an event after the rules, in text order.
        var expected: [String]
        var testDescription: String { String(text.prefix(50)) }
    }

    static let cases: [Case] = [
        // Copulas as main verbs are events; as auxiliaries ("was filed", "is set") they are not.
        Case(text: "The iPod nano is now smaller and squarer.", expected: ["is"]),
        Case(text: "There are 500 Apple engineers at what is their largest developers conference.",
             expected: ["are", "is", "conference"]),
        Case(text: "In California, a class-action lawsuit was filed against Apple in January.",
             model: ["filed"], expected: ["lawsuit", "filed"]),
        Case(text: "The trial is set to begin on Wednesday in the Royal Courts of Justice.",
             model: ["set", "begin"], expected: ["trial", "set", "begin"]),
        Case(text: "The 1991 agreement was that Apple Computer would not sell music.",
             model: ["sell"], expected: ["agreement", "was", "sell"]),
        // The head of a named event is an event; an event noun inside a longer name is not.
        Case(text: "Apple introduced the iPhone at the Macworld Conference in San Francisco.",
             model: ["introduced"], expected: ["introduced", "Conference"]),
        Case(text: "The announcement came at a music event held in the Moscone West Convention Center.",
             model: ["came", "held"], expected: ["announcement", "came", "event", "held"]),
    ]

    @Test(arguments: cases) func rulesAddEventNounsAndCopulas(_ c: Case) {
        let analysis = TextAnalyzer().analyze(c.text)
        var labels = analysis.tokens.indices.map { i in
            c.model.contains(analysis.string(token: i)) ? EventTagger.event : EventTagger.outside
        }
        for sentence in analysis.sentences {
            EventMentionRules.apply(to: &labels, sentence: sentence.tokens, analysis: analysis)
        }
        let tagged = analysis.tokens.indices.filter { labels[$0] == EventTagger.event }.map { analysis.string(token: $0) }
        #expect(tagged == c.expected)
    }

    /// A headline reports events: its triggers are event mentions.
    @Test func headlinesHaveEventMentions() throws {
        let text = "Apple releases program to limit iPod volume\n\nApple has released an application that limits the volume of its iPod players.\n"
        let analysis = TextAnalyzer().analyze(text, hasTitleLine: true)
        #expect(analysis.sentences.first?.furniture == .headline)
        let words = EventTagger.triggers(in: analysis).map { analysis.string($0) }
        #expect(words.contains("limit"))
        #expect(words.contains("released"))
    }
}
