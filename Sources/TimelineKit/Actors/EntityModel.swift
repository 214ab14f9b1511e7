import Foundation

/// A trained token tagger: an averaged perceptron over ``EntityFeatures``.
/// The name tagger has the BILOU tags, decoded greedily left to right under
/// the BILOU constraints (an open name must continue; nothing continues a
/// closed one); another label set (the event tagger's EVENT / not) is given
/// by its `labelCount` and decoded greedily without constraints
/// (``labels(in:)``).
///
/// Only features with a weight that matters are kept, each with its non-zero
/// tag weights quantised to 16 bits. File format (little endian): magic
/// `TLNR`, feature version, tag count, feature count (UInt32 each), scale
/// (Float32), then per feature its hash (UInt64), its entry count (UInt8)
/// and the entries (tag UInt8, weight Int16; weight = value x scale).
public struct EntityModel: Sendable {
    /// Feature hash -> (first entry << 8 | entry count).
    package let index: FeatureTable
    package let tags: [UInt8]
    package let weights: [Float]
    package let scale: Float
    /// Labels per token: ``EntityTag/count`` for the name tagger.
    public let labelCount: Int
    /// The version of the features the weights are for (``EntityFeatures/version``
    /// for the taggers; the parser's own for its models).
    package let featureVersion: UInt32

    package static let magic: UInt32 = 0x524E_4C54

    /// Whether the model has a weight for token `i`'s lower-cased word: a
    /// word it never saw in training is typed from its shape and context alone.
    package func knows(_ features: EntityFeatures, _ i: Int) -> Bool { index[mix(2, features.lower[i])] != nil }

    /// Features kept.
    public var featureCount: Int { index.count }

    package init(index: [(key: UInt64, value: UInt64)], tags: [UInt8], weights: [Float], scale: Float,
         labelCount: Int = EntityTag.count, featureVersion: UInt32 = EntityFeatures.version) {
        self.labelCount = labelCount
        self.featureVersion = featureVersion
        self.index = FeatureTable(index)
        self.tags = tags
        self.weights = weights
        self.scale = scale
    }

