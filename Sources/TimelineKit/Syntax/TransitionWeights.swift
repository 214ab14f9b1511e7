/// The transition model's weights laid out for speed: one 64-bit slot per
/// feature holds a 22-bit fingerprint of its hash and its three weights
/// (shift, left, right) quantised to 14 bits, so that scoring a feature
/// costs one memory access, not three (``FeatureTable`` slot, labels,
/// weights). The transition features are 70% of all the lookups of tagging
/// and parsing a sentence, most of them cache misses.
///
/// Scoring reads every feature's first slot in one pass with no branch, so
/// that the processor overlaps the misses, then settles collisions (linear
/// probing, at most half the slots used). An absent feature is taken for a
/// present one only when its fingerprint equals that of a feature probed on
/// the way: about one lookup in four million.
package struct TransitionWeights: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    private let scale: Float
    private static let fingerprintBits: UInt64 = 22, weightBits: UInt64 = 14

    /// From a three-label model (``EntityModel``).
    package init(_ model: EntityModel) {
        let entries = model.index.entries
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var maxAbs: Float = 0
        for w in model.weights { maxAbs = max(maxAbs, abs(w)) }
        let limit = Float((1 << (Self.weightBits - 1)) - 1)
        let scale = maxAbs > 0 ? maxAbs / limit : 1
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (h, packed) in entries {
            var weights: UInt64 = 0
            let start = Int(packed >> 8), n = Int(packed & 0xFF)
            for k in start..<(start + n) where model.tags[k] < 3 {
                let q = UInt64(bitPattern: Int64((model.weights[k] / scale).rounded())) & ((1 << Self.weightBits) - 1)
                weights |= q << (Self.weightBits * (2 - UInt64(model.tags[k])))
            }
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.fingerprint(h) << 42 | weights
        }
        self.slots = slots
        self.mask = mask
        self.scale = scale
    }

    @inline(__always)
    private static func fingerprint(_ h: UInt64) -> UInt64 {
        let f = h >> (64 - fingerprintBits)
        return f == 0 ? 1 : f
    }

    /// Adds the weights of `features` to `scores` (three of them, zeroed first);
    /// `firstSlots` is scratch space.
    @inline(__always)
    package func score(_ features: [UInt64], into scores: inout [Float], firstSlots: inout [UInt64]) {
        let mask = self.mask
        firstSlots.removeAll(keepingCapacity: true)
        slots.withUnsafeBufferPointer { s in
            for h in features { firstSlots.append(s[Int(truncatingIfNeeded: h) & mask]) }
        }
        var a: Int64 = 0, b: Int64 = 0, c: Int64 = 0
        slots.withUnsafeBufferPointer { s in
            for (k, h) in features.enumerated() {
                let print = Self.fingerprint(h)
                var v = firstSlots[k], slot = Int(truncatingIfNeeded: h) & mask
                while v != 0 && v >> 42 != print {
                    slot = (slot + 1) & mask
                    v = s[slot]
                }
                guard v != 0 else { continue }
                // Sign-extend the three 14-bit weights.
                a += Int64(bitPattern: v << 22) >> 50
                b += Int64(bitPattern: v << 36) >> 50
                c += Int64(bitPattern: v << 50) >> 50
            }
        }
        scores[0] = Float(a) * scale
        scores[1] = Float(b) * scale
        scores[2] = Float(c) * scale
    }
}
