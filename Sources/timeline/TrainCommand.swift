import ArgumentParser
import Foundation
import TimelineKit
import TimelineEvaluation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the models the library ships.",
        subcommands: [TrainEntitiesCommand.self, TrainEventsCommand.self, TrainClustersCommand.self, TrainPOSCommand.self, TrainParserCommand.self])
}

struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Train the name tagger (averaged perceptron, BILOU PER/ORG/LOC/MISC) on a CoNLL-2003 file.",
        discussion: """
            The shipped model is rebuilt with \
            timeline train entities conll2003/train.txt --out Sources/TimelineKit/Resources/actors/entity-model.bin \
            (CoNLL-2003 eng.train; research-use data, read at training time only, never vendored).
            """)

    @Argument(help: "The CoNLL-2003 training file.")
    var file: String

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: ArgumentHelp("Also score the model on this CoNLL file (its own tokens, all four types).", valueName: "file"))
    var dev: String?

    func run() throws {
        try Runner.reporting {
            let corpus = try CoNLLCorpus(path: file)
            let options = modelOptions.trainerOptions
            let model = EntityTaggerTrainer.train(corpus, options: options) { epoch, errors, tokens in
                print("epoch \(epoch): \(errors) errors in \(tokens) tokens")
            }
            let bytes = model.serialized()
            try OutputFile.write(bytes: bytes, to: modelOptions.out)
            print("\(model.featureCount) features, \(bytes.count) bytes -> \(modelOptions.out)")
            if let dev {
                let scores = EntityTaggerTrainer.score(model, on: try CoNLLCorpus(path: dev))
                for key in scores.keys.sorted() {
                    print(key.padding(toLength: 5, withPad: " ", startingAt: 0), scores[key]!.description)
                }
            }
        }
    }
}

struct TrainEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Train the event-mention tagger (averaged perceptron, EVENT / not per token) on TimeML EVENT annotations.",
        discussion: """
            The shipped model is rebuilt with \
            timeline train events timebank-tbaq --out Sources/TimelineKit/Resources/events/event-model.bin \
            (every .tml file under the folder; TimeBank and AQUAINT are research-use data, read at training \
            time only, never vendored). --holdout N keeps every Nth file out of training and scores on them.
            """)

    @Argument(help: "A folder of TimeML files (searched recursively).")
    var directory: String

    @OptionGroup var modelOptions: ModelOptions

    @Option(help: ArgumentHelp("Hold every Nth file out of training and score the model on them (0: none).", valueName: "n"))
    var holdout: Int = 0

    func run() throws {
        try Runner.reporting {
            let files = try EventTaggerTrainer.read(directory: directory)
            var train = [TimeMLFile](), held = [TimeMLFile]()
            for (k, f) in files.enumerated() {
                if holdout > 0 && k % holdout == holdout - 1 { held.append(f) } else { train.append(f) }
            }
            let options = modelOptions.trainerOptions
            let start = Date()
            let model = EventTaggerTrainer.train(train, options: options) { epoch, errors, tokens in
                print("epoch \(epoch): \(errors) errors in \(tokens) tokens")
            }
            let bytes = model.serialized()
            try OutputFile.write(bytes: bytes, to: modelOptions.out)
            print("\(train.count) files, \(model.featureCount) features, \(bytes.count) bytes -> \(modelOptions.out)",
                  String(format: "(%.1f s)", Date().timeIntervalSince(start)))
            if !held.isEmpty {
                print("held out (\(held.count) files): EVENT tokens", EventTaggerTrainer.score(model, on: held).description)
            }
        }
    }
}

struct TrainClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Word classes (exchange algorithm) from unlabelled text, for the tagger and the parser.",
        discussion: """
            The shipped table is rebuilt with \
            timeline train clusters timeline17-dev --conll conll2003/train.txt \
            --treebank ud-english-ewt/en_ewt-ud-dev.conllu --treebank ud-english-pud/en_pud-ud-test.conllu \
            --out Sources/TimelineKit/Resources/syntax/word-clusters.tsv; then rebuild, and retrain the tagger and the parser.
            """)

    @Argument(help: "Folders of plain-text articles (every .txt file below them).")
    var folders: [String] = []

    @Option(help: ArgumentHelp("A CoNLL-2003 file whose words are read too (repeatable).", valueName: "file"))
    var conll: [String] = []

    @Option(help: ArgumentHelp("A CoNLL-U file whose words are read too (repeatable).", valueName: "file"))
    var treebank: [String] = []

    @Option(help: ArgumentHelp("Where to write the table.", valueName: "path"))
    var out: String

    @Option(help: "Number of classes.")
    var classes: Int = 256

    func run() throws {
        try Runner.reporting {
            var sentences = [[String]]()
            for folder in folders {
                for path in try CorpusFiles.list(under: folder, suffix: ".txt") {
                    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                    sentences += WordClusterer.sentences(ofText: text)
                }
            }
            for path in conll {
                for doc in try CoNLLCorpus(path: path).documents {
                    sentences += doc.sentences.map { $0.joined(separator: " ") }.flatMap(WordClusterer.sentences(ofText:))
                }
            }
            for path in treebank {
                sentences += try CoNLLUCorpus(path: path).sentences.map { $0.words.map { $0.lowercased() } }
            }
            print("\(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.count }) words")
            var options = WordClusterer.Options()
            options.classes = classes
            let clusters = WordClusterer.cluster(sentences, options: options) { print($0) }
            var table = "# Word classes of lower-cased UD words (exchange algorithm, \(classes) classes): rebuilt by\n"
                + "# timeline train clusters (see the README). word\tclass\n"
            for w in clusters.keys.sorted() where !w.contains("\t") && !w.hasPrefix("#") { table += "\(w)\t\(clusters[w]!)\n" }
            try OutputFile.write(table, to: out)
            print("\(clusters.count) words -> \(out)")
        }
    }
}

