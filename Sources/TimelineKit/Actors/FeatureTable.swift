/// A read-only hash table from feature hashes to packed weight ranges.
///
/// Feature hashes are already well mixed 64-bit values, so the slot is the
/// hash's low bits and collisions probe linearly: a lookup is a mask, a load
/// and a compare, several times cheaper than `Dictionary`'s seeded hashing,
/// and building it on load is one pass with no rehashing. A slot is 8 bytes,
/// a 32-bit fingerprint (the hash's high half; 0 marks an empty slot) and a
/// 32-bit value, so that the table of a 100k-feature model is 2 MB and most
/// lookups (many are for features the model does not have) stay in cache.
/// A lookup for an absent feature answers wrongly only when its fingerprint
/// equals that of a present feature probed on the way: about one lookup in
/// a billion.
package struct FeatureTable: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    let count: Int

    /// Values must fit in 32 bits.
    init(_ entries: [(key: UInt64, value: UInt64)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var count = 0
        for (key, value) in entries {
            let print = Self.fingerprint(key)
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 && slots[slot] >> 32 != print { slot = (slot + 1) & mask }
            if slots[slot] == 0 { count += 1 }
            slots[slot] = print << 32 | (value & 0xFFFF_FFFF)
        }
        self.slots = slots
        self.mask = mask
        self.count = count
        self.keys = entries.map(\.key)
    }

    /// The keys as given (for writing the model back).
    private let keys: [UInt64]

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 {
        let f = key >> 32
        return f == 0 ? 1 : f
    }

    @inline(__always)
    subscript(key: UInt64) -> UInt64? {
        let print = Self.fingerprint(key)
        return slots.withUnsafeBufferPointer { s in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let v = s[slot]
                if v == 0 { return nil }
                if v >> 32 == print { return v & 0xFFFF_FFFF }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Every (key, value), in the order the table was built from.
    var entries: [(key: UInt64, value: UInt64)] { keys.compactMap { k in self[k].map { (k, $0) } } }

    /// Every (key, value), in key order.
    var sortedEntries: [(key: UInt64, value: UInt64)] {
        Set(keys).sorted().compactMap { k in self[k].map { (k, $0) } }
    }
}
