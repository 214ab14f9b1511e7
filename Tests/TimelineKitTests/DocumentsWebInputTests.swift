import Foundation
import Testing
@testable import TimelineKit

/// Feeds, web archives, gzip and charsets: the fixtures in
/// `Fixtures/documents/web/` are written by `scripts/web-fixtures.py`
/// (the WARC by warcio) and committed.
@Suite struct DocumentsWebInputTests {
    let loader = DocumentLoader()

    /// Every document and error `load(contentsOf:_:)` hands on, in order.
    func stream(_ name: String) -> (documents: [Document], errors: [TimelineError]) {
        var documents = [Document](), errors = [TimelineError]()
        loader.load(contentsOf: DocumentsFixtures.url("web/" + name).path) { item in
            switch item {
            case .success(let d): documents.append(d)
            case .failure(let e): errors.append(e)
            }
        }
        return (documents, errors)
    }

    @Test func rssItemsAreArticles() throws {
        let (documents, errors) = stream("huawei.rss")
        #expect(documents.map(\.title) == [
            "US pressure on allies to ban Huawei 5G is ‘dirty trick’: FM",
            "China foreign minister says Huawei ‘won’t do back door deals’ on security",
        ])
        #expect(documents.map(\.url) == ["https://wire.example/2020/07/16/dirty-trick", "https://wire.example/world/huawei-back-door"])
        #expect(documents.allSatisfy { $0.source == "Huawei and 5G - Example Wire" && $0.format == .html && $0.hasTitleLine })
        let first = try #require(documents.first)
        #expect(first.dateCandidates.first?.text == "Thu, 16 Jul 2020 20:53:40 +0800")
        #expect(first.dateCandidates.first?.origin == "feed <pubDate>")
        #expect(first.authors == ["Global Times"])
        // content:encoded (HTML, through the page reader) wins over the description; its "Read more" link is furniture.
        #expect(first.text.contains("the only fault of Huawei is that it's a Chinese firm"))
        #expect(!first.text.contains("Read more"))
        // The second item has only a description: escaped HTML, read as HTML.
        #expect(documents[1].text.contains("Wang Yi also said"))
        #expect(!documents[1].text.contains("<p>"))
        #expect(errors == [.malformed(path: DocumentsFixtures.url("web/huawei.rss").path + "#3",
                                      reason: "the item has no content or description")])
    }

    @Test func atomEntriesAreArticles() throws {
        let (documents, errors) = stream("huawei.atom")
        #expect(errors.isEmpty)
        #expect(documents.count == 2)
        let first = try #require(documents.first)
        #expect(first.authors == ["Cheryl Sanders"])
        #expect(first.url == "https://inewstoday.example/2019/05/15/huawei-no-spy")
        // <published> before <updated>.
        #expect(first.dateCandidates.prefix(2).map(\.text) == ["2019-05-15T09:30:00Z", "2019-05-16T08:00:00Z"])
        // A plain-text summary is the text of an entry without content.
        #expect(documents[1].text == "Huawei keeps its 5G contracts in Europe\n\nHuawei said on Monday that its European customers had kept their 5G contracts, despite pressure from Washington.")
        #expect(documents[1].dateCandidates.map(\.origin).first == "feed <updated>")
    }

    @Test func warcResponsesAreArticles() throws {
        let path = DocumentsFixtures.url("web/huawei.warc.gz").path
        let (documents, errors) = stream("huawei.warc.gz")
        // Records 3 and 4 are pages; 1 warcinfo, 2 a request, 5 an image, 6 a 404 page, 7 metadata pass in silence.
        #expect(documents.map(\.path) == [path + "#3", path + "#4"])
        #expect(documents.map(\.url) == ["https://mwc.example/2019/02/26/huawei-chairman", "https://worldmedia.example/huawei-no-spying"])
        // Chunked and gzip-encoded body decoded.
        let mwc = documents[0]
        #expect(mwc.title == "Huawei chairman says US has no evidence of backdoor spying in 5G technology")
        #expect(mwc.source == "MWC Daily")
        #expect(mwc.text.contains("Washington's spat with Beijing"))
        #expect(!mwc.text.contains("newsletter") && !mwc.text.contains("All rights reserved") && !mwc.text.contains("Another story"))
        #expect(mwc.dateCandidates.first?.text == "2019-02-26")
        #expect(mwc.notAfter == Day(year: 2020, month: 8, day: 1))
        // windows-1252 declared by the HTTP header only; the page's 2021 date is after the crawl and dropped.
        let world = documents[1]
        #expect(world.text.contains("\"untrustworthy\""))
        #expect(world.notAfter == Day(year: 2019, month: 5, day: 20))
        #expect(!world.dateCandidates.contains { $0.text.hasPrefix("2021") })
        #expect(errors == [
            .malformed(path: path + "#8 (https://mwc.example/brotli)", reason: "Content-Encoding 'br' is not supported (gzip and deflate are)"),
            .malformed(path: path + "#9 (https://mwc.example/empty)", reason: "the HTML page has no article text"),
            .malformed(path: path + "#10 (https://mwc.example/cut)", reason: "a chunk of 65535 bytes runs past the end of the body"),
        ])
    }

    @Test func brokenGzipMemberLosesOnlyItsRecord() throws {
        let path = DocumentsFixtures.url("web/broken.warc.gz").path
        let (documents, errors) = stream("broken.warc.gz")
        #expect(documents.map(\.path) == [path + "#1", path + "#3"])
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix(path + "#2: malformed input: gzip data broken near byte") == true)
        #expect(errors.first?.description.hasSuffix("; read on from the next record") == true)
    }

    @Test func warcFromMemoryReadsTheSame() throws {
        let bytes = DocumentsFixtures.bytes("web/huawei.warc.gz")
        let result = try loader.load(bytes, path: "crawl.warc.gz")
        #expect(result.documents.map(\.path) == ["crawl.warc.gz#3", "crawl.warc.gz#4"])
        #expect(result.errors.count == 3)
    }

    @Test func gzippedPageWithTwoMembers() throws {
        let (documents, errors) = stream("page.html.gz")
        #expect(errors.isEmpty)
        #expect(documents.first?.title == "Huawei says willing to sign 'no-spy' agreements")
        let plain = try loader.load(DocumentsFixtures.bytes("page.html"), path: "page.html").documents.first
        #expect(documents.first?.text == plain?.text)
    }

    @Test func brokenGzipIsOneError() {
        var bytes = DocumentsFixtures.bytes("web/page.html.gz")
        bytes.removeLast(bytes.count / 2)
        #expect(throws: TimelineError.self) { try loader.load(bytes, path: "cut.html.gz") }
    }

    @Test func foldersFindGzippedAndWebFormats() {
        let folder = DocumentsFixtures.url("web").path
        let files = loader.inputs(for: [folder]).files.map { ($0 as NSString).lastPathComponent }
        #expect(files == ["broken.warc.gz", "huawei.atom", "huawei.rss", "huawei.warc.gz", "page.html.gz"])
    }

    static let sniffed: [FormatCase] = [
        .init(path: "feed.xml", content: "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>", format: .feed),
        .init(path: "feed.xml", content: "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", format: .feed),
        .init(path: "doc.xml", content: "<?xml version=\"1.0\"?>\n<TimeML><DOCID>x</DOCID></TimeML>", format: .timeml),
        .init(path: "-", content: "WARC/1.0\r\nWARC-Type: warcinfo\r\n", format: .warc),
        .init(path: "-", content: "<rss version=\"2.0\">", format: .feed),
        .init(path: "page.html.gz", content: "<html><body></body></html>", format: .html),
    ]

    @Test(arguments: sniffed)
    func formatByContent(_ c: FormatCase) {
        #expect(loader.format(of: Array(c.content.utf8), path: c.path) == c.format)
    }

    @Test func xmlThatIsNoFeedIsAnError() {
        #expect(throws: TimelineError.malformed(path: "notes.xml", reason: "not an RSS or Atom feed (root element <notes>)")) {
            try loader.load(Array("<?xml version=\"1.0\"?><notes><n>x</n></notes>".utf8), path: "notes.xml")
        }
    }

    @Test func feedEntitiesAreNotExpanded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>T</title>
            <item><title>Item</title><description>Before &xxe; after, a sentence long enough to count.</description></item>
            </channel></rss>
            """
        let doc = try #require(try loader.load(Array(xml.utf8), path: "x.rss").documents.first)
        #expect(!doc.text.contains("root:"))
    }

    @Test func jsonLinesKeepTheURL() throws {
        // What `timeline extract` writes reads back with its address.
        let line = #"{"title": "Bridge closed", "date": "2021-03-03", "url": "https://city.example/bridge", "text": "Bridge closed\n\nThe council voted."}"#
        let doc = try #require(try loader.load(Array(line.utf8), path: "web.jsonl").documents.first)
        #expect(doc.url == "https://city.example/bridge")
        #expect(doc.dateCandidates.first?.text == "2021-03-03")
    }

    // MARK: Charsets

    @Test func shiftJISDeclaredByThePage() throws {
        // "東京" in Shift_JIS: 93 8C 8B 9E.
        let bytes = Array("<html><head><meta charset=\"Shift_JIS\"><title>T</title></head><body><article><p>".utf8)
            + [0x93, 0x8C, 0x8B, 0x9E] + Array(" is the capital of Japan, and this sentence is its article.</p></article></body></html>".utf8)
        let doc = try #require(try loader.load(bytes, path: "jp.html").documents.first)
        #expect(doc.text.contains("東京 is the capital"))
    }

    @Test func latin1LabelReadsAsWindows1252() throws {
        // 0x93/0x94 are curly quotes in Windows-1252, control codes in ISO-8859-1.
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>".utf8)
            + [0x93] + Array("Quoted".utf8) + [0x94] + Array(" text with caf".utf8) + [0xE9] + Array(".</p></body></html>".utf8)
        let doc = try #require(try loader.load(bytes, path: "latin.html").documents.first)
        #expect(doc.text.hasSuffix("“Quoted” text with café."))
    }

    static let charsets: [(String?, String?)] = [
        (nil, nil), ("utf-8", nil), ("ISO-8859-1", "windows-1252"), ("latin1", "windows-1252"),
        ("Shift-JIS", "SHIFT_JIS"), ("\"windows-1251\"", "windows-1251"),
    ]

    @Test func charsetLabels() {
        for (label, expected) in Self.charsets {
            #expect(label.flatMap(CharsetDecoder.normalized) == expected, "\(label ?? "nil")")
        }
        #expect(CharsetDecoder.declaredInPage(Array("<meta charset='EUC-KR'>".utf8)) == "euc-kr")
        #expect(CharsetDecoder.encoding(for: [0x41, 0xE9], declared: nil) == "windows-1252")
    }

    // MARK: HTTP bodies and gzip

    @Test func chunkedBodies() throws {
        #expect(try HTTPMessage.dechunked(Array("4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n".utf8)) == Array("Wikipedia".utf8))
        #expect(throws: HTTPMessage.DecodeError.self) { try HTTPMessage.dechunked(Array("zz\r\nx".utf8)) }
    }

    @Test func httpResponse() throws {
        let message = try #require(HTTPMessage(Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"Shift_JIS\"\r\n\r\n<p>x</p>".utf8)))
        #expect(message.status == 200)
        #expect(HTTPMessage.charset(message.fields["content-type"]) == "shift_jis")
        #expect(Array(message.rawBody) == Array("<p>x</p>".utf8))
        #expect(HTTPMessage(Array("GET / HTTP/1.1\r\n\r\n".utf8)) == nil)
    }

    @Test func inflaterReadsMembersAndRefusesGarbage() throws {
        let two = DocumentsFixtures.bytes("web/page.html.gz")
        #expect(try Inflater.decompress(two) == DocumentsFixtures.bytes("page.html"))
        #expect(throws: InflateError.self) { try Inflater.decompress([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03]) }
    }
}
