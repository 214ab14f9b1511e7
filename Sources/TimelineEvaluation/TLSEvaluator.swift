import Foundation
import TimelineKit

/// Timeline-summarisation scores against journalists' timelines, as the TLS
/// literature reports them (Martschat and Markert 2017; news-tls,
/// Gholipour Ghalandari and Ifrim 2020): for each reference timeline, the
/// summary is asked for K = its number of dates and N = its mean sentences
/// per date (rounded up), restricted to its first..last date; then
/// - date F1: the predicted days against the reference days;
/// - concat ROUGE-1/2 F1: all sentences against all sentences;
/// - alignment ROUGE-1/2 F1 ("align+ m:1"): every predicted date aligned to
///   the reference date that costs least (date distance times content
///   difference), and the other way round for recall; the ROUGE hits of an
///   aligned pair weighted by 1 / (1 + days apart).
/// Scores are averaged over timelines (each timeline counts once).
public struct TLSEvaluation: Sendable, CustomStringConvertible {
    public struct Row: Sendable {
        public var topic: String
        public var timeline: String
        public var dates: Int
        public var sentences: Int
        public var date: PRF
        public var concat1: PRF
        public var concat2: PRF
        public var align1: PRF
        public var align2: PRF
    }

    public var rows: [Row] = []
    /// Seconds per topic: loading and the pipeline, then summarising for each timeline.
    public var seconds: [(topic: String, documents: Int, bytes: Int, pipeline: Double, summaries: Double)] = []

    public var mean: (date: Double, concat1: Double, concat2: Double, align1: Double, align2: Double) {
        let n = Double(max(rows.count, 1))
        func avg(_ f: (Row) -> Double) -> Double { rows.map(f).reduce(0, +) / n }
        return (avg { $0.date.f1 }, avg { $0.concat1.f1 }, avg { $0.concat2.f1 }, avg { $0.align1.f1 }, avg { $0.align2.f1 })
    }

    public var description: String {
        var lines = ["topic / timeline                                   K   N  date F1  concat R1  concat R2  align R1  align R2"]
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        for r in rows {
            let name = (r.topic + " / " + r.timeline).padding(toLength: 48, withPad: " ", startingAt: 0)
            lines.append("\(name) \(String(format: "%3d %3d", r.dates, r.sentences))   \(f(r.date.f1))      \(f(r.concat1.f1))      \(f(r.concat2.f1))     \(f(r.align1.f1))     \(f(r.align2.f1))")
        }
        let m = mean
        lines.append("mean over \(rows.count) timelines".padding(toLength: 56, withPad: " ", startingAt: 0)
                     + "   \(f(m.date))      \(f(m.concat1))      \(f(m.concat2))     \(f(m.align1))     \(f(m.align2))")
        for s in seconds {
            lines.append(String(format: "time %@: %d documents (%.1f MB) read and analysed in %.2f s, summarised in %.2f s",
                                s.topic, s.documents, Double(s.bytes) / 1_048_576, s.pipeline, s.summaries))
        }
        return lines.joined(separator: "\n")
    }
}

