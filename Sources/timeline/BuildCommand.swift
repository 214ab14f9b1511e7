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
            let outputs: [(String, String)] = [
                ("timeline.json", try JSONRenderer.render(timeline)),
                ("digest.txt", DigestRenderer.render(timeline)),
                ("graph.dot", DOTRenderer.render(timeline)),
                ("timeline.svg", try SVGRenderer.render(timeline, options: display.options)),
                ("timeline.html", try HTMLRenderer.render(timeline, svg: display.options)),
            ]
            for (name, text) in outputs { try Runner.emit(text, to: out + "/" + name) }
        } catch let error as TimelineError {
            Runner.report(error)
            throw ExitCode(2)
        }
        print("timeline: \(timeline.documents.count) documents, \(timeline.actors.count) actors, \(timeline.events.count) events -> \(out)/")
        try Runner.finish(failures: failures)
    }
}
