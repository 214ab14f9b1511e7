import ArgumentParser
import Foundation
import TimelineKit
import TimelineEvaluation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the models the library ships.",
        subcommands: [TrainEntitiesCommand.self, TrainEventsCommand.self])
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
