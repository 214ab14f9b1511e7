import Foundation
import Testing
@testable import TimelineKit

struct SeedCase: Sendable, CustomStringConvertible {
    var file: String
    var title: String
    var candidates: [String]
    var source: String?
    var hasTitleLine = true
    var description: String { file }
}

struct FormatCase: Sendable, CustomStringConvertible {
    var path: String
    var content: String
    var format: DocumentFormat
    var description: String { path + " " + content.prefix(20) }
}

@Suite struct DocumentsLoaderTests {
    let loader = DocumentLoader()

    // MARK: Seeds (their first lines)

    static let seeds: [SeedCase] = [
        .init(file: "inewstoday-huawei-no-spy-agreements.txt", title: "Huawei says willing to sign 'no-spy' agreements",
              candidates: ["May 15, 2019"]),
        .init(file: "global-times-dirty-trick.txt", title: "US pressure on allies to ban Huawei 5G is ‘dirty trick’: FM",
              candidates: ["2020/7/16 20:53:40"], source: "Global Times"),
        .init(file: "mwc-huawei-chairman-no-backdoor-evidence.txt",
              title: "Huawei chairman says US has no evidence of backdoor spying in 5G technology", candidates: []),
        .init(file: "sky-china-fm-huawei-back-door-deals.txt",
              title: "China foreign minister says Huawei ‘won’t do back door deals’ on security", candidates: []),
        // "World Media" is a section label above the headline.
        .init(file: "world-media-huawei-no-spying-agreements.txt", title: "Huawei willing to sign 'no spying' agreements",
              candidates: [], hasTitleLine: false),
    ]

    @Test(arguments: seeds)
    func seed(_ c: SeedCase) throws {
        let bytes = DocumentsFixtures.bytes("seeds/" + c.file)
        let result = try loader.load(bytes, path: c.file)
        let doc = try #require(result.documents.first)
        #expect(result.documents.count == 1 && result.errors.isEmpty)
        #expect(doc.format == .text)
        #expect(doc.title == c.title)
        #expect(doc.hasTitleLine == c.hasTitleLine)
        #expect(doc.text == String(decoding: bytes, as: UTF8.self))
        #expect(doc.dateCandidates.map(\.text) == c.candidates)
        #expect(doc.dateCandidates.allSatisfy { $0.basis == .stated })
        #expect(doc.source == c.source)
        #expect(doc.id.isEmpty)
    }

    // MARK: Plain text

    @Test func frontMatter() throws {
        let doc = try #require(try loader.load(DocumentsFixtures.bytes("frontmatter.md"), path: "frontmatter.md").documents.first)
        #expect(doc.title == "China foreign minister says Huawei 'won't do back door deals'")
        #expect(doc.source == "Sky News")
        #expect(doc.dateCandidates == [DateCandidate(text: "2020-02-08", basis: .metadata, origin: "front matter date")])
        #expect(doc.text.hasPrefix("China’s foreign minister has said Huawei"))
        #expect(!doc.hasTitleLine)
    }

    /// Front matter YAML cannot read is read leniently, with a one-line warning (see HostileInputTests).
    @Test func frontMatterThatIsNotYAML() throws {
        let result = try loader.load(Array("---\ntitle: [unclosed\n---\nText.\n".utf8), path: "bad.md")
        #expect(result.documents.first?.title == "[unclosed")
        #expect(result.warnings.first?.description.hasPrefix("bad.md: warning: front matter (lines 1-3) is not valid YAML") == true)
    }

    @Test func openingRuleWithoutClosingIsText() throws {
        let doc = try #require(try loader.load(Array("---\nHeadline\nBody.\n".utf8), path: "rule.txt").documents.first)
        #expect(doc.title == "---")
        #expect(doc.text == "---\nHeadline\nBody.\n")
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Huawei sues\r\n\r\nBody line.\r\nLast\rline".utf8)
        let doc = try #require(try loader.load(bytes, path: "crlf.txt").documents.first)
        #expect(doc.text == "Huawei sues\n\nBody line.\nLast\nline")
        #expect(doc.title == "Huawei sues")
    }

