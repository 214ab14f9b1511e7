import ArgumentParser
import TimelineKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write every output: digest.txt, timeline.svg, timeline.html, graph.dot and timeline.json.")

    @OptionGroup var input: InputOptions
    @OptionGroup var display: SVGDisplayOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the outputs into.", valueName: "dir"))
    var out: String = "output"

    func run() throws {
        let (timeline, failures) = Runner.timeline(input)
        do {
            for (name, text) in try OutputSet.render(timeline, svg: display.options, chart: display.options(for: timeline)) {
                try Runner.emit(text, to: out + "/" + name)
            }
        } catch let error as TimelineError {
            Runner.report(error)
            throw ExitCode(2)
        }
        print("timeline: \(timeline.documents.count) documents, \(timeline.actors.count) actors, \(timeline.events.count) events -> \(out)/")
        try Runner.finish(failures: failures)
    }
}
