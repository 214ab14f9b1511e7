/// The parser's features, as 64-bit hashes: Zhang and Nivre's (2011) rich
/// non-local features, adapted to the arc-hybrid system (``ParserState``).
///
/// The transition features read the top three stack words (s0, s1, s2) and
/// the first three buffer words (b0, b1, b2): word (lower-cased), tag and
/// both; the leftmost and rightmost two dependents of s0, the leftmost two
/// of b0 and the outermost of s1, with their tags and relations; pairs and
/// triples of these; the distances s0-b0 and s1-s0; how many dependents s0
/// and b0 have on each side; and the sets of relations already on them.
/// Word classes (``SyntaxWords/clusters``) of s0, s1, s2, b0, b1, b2 and
/// of the outer dependents, alone and with tags; the tags either side of
/// s0 and before b0 with the s0-b0 tag pair.
/// The label features (one arc, head h and dependent d, d complete) read
/// the two words, their tags, direction and distance, d's outermost
/// dependents and the relations on both.
///
/// Words are ``SyntaxWords/lower`` hashes, tags ``PartOfSpeech`` raw values:
/// nothing is allocated while extracting.
package enum ParserFeatures {
    /// Changing the templates invalidates trained parser models: the model file records this.
    package static let version: UInt32 = 2

    private static let none: UInt64 = 0x6e6f6e65, rootWord: UInt64 = 0x726f6f74
    private static let noTag: UInt64 = 100, rootTag: UInt64 = 101

    @inline(__always)
    private static func bucket(_ d: Int) -> UInt64 {
        d <= 4 ? UInt64(max(d, 0)) : d <= 6 ? 5 : d <= 10 ? 6 : 7
    }

    /// The features of the next transition.
    package static func transition(_ s: ParserState, words: [UInt64], tags: [UInt8], clusters: [UInt16],
                                  into out: inout [UInt64]) {
        let n = s.count
        @inline(__always) func w(_ k: Int) -> UInt64 { k < 0 ? none : k == n ? rootWord : words[k] }
        @inline(__always) func p(_ k: Int) -> UInt64 { k < 0 ? noTag : k == n ? rootTag : UInt64(tags[k]) }
        @inline(__always) func l(_ k: Int) -> UInt64 { k < 0 || k == n ? 64 : UInt64(s.labels[k]) }
        @inline(__always) func child(_ a: [Int], _ k: Int) -> Int { k < 0 || k == n ? -1 : a[k] }
        @inline(__always) func f(_ t: UInt64, _ v: UInt64) { out.append(mix(t, v)) }

        let s0 = s.stack(0), s1 = s.stack(1), s2 = s.stack(2)
        let b0 = s.buffer(0), b1 = s.buffer(1), b2 = s.buffer(2)
        let s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), b0w = w(b0), b0p = p(b0)
        let b1w = w(b1), b1p = p(b1), s2p = p(s2)
        let s0wp = mix(s0w, s0p), s1wp = mix(s1w, s1p), b0wp = mix(b0w, b0p), b1wp = mix(b1w, b1p)
        let s0L = child(s.left1, s0), s0L2 = child(s.left2, s0), s0R = child(s.right1, s0), s0R2 = child(s.right2, s0)
        let b0L = child(s.left1, b0), b0L2 = child(s.left2, b0)
        let s1R = child(s.right1, s1), s1L = child(s.left1, s1)
        let s0Lp = p(s0L), s0Rp = p(s0R), b0Lp = p(b0L)

        f(1, 1)
        // Single words.
        f(2, s0w); f(3, s0p); f(4, s0wp)
        f(5, s1w); f(6, s1p); f(7, s1wp)
        f(8, s2p); f(9, w(s2))
        f(10, b0w); f(11, b0p); f(12, b0wp)
        f(13, b1w); f(14, b1p); f(15, b1wp)
        f(16, w(b2)); f(17, p(b2))
        // Dependents.
        f(18, w(s0L)); f(19, s0Lp); f(20, l(s0L)); f(21, p(s0L2)); f(22, l(s0L2))
        f(23, w(s0R)); f(24, s0Rp); f(25, l(s0R)); f(26, p(s0R2)); f(27, l(s0R2))
        f(28, w(b0L)); f(29, b0Lp); f(30, l(b0L)); f(31, p(b0L2)); f(32, l(b0L2))
        f(33, p(s1R)); f(34, l(s1R)); f(35, p(s1L)); f(36, l(s1L))
        // Pairs: s0 and b0, s1 and s0.
        f(40, mix(s0wp, b0wp)); f(41, mix(s0wp, b0w)); f(42, mix(s0w, b0wp)); f(43, mix(s0wp, b0p))
        f(44, mix(s0p, b0wp)); f(45, mix(s0w, b0w)); f(46, mix(s0p, b0p)); f(47, mix(b0p, b1p))
        f(48, mix(s1wp, s0wp)); f(49, mix(s1p, s0p)); f(50, mix(s1w, s0p)); f(51, mix(s1p, s0w)); f(52, mix(s1w, s0w))
        // Triples of tags.
        f(53, mix(mix(b0p, b1p), p(b2))); f(54, mix(mix(s0p, b0p), b1p)); f(55, mix(mix(s1p, s0p), b0p))
        f(56, mix(mix(s0p, s0Lp), b0p)); f(57, mix(mix(s0p, s0Rp), b0p)); f(58, mix(mix(s0p, b0p), b0Lp))
        f(59, mix(mix(s0p, s0Lp), p(s0L2))); f(60, mix(mix(s0p, s0Rp), p(s0R2))); f(61, mix(mix(b0p, b0Lp), p(b0L2)))
        f(62, mix(mix(s2p, s1p), s0p)); f(63, mix(mix(s1p, p(s1R)), s0p)); f(64, mix(mix(s1p, s0p), s0Lp))
        f(65, mix(mix(s1p, s0p), s0Rp)); f(66, mix(mix(s0wp, b0p), b1p)); f(67, mix(mix(s1p, s0wp), b0p))
        // Distances.
        let d = s0 >= 0 && s0 < n && b0 >= 0 ? bucket(b0 - s0) : 8
        let d1 = s1 >= 0 && s1 < n && s0 >= 0 && s0 < n ? bucket(s0 - s1) : 8
        f(70, mix(s0w, d)); f(71, mix(s0p, d)); f(72, mix(b0w, d)); f(73, mix(b0p, d))
        f(74, mix(mix(s0w, b0w), d)); f(75, mix(mix(s0p, b0p), d))
        f(76, mix(mix(s1p, s0p), d1)); f(77, mix(s1w, d1)); f(78, mix(s0w, d1)); f(79, mix(mix(s1wp, s0p), d1))
        // Valency and relation sets.
        let s0vl = s0 >= 0 && s0 < n ? UInt64(s.leftCount[s0]) : 9, s0vr = s0 >= 0 && s0 < n ? UInt64(s.rightCount[s0]) : 9
        let b0vl = b0 >= 0 ? UInt64(s.leftCount[b0]) : 9
        f(80, mix(s0w, s0vr)); f(81, mix(s0p, s0vr)); f(82, mix(s0w, s0vl)); f(83, mix(s0p, s0vl))
        f(84, mix(b0w, b0vl)); f(85, mix(b0p, b0vl))
        let s0sl = s0 >= 0 && s0 < n ? s.leftLabels[s0] : 1 << 63, s0sr = s0 >= 0 && s0 < n ? s.rightLabels[s0] : 1 << 63
        let b0sl = b0 >= 0 ? s.leftLabels[b0] : 1 << 63
        f(86, mix(s0w, s0sr)); f(87, mix(s0p, s0sr)); f(88, mix(s0w, s0sl)); f(89, mix(s0p, s0sl))
        f(90, mix(b0w, b0sl)); f(91, mix(b0p, b0sl))
        // Where the parse is: buffer empty, stack depth.
        f(92, mix(UInt64(min(s.stack.count, 4)), b0 < 0 ? 1 : 0))
        // Word classes.
        @inline(__always) func c(_ k: Int) -> UInt64 { k < 0 ? 0x1_0000 : k == n ? 0x1_0001 : UInt64(clusters[k]) }
        let s0c = c(s0), s1c = c(s1), b0c = c(b0), b1c = c(b1)
        f(130, s0c); f(131, s1c); f(132, b0c); f(133, b1c)
        f(134, mix(s0c, b0c)); f(135, mix(s1c, s0c)); f(136, mix(s0c, b0p)); f(137, mix(s0p, b0c))
        f(138, mix(s1c, s0p)); f(139, mix(s1p, s0c)); f(140, mix(b0c, b1p)); f(141, mix(mix(s0p, b0c), d))
        // Classes of the dependents and of the third words; relations and neighbours with tags.
        let s0Lc = c(s0L), s0Rc = c(s0R), b0Lc = c(b0L), s1Rc = c(s1R)
        f(150, s0Lc); f(151, s0Rc); f(152, b0Lc); f(153, c(s2)); f(154, c(b2))
        f(155, mix(mix(s0c, s0Lc), b0p)); f(156, mix(mix(s0c, s0Rc), b0p)); f(157, mix(mix(b0c, b0Lc), s0p))
        f(158, mix(mix(s1c, s1Rc), s0p)); f(159, mix(mix(s0c, b0c), b1p)); f(160, mix(mix(s1c, s0c), b0p))
        f(161, mix(mix(s0p, b0p), mix(l(s0L), l(s0R)))); f(162, mix(mix(s0p, b0p), l(b0L)))
        f(163, mix(mix(s1p, s0p), l(s1R)))
        @inline(__always) func near(_ k: Int, _ o: Int) -> UInt64 { k < 0 || k >= n ? noTag : p(k + o) }
        f(164, mix(mix(s0p, b0p), near(s0, -1))); f(165, mix(mix(s0p, b0p), near(b0, -1)))
        f(166, mix(mix(s0p, b0p), near(s0, 1)))
    }

    /// The features of the relation of the arc from `head` (the root: `count`) to `dependent`.
    package static func label(_ s: ParserState, head h: Int, dependent d: Int, words: [UInt64], tags: [UInt8],
                              clusters: [UInt16], into out: inout [UInt64]) {
        let n = s.count
        @inline(__always) func w(_ k: Int) -> UInt64 { k < 0 || k >= n ? (k == n ? rootWord : none) : words[k] }
        @inline(__always) func p(_ k: Int) -> UInt64 { k < 0 || k >= n ? (k == n ? rootTag : noTag) : UInt64(tags[k]) }
        @inline(__always) func l(_ k: Int) -> UInt64 { k < 0 || k >= n ? 64 : UInt64(s.labels[k]) }
        @inline(__always) func f(_ t: UInt64, _ v: UInt64) { out.append(mix(t, v)) }
        let hw = w(h), hp = p(h), dw = w(d), dp = p(d)
        let direction: UInt64 = h == n ? 2 : d < h ? 0 : 1
        let distance = h == n ? 9 : bucket(abs(h - d))
        let hIn = h < n
        let dL = s.left1[d], dL2 = s.left2[d], dR = s.right1[d]
        let hL = hIn ? s.left1[h] : -1
        let dsl = s.leftLabels[d], dsr = s.rightLabels[d], hs = hIn ? s.leftLabels[h] | s.rightLabels[h] : 0
        f(100, 1)
        f(101, dw); f(102, dp); f(103, mix(dw, dp))
        f(104, hw); f(105, hp); f(106, mix(hw, hp))
        f(107, mix(hp, dp)); f(108, mix(hw, dp)); f(109, mix(hp, dw)); f(110, mix(hw, dw))
        f(111, mix(mix(hp, dp), direction)); f(112, mix(mix(hp, dp), distance)); f(113, mix(dw, direction))
        f(114, mix(dp, dsl)); f(115, mix(dp, dsr)); f(116, mix(mix(hp, direction), hs))
        f(117, mix(w(dL), dp)); f(118, mix(p(dL), l(dL))); f(119, w(dL2)); f(120, mix(p(dR), l(dR)))
        f(121, mix(mix(p(hL), l(hL)), direction)); f(122, mix(mix(w(dL), hp), direction))
        f(123, mix(p(d - 1), dp)); f(124, mix(dp, p(d + 1))); f(125, mix(hp, p(h + 1)))
        f(126, mix(mix(dp, hp), w(d - 1)))
        let dc = UInt64(clusters[d]), hc = hIn ? UInt64(clusters[h]) : 0x1_0001
        f(127, dc); f(128, mix(dc, hc)); f(129, mix(dc, hp)); f(142, mix(dp, hc)); f(143, mix(mix(dc, hp), direction))
    }
}
