import ArgumentParser
import TimelineKit

enum AnnotationFormat: String, ExpressibleByArgument, CaseIterable {
    case json, timeml
}

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print one document's time expressions, actor mentions and event triggers.",
        discussion: """
            json: the mention-level JSON (offsets in code points into the document's text; the story events \
            under "events", every event trigger the event-mention tagger finds under "eventMentions"). \
            timeml: the document as TimeML with <TIMEX3 tid type value> tags added inside <TEXT>; \
            TimeML input keeps its exact text and any gold TIMEX3 are replaced.
            """)

    @Argument(help: "The article to annotate ('-' for standard input).")
    var file: String

    @Option(help: "Output format.")
    var format: AnnotationFormat = .json

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) if the document states none.", valueName: "date"))
    var dct: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if let dct, Day(iso: dct) == nil { throw ValidationError("--dct takes a day as YYYY-MM-DD, not '\(dct)'") }
    }

    func run() throws {
        let (documents, failures) = try Runner.load([file])
        guard let document = documents.first else { throw ExitCode(1) }
        let analyzed = Runner.run([document], options: PipelineOptions(dct: dct.flatMap { Day(iso: $0) })).documents[0]
        do {
            try Runner.emit(format == .json ? try AnnotationRenderer.json(analyzed) : try AnnotationRenderer.timeml(analyzed),
                            to: output)
        } catch let error as TimelineError {
            Runner.report(error)
            throw ExitCode(2)
        }
        try Runner.finish(failures: failures)
    }
}
