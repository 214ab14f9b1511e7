import Foundation
import TimelineKit

/// A timeline-summarisation corpus in the Timeline17 layout (Tran et al.
/// 2013): one folder per topic, its articles in `InputDocs/<YYYY-MM-DD>/*.txt`
/// (the folder date is the publication date; the texts are PTB tokens) and
/// journalists' timelines in `timelines/*.txt`: a date line, its sentences,
/// and a line of dashes after each date.
public struct Timeline17Corpus: Sendable {
    public struct Topic: Sendable {
        public var name: String
        /// The folder of its articles.
        public var inputs: String
        public var timelines: [GoldTimeline]
    }

    /// One reference timeline: dates with their sentences (PTB tokens).
    public struct GoldTimeline: Sendable {
        public var name: String
        public var entries: [(day: Day, sentences: [String])]

        public var days: [Day] { entries.map(\.day) }
        /// The mean number of sentences per date, rounded up (as news-tls sets N).
        public var meanSentences: Int {
            guard !entries.isEmpty else { return 1 }
            let total = entries.reduce(0) { $0 + $1.sentences.count }
            return Int((Double(total) / Double(entries.count)).rounded(.up))
        }
    }

    public var topics: [Topic]

    /// Reads every topic folder of `directory` that has `InputDocs` and `timelines`.
    public init(directory: String) throws(TimelineError) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw .unreadable(path: directory, reason: "not a readable folder")
        }
        var topics = [Topic]()
        for name in names.sorted() {
            let root = directory + "/" + name
            let inputs = root + "/InputDocs", timelines = root + "/timelines"
            guard fm.fileExists(atPath: inputs), let files = try? fm.contentsOfDirectory(atPath: timelines) else { continue }
            var gold = [GoldTimeline]()
            for file in files.sorted() where file.hasSuffix(".txt") {
                let path = timelines + "/" + file
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw .unreadable(path: path, reason: "not readable as UTF-8")
                }
                gold.append(GoldTimeline(name: file, entries: Self.entries(text)))
            }
            if !gold.isEmpty { topics.append(Topic(name: name, inputs: inputs, timelines: gold)) }
        }
        guard !topics.isEmpty else {
            throw .unreadable(path: directory, reason: "no topic folder with InputDocs/ and timelines/")
        }
        self.topics = topics
    }

    /// The dated entries of a timeline file, in date order (a date told twice is merged).
    static func entries(_ text: String) -> [(day: Day, sentences: [String])] {
        var byDay = [Day: [String]]()
        var day: Day?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("-----") {
                day = nil
            } else if line.utf8.count == 10, let d = Day(iso: line) {
                day = d
                if byDay[d] == nil { byDay[d] = [] }
            } else if let d = day, !line.isEmpty {
                byDay[d, default: []].append(line)
            }
        }
        return byDay.keys.sorted().map { ($0, byDay[$0]!) }
    }
}
