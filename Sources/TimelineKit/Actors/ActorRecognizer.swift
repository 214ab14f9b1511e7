/// Finds the people, organisations, places and groups named in one text.
///
/// Rule based and table driven (`Resources/actors/`): a name is a run of
/// capitalised tokens, and what it names is read from the tables (countries,
/// places, known organisations, title words, given names, surnames) and from
/// its context (an organisation head word ending it, a title before it, a role
/// apposition after it, a speech verb after it). Within the document a short
/// form takes the id of the full name it shortens ("Trump" -> `donald-trump`,
/// "Meng" -> `meng-wanzhou`, "Mr Pence" -> `mike-pence`).
///
/// Conventions:
/// - A country named inside a role ("US President Donald Trump") is a mention
///   of the country of its own; the person's mention is "Donald Trump" with
///   the role "US President".
/// - A demonym alone ("a Chinese firm") is not a mention; before a government
///   word ("the British government", "Canadian authorities") it is the country.
/// - A capital stands for its country's government ("Washington believes")
///   unless a locative word makes it a place ("in Washington").
/// - "Conservative MPs", "European countries": kind `group`, id from the phrase.
/// - Headlines only contribute names that the tables or the body establish;
///   related-post lists, comment and share widgets contribute nothing.
/// - An unexplained capitalised name in mid-sentence is kept as kind `other`,
///   so that the resolver can still connect it to an actor named elsewhere.
public struct ActorRecognizer: Sendable {
    let lexicon: ActorLexicon

    public init() { lexicon = .shared }

    /// Mentions of people, organisations, places/countries and groups in one
    /// analysed text (furniture sentences included: a caption names people too).
    /// `actorID` is a provisional document-local key at this point.
    ///
    /// - Complexity: O(n) in the number of tokens; each token is looked up in
    ///   hash tables a bounded number of times.
    public func mentions(in analysis: TextAnalysis) -> [ActorMention] {
        var scan = ActorScan(analysis, lexicon)
        scan.recognize()
        return scan.mentions()
    }
}
