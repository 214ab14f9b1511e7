import ArgumentParser
import Foundation
import TimelineKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write every output: digest.txt, timeline.svg, timeline.html, graph.dot and timeline.json.")

    @OptionGroup var input: InputOptions
    @OptionGroup var display: SVGDisplayOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the outputs into.", valueName: "dir"))
    var out: String = "output"

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out takes the name of a folder to write the outputs into, not ''") }
    }

    func run() throws {
        let (timeline, failures) = try Runner.timeline(input)
        try Self.write(timeline, display: display, out: out)
        try Runner.finish(failures: failures)
    }

    /// Renders every output into `out` as one unit and prints the summary line.
    static func write(_ timeline: Timeline, display: SVGDisplayOptions, out: String) throws {
        do throws(TimelineError) {
            // One unit: the previous build's files or this one's, never a mix (see OutputFolder).
            try OutputFolder.write(OutputSet.renderers(timeline, svg: display.options, chart: display.options(for: timeline)), to: out) {
                FileHandle.standardError.write(Data("timeline: \(out)/: another timeline run is writing into it; waiting for it to finish\n".utf8))
            }
        } catch {
            Runner.report(error)
            throw ExitCode(2)
        }
        print(Self.summary(timeline, out: out))
    }

    /// "timeline: 1 document, 2 actors, 3 events -> out/".
    static func summary(_ timeline: Timeline, out: String) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return "timeline: \(count(timeline.documents.count, "document")), \(count(timeline.actors.count, "actor")), "
            + "\(count(timeline.events.count, "event")) -> \(out)/"
    }
}