public enum TLSEvaluator {
    /// Scores the summarizer on every topic and reference timeline of a Timeline17-layout folder,
    /// once per parameter set (the pipeline runs once per topic).
    /// - Parameter dump: a folder to write each topic's analysed documents to (``TLSDump``), or nil.
    /// - Parameter predictions: a folder to write each predicted timeline to, as `summarize --format json`
    ///   writes it (`<topic>--<timeline>.json`), for scoring with another tool (scripts/tls-reference-score.py).
    public static func evaluate(directory: String, parameterSets: [StoryParameters] = [.standard], dump: String? = nil,
                                predictions: String? = nil,
                                progress: (String) -> Void = { _ in }) throws(TimelineError) -> [TLSEvaluation] {
        let corpus = try Timeline17Corpus(directory: directory)
        var results = [TLSEvaluation](repeating: TLSEvaluation(), count: parameterSets.count)
        let loader = DocumentLoader()
        for topic in corpus.topics {
            let start = Date()
            let (files, _) = loader.inputs(for: [topic.inputs])
            var documents = [Document]()
            var bytes = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                bytes += data.count
                if let loaded = try? loader.load(Array(data), path: file) { documents += loaded.documents }
            }
            for i in documents.indices { documents[i].id = "d\(i + 1)" }
            let pipeline = Pipeline().run(documents)
            let analysed = Date()
            if let dump {
                try TLSDump.write(pipeline, to: dump + "/" + topic.name + ".jsonl")
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                if let data = try? encoder.encode(pipeline.timeline) {
                    try OutputFile.write(String(decoding: data, as: UTF8.self), to: dump + "/" + topic.name + ".timeline.json")
                }
            }
            for (p, parameters) in parameterSets.enumerated() {
                let summarizer = StorySummarizer(parameters: parameters)
                let summarised = Date()
                for gold in topic.timelines {
                    let days = gold.days
                    let options = SummaryOptions(dates: days.count, sentences: gold.meanSentences,
                                                 since: days.first, until: days.last)
                    let summary = summarizer.summarize(pipeline, options: options)
                    if let predictions, p == 0 {
                        let encoder = JSONEncoder()
                        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                        if let data = try? encoder.encode(summary) {
                            let name = topic.name + "--" + gold.name.replacingOccurrences(of: ".txt", with: "") + ".json"
                            try OutputFile.write(String(decoding: data, as: UTF8.self), to: predictions + "/" + name)
                        }
                    }
                    let predicted = summary.timeline.compactMap { k in Day(iso: k.date).map { ($0, k.sentences) } }
                    var row = score(predicted, gold: gold)
                    row.topic = topic.name
                    results[p].rows.append(row)
                    progress("\(topic.name) / \(gold.name): date F1 \(String(format: "%.3f", row.date.f1))")
                }
                results[p].seconds.append((topic.name, documents.count, bytes, analysed.timeIntervalSince(start),
                                           Date().timeIntervalSince(summarised)))
            }
        }
        return results
    }

    /// The scores of one predicted timeline (days with their sentences, as written) against a reference.
    static func score(_ predicted: [(Day, [String])], gold: Timeline17Corpus.GoldTimeline) -> TLSEvaluation.Row {
        let rouge = Rouge.shared
        let pred = predicted.sorted { $0.0 < $1.0 }.map { ($0.0, $0.1.map(tokenized)) }
        let ref = gold.entries
        let predDays = Set(pred.map(\.0)), refDays = Set(ref.map(\.day))
        let common = Double(predDays.intersection(refDays).count)
        let date = PRF(precision: predDays.isEmpty ? 0 : common / Double(predDays.count),
                       recall: refDays.isEmpty ? 0 : common / Double(refDays.count))

        func prf(_ c: Rouge.Counts) -> PRF {
            PRF(precision: c.system == 0 ? 0 : c.hits / Double(c.system), recall: c.reference == 0 ? 0 : c.hits / Double(c.reference))
        }
        let allPred = pred.flatMap(\.1), allRef = ref.flatMap(\.sentences)
        let concat1 = prf(rouge.counts(system: allPred, references: [allRef], n: 1))
        let concat2 = prf(rouge.counts(system: allPred, references: [allRef], n: 2))

        // align+ m:1: cost = (1 - 1/(1+days apart)) * (1 - approximate ROUGE-1 F1).
        let weights = pred.map { p in ref.map { 1 / (Double(abs(p.0.daysSinceEpoch - $0.day.daysSinceEpoch)) + 1) } }
        let costs = pred.indices.map { i in
            ref.indices.map { j in (1 - weights[i][j]) * (1 - approximateRouge1(pred[i].1, ref[j].sentences)) }
        }
        // ROUGE counts of each aligned pair, computed once.
        var pairs = [[Int]: [Rouge.Counts]]()
        func counts(_ i: Int, _ j: Int) -> [Rouge.Counts] {
            if let c = pairs[[i, j]] { return c }
            let c = [1, 2].map { rouge.counts(system: pred[i].1, references: [ref[j].sentences], n: $0) }
            pairs[[i, j]] = c
            return c
        }
        var system = [0, 0], reference = [0, 0]
        var recallHits = [0.0, 0.0], precisionHits = [0.0, 0.0]
        for i in pred.indices where !ref.isEmpty {
            let j = ref.indices.min { (costs[i][$0], $0) < (costs[i][$1], $1) }!
            for (k, c) in counts(i, j).enumerated() {
                precisionHits[k] += weights[i][j] * c.hits
                system[k] += c.system
            }
        }
        for j in ref.indices {
            guard let i = pred.indices.min(by: { (costs[$0][j], $0) < (costs[$1][j], $1) }) else {
                for k in 0..<2 { reference[k] += rouge.counts(system: [], references: [ref[j].sentences], n: k + 1).reference }
                continue
            }
            for (k, c) in counts(i, j).enumerated() {
                recallHits[k] += weights[i][j] * c.hits
                reference[k] += c.reference
            }
        }
        func alignPRF(_ k: Int) -> PRF {
            PRF(precision: system[k] == 0 ? 0 : precisionHits[k] / Double(system[k]),
                recall: reference[k] == 0 ? 0 : recallHits[k] / Double(reference[k]))
        }
        return TLSEvaluation.Row(topic: "", timeline: gold.name, dates: ref.count, sentences: gold.meanSentences,
                                 date: date, concat1: concat1, concat2: concat2, align1: alignPRF(0), align2: alignPRF(1))
    }

    /// tilse's cheap ROUGE-1 F1 used only to align dates: whitespace tokens as
    /// written (case kept, no stemming), single punctuation marks left out.
    static func approximateRouge1(_ system: [String], _ reference: [String]) -> Double {
        let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
        func counts(_ sentences: [String]) -> [Substring: Int] {
            var c = [Substring: Int]()
            for s in sentences {
                for t in s.split(separator: " ") where !punctuation.contains(t) { c[t, default: 0] += 1 }
            }
            return c
        }
        let p = counts(system), r = counts(reference)
        var match = 0
        for (t, n) in p { match += min(n, r[t] ?? 0) }
        let pTotal = p.values.reduce(0, +), rTotal = r.values.reduce(0, +)
        let precision = pTotal == 0 ? 0 : Double(match) / Double(pTotal)
        let recall = rTotal == 0 ? 0 : Double(match) / Double(rTotal)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// A sentence as PTB-style tokens separated by spaces, as the references are written.
    static func tokenized(_ sentence: String) -> String {
        let analysis = TextAnalyzer().analyze(sentence)
        return analysis.tokens.map { analysis.string($0.span) }.joined(separator: " ")
    }
}

