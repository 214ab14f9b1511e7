import Foundation
import Testing
@testable import TimelineKit

/// Inputs written to hurt: each is read, refused with one clear line, or
/// read with a one-line warning; none crashes, hangs or is silently misread.
/// (Long numbers: `HostileNumberTests`; writing: `HostileOutputTests`.)
@Suite struct HostileInputTests {
    let loader = DocumentLoader()

    func load(_ text: String, path: String = "a.txt") throws -> LoadResult {
        try loader.load(Array(text.utf8), path: path)
    }

    func message(_ bytes: [UInt8], path: String, loader: DocumentLoader = DocumentLoader()) -> String? {
        do {
            _ = try loader.load(bytes, path: path)
            return nil
        } catch {
            #expect(!error.description.contains("\n"), "one line: \(error.description)")
            return error.description
        }
    }

    // MARK: Bytes that do not fit the declared charset

    /// libxml2 stops at the first byte its declared charset cannot take (and
    /// printed two lines to stderr): the page is read again as ISO-8859-1,
    /// its whole text kept, with one warning line.
    @Test(arguments: ["EUC-JP", "ISO-2022-JP"])
    func bytesThatDoNotFitTheDeclaredCharsetAreReadWithAWarning(_ charset: String) throws {
        let html = Array("<html><head><meta charset=\"\(charset)\"><title>Rig sinks</title></head><body><p>The rig ".utf8)
            + [0xFF, 0xFE, 0x80] + Array(" sank in the Gulf on April 22, 2010, two days after the blast.</p></body></html>".utf8)
        let result = try loader.load(html, path: "rig.html")
        let text = try #require(result.documents.first?.text)
        #expect(text.contains("sank in the Gulf on April 22, 2010"))
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first.map { !$0.description.contains("\n") && $0.description.contains("rig.html") } == true)
    }

    /// A page its charset fits is read as before, with no warning; a page
    /// declaring itself UTF-16 in its own (8-bit) bytes is read as browsers
    /// read it, the declaration ignored (it read as CJK mojibake).
    @Test(arguments: ["windows-1252", "UTF-16", "utf-16le"])
    func aPageItsCharsetFitsHasNoWarning(_ charset: String) throws {
        let html = Array("<html><head><meta charset=\"\(charset)\"><title>Rig sinks</title></head><body><p>The rig ".utf8)
            + [0x93, 0x73, 0x61, 0x6E, 0x6B, 0x94] + Array(" on April 22, 2010.</p></body></html>".utf8)
        let result = try loader.load(html, path: "rig.html")
        #expect(result.warnings.isEmpty)
        #expect(result.documents.first?.text.contains("The rig \u{201C}sank\u{201D} on April 22, 2010.") == true)
    }

    // MARK: Dates that are not dates

    struct BadDate: Sendable, CustomStringConvertible {
        var date: String
        var reason: String
        var description: String { date }
    }

    static let badDates: [BadDate] = [
        .init(date: "2019-02-30", reason: "2019-02 has days 1 to 28"),
        .init(date: "2019-13-01", reason: "there is no month 13"),
        .init(date: "99999-01-01", reason: "a year has four digits"),
        .init(date: "9999999999999999999999-01-01", reason: "a year has four digits"),
        .init(date: "1e309", reason: "no day or month in it (write YYYY-MM-DD)"),
        .init(date: "yesterday", reason: "no day or month in it (write YYYY-MM-DD)"),
        .init(date: "0000-01-01", reason: "there is no year 0"),
        .init(date: "-0001-01-01", reason: "a year before year 1 is no publication date"),
        .init(date: "2019", reason: "no day or month in it (write YYYY-MM-DD)"),
    ]

    /// An invalid front-matter date is not a candidate, and one warning line says why and what follows.
    @Test(arguments: badDates)
    func invalidFrontMatterDate(_ c: BadDate) throws {
        let result = try load("---\ntitle: Huawei\ndate: \(c.date)\n---\nHuawei said on Tuesday it was banned.\n")
        let document = try #require(result.documents.first)
        #expect(!document.dateCandidates.contains { $0.basis == .metadata })
        #expect(result.warnings.map(\.description) == [
            "a.txt: warning: front matter date '\(c.date)' is not a date: \(c.reason); ignored, the publication date comes from the text or --dct, else stays unknown",
        ])
        // The pipeline falls back: no publication, or --dct.
        let dated = Pipeline(options: PipelineOptions(dct: Day(iso: "2020-01-02"))).run([document])
        #expect(dated.timeline.documents[0].published?.value == "2020-01-02")
    }

    @Test(arguments: ["2019-02-28", "2020-02-29", "2020-07-16T20:53:40Z", "May 15, 2019", "2019/7/1", "March 2019"])
    func validFrontMatterDate(_ date: String) throws {
        let result = try load("---\ntitle: Huawei\ndate: \(date)\n---\nHuawei said it was banned.\n")
        #expect(result.warnings.isEmpty)
        #expect(result.documents.first?.dateCandidates.first?.text == date)
    }

    @Test func invalidJSONDate() throws {
        let result = try load("{\"text\": \"Huawei said it was banned.\", \"date\": \"2019-02-30\"}\n", path: "a.jsonl")
        #expect(result.documents.count == 1)
        #expect(result.warnings.first?.description.hasPrefix("a.jsonl:1: warning: JSON date '2019-02-30' is not a date") == true)
    }

    @Test(arguments: ["0000-01-01", "2019-02-30", "2019-13-01", "-001-01-01"])
    func noSuchDay(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    /// An impossible day in the text is no date (it was clamped to the month's last day).
    @Test(arguments: ["February 30, 2019", "30 February 2019", "April 31, 2020", "February 29, 2019", "the 31st of June 2019"])
    func impossibleDatesInText(_ phrase: String) {
        let found = TimeTagger().tag("It happened on \(phrase) in Paris.", reference: TimeReference(day: Day(year: 2020, month: 5, day: 1)))
        #expect(!found.contains { $0.type == .date && $0.value.granularity == .day }, "\(found.map { $0.text + " " + $0.value.value })")
    }

    @Test func possibleDatesInText() {
        let tagger = TimeTagger()
        let leap = tagger.tag("It happened on February 29, 2020 in Paris.", reference: .unknown)
        #expect(leap.map(\.value.value) == ["2020-02-29"])
        let noYear = tagger.tag("It happens on February 29 every four years.", reference: .unknown)
        #expect(noYear.first?.value.value == "XXXX-02-29")
    }

    // MARK: Front matter YAML cannot read

    @Test func frontMatterWithABadEscapeIsReadLeniently() throws {
        let result = try load("---\ntitle: \"Huawei \\*exclusive\\* and \\\"quoted\\\"\"\ndate: 2019-05-15\nsource: Reuters\n---\nHuawei said it was banned.\n")
        let document = try #require(result.documents.first)
        #expect(document.title == "Huawei *exclusive* and \"quoted\"")
        #expect(document.source == "Reuters")
        #expect(document.dateCandidates.first?.text == "2019-05-15")
        let warning = try #require(result.warnings.first).description
        #expect(warning == "a.txt: warning: front matter (lines 1-5) is not valid YAML (line 2, column 16: found unknown escape character); read its 'key: value' lines as written")
        #expect(!warning.contains("\n"))
    }

    @Test func nulInFrontMatterKeepsTheDocument() throws {
        let result = try load("---\ntitle: Huawei\u{0} banned\ndate: 2019-05-15\n---\nHuawei said it was banned.\n")
        let document = try #require(result.documents.first)
        #expect(document.title == "Huawei banned")
        #expect(document.dateCandidates.first?.text == "2019-05-15")
        #expect(result.warnings.map(\.description) == ["a.txt: warning: front matter (lines 1-4) is not valid YAML (line 2, column 14: control characters are not allowed); read its 'key: value' lines as written"])
    }

    @Test func frontMatterThatIsAList() throws {
        let result = try load("---\n- a\n- b\n---\nHuawei said it was banned.\n")
        #expect(result.documents.first?.title == "Huawei said it was banned.")
        #expect(result.warnings.first?.description == "a.txt: warning: front matter (lines 1-4) is not a list of 'key: value' lines; read its 'key: value' lines as written")
    }

    // MARK: Sizes

    /// A text without line breaks has no title (it was copied whole into every output).
    @Test func aLongFirstLineIsNoTitle() throws {
        let line = String(repeating: "plain words without a full stop ", count: 20)
        let result = try load(line + "\n\nHuawei said it was banned.\n")
        let document = try #require(result.documents.first)
        #expect(document.title == "")
        #expect(!document.hasTitleLine)
        #expect(result.warnings.map(\.description) == ["a.txt: warning: the first line is longer than 300 characters: no title; the document has none"])
        let titled = try load("---\ntitle: \(line)\n---\nHuawei said it was banned.\n")
        #expect(titled.documents.first?.title == "")
        #expect(titled.warnings.map(\.description) == ["a.txt: warning: a title of \(line.count - 1) characters is no title (at most 300); the document has none"])
        let html = try loader.load(Array("<html><head><title>\(line)</title></head><body><p>Huawei said it was banned on Monday.</p></body></html>".utf8), path: "a.html")
        #expect(html.documents.first?.title == "")
    }

    @Test func documentsLargerThanTheLimitAreRefused() {
        let small = DocumentLoader(maxDocumentSize: 1_000)
        let big = Array(String(repeating: "Huawei said it was banned. ", count: 100).utf8)
        #expect(message(big, path: "big.txt", loader: small)
            == "big.txt: unsupported input: 3 KB is more than a document may have (1 KB); --max-document-size MB raises it")
        let lines = Array(("{\"text\": \"short\"}\n{\"text\": \"" + String(repeating: "x", count: 2_000) + "\"}\n").utf8)
        let result = small.jsonLines.read(lines, path: "a.jsonl", maxRecordSize: 1_000)
        #expect(result.documents.count == 1)
        #expect(result.errors.first?.description.hasPrefix("a.jsonl:2: unsupported input: ") == true)
    }

    @Test func megabytes() {
        #expect(DocumentLoader.megabytes(20_000_000) == "20 MB")
        #expect(DocumentLoader.megabytes(52_430_000) == "52.4 MB")
    }

    // MARK: Markup and files that were already handled (kept from regressing)

    @Test func entityBombs() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE TimeML [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
            <TimeML><TEXT>Huawei &h; was banned.</TEXT></TimeML>
            """
        if let result = try? loader.load(Array(bomb.utf8), path: "bomb.tml") {
            #expect(result.documents.allSatisfy { $0.text.utf8.count < 10_000 })
        }
        let html = "<!DOCTYPE html [<!ENTITY a \"" + String(repeating: "x", count: 100) + "\">]><html><body><p>&a;&a;&a; Huawei was banned.</p></body></html>"
        if let result = try? loader.load(Array(html.utf8), path: "bomb.html") {
            #expect(result.documents.allSatisfy { $0.text.utf8.count < 10_000 })
        }
    }

    @Test func externalEntitiesAreNotRead() throws {
        let timeml = """
            <?xml version="1.0"?>
            <!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <TimeML><TEXT>Huawei &secret; was banned.</TEXT></TimeML>
            """
        if let result = try? loader.load(Array(timeml.utf8), path: "x.tml") {
            #expect(result.documents.allSatisfy { !$0.text.contains("root:") })
        }
        let html = "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><html><body><p>Huawei &secret; was banned.</p></body></html>"
        if let result = try? loader.load(Array(html.utf8), path: "x.html") {
            #expect(result.documents.allSatisfy { !$0.text.contains("root:") })
        }
    }

    @Test func deeplyNestedTimeML() {
        let depth = 200_000
        let text = "<TimeML><TEXT>" + String(repeating: "<a>", count: depth) + "Huawei" + String(repeating: "</a>", count: depth) + "</TEXT></TimeML>"
        let m = message(Array(text.utf8), path: "deep.tml")
        #expect(m?.hasPrefix("deep.tml: malformed input: line 1: the document is nested too deeply") == true, "\(m ?? "-")")
        #expect(m?.contains("XML_PARSE_HUGE") == false)
    }

    @Test func deeplyNestedHTML() {
        let depth = 200_000
        let text = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Huawei was banned on Monday.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        // Read or refused in one line, never a crash.
        if let m = message(Array(text.utf8), path: "deep.html") { #expect(!m.contains("XML_PARSE_HUGE")) }
    }

    @Test func binaryEmptyAndInvalidUTF8() {
        #expect(message([], path: "empty.txt") == "empty.txt: malformed input: no article text")
        #expect(message([0x00, 0x01, 0xFF, 0xFE, 0x80], path: "bin.txt")?.hasPrefix("bin.txt: malformed input: not valid UTF-8") == true)
        #expect(message(Array("Huawei \u{0} banned".utf8), path: "nul.txt") == nil)
        #expect(message([0xC3, 0x28], path: "bad.txt") == "bad.txt: malformed input: not valid UTF-8 (first bad byte at offset 0); convert the file to UTF-8")
    }

    @Test func aTenMegabyteLine() throws {
        let line = String(repeating: "x", count: 10_000_000)
        let result = try load("Huawei banned\n\n" + line + "\n")
        #expect(result.documents.first?.title == "Huawei banned")
    }

    @Test func markupInTitlesStaysText() throws {
        let result = try load("---\ntitle: \"</title><script>alert(1)</script>\"\n---\nHuawei was banned.\n")
        let timeline = Pipeline().run(result.documents).timeline
        let html = try HTMLRenderer.render(timeline)
        #expect(!html.contains("<script>alert(1)"))
        let svg = try SVGRenderer.render(timeline, options: SVGOptions())
        #expect(!svg.contains("<script>alert(1)"))
    }

    // MARK: Files that are no files

    @Test func fifoAndDevicesAreNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let (files, errors) = loader.inputs(for: [fifo, "/dev/zero"])
        #expect(files.isEmpty)
        #expect(errors.map(\.description) == [
            "\(fifo): cannot read: is a named pipe (FIFO), not a file; pipe it into 'timeline ... -' instead",
            "/dev/zero: cannot read: is a device, not a file",
        ])
        #expect(throws: TimelineError.self) { try loader.load(contentsOf: fifo) }
    }
}
