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
            authors, source, url and text; `timeline build` reads such a file back.
            """)

    @Argument(help: "Article files or folders (read recursively); '-' reads standard input.")
    var paths: [String]

    @Option(help: "jsonl (one JSON object an article) or text (a '# path date' line, then the text).")
    var format: ExtractFormat = .jsonl

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
    case jsonl, text

    func render(_ d: Document) -> String {
        let date = d.published.map { $0.value.value } ?? d.dateCandidates.first?.text
        switch self {
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
