/// The tagger's and the parser's answer for one sentence's ``SyntaxWords``:
/// per word its tag, its head (a word index, -1 for the root) and the relation to it.
package struct WordParse: Sendable, Equatable {
    package var tags: [PartOfSpeech]
    package var heads: [Int]
    package var relations: [DependencyRelation]

    package init(tags: [PartOfSpeech], heads: [Int], relations: [DependencyRelation]) {
        self.tags = tags
        self.heads = heads
        self.relations = relations
    }

    /// Word `k`'s distance from the root (the root's dependent: 0).
    func depth(_ k: Int) -> Int {
        var d = 0, h = heads[k]
        while h >= 0 && d <= heads.count {
            d += 1
            h = heads[h]
        }
        return d
    }
}
