import ArgumentParser
import Foundation
import TimelineKit

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case timelinejs, graphml, csv, timeml
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the timeline for other tools: TimelineJS JSON, GraphML, CSV, or TimeML.",
        discussion: """
            timelinejs: Knight Lab TimelineJS JSON (dates at their precision, groups by type, sources in the text; \
            events with no placeable date are left out). graphml: actors and events as nodes, participation, \
            temporal and shared-event edges, with attributes (Gephi, yEd). csv: one RFC 4180 row per event. \
            timeml: one TimeML file per document with our TIMEX3 tags, written into the folder given by -o \
            (required; filters do not apply to it).
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Export format.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file (timeml: this folder) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .timeml && output == nil {
            throw ValidationError("--format timeml writes one file per document: give the folder with -o")
        }
    }

    func run() throws {
        let (result, failures) = try Runner.result(input)
        let timeline = input.filter.apply(to: result.timeline)
        do {
            switch format {
            case .timelinejs: try Runner.emit(try TimelineJSRenderer.render(timeline), to: output)
            case .graphml: try Runner.emit(try GraphMLRenderer.render(timeline), to: output)
            case .csv: try Runner.emit(CSVRenderer.render(timeline), to: output)
            case .timeml:
                var used = Set<String>()
                for analyzed in result.documents {
                    let name = Self.timemlName(analyzed.document, used: &used)
                    try Runner.emit(try AnnotationRenderer.timeml(analyzed), to: output! + "/" + name)
                }
            }
        } catch let e as TimelineError {
            Runner.report(e)
            throw ExitCode(2)
        }
        try Runner.finish(failures: failures)
    }

    /// `d3-article.tml`: the document id keeps names unique and ordered, the
    /// base name says which article it was.
    static func timemlName(_ document: Document, used: inout Set<String>) -> String {
        var base = URL(fileURLWithPath: document.path).deletingPathExtension().lastPathComponent
        base = String(base.unicodeScalars.map { s -> Character in
            let ok = (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_" || s == "."
            return ok ? Character(s) : "_"
        }.prefix(60))
        var name = document.id + (base.isEmpty ? "" : "-" + base) + ".tml"
        var n = 2
        while used.contains(name) {
            name = document.id + "-\(n).tml"
            n += 1
        }
        used.insert(name)
        return name
    }
}
