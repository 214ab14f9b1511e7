import Foundation
import Testing
@testable import TimelineKit

/// The shipped tagger and parser on real news sentences: the parts of the
/// parse the events stage reads (subjects of active and passive verbs,
/// objects, "by" agents, relative clauses, appositions, possessives,
/// coordination, conditions, negation), and that every parse is one tree
/// on the pipeline's own tokens, Timeline17's tokenised text included.
@Suite struct SyntaxParserTests {
    /// A parsed one-sentence text and a way to find its words.
    struct Parsed {
        let analysis: TextAnalysis
        let parse: SentenceParse

        init(_ text: String) {
            analysis = TextAnalyzer().analyze(text)
            parse = SyntaxParser.shared.parse(analysis, sentence: 0)
        }

        /// The token of the n-th (from 1) occurrence of `word`.
        func t(_ word: String, _ n: Int = 1) -> Int {
            let all = analysis.tokens.indices.filter { analysis.string(token: $0) == word }
            return all.count >= n ? all[n - 1] : -99
        }

        func word(_ t: Int?) -> String? { t.map { analysis.string(token: $0) } }

        /// The words of the name or compound `t` heads ("Conrad Murray").
        func phrase(_ t: Int?) -> String? {
            t.map { parse.name(of: $0).map { analysis.string(token: $0) }.joined(separator: " ") }
        }
    }

    /// What the shipped parser still gets wrong (a greedy parser trained on
    /// 3,000 sentences): kept as tests, marked as known issues.
    static let knownIssue: Comment = "the shipped parser gets this construction wrong"

