import Foundation
import Testing
@testable import timeline
import TimelineKit

/// Issue 13: records (extract --format records, merge), the record store
/// (add, build --store, store info) and what a killed `timeline add` leaves.
@Suite struct ArchiveCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples").standardized.path
    static let outputs = ["digest.txt", "graph.dot", "timeline.html", "timeline.json", "timeline.svg"]

    func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String]) throws {
        var command = try TimelineCommand.parseAsRoot(arguments)
        try command.run()
    }

    func read(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    /// The five outputs of two folders are the same bytes.
    func expectSameOutputs(_ a: URL, _ b: URL) throws {
        for name in Self.outputs {
            #expect(try read(a.appendingPathComponent(name)) == read(b.appendingPathComponent(name)), "\(name) differs")
        }
    }

    @Test func extractThenMergeWritesWhatBuildWrites() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try run(["build", Self.samples, "--out", dir.appendingPathComponent("build").path])
        let records = dir.appendingPathComponent("samples.records").path
        try run(["extract", Self.samples, "--format", "records", "-o", records])
        let lines = try String(contentsOfFile: records, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        try run(["merge", records, "--out", dir.appendingPathComponent("merge").path])
        try expectSameOutputs(dir.appendingPathComponent("build"), dir.appendingPathComponent("merge"))
    }

    /// Merges of merges (a tree, in any grouping and order, a record given twice) fold to the same timeline.
    @Test func partialMergesMergeAgain() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = dir.appendingPathComponent("all.records")
        try run(["extract", Self.samples, "--format", "records", "-o", all.path])
        let lines = try String(contentsOf: all, encoding: .utf8).split(separator: "\n").map { $0 + "\n" }
        let a = dir.appendingPathComponent("a.records"), b = dir.appendingPathComponent("b.records")
        try Data(lines[3...].joined().utf8).write(to: a)
        try Data((lines[..<3] + [lines[4]]).joined().utf8).write(to: b)
        let pa = dir.appendingPathComponent("pa.records"), pb = dir.appendingPathComponent("pb.records")
        try run(["merge", a.path, "--partial", pa.path])
        try run(["merge", b.path, b.path, "--partial", pb.path])
        let root = dir.appendingPathComponent("root.records")
        try run(["merge", pb.path, pa.path, "--partial", root.path])
        #expect(try read(root) == read(all))
        try run(["merge", pa.path, pb.path, "--out", dir.appendingPathComponent("tree").path])
        try run(["build", Self.samples, "--out", dir.appendingPathComponent("build").path])
        try expectSameOutputs(dir.appendingPathComponent("build"), dir.appendingPathComponent("tree"))
    }

    @Test func addingTheSameArticlesAgainChangesNothing() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("archive.sqlite").path
        try run(["add", Self.samples, "--store", store])
        let first = try RecordStore(path: store, create: false).records()
        try run(["add", Self.samples, "--store", store])
        let archive = try RecordStore(path: store, create: false)
        #expect(try archive.records() == first)
        let info = try archive.info()
        #expect(info.documents == 5)
        #expect(info.schemaVersion == RecordStore.schemaVersion)
        #expect(info.earliest == "2019-05-15" && info.latest == "2020-07-16")
    }

    /// Two articles, then the folder: only the three new ones are mapped;
    /// the store then builds the same bytes as the files.
    @Test func incrementalAddThenBuildFromTheStore() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("archive.sqlite").path
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples).sorted()
        try run(["add", Self.samples + "/" + names[0], Self.samples + "/" + names[3], "--store", store])
        #expect(try RecordStore(path: store, create: false).info().documents == 2)
        let known = try RecordStore(path: store, create: false).hashes()
        var mapped = 0
        var mapper = RecordMapper(pipeline: Pipeline(), skip: { known.contains($0) })
        let loader = DocumentLoader()
        for file in loader.inputs(for: [Self.samples]).files {
            for d in try loader.load(contentsOf: file).documents { mapper.add(d) { mapped += $0.count } }
        }
        mapper.flush { mapped += $0.count }
        #expect(mapped == 3 && mapper.skipped == 2)
        try run(["add", Self.samples, "--store", store])
        #expect(try RecordStore(path: store, create: false).info().documents == 5)
        try run(["build", "--store", store, "--out", dir.appendingPathComponent("store").path])
        try run(["build", Self.samples, "--out", dir.appendingPathComponent("files").path])
        try expectSameOutputs(dir.appendingPathComponent("files"), dir.appendingPathComponent("store"))
    }

    @Test(arguments: [
        (["build", "--out", "x"], "give the articles to read (files, folders, '-'), or --store FILE"),
        (["json", "a.txt", "--store", "s.sqlite"],
         "give articles or --store, not both (`timeline add ARTICLES --store FILE` adds articles to a store)"),
        (["build", "--store", "s.sqlite", "--dct", "2020-01-01"], "--dct applies when articles are read; with --store, give it to `timeline add`"),
        (["add", "a.txt", "--store", "s.sqlite", "--batch", "0"], "--batch takes a number of at least 1"),
        (["extract", "a.txt", "--format", "records", "--dct", "May"], "--dct takes a day as YYYY-MM-DD, not 'May'"),
    ])
    func storeAndRecordOptionsAreCheckedFirst(_ c: ([String], String)) {
        do {
            _ = try TimelineCommand.parseAsRoot(c.0)
            Issue.record("\(c.0) parsed")
        } catch {
            #expect(TimelineCommand.message(for: error) == c.1)
        }
    }

    @Test func storeInfoTellsCountsSchemaAndDates() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("archive.sqlite").path
        try run(["add", Self.samples, "--store", store])
        let text = StoreInfoCommand.describe(try RecordStore(path: store, create: false).info(), file: "archive.sqlite")
        #expect(text.contains("schema: 1 (migrations: v1: documents)"))
        #expect(text.contains("documents: 5 from 5 files, 3 without a publication date"))
        #expect(text.contains("published: 2019-05-15 to 2020-07-16"))
    }

    @Test func storeInfoOfAMissingStoreSaysSo() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: TimelineError.self) { try RecordStore(path: dir.appendingPathComponent("none.sqlite").path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path))
    }

    /// The `timeline` executable beside the test bundle.
    static var binary: String? {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("timeline").path,
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("timeline").path]
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../.build/debug/timeline").standardized.path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `timeline add` killed (SIGKILL) half way through leaves a store that
    /// opens, holds only whole committed documents, and takes the rest on the next add.
    @Test func aKilledAddLeavesOnlyCommittedDocuments() throws {
        let binary = try #require(Self.binary, "the timeline executable is built beside the tests")
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = try FileManager.default.contentsOfDirectory(atPath: Self.samples).sorted().map {
            try String(contentsOfFile: Self.samples + "/" + $0, encoding: .utf8)
        }
        let count = 300
        for i in 0..<count {
            try Data((texts[i % texts.count] + "\nStory \(i).\n").utf8)
                .write(to: articles.appendingPathComponent(String(format: "a%04d.txt", i)))
        }
        let store = dir.appendingPathComponent("archive.sqlite")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: binary)
        child.arguments = ["add", articles.path, "--store", store.path, "--batch", "1"]
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        // Kill once a few batches are in (the file grows past its first pages), or after 60 s.
        let deadline = Date().addingTimeInterval(60)
        while child.isRunning && Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
            if size > 60_000 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let killed = child.isRunning
        if killed { kill(child.processIdentifier, SIGKILL) }
        child.waitUntilExit()
        if killed { #expect(child.terminationReason == .uncaughtSignal) }

        let archive = try RecordStore(path: store.path, create: false)
        let records = try archive.records()
        #expect(records.count >= 1)
        if killed { #expect(records.count < count) }
        for r in records {
            #expect(r.path.hasPrefix(articles.path))
            #expect(r.text.hasSuffix("Story \(Int(r.path.dropFirst(articles.path.count + 2).prefix(4))!).\n"))
        }
        // The next add maps only what is missing.
        try run(["add", articles.path, "--store", store.path])
        #expect(try RecordStore(path: store.path, create: false).info().documents == count)
    }
}
