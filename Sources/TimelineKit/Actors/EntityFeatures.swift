/// The features of the name tagger, as 64-bit hashes, computed from token
/// byte slices.
///
/// Per token: the word (lower-cased and as written), its shape ("Xxxx",
/// "XX", "d.d"), prefixes and suffixes up to four bytes, the two words either
/// side, word pairs, the sentence position, whether the sentence is written
/// in capitals, whether the document writes the same word elsewhere with a
/// capital in mid-sentence or in lower case, and what the Actors tables say
/// of it and its neighbours (given name, surname, title, organisation head,
/// part of a country, capital, demonym, place or organisation form, with its
/// position in that form). The previous two decisions are added while
/// decoding (``dynamic(_:previous:beforePrevious:into:)``).
///
/// A feature is `mix(template, value)`; the model stores only hashes, so
/// nothing here allocates a `String` per token.
package struct EntityFeatures {
    /// Static features of token `i`: `features[featureStarts[i]..<featureEnds[i]]`.
    package private(set) var features = [UInt64]()
    private var featureStarts = [Int]()
    private var featureEnds = [Int]()
    /// Lower-cased word hash and short shape hash per token (for the dynamic features).
    private(set) var lower = [UInt64]()
    private(set) var shortShape = [UInt64]()

    /// Changing the templates invalidates trained models: the model file records this.
    package static let version: UInt32 = 1

    /// `wordClasses`: lower-cased word hash (``lowerHash(_:)``) -> the
    /// classes a tagger's own tables give the word (the event tagger's
    /// trigger, auxiliary, event-noun words); each token then also has its
    /// own and its neighbours' classes as features. Nil (the name tagger):
    /// no such features.
    package init(_ doc: EntityTokens, gazetteer: EntityGazetteer = .shared, wordClasses: [UInt64: UInt64]? = nil) {
        let n = doc.count
        var lower = [UInt64](repeating: 0, count: n)
        var exact = [UInt64](repeating: 0, count: n)
        var shape = [UInt64](repeating: 0, count: n)
        var short = [UInt64](repeating: 0, count: n)
        var capital = [Bool](repeating: false, count: n)
        var lowerOnly = [Bool](repeating: false, count: n)
        var flags = [UInt32](repeating: 0, count: n)
        var gaz = [UInt64](repeating: 0, count: n)
        doc.bytes.withUnsafeBufferPointer { b in
            for i in 0..<n {
                let s = doc.starts[i], e = doc.ends[i]
                var hl: UInt64 = 0xcbf29ce484222325, he: UInt64 = 0xcbf29ce484222325
                var hs: UInt64 = 0xcbf29ce484222325, hss: UInt64 = 0xcbf29ce484222325
                var last: UInt8 = 0, shapeLength = 0
                var upper = 0, lowers = 0
                for k in s..<e {
                    let c = b[k]
                    let isUpper = c >= 0x41 && c <= 0x5A
                    let isLower = c >= 0x61 && c <= 0x7A
                    if isUpper { upper += 1 }
                    if isLower { lowers += 1 }
                    he = (he ^ UInt64(c)) &* 0x100000001b3
                    hl = (hl ^ UInt64(isUpper ? c + 32 : c)) &* 0x100000001b3
                    if c & 0xC0 == 0x80 { continue }
                    let sc: UInt8 = isUpper ? 0x58 : isLower ? 0x78 : (c >= 0x30 && c <= 0x39) ? 0x64 : c >= 0x80 ? 0x75 : c
                    if shapeLength < 8 {
                        hs = (hs ^ UInt64(sc)) &* 0x100000001b3
                        shapeLength += 1
                    }
                    if sc != last { hss = (hss ^ UInt64(sc)) &* 0x100000001b3 }
                    last = sc
                }
                lower[i] = hl
                exact[i] = he
                shape[i] = hs
                short[i] = hss
                capital[i] = e > s && b[s] >= 0x41 && b[s] <= 0x5A && lowers > 0
                lowerOnly[i] = upper == 0 && lowers > 0
                flags[i] = UInt32(truncatingIfNeeded: gazetteer.flags[hl] ?? 0)
            }
        }
        // Table forms, longest match first, by lower-cased token hashes; a form must start with a capital.
        var i = 0
        while i < n {
            guard let maxLength = gazetteer.formSpan[lower[i]].map(Int.init), doc.ends[i] > doc.starts[i],
                doc.bytes[doc.starts[i]] >= 0x41 && doc.bytes[doc.starts[i]] <= 0x5A
            else {
                i += 1
                continue
            }
            var found = false
            var length = min(maxLength, n - i)
            while length > 0 && !found {
                var h: UInt64 = 0x51
                for k in i..<(i + length) { h = mix(h, lower[k]) }
                if let category = gazetteer.forms[h] {
                    for k in i..<(i + length) {
                        let position: UInt64 = length == 1 ? 3 : k == i ? 0 : k == i + length - 1 ? 2 : 1
                        gaz[k] = mix(category, position) | 1
                    }
                    i += length
                    found = true
                }
                length -= 1
            }
            if !found { i += 1 }
        }
        // Document evidence: words written with a capital in mid-sentence, words written in lower case.
        var capitalMid = Set<UInt64>(), lowerSeen = Set<UInt64>()
        var initial = [Bool](repeating: false, count: n)
        var sentenceCaps = [Bool](repeating: false, count: n)
        for sentence in doc.sentences {
            var first = true
            var letters = 0, capitalWords = 0
            for k in sentence {
                if lowerOnly[k] { lowerSeen.insert(lower[k]); letters += 1 }
                if capital[k] { letters += 1 }
                if !capital[k] && !lowerOnly[k] && doc.ends[k] - doc.starts[k] > 1 {
                    // all capitals ("BRUSSELS", "EU")
                    let c = doc.bytes[doc.starts[k]]
                    if c >= 0x41 && c <= 0x5A { capitalWords += 1; letters += 1 }
                }
                if capital[k] && !first { capitalMid.insert(lower[k]) }
                let c = doc.ends[k] > doc.starts[k] ? doc.bytes[doc.starts[k]] : 0
                let isWordLike = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80 || (c >= 0x30 && c <= 0x39)
                if isWordLike {
                    initial[k] = first
                    first = false
                } else if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x3A || c == 0x2D {
                    first = true
                }
            }
            let caps = letters >= 3 && capitalWords * 2 > letters
            for k in sentence { sentenceCaps[k] = caps }
        }

        let boundary: UInt64 = 0x5eed
        func at(_ a: [UInt64], _ k: Int, _ sentence: Range<Int>) -> UInt64 { sentence.contains(k) ? a[k] : boundary }
        var features = [UInt64]()
        features.reserveCapacity(n * 48)
        var featureStarts = [Int](repeating: 0, count: n), featureEnds = [Int](repeating: 0, count: n)
        for sentence in doc.sentences {
            for i in sentence {
                featureStarts[i] = features.count
                let w = lower[i]
                let wp = at(lower, i - 1, sentence), wn = at(lower, i + 1, sentence)
                let wpp = at(lower, i - 2, sentence), wnn = at(lower, i + 2, sentence)
                let sp = at(short, i - 1, sentence), sn = at(short, i + 1, sentence)
                features.append(1)
                features.append(mix(2, w))
                features.append(mix(3, exact[i]))
                features.append(mix(4, wp))
                features.append(mix(5, wn))
                features.append(mix(6, wpp))
                features.append(mix(7, wnn))
                features.append(mix(8, shape[i]))
                features.append(mix(9, at(shape, i - 1, sentence)))
                features.append(mix(10, at(shape, i + 1, sentence)))
                features.append(mix(mix(11, sp), mix(short[i], sn)))
                features.append(mix(20, mix(wp, w)))
                features.append(mix(21, mix(w, wn)))
                features.append(mix(31, mix(wp, shape[i])))
                features.append(mix(32, mix(shape[i], wn)))
                // Affixes of the lower-cased word, by bytes.
                let s = doc.starts[i], e = doc.ends[i]
                let length = e - s
                if length > 1 {
                    doc.bytes.withUnsafeBufferPointer { b in
                        var h: UInt64 = 0xcbf29ce484222325
                        for k in 0..<min(4, length - 1) {
                            let c = b[s + k]
                            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c + 32 : c)) &* 0x100000001b3
                            features.append(mix(12 + UInt64(k), h))
                        }
                        h = 0xcbf29ce484222325
                        for k in 0..<min(4, length - 1) {
                            let c = b[e - 1 - k]
                            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c + 32 : c)) &* 0x100000001b3
                            features.append(mix(16 + UInt64(k), h))
                        }
                    }
                }
                // Tables.
                func addFlags(_ template: UInt64, _ f: UInt32) {
                    var f = f
                    while f != 0 {
                        let bit = UInt64(f.trailingZeroBitCount)
                        features.append(mix(template, bit))
                        f &= f - 1
                    }
                }
                addFlags(22, flags[i])
                if sentence.contains(i - 1) { addFlags(23, flags[i - 1]) }
                if sentence.contains(i + 1) { addFlags(24, flags[i + 1]) }
                if gaz[i] != 0 { features.append(mix(25, gaz[i])) }
                if sentence.contains(i - 1) && gaz[i - 1] != 0 { features.append(mix(26, gaz[i - 1])) }
                if sentence.contains(i + 1) && gaz[i + 1] != 0 { features.append(mix(27, gaz[i + 1])) }
                // Position and document evidence.
                let first: UInt64 = initial[i] ? 1 : 0
                features.append(mix(28, mix(first, short[i])))
                if sentenceCaps[i] {
                    features.append(mix(29, short[i]))
                    features.append(mix(33, w))
                }
                let evidence: UInt64 = (capitalMid.contains(w) ? 1 : 0) | (lowerSeen.contains(w) ? 2 : 0)
                features.append(mix(30, mix(evidence, mix(first, sentenceCaps[i] ? 1 : 0))))
                if let wordClasses {
                    let c = wordClasses[w] ?? 0, cp = wordClasses[wp] ?? 0, cn = wordClasses[wn] ?? 0
                    features.append(mix(50, c))
                    features.append(mix(51, cp))
                    features.append(mix(52, cn))
                    features.append(mix(53, mix(cp, c)))
                    features.append(mix(54, mix(first, c)))
                }
                featureEnds[i] = features.count
            }
        }
        self.features = features
        self.featureStarts = featureStarts
        self.featureEnds = featureEnds
        self.lower = lower
        self.shortShape = short
    }

    /// The static features of token `i` (empty for a token outside every sentence).
    package func range(_ i: Int) -> Range<Int> { featureStarts[i]..<featureEnds[i] }

    /// Features of the decisions made so far (-1 before the sentence).
    package func dynamic(_ i: Int, previous: Int, beforePrevious: Int, into out: inout [UInt64]) {
        let p = UInt64(bitPattern: Int64(previous)), pp = UInt64(bitPattern: Int64(beforePrevious))
        out.append(mix(40, p))
        out.append(mix(41, mix(pp, p)))
        out.append(mix(42, mix(p, lower[i])))
        out.append(mix(43, mix(p, shortShape[i])))
    }
}

/// Mixes two 64-bit values into one (splitmix64 finaliser over a xor).
@inline(__always)
package func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var h = a &* 0x9E3779B97F4A7C15 ^ b
    h ^= h >> 30
    h &*= 0xBF58476D1CE4E5B9
    h ^= h >> 27
    h &*= 0x94D049BB133111EB
    h ^= h >> 31
    return h
}

/// FNV-1a of a word's bytes, lower-cased (ASCII): how tables are keyed for the tagger.
package func lowerHash(_ word: some StringProtocol) -> UInt64 {
    var h: UInt64 = 0xcbf29ce484222325
    for c in word.utf8 { h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c + 32 : c)) &* 0x100000001b3 }
    return h
}
