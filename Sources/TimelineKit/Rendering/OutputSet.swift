import Dispatch
import Synchronization

/// Every file `timeline build` writes.
public enum OutputSet {
    /// The names of the files a build writes.
    public static let names: Set<String> = ["timeline.json", "digest.txt", "graph.dot", "timeline.svg", "timeline.html"]

    /// Each file's name and its renderer, in a fixed order: for
    /// ``OutputFolder/write(_:to:wait:waiting:)``, which renders each just
    /// before writing it, so that only one file's text is held at a time.
    /// - Parameters:
    ///   - options: the look of the HTML viewer's charts.
    ///   - chart: the look of `timeline.svg` (by default `options`; the CLI draws key events past 60 events).
    public static func renderers(_ t: Timeline, svg options: SVGOptions, chart: SVGOptions? = nil)
        -> [(name: String, render: @Sendable () throws(TimelineError) -> String)]
    {
        let chart = chart ?? options
        let jobs: [(name: String, render: @Sendable () throws(TimelineError) -> String)] = [
            ("timeline.json", { () throws(TimelineError) -> String in try JSONRenderer.render(t) }),
            ("digest.txt", { () throws(TimelineError) -> String in DigestRenderer.render(t) }),
            ("graph.dot", { () throws(TimelineError) -> String in DOTRenderer.render(t) }),
            ("timeline.svg", { () throws(TimelineError) -> String in try SVGRenderer.render(t, options: chart) }),
            ("timeline.html", { () throws(TimelineError) -> String in try HTMLRenderer.render(t, svg: options) }),
        ]
        assert(Set(jobs.map(\.name)) == names)
        return jobs
    }

    /// File name and contents, in a fixed order, rendered side by side (the
    /// renderers only read the timeline): quicker than one at a time, holding every text at once.
    public static func render(_ t: Timeline, svg options: SVGOptions, chart: SVGOptions? = nil) throws(TimelineError)
        -> [(name: String, text: String)]
    {
        let jobs = renderers(t, svg: options, chart: chart)
        let results = Mutex<[Result<String, TimelineError>?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let result: Result<String, TimelineError>
            do throws(TimelineError) {
                result = .success(try jobs[i].render())
            } catch {
                result = .failure(error)
            }
            results.withLock { $0[i] = result }
        }
        var outputs = [(name: String, text: String)]()
        for (i, result) in results.withLock({ $0 }).enumerated() {
            switch result! {
            case .success(let text): outputs.append((jobs[i].name, text))
            case .failure(let error): throw error
            }
        }
        return outputs
    }
}
