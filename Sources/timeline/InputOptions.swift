import ArgumentParser
import TimelineKit

/// The articles to read and the options every rendering command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (read recursively); '-' reads one article from standard input.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Read the documents of this record store (`timeline add`) instead of articles.", valueName: "file"))
    var store: String?

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for documents that state none.", valueName: "date"))
    var dct: String?

    @Option(help: ArgumentHelp("Keep events involving this actor (id, name or alias).", valueName: "name"))
    var actor: String?

    @Option(help: ArgumentHelp("Keep events that may have happened on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep events that may have happened on or before this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Keep events of this type (arrest, ban, statement, denial, offer, ...).", valueName: "type"))
    var type: String?

    @Option(name: .customLong("min-sources"), help: ArgumentHelp("Keep events told by at least N articles.", valueName: "n"))
    var minSources: Int?

    @Option(name: .customLong("max-events"), help: ArgumentHelp("Keep the N events told by most articles.", valueName: "n"))
    var maxEvents: Int?

    @Option(name: .customLong("max-document-size"), help: ArgumentHelp(
        "Refuse a document (a file, a JSON Lines record, standard input) larger than this many MB (1 to 4000).", valueName: "mb"))
    var maxDocumentSize: Int = DocumentLoader.defaultMaxDocumentSize / 1_000_000

    /// ``maxDocumentSize`` in bytes.
    var maxDocumentBytes: Int { maxDocumentSize * 1_000_000 }

    func validate() throws {
        if paths.isEmpty && store == nil { throw ValidationError("give the articles to read (files, folders, '-'), or --store FILE") }
        if !paths.isEmpty && store != nil {
            throw ValidationError("give articles or --store, not both (`timeline add ARTICLES --store FILE` adds articles to a store)")
        }
        if store != nil && dct != nil {
            throw ValidationError("--dct applies when articles are read; with --store, give it to `timeline add`")
        }
        for (name, value) in [("--dct", dct), ("--since", since), ("--until", until)] {
            if let value, Day(iso: value) == nil {
                throw ValidationError("\(name) takes a day as YYYY-MM-DD, not '\(value)'")
            }
        }
        if let n = minSources, n < 1 { throw ValidationError("--min-sources takes a number of at least 1") }
        if let n = maxEvents, n < 1 { throw ValidationError("--max-events takes a number of at least 1") }
        if !(1...4_000).contains(maxDocumentSize) {
            throw ValidationError("--max-document-size takes a number of MB from 1 to 4000")
        }
    }

    var filter: TimelineFilter {
        TimelineFilter(actor: actor, since: since.flatMap { Day(iso: $0) }, until: until.flatMap { Day(iso: $0) },
                       type: type, minSources: minSources, maxEvents: maxEvents)
    }

    var pipelineOptions: PipelineOptions { PipelineOptions(dct: dct.flatMap { Day(iso: $0) }) }
}

extension SVGTheme: ExpressibleByArgument {}

/// Which events the SVG draws.
enum SVGEventScope: String, ExpressibleByArgument, CaseIterable {
    /// The key dates' events (each key date's most salient, or its first sentence).
    case key
    /// Every event.
    case all
    /// Key events when there are more than ``SVGDisplayOptions/keyThreshold`` events, else all.
    case auto
}

/// The SVG's look: shared by `svg`, `html` and `build`.
struct SVGDisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Width of the SVG timeline in pixels (at least 480).", valueName: "px"))
    var width: Double = 1200

    @Option(help: "SVG colours: light or dark background.")
    var theme: SVGTheme = .light

    @Option(help: ArgumentHelp("Stack labels in at most N lanes; events with no room are grouped as \"+N more\" under them.",
                               valueName: "n"))
    var lanes: Int = SVGOptions.defaultLanes

    func validate() throws {
        if width < 480 { throw ValidationError("--width takes at least 480 pixels") }
        if lanes < 1 { throw ValidationError("--lanes takes a number of at least 1") }
    }

    @Flag(help: "Size for an A4 page: a chart narrow enough that its smallest text prints at 7 pt or more (overrides --width).")
    var print = false

    @Option(help: ArgumentHelp("Events to draw: the story's key events, all events, or auto (key events past \(SVGDisplayOptions.keyThreshold) events).",
                               valueName: "key|all|auto"))
    var events: SVGEventScope = .auto

    /// Past this many events, `auto` draws the key events.
    static let keyThreshold = 60

    var options: SVGOptions { SVGOptions(width: print ? SVGOptions.printWidth : width, theme: theme, maxLanes: lanes) }

    /// The options for a timeline: `auto` decided by its number of events.
    func options(for t: Timeline) -> SVGOptions {
        var o = options
        o.keyEvents = events == .key || events == .auto && t.events.count > Self.keyThreshold
        return o
    }
}
