import Dispatch
import Synchronization

/// Every file `timeline build` writes, rendered side by side: the renderers
/// only read the timeline, and on a large story each takes a while.
public enum OutputSet {
    /// The names of the files a build writes.
    public static let names: Set<String> = ["timeline.json", "digest.txt", "graph.dot", "timeline.svg", "timeline.html"]

    /// File name and contents, in a fixed order.
    /// - Parameters:
    ///   - options: the look of the HTML viewer's charts.
    ///   - chart: the look of `timeline.svg` (by default `options`; the CLI draws key events past 60 events).
    public static func render(_ t: Timeline, svg options: SVGOptions, chart: SVGOptions? = nil) throws(TimelineError)
        -> [(name: String, text: String)]
    {
        let chart = chart ?? options
        let jobs: [(String, @Sendable () throws -> String)] = [
            ("timeline.json", { try JSONRenderer.render(t) }),
            ("digest.txt", { DigestRenderer.render(t) }),
            ("graph.dot", { DOTRenderer.render(t) }),
            ("timeline.svg", { try SVGRenderer.render(t, options: chart) }),
            ("timeline.html", { try HTMLRenderer.render(t, svg: options) }),
        ]
        assert(Set(jobs.map(\.0)) == names)
        let results = Mutex<[Result<String, TimelineError>?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let result: Result<String, TimelineError>
            do {
                result = .success(try jobs[i].1())
            } catch {
                result = .failure(error as? TimelineError ?? .writeFailed(path: jobs[i].0, reason: "\(error)"))
            }
            results.withLock { $0[i] = result }
        }
        var outputs = [(name: String, text: String)]()
        for (i, result) in results.withLock({ $0 }).enumerated() {
            switch result! {
            case .success(let text): outputs.append((jobs[i].0, text))
            case .failure(let error): throw error
            }
        }
        return outputs
    }
}