struct TrainPOSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pos",
        abstract: "Train the part-of-speech tagger (averaged perceptron, UD's 17 tags) on UD treebanks and Penn-tagged news.",
        discussion: """
            The shipped model is rebuilt with \
            timeline train pos ud-english-ewt/en_ewt-ud-dev.conllu ud-english-pud/en_pud-ud-test.conllu \
            --news conll2003/train.txt --out Sources/TimelineKit/Resources/syntax/pos-model.bin \
            (read at training time only, never vendored).
            """)

    @OptionGroup var data: SyntaxData

    @OptionGroup var modelOptions: ModelOptions

    func run() throws {
        try Runner.reporting {
            let (sentences, news) = try data.read()
            let start = Date()
            let model = POSTaggerTrainer.train(sentences: sentences, news: news, options: modelOptions.trainerOptions) {
                print("epoch \($0): \($1) errors in \($2) tokens")
            }
            let bytes = model.serialized()
            try OutputFile.write(bytes: bytes, to: modelOptions.out)
            print("\(sentences.count) treebank sentences, \(model.featureCount) features, \(bytes.count) bytes -> \(modelOptions.out)",
                  String(format: "(%.1f s)", Date().timeIntervalSince(start)))
        }
    }
}

struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser (greedy arc-hybrid, averaged perceptron, dynamic oracle) on UD treebanks.",
        discussion: """
            The parser learns on the tags a tagger gives (jackknifed: each tenth of the sentences tagged by a tagger \
            trained on the rest and on --news). The shipped model is rebuilt with \
            timeline train parser ud-english-ewt/en_ewt-ud-dev.conllu ud-english-pud/en_pud-ud-test.conllu \
            --news conll2003/train.txt --out Sources/TimelineKit/Resources/syntax/parser-model.bin
            """)

    @OptionGroup var data: SyntaxData

    @Option(help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var out: String

    @Option(help: "Passes over the training data.")
    var epochs: Int = DependencyParserTrainer.Options().epochs

    func run() throws {
        try Runner.reporting {
            let (sentences, news) = try data.read()
            let start = Date()
            var options = DependencyParserTrainer.Options()
            options.epochs = epochs
            let tags = ParseEvaluator.jackknifedTags(sentences, folds: 10, news: news, options: ParseEvaluator.Training().tagger) {
                print($0)
            }
            let model = DependencyParserTrainer.train(Array(zip(sentences, tags)), options: options) {
                print("epoch \($0): \($1) errors in \($2) transitions")
            }
            let bytes = model.serialized()
            try OutputFile.write(bytes: bytes, to: out)
            print("\(sentences.count) sentences, \(model.transitions.featureCount) transition features,",
                  "\(model.labels.featureCount) label features, \(bytes.count) bytes -> \(out)",
                  String(format: "(%.1f s)", Date().timeIntervalSince(start)))
        }
    }
}

/// What the tagger and the parser learn from: treebanks, and Penn-tagged news for the tagger.
struct SyntaxData: ParsableArguments {
    @Argument(help: "CoNLL-U treebank files.")
    var treebanks: [String]

    @Option(help: ArgumentHelp("A CoNLL-2003 file whose Penn Treebank tags (second column) also train the tagger.",
                               valueName: "file"))
    var news: String?

    func read() throws -> (sentences: [CoNLLUCorpus.Sentence], news: CoNLLCorpus?) {
        var sentences = [CoNLLUCorpus.Sentence]()
        for path in treebanks { sentences += try CoNLLUCorpus(path: path).sentences }
        return (sentences, try news.map { try CoNLLCorpus(path: $0) })
    }
}

/// What every model trainer takes: where to write, how long to train, what to prune.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var out: String

    @Option(help: "Passes over the training data.")
    var epochs: Int = 10

    @Option(help: ArgumentHelp("Drop averaged weights smaller than this.", valueName: "w"))
    var minimumWeight: Float = 0.05

    var trainerOptions: EntityTaggerTrainer.Options {
        var options = EntityTaggerTrainer.Options()
        options.epochs = epochs
        options.minimumWeight = minimumWeight
        return options
    }
}
