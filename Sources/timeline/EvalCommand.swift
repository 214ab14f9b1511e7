import ArgumentParser
import TimelineKit
import TimelineEvaluation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tool on an annotated corpus and print the figures.",
        subcommands: [EvalTimexCommand.self, EvalRecognizersCommand.self, EvalEntitiesCommand.self, EvalMeantimeCommand.self,
                      EvalTLSCommand.self, EvalExtractionCommand.self, EvalDatesCommand.self, EvalParseCommand.self])
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
        abstract: "Entity and event mention P/R/F1, cross-document coreference (B-cubed), time expressions and event factuality on a NewsReader MEANTIME folder.",
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
            for line in result.factuality.errors.prefix(misses) { print("factuality " + line) }
            for line in result.factuality.attributeErrors.prefix(misses) { print("factuality " + line) }
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

struct EvalParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "UPOS accuracy, UAS and LAS of the tagger and parser on a CoNLL-U treebank, and their speed.",
        discussion: """
            By default the shipped models are scored. --train FILE (repeatable) trains models on those treebanks \
            (and --news) and scores them on FILE instead; --folds N cross-validates on FILE: N times, train on the \
            other folds and the --train files, score on the fold. Scores are over the treebank's own words, \
            punctuation included; LAS compares universal relations (CoNLL 2018). --speed DIR times tagging and \
            parsing the .txt articles under DIR on the pipeline's tokens.
            """)

    @Argument(help: "A CoNLL-U file.")
    var file: String

    @Option(help: ArgumentHelp("Train on this treebank too (repeatable).", valueName: "file"))
    var train: [String] = []

    @Option(help: ArgumentHelp("Cross-validate on FILE in N folds.", valueName: "n"))
    var folds: Int = 0

    @Option(help: ArgumentHelp("A CoNLL-2003 file whose Penn tags also train the tagger.", valueName: "file"))
    var news: String?

    @Option(help: ArgumentHelp("Time tagging and parsing the .txt articles under this folder.", valueName: "dir"))
    var speed: String?

    @Option(help: "Parser training epochs.")
    var epochs: Int = DependencyParserTrainer.Options().epochs

    @Option(help: ArgumentHelp("Share of training steps that follow the model's own move (dynamic oracle exploration).",
                               valueName: "p"))
    var exploration: Double = 0.9

    @Option(help: ArgumentHelp("Drop the models' weights smaller than this before scoring.", valueName: "w"))
    var prune: Float = 0

    @Option(help: ArgumentHelp("Print the shipped parser's parse of every sentence of this text file instead (CoNLL-U columns).",
                               valueName: "text-file"))
    var show: String?

    @Flag(help: "Train and score the parser on the treebanks' own tags (no tagger; with --train or --folds).")
    var goldTags = false

    @Flag(help: "Score only the tagger (UPOS; with --train or --folds, trained as for the parser).")
    var taggerOnly = false

    func run() throws {
        try Runner.reporting {
            if let show {
                guard let text = try? String(contentsOfFile: show, encoding: .utf8) else {
                    throw TimelineError.unreadable(path: show, reason: "missing, unreadable or not UTF-8")
                }
                let analysis = TextAnalyzer().analyze(text)
                for parse in SyntaxParser.shared.parse(analysis) { print(parse.conllu(analysis) + "\n") }
                return
            }
            let test = try CoNLLUCorpus(path: file).sentences
            let extra = try train.flatMap { path throws(TimelineError) in try CoNLLUCorpus(path: path).sentences }
            let news = try self.news.map { path throws(TimelineError) in try CoNLLCorpus(path: path) }
            var training = ParseEvaluator.Training()
            training.parser.epochs = epochs
            training.parser.exploration = exploration
            training.goldTags = goldTags
            let log: (String) -> Void = { print($0) }
            let loading = ParseEvaluator.cpuSeconds()
            var parser = SyntaxParser.shared
            if extra.isEmpty && folds <= 1 {
                print(String(format: "shipped models loaded in %.0f ms", (ParseEvaluator.cpuSeconds() - loading) * 1000))
            }
            if taggerOnly && (folds > 1 || !extra.isEmpty) {
                let score = ParseEvaluator.scoreTagger(test, folds: folds, extra: extra, news: news,
                                                       options: training.tagger, log: log)
                print(String(format: "UPOS %.4f (%d of %d words)", score.upos, score.tags, score.words))
                return
            }
            if folds > 1 {
                let score = ParseEvaluator.crossValidate(test, folds: folds, extra: extra, news: news, training: training, log: log)
                print("\(folds)-fold cross-validation on \(file)" + (train.isEmpty ? "" : " (+ \(train.joined(separator: ", ")) in training)"))
                print(score.description)
                return
            }
            if !extra.isEmpty {
                parser = ParseEvaluator.train(extra, news: news, training: training, log: log)
                print("trained on \(train.joined(separator: ", ")), scored on \(file)")
            } else if !parser.isTrained {
                throw TimelineError.unreadable(path: SyntaxParser.parserResource, reason: "the shipped parser models are missing")
            }
            if prune > 0, let t = parser.tagger, let p = parser.parser {
                parser = SyntaxParser(tagger: t.pruned(below: prune),
                                      parser: ParserModel(transitions: p.transitions.pruned(below: prune), labels: p.labels.pruned(below: prune)))
                print("pruned below \(prune): \(parser.tagger!.featureCount) tagger, \(parser.parser!.transitions.featureCount) transition, \(parser.parser!.labels.featureCount) label features;",
                      "\(parser.tagger!.serialized().count + parser.parser!.serialized().count) bytes")
            }
            print(ParseEvaluator.score(parser, on: test, tags: goldTags ? test.map(\.tags) : nil).description)
            if let speed {
                let (tokens, bytes, seconds) = try ParseEvaluator.speed(parser, directory: speed)
                print(String(format: "speed on %@: %d tokens, %.1f MB in %.2f s: %.0f tokens/s, %.2f MB/s", speed, tokens,
                             Double(bytes) / 1e6, seconds, Double(tokens) / seconds, Double(bytes) / 1e6 / seconds))
            }
        }
    }
}
