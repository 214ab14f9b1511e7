import Testing
@testable import TimelineKit

struct TokenCase: Sendable, CustomStringConvertible {
    var text: String
    var tokens: [String]
    var description: String { text }
}

struct SentenceCase: Sendable, CustomStringConvertible {
    var text: String
    var sentences: [String]
    var description: String { text }
}

@Suite struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()

    static let tokenCases: [TokenCase] = [
        .init(text: "The U.S. says Chinese law compels Huawei", tokens: ["The", "U.S.", "says", "Chinese", "law", "compels", "Huawei"]),
        .init(text: "Huawei Technologies Co Ltd, the world's third", tokens: ["Huawei", "Technologies", "Co", "Ltd", ",", "the", "world", "'s", "third"]),
        .init(text: "China had pledged to buy $1.2 of American products.", tokens: ["China", "had", "pledged", "to", "buy", "$", "1.2", "of", "American", "products", "."]),
        .init(text: "its 5G networks", tokens: ["its", "5G", "networks"]),
        .init(text: "Published: 2020/7/16 20:53:40", tokens: ["Published", ":", "2020/7/16", "20:53:40"]),
        .init(text: "at his Mar-a-Lago resort", tokens: ["at", "his", "Mar-a-Lago", "resort"]),
        .init(text: "Huawei’s rotating chairman", tokens: ["Huawei", "’s", "rotating", "chairman"]),
        .init(text: "“not to do back door deals”", tokens: ["“", "not", "to", "do", "back", "door", "deals", "”"]),
        .init(text: "Mr. Pence told CNBC", tokens: ["Mr.", "Pence", "told", "CNBC"]),
        .init(text: "at 3:30 p.m. EST", tokens: ["at", "3:30", "p.m.", "EST"]),
        .init(text: "Alibaba – all these", tokens: ["Alibaba", "–", "all", "these"]),
        .init(text: "won’t do it", tokens: ["won’t", "do", "it"]),
        // Tokenised text's thousands separator stays in its number; a comma in a list does not.
        .init(text: "some 50 ,000 people died", tokens: ["some", "50,000", "people", "died"]),
        .init(text: "1 ,500 ,000 troops", tokens: ["1,500,000", "troops"]),
        .init(text: "in 2009 ,2010 and", tokens: ["in", "2009", ",", "2010", "and"]),
        .init(text: "rooms 12 ,3456", tokens: ["rooms", "12", ",", "3456"]),
    ]

    @Test(arguments: tokenCases)
    func tokens(_ c: TokenCase) {
        let a = analyzer.analyze(c.text)
        #expect(a.tokens.indices.map { a.string(token: $0) } == c.tokens)
    }

    static let sentenceCases: [SentenceCase] = [
        .init(text: "The FCC voted within the U.S. last week. The U.K. will decide soon.",
              sentences: ["The FCC voted within the U.S. last week.", "The U.K. will decide soon."]),
        .init(text: "“Let me say this as clear as possible, Huawei has not and will never plant backdoors. And we will never allow anyone,” he said.",
              sentences: ["“Let me say this as clear as possible, Huawei has not and will never plant backdoors.", "And we will never allow anyone,” he said."]),
        .init(text: "Mr. Ellwood said: “We don’t know.” He left.",
              sentences: ["Mr. Ellwood said: “We don’t know.”", "He left."]),
        .init(text: "Both Huawei and ZTE Corp. have also been targeted. Meng remains under house arrest.",
              sentences: ["Both Huawei and ZTE Corp. have also been targeted.", "Meng remains under house arrest."]),
        .init(text: "He met George W. Bush on Jan. 5 in Washington.",
              sentences: ["He met George W. Bush on Jan. 5 in Washington."]),
        .init(text: "\"I fully understand,\" Guo said. \"The US needs 5G.\"",
              sentences: ["\"I fully understand,\" Guo said.", "\"The US needs 5G.\""]),
        .init(text: "First line without a stop\nSecond line.",
              sentences: ["First line without a stop", "Second line."]),
    ]

    @Test(arguments: sentenceCases)
    func sentences(_ c: SentenceCase) {
        let a = analyzer.analyze(c.text)
        #expect(a.sentences.map { a.string($0.span) } == c.sentences)
    }

    @Test func hardWrappedParagraphIsOneParagraph() {
        let text = """
            The antiabortion activist wanted for questioning in last month's
            shooting death of a doctor in a Buffalo suburb may have fled to
            Mexico, according to a newspaper report.

            Kopp has been the subject of a manhunt.
            """
        let a = analyzer.analyze(text)
        #expect(a.paragraphs.count == 2)
        #expect(a.sentences.count == 2)
    }

    @Test func pageFurnitureIsFlagged() {
        let text = """
            Huawei says willing to sign 'no-spy' agreements

            Cheryl Sanders
            May 15, 2019

            Huawei is offering to sign no-spy agreements with governments.
            Foreign Ministry spokeswoman Hua Chunying Photo:
            LONDON, ENGLAND - OCTOBER 22: Members arrive in Downing Street. (Photo by Leon Neal/Getty Images)
            Image: Sir Iain Duncan Smith is one of the men who signed the letter
            More from China
            Related posts

            London company held to ransom by cyber criminals

            Has the US election been targeted by disinformation?
            Post a Comment
            blog comments powered by Disqus
            -With assistance from Todd Shields and Dandan Li.
            """
        let a = analyzer.analyze(text, hasTitleLine: true)
        let flags = a.paragraphs.map { ($0.furniture, a.string($0.span)) }
        #expect(flags[0].0 == .headline)
        #expect(flags.first { $0.1 == "Cheryl Sanders" }?.0 == .meta)
        #expect(flags.first { $0.1 == "May 15, 2019" }?.0 == .meta)
        #expect(flags.first { $0.1.hasPrefix("Huawei is offering") }?.0 == nil)
        #expect(flags.first { $0.1.hasPrefix("Foreign Ministry") }?.0 == .caption)
        #expect(flags.first { $0.1.hasPrefix("LONDON") }?.0 == .caption)
        #expect(flags.first { $0.1.hasPrefix("Image:") }?.0 == .caption)
        #expect(flags.first { $0.1 == "More from China" }?.0 == .related)
        #expect(flags.first { $0.1.hasPrefix("London company") }?.0 == .related)
        #expect(flags.first { $0.1.hasPrefix("Has the US election") }?.0 == .related)
        #expect(flags.first { $0.1 == "Post a Comment" }?.0 == .related)
        #expect(flags.first { $0.1.hasPrefix("-With assistance") }?.0 == .related)
    }

    /// An aggregator's list of linked headlines, each with its age and source, is no text of the article;
    /// one age in a sentence of prose is ("That was the top headline just a few hours ago.").
    @Test func headlineListsWithAgesAreFlagged() {
        let a = analyzer.analyze("""
            BP said the cap was holding.
            France24 BP OIL SPILL: Obama calls for 'clean energy future' in Oval Office address - 10 hrs ago Bangkok Post US oil spill 'epidemic' may last years - 4 hrs ago Guardian
            That was the top headline just a few hours ago, and it was still there 2 days ago.
            """)
        #expect(a.paragraphs.map(\.furniture) == [nil, .related, nil])
    }

    /// A line opening with a comma continues the line before it: one sentence, its subject kept.
    @Test func aLineOpeningWithACommaContinuesTheOneBefore() {
        let a = analyzer.analyze("Former senator Bob Graham (D-Fla.)\n, one of the commission's co-chairmen, said the accident was preventable.\nHe spoke on Tuesday.")
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs.map(\.furniture) == [nil, nil])
        #expect(a.string(a.sentences[0].span).hasPrefix("Former senator Bob Graham"))
        #expect(a.string(a.sentences[0].span).hasSuffix("preventable."))
    }

    @Test func commentWidgetsAloneAreFlagged() {
        let a = analyzer.analyze("He said so.\nPost a Comment\nblog comments powered by Disqus")
        #expect(a.paragraphs.map(\.furniture) == [nil, .comments, .comments])
    }

    /// A thread whose site signs each comment after its text (washingtonpost.com, 2008): from the
    /// first signed comment on, every line is the thread's; one signature alone makes no thread.
    @Test func signedCommentThreadsAreFlagged() {
        let text = """
            McCain suspends campaign
            Sen. John McCain said Wednesday he would suspend his campaign.
            Obama needs to call in sick Posted by: mthomps71 | September 26, 2008 11:57 AM | Report abuse I see the debate and the crisis as two things.
            Leadership style? Posted by: JackSmith1 | September 25, 2008 7:25 PM | Report abuse McCain has pulled this stunt before.
            The campaign denied it.
            """
        let flags = analyzer.analyze(text, hasTitleLine: true).paragraphs.map(\.furniture)
        #expect(flags == [.headline, nil, .comments, .comments, .comments])
        let one = analyzer.analyze("He said so.\nGood point Posted by: dick | September 19, 2008 4:58 PM | Report abuse")
        #expect(!one.paragraphs.contains { $0.furniture == .comments })
    }

    @Test func offsetMapCountsCodePoints() {
        let text = "“Huawei” is Chinese"
        let map = OffsetMap(text)
        let utf8 = Array(text.utf8)
        let iStart = utf8.lastIndex(of: 0x20)! - 2  // "i" of "is"
        #expect(map.scalarOffset(iStart) == 9)
        #expect(map.scalarOffset(utf8.count) == text.unicodeScalars.count)
    }
}

