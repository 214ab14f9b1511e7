import ArgumentParser
import TimelineKit

@main
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Turn news articles into a dated, sourced timeline of a story.",
        discussion: """
            Reads plain text (optional front matter), HTML, TimeML and JSON Lines articles, \
            finds their dates, actors and events, merges events told by several articles, \
            and renders a digest, a GraphViz graph, an SVG timeline and JSON.
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, SummarizeCommand.self, DigestCommand.self, SVGCommand.self, HTMLCommand.self,
                      DOTCommand.self, ExportCommand.self, JSONCommand.self, AnnotateCommand.self, ExtractCommand.self,
                      MergeCommand.self, AddCommand.self, StoreCommand.self,
                      EvalCommand.self, TrainCommand.self])
}
