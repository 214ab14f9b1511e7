import Foundation
import Testing
@testable import timeline
import TimelineKit

/// Issue 13: records (extract --format records, merge).
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
}
