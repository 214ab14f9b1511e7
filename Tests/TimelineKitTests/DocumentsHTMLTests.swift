import Testing
@testable import TimelineKit

struct HTMLTextCase: Sendable, CustomStringConvertible {
    var html: String
    var lines: [String]
    var description: String { html }
}

/// The HTML reader: metadata, boilerplate dropped, one block a line.
@Suite struct DocumentsHTMLTests {
    let loader = DocumentLoader()

    @Test func articlePage() throws {
        let result = try loader.load(DocumentsFixtures.bytes("page.html"), path: "page.html")
        let doc = try #require(result.documents.first)
        #expect(doc.format == .html)
        #expect(doc.title == "Huawei says willing to sign 'no-spy' agreements")
        #expect(doc.source == "Tech Wire")
        #expect(doc.hasTitleLine)
        #expect(doc.authors == ["Cheryl Sanders"])
        // The title is og:title; the byline and its date are set aside, the kicker
        // stays, and so does the photo's caption (the text stage flags it).
        #expect(doc.text.split(separator: "\n", omittingEmptySubsequences: true) == [
            "Huawei says willing to sign 'no-spy' agreements",
            "Technology",
            "LONDON, ENGLAND - OCTOBER 22: A Huawei logo. (Photo by Jane Doe/Getty Images)",
            "LONDON, May 15 (Reuters) - Huawei is offering to sign no-spy agreements with governments, its chairman said on Tuesday.",
            "Washington believes equipment made by Huawei Technologies could be used by the Chinese state to spy.",
            "The U.S. says Chinese law compels Huawei to cooperate with Beijing’s espionage agencies.",
            "“We are going to sign no-spy agreements,” Liang said.",
            "5G networks",
            "National security",
        ])
        // In order of trust: the header's <time>, never the site header's "Today".
        #expect(doc.dateCandidates.map(\.text) == [
            "2019-05-15T09:30:00Z", "2019-05-15T09:30:00+00:00", "2019-05-15", "2019-05-14", "By Cheryl Sanders May 15, 2019", "May 15",
        ])
        #expect(doc.dateCandidates.map(\.basis) == [.metadata, .metadata, .metadata, .metadata, .metadata, .stated])
        #expect(doc.dateCandidates.map(\.origin).prefix(4) == [
            "<meta article:published_time>", "JSON-LD datePublished", "<time datetime>", "<meta dc.date>",
        ])
    }

    static let textCases: [HTMLTextCase] = [
        // No <article>: <main>.
        .init(html: "<html><body><nav>Home</nav><main><h1>Huawei sues</h1><p>Huawei sued the U.S.</p></main><footer>(c)</footer></body></html>",
              lines: ["Huawei sues", "Huawei sued the U.S."]),
        // No <article> or <main>: the element with most paragraph text.
        .init(html: """
            <html><head><title>Huawei sues | Wire</title></head><body>
            <div class="menu"><p>Home</p><p>World</p></div>
            <div class="story"><p>Huawei sued the U.S. government on Thursday over a ban.</p><p>The lawsuit was filed in Plano, Texas, a court filing showed.</p></div>
            </body></html>
            """,
              lines: ["Huawei sues", "Huawei sued the U.S. government on Thursday over a ban.",
                      "The lawsuit was filed in Plano, Texas, a court filing showed."]),
        // Entities decoded, white space collapsed, <br> splits, inline tags join.
        .init(html: "<article><h1>A&amp;B</h1><p>One&nbsp;&nbsp;two\n   three <em>four</em>-five<br>six</p></article>",
              lines: ["A&B", "One two three four-five", "six"]),
        // Boilerplate by class, id, role and hidden.
        .init(html: """
            <article><h1>Title</h1><div class="social-share">Tweet</div><p>Body text.</p>
            <div id="disqus_thread">Comment</div><div role="complementary">Side</div><p hidden>Secret</p>
            <div class="wp-caption">Caption</div></article>
            """,
              lines: ["Title", "Body text."]),
        // A div with direct text becomes a line.
        .init(html: "<article><h1>T</h1><div>Direct text <span>inline</span></div><div><p>In p</p> tail</div></article>",
              lines: ["T", "Direct text inline", "In p", "tail"]),
        // The title is put first when the article has no <h1>.
        .init(html: "<html><head><meta property='og:title' content='Og headline'></head><body><article><p>Body.</p></article></body></html>",
              lines: ["Og headline", "Body."]),
    ]

    @Test(arguments: textCases)
    func text(_ c: HTMLTextCase) throws {
        let doc = try #require(try loader.load(Array(c.html.utf8), path: "t.html").documents.first)
        #expect(doc.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) == c.lines)
    }

    @Test func titleFromTitleTagLosesSiteSuffix() throws {
        let html = "<html><head><title>Huawei sues | Wire</title></head><body><p>Huawei sued.</p></body></html>"
        #expect(try loader.load(Array(html.utf8), path: "t.html").documents.first?.title == "Huawei sues")
    }

    @Test func windows1252Page() throws {
        // "café" in windows-1252, declared by the page.
        let bytes = Array("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8) + [0xE9]
            + Array("</title></head><body><article><p>Caf".utf8) + [0xE9, 0x92] + Array("s</p></article></body></html>".utf8)
        let doc = try #require(try loader.load(bytes, path: "latin.html").documents.first)
        #expect(doc.title == "Café")
        #expect(doc.text.hasSuffix("Café’s"))
    }

    @Test func pageWithoutTextIsAnError() {
        #expect(throws: TimelineError.self) {
            try loader.load(Array("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>".utf8), path: "nav.html")
        }
        #expect(throws: TimelineError.malformed(path: "empty.html", reason: "the HTML file is empty")) {
            try loader.load([], path: "empty.html")
        }
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let html = "<!DOCTYPE html SYSTEM \"file:///etc/passwd\"><html><body><article><h1>T</h1><p>&xxe; body</p></article></body></html>"
        let doc = try #require(try loader.load(Array(html.utf8), path: "x.html").documents.first)
        #expect(!doc.text.contains("root:"))
    }

    @Test func deepNesting() throws {
        func nested(_ depth: Int) -> [UInt8] {
            Array((String(repeating: "<div>", count: depth) + "<p>Deep text.</p>" + String(repeating: "</div>", count: depth)).utf8)
        }
        let doc = try #require(try loader.load(nested(200), path: "deep.html").documents.first)
        #expect(doc.text.hasSuffix("Deep text."))
        // Past libxml2's depth limit the page loses its text: an error, not a crash.
        #expect(throws: TimelineError.malformed(path: "deeper.html", reason: "the HTML page has no article text")) {
            try loader.load(nested(20_000), path: "deeper.html")
        }
    }
}