    @Test func invalidUTF8NamesTheFile() {
        let bytes: [UInt8] = Array("Huawei caf".utf8) + [0xE9, 0x20] + Array("news".utf8)
        #expect(throws: TimelineError.malformed(path: "latin1.txt", reason: "not valid UTF-8 (first bad byte at offset 10); convert the file to UTF-8")) {
            try loader.load(bytes, path: "latin1.txt")
        }
    }

    @Test func emptyTextIsAnError() {
        #expect(throws: TimelineError.malformed(path: "blank.txt", reason: "no article text")) {
            try loader.load(Array("  \n\n".utf8), path: "blank.txt")
        }
    }

    @Test func shortFirstLineThatIsNotAMasthead() throws {
        let text = "Huawei sues\nChinese firm files lawsuit in Texas court\n\nHuawei sued the U.S. government."
        #expect(try loader.load(Array(text.utf8), path: "a.txt").documents.first?.title == "Huawei sues")
        let masthead = "Technology News\nHuawei sues U.S. government over ban\n\nHuawei sued the U.S. government."
        #expect(try loader.load(Array(masthead.utf8), path: "b.txt").documents.first?.title == "Huawei sues U.S. government over ban")
    }

    @Test func captionDatesAreNotCandidates() throws {
        let doc = try #require(try loader.load(DocumentsFixtures.bytes("caption.txt"), path: "caption.txt").documents.first)
        #expect(doc.dateCandidates.isEmpty)
    }

    @Test func wireAndBylineDates() throws {
        let doc = try #require(try loader.load(DocumentsFixtures.bytes("wire.txt"), path: "wire.txt").documents.first)
        #expect(doc.dateCandidates.map(\.text) == ["March 7, 2019", "March 7"])
        #expect(doc.dateCandidates.map(\.origin) == ["dateline line 3", "wire dateline line 5"])
    }

    // MARK: JSON Lines

    @Test func jsonLinesKeepGoodLinesAndReportBadOnes() throws {
        let result = try loader.load(DocumentsFixtures.bytes("articles.jsonl"), path: "articles.jsonl")
        #expect(result.documents.map(\.path) == ["articles.jsonl#a1", "articles.jsonl:3"])
        #expect(result.documents.map(\.format) == [.jsonl, .jsonl])
        let first = result.documents[0]
        #expect(first.title == "Huawei says willing to sign 'no-spy' agreements")
        #expect(first.source == "Reuters")
        #expect(first.text == "Huawei is offering to sign no-spy agreements with governments.\nThe company said so on Tuesday.")
        #expect(first.dateCandidates == [DateCandidate(text: "2019-05-15", basis: .metadata, origin: "JSON date")])
        let third = result.documents[1]
        #expect(third.title == "Huawei sues U.S. government over ban")
        #expect(third.hasTitleLine)
        #expect(third.dateCandidates.map(\.text) == ["March 7, 2019"])
        #expect(result.errors.count == 3)
        #expect(result.errors.map(\.description).map { $0.prefix(while: { $0 != " " }) }
            == ["articles.jsonl:2:", "articles.jsonl:4:", "articles.jsonl:6:"])
        #expect(result.errors[0].description.hasPrefix("articles.jsonl:2: malformed input: not valid JSON: '{\"headline\""))
        #expect(result.errors[1] == .malformed(path: "articles.jsonl:4", reason: "expected a JSON object ({...}) with a \"text\" field"))
        #expect(result.errors[2].description.contains("no article text"))
    }

    @Test func emptyJSONLinesFile() {
        #expect(throws: TimelineError.self) { try loader.load(Array("\n\n".utf8), path: "none.jsonl") }
    }

    // MARK: Formats

    static let formats: [FormatCase] = [
        .init(path: "a.txt", content: "Headline\nText", format: .text),
        .init(path: "a.md", content: "Headline\nText", format: .text),
        .init(path: "notes", content: "Headline\nText", format: .text),
        .init(path: "a.HTML", content: "Headline", format: .html),
        .init(path: "a.htm", content: "<p>x</p>", format: .html),
        .init(path: "saved.txt", content: "\u{FEFF}  <!DOCTYPE html><html><body>x</body></html>", format: .html),
        .init(path: "-", content: "<html><body><p>x</p></body></html>", format: .html),
        .init(path: "page", content: "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", format: .html),
        .init(path: "a.tml", content: "<TimeML>", format: .timeml),
        .init(path: "doc.xml", content: "<?xml version=\"1.0\"?>\n<TimeML><DOCID>x</DOCID>", format: .timeml),
        .init(path: "a.jsonl", content: "{\"text\": \"x\"}", format: .jsonl),
        .init(path: "a.ndjson", content: "{\"text\": \"x\"}", format: .jsonl),
        .init(path: "-", content: "{\"text\": \"x\"}", format: .jsonl),
        .init(path: "a.txt", content: "{braces} in a text file", format: .text),
    ]

    @Test(arguments: formats)
    func format(_ c: FormatCase) {
        #expect(loader.format(of: Array(c.content.utf8), path: c.path) == c.format)
    }

    @Test func timeMLIsRoutedElsewhere() {
        #expect(throws: TimelineError.self) { try loader.load(Array("<TimeML></TimeML>".utf8), path: "a.tml") }
    }

    // MARK: Inputs

    @Test func folderExpansion() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = ["b.txt": "B", "a.html": "<p>A</p>", "notes.docx": "x", ".draft.txt": "x",
                     ".hidden/x.txt": "x", "sub/c.md": "C", "sub/d.jsonl": "{}", "README": "R"]
        for (name, content) in files {
            let path = root + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try content.write(toFile: path, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        try "png".write(toFile: root + "/empty/image.png", atomically: true, encoding: .utf8)

        let (found, errors) = loader.inputs(for: [root, root + "/b.txt", root + "/notes.docx", "-", root + "/empty",
                                                   root + "/missing.txt", root + "/sub/*.md", root + "/*.nothing"])
        #expect(found == ["README", "a.html", "b.txt", "sub/c.md", "sub/d.jsonl"].map { root + "/" + $0 }
            + [root + "/notes.docx", "-"])
        #expect(errors.count == 3)
        #expect(errors.map(\.description) == [
            "\(root)/empty: cannot read: no articles in this folder (looked for .arc, .atom, .htm, .html, .jsonl, .markdown, .md, .ndjson, .rss, .text, .timeml, .tml, .txt, .warc, .xhtml, .xml, each also gzipped (.gz), and files without an extension)",
            "\(root)/missing.txt: cannot read: no such file or directory",
            "\(root)/*.nothing: cannot read: no file matches this pattern",
        ])
        #expect(throws: TimelineError.unreadable(path: root + "/nope.txt", reason: "no such file or directory")) {
            try loader.load(contentsOf: root + "/nope.txt")
        }
        #expect(throws: TimelineError.unreadable(path: root + "/sub", reason: "is a folder")) {
            try loader.load(contentsOf: root + "/sub")
        }
        #expect(try loader.load(contentsOf: root + "/b.txt").documents.first?.text == "B")
    }
}
