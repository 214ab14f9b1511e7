import ArgumentParser
import TimelineKit

enum DigestStyle: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
}

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest", abstract: "Print the chronological digest.")

    @OptionGroup var input: InputOptions

    @Option(help: "Digest format.")
    var format: DigestStyle = .text

    @Option(name: .customLong("dates"), help: ArgumentHelp(
        "Keep only the K most important dates (most sources, then most events), for long stories.", valueName: "k"))
    var dates: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        var (timeline, failures) = Runner.timeline(input)
        if let dates { timeline = TimelineFilter(maxDates: dates).apply(to: timeline) }
        try Runner.emit(DigestRenderer.render(timeline, format: format == .markdown ? .markdown : .text), to: output)
        try Runner.finish(failures: failures)
    }
}

extension DigestCommand {
    func validate() throws {
        if let dates, dates < 1 { throw ValidationError("--dates takes a number of at least 1") }
    }
}

struct SVGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "svg", abstract: "Write the SVG timeline.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let (timeline, failures) = Runner.timeline(input)
        do { try Runner.emit(try SVGRenderer.render(timeline), to: output) } catch let e as TimelineError {
            Runner.report(e)
            throw ExitCode(2)
        }
        try Runner.finish(failures: failures)
    }
}

struct DOTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dot", abstract: "Write the GraphViz DOT graph of actors and events.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let (timeline, failures) = Runner.timeline(input)
        try Runner.emit(DOTRenderer.render(timeline), to: output)
        try Runner.finish(failures: failures)
    }
}

struct JSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "json", abstract: "Write the event graph as JSON.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let (timeline, failures) = Runner.timeline(input)
        do { try Runner.emit(try JSONRenderer.render(timeline), to: output) } catch let e as TimelineError {
            Runner.report(e)
            throw ExitCode(2)
        }
        try Runner.finish(failures: failures)
    }
}

struct HTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Write a self-contained HTML page: the SVG timeline and a searchable, filterable event list.",
        discussion: """
            The page loads nothing from the network (inline CSS and script, system fonts). Its filters \
            can be set from the URL: timeline.html?q=words&actor=ID&type=TYPE&since=YYYY-MM-DD&until=YYYY-MM-DD. \
            Keys: / search, j/k next/previous event, Enter show it on the chart, Esc clear.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let (timeline, failures) = Runner.timeline(input)
        do { try Runner.emit(try HTMLRenderer.render(timeline), to: output) } catch let e as TimelineError {
            Runner.report(e)
            throw ExitCode(2)
        }
        try Runner.finish(failures: failures)
    }
}
