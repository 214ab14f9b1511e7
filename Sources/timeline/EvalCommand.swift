import ArgumentParser
import TimelineKit
import TimelineEvaluation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tool on an annotated corpus and print the figures.",
        subcommands: [EvalTimexCommand.self, EvalRecognizersCommand.self, EvalEntitiesCommand.self, EvalMeantimeCommand.self,
                      EvalTLSCommand.self, EvalExtractionCommand.self, EvalDatesCommand.self])
}

struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "TempEval-3 scores of the time tagger on a folder of TimeML files (gold TIMEX3 and DCT).")

    @Argument(help: "A folder of .tml files, read recursively (e.g. TempEval-3's TimeBank + AQUAINT).")
    var folder: String

    @Option(help: ArgumentHelp("Also list up to N misses (missed, spurious, wrong value) with gold values.", valueName: "n"))
    var misses: Int = 0

    func run() throws {
        try Runner.reporting {
            let result = try TimexEvaluator.evaluate(directory: folder)
            print(result.description)
            for miss in result.misses.prefix(misses) { print(miss.description) }
        }
    }
}

struct EvalRecognizersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognizers",
        abstract: "Share of Microsoft Recognizers-Text English date-time phrases found and resolved the same, per family.")

    @Argument(help: "The folder of Recognizers-Text English DateTime spec files (*.json).")
    var folder: String

    @Option(help: ArgumentHelp("Also list up to N missed phrases and wrong values (expected and ours, with our explanation).",
                               valueName: "n"))
    var misses: Int = 0

    @Option(help: ArgumentHelp("Only the spec file of that name, without .json (e.g. DatePeriodParser).", valueName: "name"))
    var family: String?

    func run() throws {
        try Runner.reporting {
            let result = try RecognizersEvaluator.evaluate(directory: folder, family: family)
            print(result.description)
            for miss in result.misses.prefix(misses) { print(miss.description) }
        }
    }
}

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Precision, recall and F1 of actor recognition on a CoNLL-2003 file (PER, ORG, LOC; exact spans).")

    @Argument(help: "A CoNLL-2003 file (token POS chunk NER per line, -DOCSTART- between documents).")
    var file: String

    func run() throws {
        try Runner.reporting {
            let scores = try NamedEntityEvaluation.conll(path: file)
            for key in scores.keys.sorted() { print(key.padding(toLength: 5, withPad: " ", startingAt: 0), scores[key]!.description) }
        }
    }
}

struct EvalMeantimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meantime",
        abstract: "Entity and event mention P/R/F1, cross-document coreference (B-cubed) and time expressions on a NewsReader MEANTIME folder.",
        discussion: """
            Mentions match by overlapping tokens (MEANTIME gives no heads for most mentions); \
            coreference is B-cubed over the matched mentions, gold clusters from REFERS_TO and instance ids.
            """)

    @Argument(help: "A folder of MEANTIME .xml files (read recursively), all run through the pipeline together.")
    var folder: String

    @Option(help: ArgumentHelp("Also list up to N participant errors, N event-mention errors and N entity coreference errors.",
                               valueName: "n"))
    var misses: Int = 0

    func run() throws {
        try Runner.reporting {
            let gold = try MeantimeEvaluator.read(directory: folder)
            let result = MeantimeEvaluator.evaluate(gold)
            print(result.description)
            let times = MeantimeEvaluator.timexes(gold)
            print("time expressions, TempEval-3 measures on the annotated sentences:")
            print(times.description)
            for line in result.participantErrors.prefix(misses) { print(line) }
            for line in result.eventErrors.prefix(misses) { print(line) }
            for line in result.entityCorefErrors.prefix(misses) { print(line) }
            for miss in times.misses.prefix(misses) { print(miss) }
        }
    }
}

