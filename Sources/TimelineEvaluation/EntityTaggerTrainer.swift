import TimelineKit
/// Trains an ``EntityModel`` (averaged perceptron, ``AveragedPerceptron``) on a CoNLL corpus.
///
/// Each epoch visits the documents in a fixed pseudo-random order and tags
/// every sentence greedily with the current weights, the previous decisions
/// being the model's own (as at tagging time); on a wrong tag the gold tag's
/// weights go up and the predicted tag's down for every feature of the
/// token. The final weights are the average over all steps.
public enum EntityTaggerTrainer {
    /// Training settings.
    public struct Options: Sendable {
        public var epochs = 10
        /// Averaged weights smaller than this are dropped from the model.
        public var minimumWeight: Float = 0.05
        public var seed: UInt64 = 2003
        public init() {}
    }

    /// Trains on every document of `corpus`; `progress` gets (epoch, errors, tokens).
    public static func train(_ corpus: CoNLLCorpus, options: Options = Options(),
                             progress: (Int, Int, Int) -> Void = { _, _, _ in }) -> EntityModel {
        var documents = [(tokens: EntityTokens, gold: [Int])]()
        for doc in corpus.documents {
            let tokens = doc.tokens
            var gold = [Int](repeating: EntityTag.outside, count: tokens.count)
            let all = EntityTag.tags(doc.names, length: tokens.count)
            for k in all.indices { gold[k] = all[k] }
            documents.append((tokens, gold))
        }
        return train(documents, labelCount: EntityTag.count, constrained: true, wordClasses: nil, options: options,
                     progress: progress)
    }

    /// Trains a token tagger on documents with a gold label per token
    /// (`0..<labelCount`; a negative label: unknown, the token is tagged but
    /// teaches nothing); `constrained`: decode under the BILOU constraints
    /// (the name tagger), else freely (the event and part-of-speech taggers);
    /// `wordClasses`: see ``EntityFeatures``.
    static func train(_ documents: [(tokens: EntityTokens, gold: [Int])], labelCount: Int, constrained: Bool,
                      wordClasses: [UInt64: UInt64]?, options: Options,
                      progress: (Int, Int, Int) -> Void) -> EntityModel {
        struct Item {
            var features: EntityFeatures
            var sentences: [Range<Int>]
            var gold: [Int]
        }
        let items = documents.map { Item(features: EntityFeatures($0.tokens, wordClasses: wordClasses), sentences: $0.tokens.sentences, gold: $0.gold) }

        var perceptron = AveragedPerceptron(labelCount: labelCount)
        var scores = [Float](repeating: 0, count: labelCount)
        var feats = [UInt64]()
        var random = TrainingRandom(seed: options.seed)
        var order = Array(items.indices)
        for epoch in 1...max(1, options.epochs) {
            random.shuffle(&order)
            var errors = 0, seen = 0
            for d in order {
                let item = items[d]
                for sentence in item.sentences {
                    var previous = -1, beforePrevious = -1
                    for i in sentence {
                        feats.removeAll(keepingCapacity: true)
                        feats.append(contentsOf: item.features.features[item.features.range(i)])
                        item.features.dynamic(i, previous: previous, beforePrevious: beforePrevious, into: &feats)
                        perceptron.score(feats, into: &scores)
                        let guess = EntityModel.best(scores, after: previous, constrained: constrained)
                        let truth = item.gold[i]
                        if truth >= 0 {
                            if guess != truth {
                                errors += 1
                                perceptron.update(feats, truth: truth, guess: guess)
                            }
                            seen += 1
                        }
                        perceptron.tick()
                        beforePrevious = previous
                        previous = guess
                    }
                }
            }
            progress(epoch, errors, seen)
        }
        return perceptron.model(minimumWeight: options.minimumWeight)
    }

    /// Exact-span precision, recall and F1 of `model` on `corpus`, per CoNLL
    /// type and over all four ("ALL"), on the corpus's own tokens.
    public static func score(_ model: EntityModel, on corpus: CoNLLCorpus) -> [String: EntityScore] {
        var scores = [String: EntityScore]()
        for doc in corpus.documents {
            let predicted = Set(model.spans(in: doc.tokens))
            let gold = Set(doc.names)
            for type in EntityType.allCases {
                let g = gold.filter { $0.type == type }, p = predicted.filter { $0.type == type }
                let tp = g.intersection(p).count
                for key in [type.description, "ALL"] {
                    scores[key, default: EntityScore()].truePositives += tp
                    scores[key, default: EntityScore()].falsePositives += p.count - tp
                    scores[key, default: EntityScore()].falseNegatives += g.count - tp
                }
            }
        }
        return scores
    }
}
