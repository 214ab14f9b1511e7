import ArgumentParser
import Foundation
import TimelineKit

/// `timeline extract`: the articles the loader reads, as JSON Lines (one
/// record an article: title, date, authors, site, url, text) or as plain
/// text, written as each input is read, so a large crawl streams through.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "The articles read from pages, feeds and web archives, as JSON Lines (or text), streamed.",
        discussion: """
            Each record has path, title, date (the first date candidate, in order of trust), date_origin, \
            authors, source, url and text; `timeline build` reads such a file back. \
            --format records writes instead what the per-document stages find in each article (its \
            publication date, time expressions, actor mentions, text), one JSON line each, for \
            `timeline merge` to fold into a timeline.
            """)

    @Argument(help: "Article files or folders (read recursively); '-' reads standard input.")
    var paths: [String]

    @Option(help: "jsonl (one JSON object an article), text (a '# path date' line, then the text) or records (for `timeline merge`).")
    var format: ExtractFormat = .jsonl

    @Option(help: ArgumentHelp("With --format records: publication date (YYYY-MM-DD) for documents that state none.", valueName: "date"))
    var dct: String?

    func validate() throws {
        if let dct, Day(iso: dct) == nil { throw ValidationError("--dct takes a day as YYYY-MM-DD, not '\(dct)'") }
    }

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let h = FileHandle(forWritingAtPath: output) else {
                Runner.report(.writeFailed(path: output, reason: "cannot create the file"))
                throw ExitCode(2)
            }
            sink = h
        } else {
            sink = FileHandle.standardOutput
        }
        var buffer = Data()
        if format == .records {
            var mapper = RecordMapper(pipeline: Pipeline(options: PipelineOptions(dct: dct.flatMap { Day(iso: $0) })))
            let emit = { (records: [DocumentRecord]) in records.forEach { sink.write(RecordCoding.encode($0)) } }
            let failures = Runner.stream(paths) { mapper.add($0, emit) }
            mapper.flush(emit)
            try Runner.finish(failures: failures)
            return
        }
        let failures = Runner.stream(paths) { document in
            buffer.append(Data(format.render(document).utf8))
            if buffer.count > 1 << 20 {
                sink.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        sink.write(buffer)
        try Runner.finish(failures: failures)
    }
}

enum ExtractFormat: String, ExpressibleByArgument {
    case jsonl, text, records

    func render(_ d: Document) -> String {
        let date = d.published.map { $0.value.value } ?? d.dateCandidates.first?.text
        switch self {
        case .records:
            preconditionFailure("records are written by the record mapper")
        case .text:
            return "# \(d.path)  \(date ?? "(no date)")\n\n\(d.text)\n\n"
        case .jsonl:
            var record: [String: Any] = ["path": d.path, "title": d.title, "text": d.text, "authors": d.authors]
            record["date"] = date ?? NSNull()
            record["date_origin"] = d.published?.explanation ?? d.dateCandidates.first?.origin ?? NSNull()
            record["source"] = d.source ?? NSNull()
            record["url"] = d.url ?? NSNull()
            let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
