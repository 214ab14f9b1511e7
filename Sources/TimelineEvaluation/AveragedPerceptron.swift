import TimelineKit

/// The training side of an averaged perceptron (Collins 2002) over hashed
/// features: the name and event taggers' (``EntityTaggerTrainer``), the
/// part-of-speech tagger's and the parser's transition and label models.
///
/// An update moves every feature's weights toward the right label and away
/// from the guessed one; the final weights are the average over all steps,
/// computed lazily: w_avg = w - u / c with u accumulating c x delta.
struct AveragedPerceptron {
    let labelCount: Int
    private var rows = [UInt64: Int32]()
    private var w = [Float](), u = [Double]()
    /// Steps so far (``tick()``), from 1.
    private var c: Double = 1

    init(labelCount: Int) { self.labelCount = labelCount }

    /// The current score of every label for `features`.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        let t = labelCount
        for k in 0..<t { scores[k] = 0 }
        for h in features {
            guard let r = rows[h] else { continue }
            let base = Int(r) * t
            for k in 0..<t { scores[k] += w[base + k] }
        }
    }

    /// Rewards `truth` and penalises `guess` on every feature.
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        let t = labelCount
        for h in features {
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

    /// One step more (the averaging counts steps, updated or not).
    mutating func tick() { c += 1 }

    /// The averaged weights as a model, weights below `minimumWeight` dropped.
    func model(minimumWeight: Float, featureVersion: UInt32 = EntityFeatures.version) -> EntityModel {
        var averaged = [Float](repeating: 0, count: w.count)
        for k in w.indices { averaged[k] = w[k] - Float(u[k] / c) }
        return EntityModel(rows: rows, values: averaged, minimumWeight: minimumWeight, labelCount: labelCount,
                           featureVersion: featureVersion)
    }
}

/// A fixed-seed pseudo-random sequence (splitmix64): training visits its
/// data in an order that is the same on every run.
struct TrainingRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state = state &+ 0x9E3779B97F4A7C15
        return mix(state, 0)
    }

    /// Fisher-Yates.
    mutating func shuffle(_ a: inout [Int]) {
        for k in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(k, Int(next() % UInt64(k + 1))) }
    }

    /// A number in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
