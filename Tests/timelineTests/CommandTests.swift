import ArgumentParser
import Foundation
import Testing
@testable import timeline
import TimelineKit

@Suite struct CommandTests {
    func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func commandNameIsTimeline() {
        #expect(TimelineCommand.configuration.commandName == "timeline")
    }

    @Test(arguments: [
        (["build", "a.txt", "--dct", "2019-13-45"], "--dct takes a day as YYYY-MM-DD, not '2019-13-45'"),
        (["digest", "a.txt", "--since", "May 2019"], "--since takes a day as YYYY-MM-DD, not 'May 2019'"),
        (["json", "a.txt", "--min-sources", "0"], "--min-sources takes a number of at least 1"),
        (["annotate", "a.txt", "--dct", "yesterday"], "--dct takes a day as YYYY-MM-DD, not 'yesterday'"),
        (["digest", "a.txt", "--dates", "0"], "--dates takes a number of at least 1"),
        (["export", "a.txt", "--format", "timeml"], "--format timeml writes one file per document: give the folder with -o"),
        (["build", "a.txt", "--out", ""], "--out takes the name of a folder to write the outputs into, not ''"),
        (["json", "a.txt", "--max-document-size", "0"], "--max-document-size takes a number of MB from 1 to 4000"),
    ])
    func invalidOptionsAreRejectedWithAClearMessage(_ c: ([String], String)) {
        #expect(throws: (any Error).self) { try TimelineCommand.parseAsRoot(c.0) }
        do {
            _ = try TimelineCommand.parseAsRoot(c.0)
        } catch {
            #expect(TimelineCommand.message(for: error) == c.1)
        }
    }

    @Test func everySubcommandHasHelpForEveryOption() {
        for command in TimelineCommand.configuration.subcommands {
            let help = command.helpMessage()
            #expect(!help.isEmpty)
            #expect(!help.contains("OPTIONS:\n  --") || help.contains("--help"))
        }
        let build = BuildCommand.helpMessage()
        for option in ["--out", "--dct", "--actor", "--since", "--until", "--type", "--min-sources", "--max-events"] {
            #expect(build.contains(option))
        }
    }

    @Test func badInputIsReportedAndTheOthersStillLoad() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Huawei says it will sign\n\nHuawei is offering to sign no-spy agreements.\n".utf8)
            .write(to: dir.appendingPathComponent("good.txt"))
        try Data([0x48, 0x69, 0xFF, 0xFE, 0x0A]).write(to: dir.appendingPathComponent("bad.txt"))
        let (documents, failures) = try Runner.load([dir.path, dir.appendingPathComponent("missing.txt").path])
        #expect(documents.count == 1)
        #expect(documents.first?.id == "d1")
        #expect(failures == 2)
    }

    @Test func extractWritesOneJSONLineAnArticle() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = """
            <html><head><title>Bridge closed | City Paper</title><meta property="og:site_name" content="City Paper">
            <meta property="article:published_time" content="2021-03-03T09:00:00+01:00"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Bridge closed</h1><p class="byline">By Ann Lee</p>
            <p>The city council voted on Tuesday to close the old bridge to traffic, citing a report on its supports.</p>
            </article></body></html>
            """
        try Data(page.utf8).write(to: dir.appendingPathComponent("bridge.html"))
        let out = dir.appendingPathComponent("out.jsonl")
        var command = try TimelineCommand.parseAsRoot(["extract", dir.appendingPathComponent("bridge.html").path, "-o", out.path])
        try command.run()
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["title"] as? String == "Bridge closed")
        #expect(record["date"] as? String == "2021-03-03T09:00:00+01:00")
        #expect(record["authors"] as? [String] == ["Ann Lee"])
        #expect(record["source"] as? String == "City Paper")
        #expect(record["text"] as? String == "Bridge closed\n\nThe city council voted on Tuesday to close the old bridge to traffic, citing a report on its supports.")
        // What it writes reads back as JSON Lines.
        let (documents, failures) = try Runner.load([out.path])
        #expect(failures == 0)
        #expect(documents.first?.title == "Bridge closed")
    }

    @Test func buildWritesEveryOutput() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = """
            ---
            title: Huawei fires sales director
            date: 2019-01-12
            ---
            Huawei fired sales director Wang Weijing on Saturday after he was arrested in Poland.
            """
        try Data(article.utf8).write(to: dir.appendingPathComponent("a.txt"))
        var command = try TimelineCommand.parseAsRoot([
            "build", dir.appendingPathComponent("a.txt").path, "--out", dir.appendingPathComponent("out").path,
        ])
        try command.run()
        for name in ["timeline.json", "digest.txt", "graph.dot", "timeline.svg", "timeline.html"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(name)").path))
        }
        let json = try String(contentsOf: dir.appendingPathComponent("out/timeline.json"), encoding: .utf8)
        #expect(json.contains("\"value\" : \"2019-01-12\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        #expect(leftovers.sorted() == ["digest.txt", "graph.dot", "timeline.html", "timeline.json", "timeline.svg"])
    }

    /// A mistyped input path: an error, exit status 1, and the previous outputs untouched.
    @Test func noReadableInputWritesNothing() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("the previous digest".utf8).write(to: out.appendingPathComponent("digest.txt"))
        var command = try TimelineCommand.parseAsRoot(["build", dir.appendingPathComponent("Sampels").path, "--out", out.path])
        #expect(throws: ExitCode(1)) { try command.run() }
        #expect(try String(contentsOf: out.appendingPathComponent("digest.txt"), encoding: .utf8) == "the previous digest")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["digest.txt"])
        var json = try TimelineCommand.parseAsRoot(["json", dir.appendingPathComponent("Sampels").path, "-o", out.appendingPathComponent("t.json").path])
        #expect(throws: ExitCode(1)) { try json.run() }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("t.json").path))
    }

    @Test func summaryCountsInTheSingular() {
        let one = Timeline(documents: [TimelineDocument(id: "d1", path: "a.txt", title: "A", published: nil)],
                           actors: [], events: [], relations: [])
        #expect(BuildCommand.summary(one, out: "out") == "timeline: 1 document, 0 actors, 0 events -> out/")
    }

    /// --out at an existing file says that --out wants a folder, and leaves the file alone.
    @Test func outAtAFile() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("a.txt")
        try Data("Huawei fired its director\n\nHuawei fired sales director Wang Weijing on Saturday.\n".utf8).write(to: article)
        let file = dir.appendingPathComponent("output")
        try Data("mine".utf8).write(to: file)
        var command = try TimelineCommand.parseAsRoot(["build", article.path, "--out", file.path])
        #expect(throws: ExitCode(2)) { try command.run() }
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    }
}
