import Foundation
import Testing
@testable import TimelineKit

struct PageCase: Sendable, CustomStringConvertible {
    var name: String
    var html: String
    /// Lines the body must hold, and text it must not.
    var kept: [String]
    var dropped: [String]
    var description: String { name }
}

struct PageDateCase: Sendable, CustomStringConvertible {
    var name: String
    var html: String
    var url: String? = nil
    /// The first date candidate, in order of trust.
    var first: String
    var description: String { name }
}

/// The HTML reader on the shapes news pages take: which text is the
/// article, which date is its publication.
@Suite struct DocumentsWebPageTests {
    let reader = HTMLReader()
    let loader = DocumentLoader()

    static let story = [
        "The city council voted on Tuesday to close the old bridge to traffic, citing a report that found its steel supports badly corroded.",
        "Engineers had warned for years that the structure, built in 1931, was near the end of its life, and repairs were repeatedly put off.",
        "Commuters will be diverted to the ring road, which the council says can take the extra load until a new crossing opens in 2027.",
    ]
    static var paragraphs: String { story.map { "<p>\($0)</p>" }.joined() }

    static let pages: [PageCase] = [
        .init(name: "related list, newsletter box and paywall prompt inside the article",
              html: """
                <html><body><article><h1>Bridge closed</h1>\(paragraphs)
                <div class="newsletter-signup"><p>Get our morning briefing in your inbox.</p></div>
                <p>To continue reading, please subscribe or log in.</p>
                <h3>Most popular</h3><ul><li><a href="/a">Mayor resigns after scandal</a></li><li><a href="/b">Rain again</a></li></ul>
                <div class="related-stories"><a href="/c">Old bridge history, in pictures</a></div>
                </article></body></html>
                """,
              kept: story, dropped: ["morning briefing", "continue reading", "Most popular", "Mayor resigns", "in pictures"]),
        .init(name: "the headline, byline and date line are not text",
              html: """
                <html><head><meta property="og:title" content="Bridge closed"></head><body><main>
                <h1>Bridge closed</h1><div class="meta"><span>By Ann Lee</span> <span>March 3, 2021</span></div>
                <p>By Ann Lee</p><p>March 3, 2021 | 10:42 am</p>\(paragraphs)<p>5 min read</p></main></body></html>
                """,
              kept: story, dropped: ["Bridge closed", "Ann Lee", "March 3", "min read"]),
        .init(name: "a lede above the story's column",
              html: """
                <html><body><div class="page"><section class="top"><div class="lede"><p>\(story[0])</p></div></section>
                <section class="main-column"><div class="text"><p>\(story[1])</p><p>\(story[2])</p>
                <p>The council will meet again next month to choose between two designs for the new crossing, a tunnel and a wider bridge.</p>
                <p>Officials said the closure would last at least three years, and that tolls would not change on other bridges in the area.</p>
                <p>Residents near the bridge welcomed the decision, though shop owners worried that fewer people would pass their doors each day.</p>
                </div></section></div>
                <div class="sidebar"><p>Weather: sunny, 21 degrees, light wind from the west, clouds later in the evening today.</p></div></body></html>
                """,
              kept: story, dropped: ["Weather"]),
        .init(name: "lists and quotes of the article stay, cookie banner goes",
              html: """
                <html><body><div id="cookie-banner"><p>We use cookies to improve your experience on our site.</p></div>
                <div class="entry-content">\(paragraphs)<h2>What changes</h2><ul><li>Buses take the ring road.</li><li>Cyclists keep a lane.</li></ul>
                <blockquote><p>"It is the safe choice," the mayor said.</p></blockquote></div>
                <footer><p>© 2021 City Paper. All rights reserved.</p></footer></body></html>
                """,
              kept: story + ["What changes", "Buses take the ring road.", "Cyclists keep a lane.", "\"It is the safe choice,\" the mayor said."],
              dropped: ["cookies", "All rights reserved"]),
        .init(name: "a page nested in an unclosed <nav> keeps its article",
              html: """
                <html><body><nav class="navbar"><ul><li><a href="/">Home</a></li></ul><div class="container"><article>
                <h1>Bridge closed</h1>\(paragraphs)\(paragraphs.replacingOccurrences(of: "<p>", with: "<p>Again: "))</article></div></body></html>
                """,
              kept: story, dropped: ["Home"]),
        .init(name: "comments and share bars go",
              html: """
                <html><body><div class="post">\(paragraphs)<div class="share-buttons"><a>Share on Facebook</a></div>
                <div id="comments"><h3>3 comments</h3><p>I drive over this bridge every single day and I am very glad somebody finally did something.</p></div>
                </div></body></html>
                """,
              kept: story, dropped: ["Share on Facebook", "every single day", "comments"]),
    ]