    @Test func theModelsAreShipped() { #expect(SyntaxParser.shared.isTrained) }

    struct Role: CustomTestStringConvertible, Sendable {
        var text: String
        var verb: String
        var subject: String?
        var object: String? = nil
        var agent: String? = nil
        var passive = false
        var known = false
        var testDescription: String { text }
    }

    @Test(arguments: [
        // Active transitive and intransitive verbs.
        Role(text: "The jury convicted Conrad Murray of involuntary manslaughter.", verb: "convicted", subject: "jury",
             object: "Conrad Murray", agent: "jury"),
        Role(text: "The Hong Kong flu killed about one million people globally.", verb: "killed", subject: "Hong Kong flu",
             object: "people", agent: "Hong Kong flu", known: true),
        Role(text: "Michael Jackson died in June 2009 at his home in Los Angeles.", verb: "died", subject: "Michael Jackson",
             agent: "Michael Jackson"),
        // Passive verbs and their "by" agents.
        Role(text: "Dr Murray was convicted by a jury in Los Angeles.", verb: "convicted", subject: "Dr Murray",
             agent: "jury", passive: true),
        Role(text: "The resolution was passed by the Security Council on March 17.", verb: "passed", subject: "resolution",
             agent: "Security Council", passive: true),
        Role(text: "Meng Wanzhou was arrested in Canada in December.", verb: "arrested", subject: "Meng Wanzhou", passive: true),
        // A relative clause: its pronoun stands for the noun.
        Role(text: "The doctor who treated Jackson was charged.", verb: "treated", subject: "doctor", object: "Jackson",
             agent: "doctor"),
        // Coordination: the second verb shares the subject.
        Role(text: "Police arrested the man and charged him with murder.", verb: "charged", subject: "Police",
             object: "him", agent: "Police"),
    ])
    func whoDidWhatToWhom(_ c: Role) {
        let p = Parsed(c.text)
        let v = p.t(c.verb)
        func check() {
            #expect(p.phrase(p.parse.subject(of: v)) == c.subject)
            #expect(p.phrase(p.parse.object(of: v)) == c.object)
            #expect(p.phrase(p.parse.agent(of: v)) == c.agent)
            #expect(p.parse.isPassive(v) == c.passive)
        }
        if c.known { withKnownIssue(Self.knownIssue, isIntermittent: true) { check() } } else { check() }
    }

    @Test func appositionAndPossessive() {
        let p = Parsed("Jackson's doctor, Conrad Murray, was charged with involuntary manslaughter.")
        let doctor = p.t("doctor")
        #expect(p.word(p.parse.possessor(of: doctor)) == "Jackson")
        #expect(p.parse.relation(p.t("'s")) == .case)
        #expect(p.parse.isPassive(p.t("charged")))
        withKnownIssue(Self.knownIssue, isIntermittent: true) {
            #expect(p.parse.appositions(of: doctor).map { p.phrase($0) } == ["Conrad Murray"])
            #expect(p.phrase(p.parse.subject(of: p.t("charged"))) == "doctor")
        }
    }

    @Test func anAppositionAfterTheName() {
        let p = Parsed("Conrad Murray, Jackson's personal doctor, was charged with involuntary manslaughter.")
        #expect(p.phrase(p.parse.subject(of: p.t("charged"))) == "Conrad Murray")
        #expect(p.parse.appositions(of: p.t("Conrad")).map { p.word($0) } == ["doctor"])
    }

    @Test func possessorOfANominalEvent() {
        let p = Parsed("Jackson's death shocked his fans around the world.")
        #expect(p.word(p.parse.possessor(of: p.t("death"))) == "Jackson")
        #expect(p.word(p.parse.subject(of: p.t("shocked"))) == "death")
        #expect(p.word(p.parse.object(of: p.t("shocked"))) == "fans")
    }

    @Test func aConditionIsAnAdverbialClauseMarkedByIf() {
        let p = Parsed("If Dr Murray is convicted, he could face four years in prison.")
        let convicted = p.t("convicted")
        #expect(p.parse.relation(convicted) == .advcl)
        #expect(p.parse.head(convicted) == p.t("face"))
        #expect(p.word(p.parse.marker(of: convicted)) == "If")
        #expect(p.phrase(p.parse.subject(of: convicted)) == "Dr Murray")
        #expect(p.parse.isPassive(convicted))
        #expect(p.parse.root == p.t("face"))
    }

    @Test func negation() {
        let p = Parsed("Huawei did not spy on its customers, and it didn't break any law.")
        #expect(p.parse.isNegated(p.t("spy")))
        #expect(p.parse.isNegated(p.t("break")))
        #expect(!p.parse.isNegated(p.t("customers")))
        #expect(p.parse.tag(p.t("didn't")) == .auxiliary)
    }

    @Test func conjuncts() {
        let p = Parsed("Obama and Clinton met the leaders of France and Germany.")
        #expect(p.parse.conjuncts(of: p.t("Clinton")).map { p.word($0)! } == ["Obama", "Clinton"])
        #expect(p.parse.conjuncts(of: p.t("France")).map { p.word($0)! } == ["France", "Germany"])
        #expect(p.word(p.parse.subject(of: p.t("met"))) == "Obama")
    }

    @Test func tags() {
        let p = Parsed("The company said on Tuesday that it will appeal the ruling.")
        let tags = p.analysis.tokens.indices.map { p.parse.tag($0) }
        #expect(tags == [.determiner, .noun, .verb, .adposition, .properNoun, .subordinatingConjunction, .pronoun,
                         .auxiliary, .verb, .determiner, .noun, .punctuation])
    }

    /// Every sentence's parse is one tree over all its tokens, whatever the
    /// text: web punctuation, Timeline17's tokenised style, a headline.
    @Test(arguments: [
        "The quake - Haiti 's worst in two centuries - struck at 1653 -LRB- 2153 GMT -RRB- . \nBBC correspondents said the scene was `` apocalyptic '' , with thousands left homeless .",
        "Huawei’s chairman: “We have never received a request to install a back door” (Reuters)",
        "U.S.-led forces didn't leave ... 5G, $1.2bn; e-mail: a@b.com!!",
        "Obama",
        "“",
    ])
    func everyParseIsATree(_ text: String) {
        let analysis = TextAnalyzer().analyze(text)
        let parses = SyntaxParser.shared.parse(analysis)
        #expect(parses.count == analysis.sentences.count)
        for (s, p) in zip(analysis.sentences, parses) {
            #expect(p.tokens == s.tokens)
            #expect(p.heads.filter { $0 == -1 }.count == 1)
            for t in s.tokens {
                #expect(p.dominates(p.root, t))
                if let h = p.head(t) { #expect(s.tokens.contains(h) && h != t) }
            }
            #expect(p == SyntaxParser.shared.parse(analysis, sentence: parses.firstIndex(of: p)!))
        }
    }
}
