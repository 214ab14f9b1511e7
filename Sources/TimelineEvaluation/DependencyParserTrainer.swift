import TimelineKit

/// Trains the dependency parser (``SyntaxParser``, ``ParserState``) on UD
/// treebank sentences with a dynamic oracle (Goldberg and Nivre 2012; the
/// arc-hybrid costs of Goldberg and Nivre 2013).
///
/// At each step the model's best valid move is compared with the moves that
/// lose the fewest gold arcs still reachable; if it loses more, the best of
/// those is rewarded and it is penalised. From the second epoch on, the
/// parse follows the model's own move nine times in ten, so that it learns
/// to recover from its mistakes; otherwise the best correct one. Each arc
/// made is labelled by the label model, which is trained on the arcs the
/// gold tree has. The tags are the tagger's (jackknifed: see
/// ``ParseEvaluator/jackknifedTags(_:folds:news:options:)``), as at parse time.
///
/// Non-projective trees, which the transitions cannot build, are made
/// projective by lifting their crossing arcs to the head's head; a tree that
/// would need a second root to be lifted is skipped.
public enum DependencyParserTrainer {
    public struct Options: Sendable {
        public var epochs = 25
        /// Averaged weights smaller than this are dropped: a smaller model, faster
        /// to parse with (its table stays in cache), as accurate.
        public var minimumWeight: Float = 1
        public var seed: UInt64 = 2012
        /// The share of steps, from the second epoch, that follow the model's move.
        public var exploration = 0.9
        public init() {}
    }

    /// One training sentence.
    struct Item {
        var words: SyntaxWords
        var tags: [UInt8]
        /// Gold heads (the root: the word count) and relations.
        var heads: [Int]
        var labels: [UInt8]
        /// Gold dependents of every word.
        var dependents: [[Int]]
    }

    /// Trains on `sentences`, each with the tags the tagger gives it;
    /// `progress` gets (epoch, transition errors, transitions).
    package static func train(_ sentences: [(sentence: CoNLLUCorpus.Sentence, tags: [PartOfSpeech])],
                             options: Options = .init(),
                             progress: (Int, Int, Int) -> Void = { _, _, _ in }) -> ParserModel {
        var items = [Item]()
        for (s, tags) in sentences {
            guard let heads = projective(s.heads) else { continue }
            let n = s.words.count
            var dependents = [[Int]](repeating: [], count: n + 1)
            for d in 0..<n { dependents[heads[d] < 0 ? n : heads[d]].append(d) }
            items.append(Item(words: SyntaxWords(words: s.words), tags: tags.map(\.rawValue),
                              heads: heads.map { $0 < 0 ? n : $0 }, labels: s.relations.map(\.rawValue),
                              dependents: dependents))
        }
        var transitions = AveragedPerceptron(labelCount: ParserState.Move.allCases.count)
        var labeller = AveragedPerceptron(labelCount: DependencyRelation.count)
        var random = TrainingRandom(seed: options.seed)
        var order = Array(items.indices)
        var state = ParserState()
        var features = [UInt64]()
        var scores = [Float](repeating: 0, count: 3), labelScores = [Float](repeating: 0, count: DependencyRelation.count)
        var inStack = [Bool]()
        for epoch in 1...max(1, options.epochs) {
            random.shuffle(&order)
            var errors = 0, steps = 0
            for i in order {
                let item = items[i]
                let n = item.words.count
                state.reset(count: n)
                inStack = [Bool](repeating: false, count: n + 1)
                inStack[n] = true
                while !state.isTerminal {
                    features.removeAll(keepingCapacity: true)
                    ParserFeatures.transition(state, words: item.words.lower, tags: item.tags, clusters: item.words.clusters,
                                              into: &features)
                    transitions.score(features, into: &scores)
                    let guess = SyntaxParser.best(scores, state)
                    var costs = [Int](repeating: Int.max, count: 3)
                    for m in ParserState.Move.allCases where state.isValid(m) {
                        costs[m.rawValue] = cost(m, state, item, inStack)
                    }
                    let least = costs.min()!
                    var truth = guess, top = -Float.infinity
                    for m in ParserState.Move.allCases where costs[m.rawValue] == least && scores[m.rawValue] > top {
                        truth = m
                        top = scores[m.rawValue]
                    }
                    if costs[guess.rawValue] > least {
                        errors += 1
                        transitions.update(features, truth: truth.rawValue, guess: guess.rawValue)
                    }
                    transitions.tick()
                    steps += 1
                    let move = epoch > 1 && random.unit() < options.exploration ? guess : truth
                    var label = DependencyRelation.root.rawValue
                    if let (h, d) = state.arc(move), h < n {
                        features.removeAll(keepingCapacity: true)
                        ParserFeatures.label(state, head: h, dependent: d, words: item.words.lower, tags: item.tags,
                                             clusters: item.words.clusters, into: &features)
                        labeller.score(features, into: &labelScores)
                        label = UInt8(SyntaxParser.bestLabel(labelScores))
                        if item.heads[d] == h && item.labels[d] != DependencyRelation.root.rawValue {
                            if label != item.labels[d] {
                                labeller.update(features, truth: Int(item.labels[d]), guess: Int(label))
                            }
                            label = item.labels[d]
                        }
                        labeller.tick()
                    }
                    switch move {
                    case .shift: inStack[state.next] = true
                    case .left, .right: inStack[state.stack(0)] = false
                    }
                    state.apply(move, label: label)
                }
            }
            progress(epoch, errors, steps)
        }
        return ParserModel(transitions: transitions.model(minimumWeight: options.minimumWeight,
                                                          featureVersion: ParserFeatures.version),
                           labels: labeller.model(minimumWeight: options.minimumWeight, featureVersion: ParserFeatures.version))
    }