/// A topic's analysed documents as JSON Lines, for studying the summariser
/// outside Swift (`timeline eval tls DIR --dump OUT`): per document its
/// publication day, sentences, time expressions and event mentions.
enum TLSDump {
    struct Timex: Codable { var text: String; var type: String; var value: String; var granularity: String
        var earliest: String?; var latest: String?; var sentence: Int }
    struct Mention: Codable { var type: String; var summary: String; var date: String?; var granularity: String?
        var earliest: String?; var latest: String?; var basis: String; var actors: [String]; var sentence: Int
        var reported: Bool; var negated: Bool; var trigger: String }
    struct Sentence: Codable { var text: String; var furniture: String?; var paragraph: Int; var actors: [String] }
    struct Doc: Codable { var id: String; var path: String; var title: String; var published: String?
        var sentences: [Sentence]; var timexes: [Timex]; var events: [Mention] }

    static func write(_ result: PipelineResult, to path: String) throws(TimelineError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = ""
        for a in result.documents {
            let sentences = a.analysis.sentences
            func sentenceIndex(_ span: TextSpan) -> Int {
                var lo = 0, hi = sentences.count - 1, found = -1
                while lo <= hi {
                    let mid = (lo + hi) / 2
                    if sentences[mid].span.start <= span.start { found = mid; lo = mid + 1 } else { hi = mid - 1 }
                }
                return found
            }
            var actors = [[String]](repeating: [], count: sentences.count)
            for m in a.actorMentions {
                let s = sentenceIndex(m.span)
                if s >= 0 && !actors[s].contains(m.actorID) { actors[s].append(m.actorID) }
            }
            let doc = Doc(
                id: a.document.id, path: a.document.path, title: a.document.title,
                published: a.document.published.flatMap { $0.value.granularity == .day ? $0.value.earliest?.description : nil },
                sentences: sentences.enumerated().map { i, s in
                    Sentence(text: a.analysis.string(s.span), furniture: s.furniture?.rawValue, paragraph: s.paragraph,
                             actors: actors[i])
                },
                timexes: a.timexes.map {
                    Timex(text: $0.text, type: $0.type.rawValue, value: $0.value.value, granularity: $0.value.granularity.rawValue,
                          earliest: $0.value.earliest?.description, latest: $0.value.latest?.description,
                          sentence: sentenceIndex($0.span))
                },
                events: a.events.map {
                    Mention(type: $0.type, summary: $0.summary, date: $0.date?.value, granularity: $0.date?.granularity.rawValue,
                            earliest: $0.date?.earliest?.description, latest: $0.date?.latest?.description,
                            basis: $0.dateBasis.rawValue, actors: $0.actors, sentence: sentenceIndex($0.sentence),
                            reported: $0.isReported, negated: $0.isNegated, trigger: $0.triggerText)
                })
            guard let data = try? encoder.encode(doc) else { continue }
            out += String(decoding: data, as: UTF8.self) + "\n"
        }
        try OutputFile.write(out, to: path)
    }
}
