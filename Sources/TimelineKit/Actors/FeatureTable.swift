/// A read-only hash table from feature hashes to packed weight ranges.
///
/// Feature hashes are already well mixed 64-bit values, so the slot is the
/// hash's low bits and collisions probe linearly: a lookup is a mask, a load
/// and a compare, several times cheaper than `Dictionary`'s seeded hashing,
/// and building it on load is one pass with no rehashing. Key 0 marks an
/// empty slot (a feature whose hash is 0 is not stored).
struct FeatureTable: Sendable {
    private let keys: [UInt64]
    private let values: [UInt64]
    private let mask: Int
    let count: Int

    init(_ entries: [(key: UInt64, value: UInt64)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity), values = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var count = 0
        for (key, value) in entries where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { count += 1 }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        self.count = count
    }

    @inline(__always)
    subscript(key: UInt64) -> UInt64? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Every (key, value), in key order.
    var sortedEntries: [(key: UInt64, value: UInt64)] {
        var out = [(key: UInt64, value: UInt64)]()
        out.reserveCapacity(count)
        for i in keys.indices where keys[i] != 0 { out.append((keys[i], values[i])) }
        return out.sorted { $0.key < $1.key }
    }
}