/// Where a sentence opening with page furniture (a wire dateline, a
/// publication stamp, or both) starts saying something.
@Suite struct TextDatelineTests {
    static let cases: [(sentence: String, news: String)] = [
        ("NEW ORLEANS -- BP said on Monday it would try again.", "BP said"),
        ("WASHINGTON (Reuters) - The U.S. government sued BP.", "The U.S."),
        ("Tuesday, September 30, 2008; 10:10 AM Most Americans see the current financial situation as a crisis.", "Most Americans"),
        ("Thursday, May 6, 2010; 11:30 AM PORT FOURCHON, LA. -- The 125-ton box arrived Thursday morning.", "The 125-ton"),
        ("Friday 1 May 2009 22.47 BST It was a mates' night out to celebrate a marriage.", "It was"),
        // Prose keeps its start: a time after a preposition, a decimal, no clock at all.
        ("On Tuesday, September 30, 2008 at 10:10 AM Most Americans saw it.", "On Tuesday"),
        ("In 2008, 1.25 Million Dollar Homes sold in the county.", "In 2008"),
        ("Tuesday, September 30, 2008 was the day the House voted.", "Tuesday, September"),
    ]

    @Test func newsStartsAfterTheFurniture() {
        for c in Self.cases {
            let a = TextAnalyzer().analyze(c.sentence)
            let start = a.contentStart(sentence: 0)
            #expect(a.string(TextSpan(start, start + c.news.utf8.count)) == c.news, "\(c.sentence)")
            #expect(a.compacted().contentStart(sentence: 0) == start)
        }
    }
}