    /// Gold arcs still reachable that `move` makes unreachable (Goldberg and Nivre 2013, arc-hybrid).
    static func cost(_ move: ParserState.Move, _ state: ParserState, _ item: Item, _ inStack: [Bool]) -> Int {
        let n = state.count, next = state.next
        let s0 = state.stack(0), s1 = state.stack(1)
        func inBuffer(_ k: Int) -> Bool { k >= next && k < n }
        switch move {
        case .shift:
            let b = next
            var c = item.dependents[b].filter { inStack[$0] }.count
            if item.heads[b] != s0 && inStack[item.heads[b]] { c += 1 }
            return c
        case .left:
            var c = item.dependents[s0].filter(inBuffer).count
            let h = item.heads[s0]
            if h == s1 || inBuffer(h) && h != next { c += 1 }
            return c
        case .right:
            var c = item.dependents[s0].filter(inBuffer).count
            if inBuffer(item.heads[s0]) { c += 1 }
            return c
        }
    }

    /// `heads` (-1: root) with every crossing arc lifted to the head's head
    /// until none crosses; nil if that would take a second root.
    static func projective(_ heads: [Int]) -> [Int]? {
        var heads = heads
        func dominates(_ h: Int, _ k: Int) -> Bool {
            var x = k, steps = 0
            while x >= 0 && steps <= heads.count {
                if x == h { return true }
                x = heads[x]
                steps += 1
            }
            return false
        }
        for _ in 0..<heads.count {
            var shortest: (d: Int, span: Int)?
            for d in heads.indices where heads[d] >= 0 {
                let h = heads[d], lo = min(h, d), hi = max(h, d)
                if ((lo + 1)..<hi).contains(where: { !dominates(h, $0) }), hi - lo < (shortest?.span ?? Int.max) {
                    shortest = (d, hi - lo)
                }
            }
            guard let (d, _) = shortest else { return heads }
            guard heads[heads[d]] >= 0 else { return nil }
            heads[d] = heads[heads[d]]
        }
        return nil
    }
}
