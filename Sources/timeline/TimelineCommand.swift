import ArgumentParser
import TimelineKit

@main
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Turn news articles into a dated, sourced timeline of a story.",
        version: "0.1.0")
}