    /// Builds the model from averaged weights (`rows` feature -> row,
    /// `values[row * labelCount + label]`), dropping weights below `minimumWeight`
    /// and quantising the rest exactly as the file stores them.
    package init(rows: [UInt64: Int32], values: [Float], minimumWeight: Float, labelCount: Int = EntityTag.count,
                 featureVersion: UInt32 = EntityFeatures.version) {
        let t = labelCount
        var maxAbs: Float = 0
        for v in values { maxAbs = max(maxAbs, abs(v)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var index = [(key: UInt64, value: UInt64)](), tags = [UInt8](), weights = [Float]()
        // Sorted hashes: the same training run gives the same bytes.
        for h in rows.keys.sorted() {
            let r = Int(rows[h]!) * t
            let start = tags.count
            for k in 0..<t {
                let v = values[r + k]
                guard abs(v) >= minimumWeight else { continue }
                let q = Int16(clamping: Int((v / scale).rounded()))
                guard q != 0 else { continue }
                tags.append(UInt8(k))
                weights.append(Float(q) * scale)
            }
            if tags.count > start { index.append((h, UInt64(start) << 8 | UInt64(tags.count - start))) }
        }
        self.init(index: index, tags: tags, weights: weights, scale: scale, labelCount: labelCount,
                  featureVersion: featureVersion)
    }

    /// Reads a model file's bytes; the file must have `labelCount` labels (17: the name tagger's BILOU tags, ``EntityTag``).
    public init(bytes: [UInt8], labelCount: Int = 17) throws(TimelineError) {
        try self.init(bytes: bytes, labelCount: labelCount, featureVersion: EntityFeatures.version)
    }

    /// Reads a model file's bytes; the file must have `labelCount` labels and
    /// weights for features of `featureVersion`.
    package init(bytes: [UInt8], labelCount: Int, featureVersion: UInt32) throws(TimelineError) {
        func bad(_ why: String) -> TimelineError { .unreadable(path: "entity model", reason: why) }
        var p = 0
        func read<T: FixedWidthInteger>(_: T.Type) throws(TimelineError) -> T {
            let size = MemoryLayout<T>.size
            guard p + size <= bytes.count else { throw bad("truncated at byte \(p)") }
            var v: T = 0
            for k in 0..<size { v |= T(truncatingIfNeeded: bytes[p + k]) << (8 * k) }
            p += size
            return v
        }
        guard try read(UInt32.self) == Self.magic else { throw bad("not a timeline entity model") }
        let version = try read(UInt32.self)
        guard version == featureVersion else {
            throw bad("feature version \(version), this build computes version \(featureVersion): retrain")
        }
        guard try read(UInt32.self) == UInt32(labelCount) else { throw bad("wrong tag count") }
        let features = Int(try read(UInt32.self))
        let scale = Float(bitPattern: try read(UInt32.self))
        var index = [(key: UInt64, value: UInt64)]()
        index.reserveCapacity(features)
        var tags = [UInt8](), weights = [Float]()
        tags.reserveCapacity(features * 3)
        weights.reserveCapacity(features * 3)
        for _ in 0..<features {
            let h = try read(UInt64.self)
            let n = Int(try read(UInt8.self))
            guard p + 3 * n <= bytes.count else { throw bad("truncated at byte \(p)") }
            index.append((h, UInt64(tags.count) << 8 | UInt64(n)))
            for _ in 0..<n {
                let tag = bytes[p]
                guard Int(tag) < labelCount else { throw bad("tag \(tag) out of range at byte \(p)") }
                let q = Int16(bitPattern: UInt16(bytes[p + 1]) | UInt16(bytes[p + 2]) << 8)
                tags.append(tag)
                weights.append(Float(q) * scale)
                p += 3
            }
        }
        self.init(index: index, tags: tags, weights: weights, scale: scale, labelCount: labelCount,
                  featureVersion: featureVersion)
    }

    /// The model without its weights smaller than `minimumWeight` (and the features left with none).
    package func pruned(below minimumWeight: Float) -> EntityModel {
        var index = [(key: UInt64, value: UInt64)](), tags = [UInt8](), weights = [Float]()
        for (h, packed) in self.index.sortedEntries {
            let start = Int(packed >> 8), n = Int(packed & 0xFF), first = tags.count
            for k in start..<(start + n) where abs(self.weights[k]) >= minimumWeight {
                tags.append(self.tags[k])
                weights.append(self.weights[k])
            }
            if tags.count > first { index.append((h, UInt64(first) << 8 | UInt64(tags.count - first))) }
        }
        return EntityModel(index: index, tags: tags, weights: weights, scale: scale, labelCount: labelCount,
                           featureVersion: featureVersion)
    }

    /// The model file's bytes (features in hash order: deterministic).
    public func serialized() -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(20 + index.count * 9 + tags.count * 3)
        func put<T: FixedWidthInteger>(_ v: T) {
            for k in 0..<MemoryLayout<T>.size { out.append(UInt8(truncatingIfNeeded: v >> (8 * k))) }
        }
        put(Self.magic)
        put(featureVersion)
        put(UInt32(labelCount))
        put(UInt32(index.count))
        put(scale.bitPattern)
        for (h, packed) in index.sortedEntries {
            let start = Int(packed >> 8), n = Int(packed & 0xFF)
            put(h)
            put(UInt8(n))
            for k in start..<(start + n) {
                out.append(tags[k])
                put(Int16((weights[k] / scale).rounded()))
            }
        }
        return out
    }

    /// The names in a document.
    ///
    /// - Complexity: O(tokens x features per token), one hash lookup per feature.
    public func spans(in doc: EntityTokens) -> [EntitySpan] { scoredSpans(in: doc).map(\.span) }

    /// The names in a document, each with its type margin: the smallest,
    /// over its tokens, of the chosen tag's score minus the best score of a
    /// tag of another type. A small margin is a guess between types (an
    /// unknown word that is a person or a firm).
    ///
    /// The margin of a one-word person the model never saw in training is
    /// zero: an unknown capitalised word is a person by default, a guess
    /// ("Huawei is leading"); its document (a full name, an owned role) decides.
    public func scoredSpans(in doc: EntityTokens) -> [(span: EntitySpan, margin: Float)] {
        let features = EntityFeatures(doc)
        var spans = [(span: EntitySpan, margin: Float)]()
        var scores = [Float](repeating: 0, count: EntityTag.count)
        var dynamic = [UInt64]()
        dynamic.reserveCapacity(8)
        for sentence in doc.sentences where !sentence.isEmpty {
            var tags = [Int]()
            tags.reserveCapacity(sentence.count)
            var margins = [Float]()
            margins.reserveCapacity(sentence.count)
            var previous = -1, beforePrevious = -1
            for i in sentence {
                score(i, features, previous: previous, beforePrevious: beforePrevious, into: &scores, dynamic: &dynamic)
                let tag = Self.best(scores, after: previous)
                tags.append(tag)
                var rival = -Float.infinity
                let type = EntityTag.type(tag)
                for t in 1..<scores.count where EntityTag.type(t) != type && EntityTag.allowed(previous, t) {
                    rival = max(rival, scores[t])
                }
                margins.append(scores[tag] - rival)
                beforePrevious = previous
                previous = tag
            }
            for span in EntityTag.spans(tags, offset: sentence.lowerBound) {
                var margin = Float.infinity
                for k in span.start..<span.end { margin = min(margin, margins[k - sentence.lowerBound]) }
                if span.type == .person && span.end - span.start == 1 && !knows(features, span.start) { margin = 0 }
                spans.append((span, margin))
            }
        }
        return spans
    }

    /// The best label of every token, decoded greedily left to right with
    /// the previous two decisions as features and no constraint between
    /// labels (a label set other than BILOU); tokens outside every sentence get 0.
    ///
    /// - Complexity: O(tokens x features per token), one hash lookup per feature.
    /// `wordClasses`: as in training (``EntityFeatures``).
    package func labels(in doc: EntityTokens, wordClasses: [UInt64: UInt64]? = nil) -> [Int] {
        let features = EntityFeatures(doc, wordClasses: wordClasses)
        var out = [Int](repeating: 0, count: doc.count)
        var scores = [Float](repeating: 0, count: labelCount)
        var dynamic = [UInt64]()
        dynamic.reserveCapacity(8)
        for sentence in doc.sentences {
            var previous = -1, beforePrevious = -1
            for i in sentence {
                score(i, features, previous: previous, beforePrevious: beforePrevious, into: &scores, dynamic: &dynamic)
                let label = Self.best(scores, after: previous, constrained: false)
                out[i] = label
                beforePrevious = previous
                previous = label
            }
        }
        return out
    }

    /// The score of every label for token `i`, given the two previous decisions
    /// (`dynamic` is scratch space, kept by the caller to avoid allocations).
    @inline(__always)
    private func score(_ i: Int, _ features: EntityFeatures, previous: Int, beforePrevious: Int,
                       into scores: inout [Float], dynamic: inout [UInt64]) {
        for k in 0..<scores.count { scores[k] = 0 }
        for h in features.features[features.range(i)] { add(h, to: &scores) }
        dynamic.removeAll(keepingCapacity: true)
        features.dynamic(i, previous: previous, beforePrevious: beforePrevious, into: &dynamic)
        for h in dynamic { add(h, to: &scores) }
    }

    /// The score of every label given `features` (hashes the model may not have).
    @inline(__always)
    package func score(_ features: [UInt64], into scores: inout [Float]) {
        for k in 0..<scores.count { scores[k] = 0 }
        for h in features { add(h, to: &scores) }
    }

    @inline(__always)
    private func add(_ h: UInt64, to scores: inout [Float]) {
        guard let packed = index[h] else { return }
        let start = Int(packed >> 8), end = start + Int(packed & 0xFF)
        tags.withUnsafeBufferPointer { t in
            weights.withUnsafeBufferPointer { w in
                scores.withUnsafeMutableBufferPointer { s in
                    for k in start..<end { s[Int(t[k])] += w[k] }
                }
            }
        }
    }

    /// The highest-scoring tag allowed after `previous` (ties: the lower tag);
    /// `constrained`: under the BILOU constraints.
    package static func best(_ scores: [Float], after previous: Int, constrained: Bool = true) -> Int {
        var best = -1
        var top = -Float.infinity
        for t in 0..<scores.count where (!constrained || EntityTag.allowed(previous, t)) && scores[t] > top {
            best = t
            top = scores[t]
        }
        return best
    }
}
