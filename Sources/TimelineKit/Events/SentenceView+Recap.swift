/// Dates for the undated sentences of a recap: a paragraph that narrates
/// earlier dated events ("The uprising began in February. ... Obama signs
/// an executive order freezing Gadhafi's assets."), or a list of items each
/// under its date ("Feb. 25:" on a line of its own). Their events are dated
/// by that heading or left bounded before the publication, never pinned to
/// the publication day by their present tense.
extension SentenceView {
    /// How an undated trigger of a recap sentence is dated; nil when the sentence is no recap.
    /// - `heading`: the sentence before consists of one time expression alone ("Feb. 25:"): it dates the sentence.
    /// - `narrated`: an earlier sentence of the same paragraph names a date that ends before the publication.
    enum Recap {
        case heading(TimeExpression)
        case narrated(TimeExpression)
    }

    /// `index`: the sentence's index in the analysis; `reference`: the publication.
    func recap(sentence index: Int, reference: TimeReference) -> Recap? {
        let a = context.analysis
        guard index > 0, index < a.sentences.count else { return nil }
        let previous = a.sentences[index - 1]
        let before = context.anchors.filter { previous.span.contains($0.span) }
        if before.count == 1, let only = before.first {
            let inside = a.tokenRange(of: only.span)
            let alone = previous.tokens.allSatisfy { inside.contains($0) || a.tokens[$0].kind == .punctuation }
            if alone { return .heading(only) }
        }
        // The nearest earlier date of the paragraph that ends before the publication.
        guard let published = reference.earliest ?? reference.latest else { return nil }
        let paragraph = sentence.paragraph
        var k = index - 1
        while k >= 0 && a.sentences[k].paragraph == paragraph {
            let s = a.sentences[k]
            if let past = context.anchors.last(where: { s.span.contains($0.span) && ($0.value.latest.map { $0 < published } ?? false) }) {
                return .narrated(past)
            }
            k -= 1
        }
        return nil
    }
}
