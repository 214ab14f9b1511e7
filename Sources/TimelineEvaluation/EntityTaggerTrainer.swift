import TimelineKit
/// Trains an ``EntityModel`` (averaged perceptron) on a CoNLL corpus.
///
/// Each epoch visits the documents in a fixed pseudo-random order and tags
/// every sentence greedily with the current weights, the previous decisions
/// being the model's own (as at tagging time); on a wrong tag the gold tag's
/// weights go up and the predicted tag's down for every feature of the
/// token. The final weights are the average over all steps (Collins 2002),
/// computed lazily: w_avg = w - u / c with u accumulating c x delta.
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
    /// (`0..<labelCount`); `constrained`: decode under the BILOU constraints
    /// (the name tagger), else freely (the event tagger); `wordClasses`: see ``EntityFeatures``.
    static func train(_ documents: [(tokens: EntityTokens, gold: [Int])], labelCount: Int, constrained: Bool,
                      wordClasses: [UInt64: UInt64]?, options: Options,
                      progress: (Int, Int, Int) -> Void) -> EntityModel {
        let t = labelCount
        struct Item {
            var features: EntityFeatures
            var sentences: [Range<Int>]
            var gold: [Int]
        }
        let items = documents.map { Item(features: EntityFeatures($0.tokens, wordClasses: wordClasses), sentences: $0.tokens.sentences, gold: $0.gold) }

        var rows = [UInt64: Int32]()
        var w = [Float](), u = [Double]()
        var c: Double = 1
        var scores = [Float](repeating: 0, count: t)
        var feats = [UInt64]()
        var rng = options.seed
        func next() -> UInt64 {
            rng = rng &+ 0x9E3779B97F4A7C15
            return mix(rng, 0)
        }
        var order = Array(items.indices)
        for epoch in 1...max(1, options.epochs) {
            // Fisher-Yates with a fixed seed: reproducible models.
            for k in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(k, Int(next() % UInt64(k + 1)))
            }
            var errors = 0, seen = 0
            for d in order {
                let item = items[d]
                for sentence in item.sentences {
                    var previous = -1, beforePrevious = -1
                    for i in sentence {
                        feats.removeAll(keepingCapacity: true)
                        feats.append(contentsOf: item.features.features[item.features.range(i)])
                        item.features.dynamic(i, previous: previous, beforePrevious: beforePrevious, into: &feats)
                        for k in 0..<t { scores[k] = 0 }
                        for h in feats {
                            guard let r = rows[h] else { continue }
                            let base = Int(r) * t
                            for k in 0..<t { scores[k] += w[base + k] }
                        }
                        let guess = EntityModel.best(scores, after: previous, constrained: constrained)
                        let truth = item.gold[i]
                        if guess != truth {
                            errors += 1
                            for h in feats {
                                let base: Int
                                if let r = rows[h] {
                                    base = Int(r) * t
                                } else {
                                    base = w.count
                                    rows[h] = Int32(base / t)
                                    w.append(contentsOf: repeatElement(0, count: t))
                                    u.append(contentsOf: repeatElement(0, count: t))
                                }
                                w[base + truth] += 1
                                u[base + truth] += c
                                w[base + guess] -= 1
                                u[base + guess] -= c
                            }
                        }
                        c += 1
                        seen += 1
                        beforePrevious = previous
                        previous = guess
                    }
                }
            }
            progress(epoch, errors, seen)
        }
        var averaged = [Float](repeating: 0, count: w.count)
        for k in w.indices { averaged[k] = w[k] - Float(u[k] / c) }
        return EntityModel(rows: rows, values: averaged, minimumWeight: options.minimumWeight, labelCount: labelCount)
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