struct EvalTLSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tls",
        abstract: "Timeline summarisation against journalists' timelines: date F1, concat and alignment ROUGE-1/2 F1.",
        discussion: """
            DIR holds one folder per topic in the Timeline17 layout: <topic>/InputDocs/<YYYY-MM-DD>/*.txt \
            (the folder date is the publication date) and <topic>/timelines/*.txt. For each reference timeline \
            the summary is asked for K = its number of dates and N = its mean sentences per date, restricted \
            to its first..last date (as news-tls does); ROUGE is ROUGE-1.5.5's (stemmed, stop words removed), \
            alignment ROUGE is Martschat and Markert's align+ m:1.
            """)

    @Argument(help: "A folder of topics in the Timeline17 layout.")
    var folder: String

    @Option(help: ArgumentHelp("Also write each topic's analysed documents (JSON Lines) and timeline into this folder.",
                               valueName: "dir"))
    var dump: String?

    @Option(help: ArgumentHelp("Also write each predicted timeline (summarize's JSON) into this folder.", valueName: "dir"))
    var predictions: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Sweep a summariser parameter (StoryParameters), e.g. --set redundancy=0.3,0.35,0.4; repeatable: every combination is scored, one line each, on one run of the pipeline.",
        valueName: "name=values"))
    var sets: [String] = []

    func run() throws {
        try Runner.reporting {
            var grid = [StoryParameters.standard]
            var labels = [""]
            for assignment in sets {
                let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                let values = parts.count == 2 ? parts[1].split(separator: ",").compactMap { Double($0) } : []
                var probe = StoryParameters.standard
                guard parts.count == 2, !values.isEmpty, probe.set(parts[0], values[0]) else {
                    throw TimelineError.unreadable(path: assignment, reason: "--set takes NAME=V1,V2,... with a StoryParameters name")
                }
                var next = [StoryParameters](), nextLabels = [String]()
                for (g, label) in zip(grid, labels) {
                    for v in values {
                        var p = g
                        _ = p.set(parts[0], v)
                        next.append(p)
                        nextLabels.append(label + " \(parts[0])=\(v)")
                    }
                }
                (grid, labels) = (next, nextLabels)
            }
            let results = try TLSEvaluator.evaluate(directory: folder, parameterSets: grid, dump: dump, predictions: predictions)
            if results.count == 1 {
                print(results[0].description)
            } else {
                for (r, label) in zip(results, labels) {
                    let m = r.mean
                    print(String(format: "date %.3f  concat %.3f %.3f  align %.3f %.3f ", m.date, m.concat1, m.concat2, m.align1, m.align2) + label)
                }
            }
        }
    }
}

struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Main-text extraction from web pages: share of \"with\" snippets kept and \"without\" snippets dropped.",
        discussion: "The folder holds gzipped pages and expected.json (URL -> file, with, without), as trafilatura's evaluation set.")

    @Argument(help: "A folder of pages (.html.gz) with expected.json.")
    var folder: String

    @Option(help: ArgumentHelp("List at most N failing pages with their lost and leaked snippets (all by default).", valueName: "n"))
    var misses: Int = Int.max

    func run() throws {
        try Runner.reporting {
            let result = try ExtractionEvaluator.evaluate(directory: folder)
            print(result.description)
            for page in result.failures.prefix(misses) { print(page.description) }
        }
    }
}

struct EvalDatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Exact-day accuracy of the publication dates found in web pages.",
        discussion: "The folder holds gzipped pages and expected.json (URL -> file, date), as htmldate's evaluation sets.")

    @Argument(help: "A folder of pages (.html.gz) with expected.json.")
    var folder: String

    @Option(help: ArgumentHelp("List at most N wrong or missing dates (all by default).", valueName: "n"))
    var misses: Int = Int.max

    @Flag(name: .customLong("no-url"), help: "Read each page without its URL (only what the page itself says).")
    var noURL = false

    func run() throws {
        try Runner.reporting {
            let result = try PageDateEvaluator.evaluate(directory: folder, withURL: !noURL)
            print(result.description)
            for miss in result.misses.prefix(misses) { print(miss.description) }
        }
    }
}
