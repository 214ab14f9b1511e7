import ArgumentParser
import Foundation
import TimelineKit

/// `timeline add`: maps new articles into a record store; articles already
/// stored (same content hash) are not read again.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles' records to a store (SQLite); articles already stored are skipped.",
        discussion: """
            Each article is mapped once (publication date, time expressions, actor mentions) and kept under \
            a hash of its content; adding it again changes nothing, and an article changed at the same path \
            replaces the old one. Records are committed a batch at a time. `timeline build --store FILE` (and \
            digest, svg, html, dot, json, export with --store) fold the stored records into the timeline.
            """)

    @Argument(help: "Article files or folders (read recursively); '-' reads one article from standard input.")
    var paths: [String]

    @Option(help: ArgumentHelp("The store file (created if missing).", valueName: "file"))
    var store: String

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for documents that state none.", valueName: "date"))
    var dct: String?

    @Option(help: ArgumentHelp("Commit every N documents.", valueName: "n"))
    var batch: Int = 64

    func validate() throws {
        if let dct, Day(iso: dct) == nil { throw ValidationError("--dct takes a day as YYYY-MM-DD, not '\(dct)'") }
        if batch < 1 { throw ValidationError("--batch takes a number of at least 1") }
    }

    func run() throws {
        var added = 0
        var failures = 0
        var mapper: RecordMapper
        do throws(TimelineError) {
            let archive = try RecordStore(path: store, create: true)
            let known = try archive.hashes()
            mapper = RecordMapper(pipeline: Pipeline(options: PipelineOptions(dct: dct.flatMap { Day(iso: $0) })),
                                  batchSize: batch, skip: { known.contains($0) })
            let commit = { (records: [DocumentRecord]) throws(TimelineError) in
                try archive.add(records)
                added += records.count
            }
            var stop: TimelineError?
            failures = Runner.stream(paths) { document in
                guard stop == nil else { return }
                do throws(TimelineError) { try mapper.add(document, commit) } catch { stop = error }
            }
            if let stop { throw stop }
            try mapper.flush(commit)
        } catch {
            Runner.report(error)
            throw ExitCode(2)
        }
        print("timeline: \(added) document\(added == 1 ? "" : "s") added, \(mapper.skipped) already stored -> \(store)")
        try Runner.finish(failures: failures)
    }
}

/// `timeline store info`: what a store holds.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Look into a record store.",
        subcommands: [StoreInfoCommand.self])
}

struct StoreInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Counts, schema version and date range of a record store.")

    @Argument(help: "The store file.")
    var file: String

    func run() throws {
        try Runner.reporting {
            let info = try RecordStore(path: file, create: false).info()
            print(Self.describe(info, file: file))
        }
    }

    static func describe(_ info: RecordStore.Info, file: String) -> String {
        """
        store: \(file)
        schema: \(info.schemaVersion) (migrations: \(info.migrations.joined(separator: ", ")))
        documents: \(info.documents) from \(info.files) file\(info.files == 1 ? "" : "s"), \(info.undated) without a publication date
        published: \(info.earliest.map { "\($0) to \(info.latest ?? "?")" } ?? "no dated document")
        records: \(info.textBytes < 1_000_000 ? "\(info.textBytes / 1000) kB" : String(format: "%.1f MB", Double(info.textBytes) / 1e6))
        """
    }
}