/// A picture credit glued before a paragraph is a caption line of its own;
/// the paragraph's text is read (a caption alone stays furniture).
@Suite struct TextCreditTests {
    static let cases: [(line: String, credit: String?, body: String)] = [
        ("Photograph: Sang Tan/AP Boris Johnson, the mayor of London, said today that the rhetoric was wrong.",
         "Photograph: Sang Tan/AP", "Boris Johnson, the mayor of London, said today that the rhetoric was wrong."),
        ("Photograph : Carl de Souza/AFP/Getty Images Two new cases of swine flu have been confirmed in Scotland.",
         "Photograph : Carl de Souza/AFP/Getty Images", "Two new cases of swine flu have been confirmed in Scotland."),
        ("Photograph: PA An outbreak of swine flu at a Birmingham primary school led to its closure.",
         "Photograph: PA", "An outbreak of swine flu at a Birmingham primary school led to its closure."),
        ("Photograph: Getty Images Two new cases of swine flu have been confirmed in Scotland today.",
         "Photograph: Getty Images", "Two new cases of swine flu have been confirmed in Scotland today."),
        // A caption alone, a caption describing the picture, and a line that merely starts with the word.
        ("Photograph: Sang Tan/AP", nil, ""),
        ("Image: Sir Iain Duncan Smith is one of the men who signed the letter", nil, ""),
        ("Photographs taken by the Coast Guard show oil reaching the coast of Louisiana on Friday.", nil,
         "Photographs taken by the Coast Guard show oil reaching the coast of Louisiana on Friday."),
    ]

    @Test func creditIsCaptionAndTextIsRead() {
        for c in Self.cases {
            let a = TextAnalyzer().analyze("Headline\n\n" + c.line + "\n")
            let paragraphs = a.paragraphs.dropFirst()
            if let credit = c.credit {
                #expect(paragraphs.map { a.string($0.span) } == [credit, c.body], "\(c.line)")
                #expect(paragraphs.first?.furniture == .caption)
                #expect(paragraphs.last?.furniture == nil)
            } else if !c.body.isEmpty {
                #expect(paragraphs.map { a.string($0.span) } == [c.body])
                #expect(paragraphs.first?.furniture == nil)
            } else {
                #expect(paragraphs.first?.furniture == .caption)
            }
        }
    }
}
