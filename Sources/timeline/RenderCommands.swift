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
        "Keep only the story's K key dates (the days its articles refer to most) and their events, for long stories.",
        valueName: "k"))
    var dates: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let (result, failures) = try Runner.result(input)
        var timeline = input.filter.apply(to: result.timeline)
        if let dates {
            let summary = StorySummarizer().summarize(result, options: SummaryOptions(dates: dates, since: input.filter.since,
                                                                                       until: input.filter.until))
            timeline = TimelineFilter.keyDates(summary.timeline, of: timeline)
        }
        var digest = DigestRenderer.render(timeline, format: format == .markdown ? .markdown : .text)
        // A terminal gets lines that fit it; a file or a pipe gets them whole.
        if output == nil, let width = Terminal.columns() { digest = RenderText.fitLines(digest, width: width) }
        try Runner.emit(digest, to: output)
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
    @OptionGroup var display: SVGDisplayOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try Runner.render(input, to: output) { timeline in try SVGRenderer.render(timeline, options: display.options(for: timeline)) }
    }
}

struct DOTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot", abstract: "Write the GraphViz DOT graph of actors and events.",
        discussion: """
            Lay it out with 'dot -Tsvg graph.dot -o graph.svg': time runs left to right along a spine of dates. \
            dot lays out a few hundred events in seconds, so the graph keeps the 300 events told by most articles \
            (--limit N; 0 keeps all, which on 1,000 events takes dot a minute or more) and draws participation \
            edges to the 25 actors in most events (--actor-limit K; the others are named in each event's tooltip). \
            Narrow further with --since/--until, --actor, --type, --min-sources or --max-events. \
            --actors writes an undirected graph of the actors only, edges weighted by the events they share, \
            for 'sfdp -Tsvg' or 'neato -Tsvg', keeping the 100 actors in most events (--actor-limit K; sfdp takes \
            about 2 s on 100 actors, 20 s on 300, minutes on thousands).
            """)

    @OptionGroup var input: InputOptions

    @Flag(help: "Actors only: actor-actor edges weighted by shared events (lay out with sfdp or neato).")
    var actors = false

    @Option(help: ArgumentHelp("Draw the N events told by most articles, so dot stays fast (0: all).", valueName: "n"))
    var limit: Int = DOTRenderer.defaultMaxEvents

    @Option(name: .customLong("actor-limit"), help: ArgumentHelp(
        "Draw participation edges to the K actors in most events (default 25; with --actors, the K actors drawn, default 100; 0: all).",
        valueName: "k"))
    var actorLimit: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try Runner.render(input, to: output) {
            actors ? DOTRenderer.actorGraph($0, maxActors: actorLimit ?? DOTRenderer.defaultMaxGraphActors)
                : DOTRenderer.render($0, options: DOTOptions(maxEvents: limit, maxActors: actorLimit ?? DOTRenderer.defaultMaxActors))
        }
    }
}

struct JSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "json", abstract: "Write the event graph as JSON.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try Runner.render(input, to: output) { timeline in try JSONRenderer.render(timeline) }
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
    @OptionGroup var display: SVGDisplayOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try Runner.render(input, to: output) { timeline in try HTMLRenderer.render(timeline, svg: display.options) }
    }
}

enum SummaryStyle: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "The story's key dates, each with a few sentences saying what happened on it.",
        discussion: """
            Days are ranked by how many on-topic articles refer to them, against how much was published \
            around them; each day is told by the sentences closest to the account its articles share. \
            Without --dates the number of dates is chosen from the pile (about two per square root of its \
            on-topic articles, 6 to 40; from 20 articles, only days named twice or published on). JSON: {"timeline": [{"date": "YYYY-MM-DD", "sentences": [...], "events": [...], \
            "salience": 0..1, "explanation": "..."}]} in date order.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("dates"), help: ArgumentHelp("How many key dates (default: chosen from the pile).", valueName: "k"))
    var dates: Int?

    @Option(name: .customLong("sentences"), help: ArgumentHelp("Sentences per date.", valueName: "n"))
    var sentences: Int = 2

    @Option(help: "Output format.")
    var format: SummaryStyle = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if let dates, dates < 1 { throw ValidationError("--dates takes a number of at least 1") }
        if sentences < 1 { throw ValidationError("--sentences takes a number of at least 1") }
    }

    func run() throws {
        let (result, failures) = try Runner.result(input)
        let summary = StorySummarizer().summarize(result, options: SummaryOptions(
            dates: dates, sentences: sentences, since: input.filter.since, until: input.filter.until))
        let text: String
        switch format {
        case .text: text = SummaryRenderer.text(summary)
        case .markdown: text = SummaryRenderer.markdown(summary)
        case .json:
            do { text = try SummaryRenderer.json(summary) } catch {
                Runner.report(error)
                throw ExitCode(2)
            }
        }
        try Runner.emit(text, to: output)
        try Runner.finish(failures: failures)
    }
}