    @Test(arguments: pages)
    func mainText(_ c: PageCase) throws {
        let page = try reader.read(Array(c.html.utf8), path: "p.html")
        let body = page.body.joined(separator: "\n")
        for line in c.kept { #expect(page.body.contains(line), "kept: \(line)") }
        for text in c.dropped { #expect(!body.contains(text), "dropped: \(text)") }
    }

    @Test func articleBodyStandsInForThinMarkup() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "\(Self.story.joined(separator: "\\n"))",
            "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}]}</script></head>
            <body><div id="app"><p>Loading the story, please wait a moment while it loads.</p></div></body></html>
            """
        let page = try reader.read(Array(html.utf8), path: "p.html")
        #expect(page.body == Self.story)
        #expect(page.authors == ["Ann Lee", "Bo Chen"])
    }

    @Test func metadata() throws {
        let html = """
            <html><head><title>Bridge closed - City Paper</title><meta property="og:site_name" content="City Paper">
            <link rel="canonical" href="https://city.example/news/bridge"><meta name="author" content="By Ann Lee and Bo Chen"></head>
            <body><article>\(Self.paragraphs)</article></body></html>
            """
        let page = try reader.read(Array(html.utf8), path: "p.html", url: "https://city.example/news/bridge?ref=rss")
        #expect(page.title == "Bridge closed")
        #expect(page.source == "City Paper")
        #expect(page.url == "https://city.example/news/bridge")
        #expect(page.authors == ["Ann Lee", "Bo Chen"])
    }

    // MARK: Dates

    static let dated: [PageDateCase] = [
        .init(name: "article:published_time before everything",
              html: "<meta property='article:published_time' content='2021-03-03T09:00:00+01:00'><meta name='date' content='2020-01-01'><time datetime='2019-01-01'>x</time>\(paragraphs)",
              first: "2021-03-03T09:00:00+01:00"),
        .init(name: "JSON-LD datePublished before <time> and <meta name=date>",
              html: "<script type='application/ld+json'>{\"datePublished\": \"2021-03-02\", \"dateModified\": \"2021-04-01\"}</script><meta name='date' content='2020-01-01'>\(paragraphs)",
              first: "2021-03-02"),
        .init(name: "the header's <time>, not the related list's nor the update",
              html: """
                <article><header><time class="updated" datetime="2021-05-01">May 1</time><time datetime="2021-03-03">March 3</time></header>\(paragraphs)</article>
                <aside class="related"><time datetime="2025-01-01">x</time></aside>
                """,
              first: "2021-03-03"),
        .init(name: "the URL's day before a date element",
              html: "<div class='post-date'>4 March 2021</div><article>\(paragraphs)</article>",
              url: "https://city.example/2021/03/03/bridge-closed", first: "2021-03-03"),
        .init(name: "a date element of the header, never the site header's date of the day",
              html: "<div class='today-date'>Friday, 9 July 2021</div><div class='wrap'><h1>Bridge</h1><span class='byline-date'>3 March 2021, 3:51 pm</span><div class='body'>\(paragraphs)</div></div>",
              first: "3 March 2021, 3:51 pm"),
        .init(name: "a UTC timestamp yields to the URL's day before it",
              html: "<meta property='article:published_time' content='2023-11-09T01:09:55+00:00'><article>\(paragraphs)</article>",
              url: "https://city.example/2023/11/08/bridge", first: "2023-11-08"),
        .init(name: "a UTC timestamp stays before a bare day of lower trust",
              html: "<meta property='article:published_time' content='2019-05-15T09:30:00Z'><meta name='DC.date' content='2019-05-14'><article>\(paragraphs)</article>",
              first: "2019-05-15T09:30:00Z"),
        .init(name: "a numeric date of a British page is day first",
              html: "<html lang='en-GB'><body><span class='time'>02/10/2020</span><article>\(paragraphs)</article></body></html>",
              first: "2020-10-02"),
    ]

    @Test(arguments: dated)
    func publicationDate(_ c: PageDateCase) throws {
        let doc = try #require(try loader.load(Array(c.html.utf8), path: "p.html", url: c.url).documents.first)
        #expect(doc.dateCandidates.first?.text == c.first, "\(doc.dateCandidates.map(\.text))")
    }

    @Test func modificationDatesComeLast() throws {
        let html = "<meta property='article:modified_time' content='2021-05-01'><article><p>Published: March 3, 2021</p>\(Self.paragraphs)</article>"
        let doc = try #require(try loader.load(Array(html.utf8), path: "p.html").documents.first)
        #expect(doc.dateCandidates.map(\.text) == ["March 3, 2021", "2021-05-01"])
    }

    @Test func updatedLineAfterTheOriginal() throws {
        let html = "<article><p>Updated: May 16, 2021</p><p>Published: March 3, 2021</p>\(Self.paragraphs)</article>"
        let doc = try #require(try loader.load(Array(html.utf8), path: "p.html").documents.first)
        #expect(doc.dateCandidates.map(\.text) == ["March 3, 2021", "May 16, 2021"])
    }

    static let urls: [(String, String?)] = [
        ("https://a.example/2019/05/15/story", "2019-05-15"),
        ("https://a.example/news/2019-05-15-story", "2019-05-15"),
        ("https://a.example/20190515/story.html", "2019-05-15"),
        ("https://a.example/2019/13/15/story", nil),
        ("https://a.example/story-1234567890", nil),
        ("https://2019.example/05/15", nil),
    ]

    @Test func urlDates() {
        for (url, day) in Self.urls { #expect(HTMLPageSurvey.urlDate(url) == day, "\(url)") }
    }

    static let numeric: [(String, Bool, String?)] = [
        ("30.01.2022 18:36", false, "2022-01-30"),
        ("02/10/2020", true, "2020-10-02"),
        ("02/10/2020", false, "2020-02-10"),
        ("25/10/2020", false, "2020-10-25"),
        ("$Date: 2016/11/18 06:31:41 $", false, "2016-11-18"),
        ("Updated 3:45", false, nil),
        ("Version 1.2.3", false, nil),
    ]

    @Test func numericDates() {
        for (text, dayFirst, iso) in Self.numeric { #expect(NumericDate.iso(text, dayFirst: dayFirst) == iso, "\(text)") }
    }

    static let authorLines: [(String, [String])] = [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Cheryl Sanders May 15, 2019", ["Cheryl Sanders"]),
        ("https://example.com/staff/jane", []),
        ("Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ]

    @Test func authorNames() {
        let months = Set(["may", "june"])
        for (line, names) in Self.authorLines {
            #expect(HTMLPageSurvey.authorNames(line, isDateWord: { months.contains($0.lowercased()) }) == names, "\(line)")
        }
    }
}
