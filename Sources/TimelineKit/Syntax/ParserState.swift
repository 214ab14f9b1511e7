/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez
/// and Satta 2011): a stack whose bottom is the root, a buffer of the words not
/// read yet (`next..<count`), and the arcs made so far.
///
/// - shift: the buffer's first word goes on the stack;
/// - left: the buffer's first word becomes the head of the stack's top, which is popped;
/// - right: the word under the stack's top becomes its head, and the top is popped.
///
/// A word on the stack has no head yet; a popped word is complete (it has all
/// its dependents). Only the last word left on the stack attaches to the root,
/// when the buffer is empty, so every parse is one tree.
package struct ParserState {
    package enum Move: Int, CaseIterable {
        case shift = 0, left, right
    }

    /// Words in the sentence; the root is word `count` (the stack's bottom).
    package private(set) var count = 0
    package private(set) var stack = [Int]()
    /// The buffer's first word.
    package private(set) var next = 0
    /// Per word: its head (-1 the root, -2 none yet) and its relation (``DependencyRelation`` raw value).
    package private(set) var heads = [Int]()
    package private(set) var labels = [UInt8]()
    /// Per word: its leftmost two and rightmost two dependents (-1 none), dependents
    /// on each side, and the set of their relations (bit k: relation k).
    package private(set) var left1 = [Int](), left2 = [Int](), right1 = [Int](), right2 = [Int]()
    package private(set) var leftCount = [Int](), rightCount = [Int]()
    package private(set) var leftLabels = [UInt64](), rightLabels = [UInt64]()

    package init() {}

    /// Starts on a sentence of `count` words, keeping the arrays' storage.
    package mutating func reset(count n: Int) {
        count = n
        next = 0
        stack.removeAll(keepingCapacity: true)
        stack.append(n)
        func fill<T>(_ a: inout [T], _ v: T) {
            a.removeAll(keepingCapacity: true)
            a.append(contentsOf: repeatElement(v, count: n))
        }
        fill(&heads, -2)
        fill(&labels, 0)
        fill(&left1, -1)
        fill(&left2, -1)
        fill(&right1, -1)
        fill(&right2, -1)
        fill(&leftCount, 0)
        fill(&rightCount, 0)
        fill(&leftLabels, 0)
        fill(&rightLabels, 0)
    }

    package var isTerminal: Bool { next == count && stack.count == 1 }

    /// The stack's k-th word from the top (the root is `count`), or -1.
    @inline(__always)
    package func stack(_ k: Int) -> Int { k < stack.count ? stack[stack.count - 1 - k] : -1 }

    /// The buffer's k-th word, or -1.
    @inline(__always)
    package func buffer(_ k: Int) -> Int { next + k < count ? next + k : -1 }

    package func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: return next < count
        case .left: return stack.count > 1 && next < count
        case .right: return stack.count > 2 || stack.count == 2 && next == count
        }
    }

    /// The head and the dependent of the arc `move` makes (nil for shift);
    /// the root as head is `count`.
    package func arc(_ move: Move) -> (head: Int, dependent: Int)? {
        switch move {
        case .shift: return nil
        case .left: return (next, stack[stack.count - 1])
        case .right: return (stack[stack.count - 2], stack[stack.count - 1])
        }
    }

    /// Makes `move`, labelling its arc with `label`.
    package mutating func apply(_ move: Move, label: UInt8) {
        if let (h, d) = arc(move) {
            attach(d, to: h, label: label)
            stack.removeLast()
        } else {
            stack.append(next)
            next += 1
        }
    }

    private mutating func attach(_ d: Int, to h: Int, label: UInt8) {
        labels[d] = label
        guard h < count else {
            heads[d] = -1
            return
        }
        heads[d] = h
        if d < h {
            leftCount[h] += 1
            leftLabels[h] |= 1 << UInt64(label & 63)
            if left1[h] < 0 || d < left1[h] {
                left2[h] = left1[h]
                left1[h] = d
            } else if left2[h] < 0 || d < left2[h] {
                left2[h] = d
            }
        } else {
            rightCount[h] += 1
            rightLabels[h] |= 1 << UInt64(label & 63)
            if d > right1[h] {
                right2[h] = right1[h]
                right1[h] = d
            } else if d > right2[h] {
                right2[h] = d
            }
        }
    }
}
