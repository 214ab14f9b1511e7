import ArgumentParser
import Foundation
import TimelineKit

/// `timeline merge`: the reduce. Folds record files (`timeline extract
/// --format records`, or an earlier `merge --partial`) into the timeline and
/// writes what `timeline build` writes; with --partial, writes the records
/// folded into one records file, to merge again (a tree of merges).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Fold document records into the timeline and write what `build` writes (or, with --partial FILE, one records file).",
        discussion: """
            RECORDS are files (or folders of files) of `timeline extract --format records` or `merge --partial`; \
            '-' reads standard input. Each document counts once however often it is given; documents are \
            ordered by path as `build` orders a folder's files, so build on a folder and extract+merge of the \
            same folder write the same bytes.
            """)

    @Argument(help: "Record files or folders of them; '-' reads standard input.")
    var records: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the outputs into.", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("Write the folded records to FILE ('-': standard output), a records file to merge again, instead of the outputs.",
                               valueName: "file"))
    var partial: String?

    @OptionGroup var display: SVGDisplayOptions

    func run() throws {
        var groups = [[DocumentRecord]]()
        var failures = 0
        for path in RecordFiles.paths(records) {
            do {
                groups.append(try RecordFiles.read(path))
            } catch {
                Runner.report(error)
                failures += 1
            }
        }
        let folded = RecordCoding.union(groups)
        if let partial {
            var data = Data()
            folded.forEach { data.append(RecordCoding.encode($0)) }
            try Runner.emit(String(decoding: data, as: UTF8.self), to: partial == "-" ? nil : partial)
            try Runner.finish(failures: failures)
            return
        }
        guard !folded.isEmpty else {
            FileHandle.standardError.write(Data("timeline: no document records were read; nothing written\n".utf8))
            throw ExitCode(1)
        }
        let result = Pipeline().run(records: folded)
        result.documents.flatMap(\.warnings).forEach(Runner.warn)
        try BuildCommand.write(result.timeline, display: display, out: out)
        try Runner.finish(failures: failures)
    }
}
