/// What the event extractor knows about a document while it reads it in
/// order: which token belongs to which actor mention, the actors met so far
/// (for "he", "she", "the company"), and whether a quotation is open.
struct DocumentContext {
    let analysis: TextAnalysis
    let mentions: [ActorMention]
    /// Token index -> index into `mentions`, or -1.
    let mentionAtToken: [Int32]
    /// DATE and TIME expressions that can anchor an event, in text order.
    let anchors: [TimeExpression]
    let actorNames: [String: String]
    let kinds: [String: ActorKind]
    let lexicon: EventLexicon
    /// Lower-cased token texts (curly apostrophes folded), indexed by token:
    /// made once per document, read by every sentence.
    let words: [String]
    /// What the event tables say about each token's word.
    let wordInfo: [EventLexicon.WordInfo]
    /// The quotation mark each token is, if any.
    let quoteMarks: [QuoteMark?]

    /// The actors of each kind met in the text read so far, latest first (a few),
    /// with the number of the sentence that last named each.
    private(set) var recentByKind: [ActorKind: [(id: String, sentence: Int)]] = [:]
    /// Sentences read so far.
    private(set) var sentencesRead = 0
    /// A pronoun refers to an actor named at most this many sentences before.
    static let pronounReach = 2
    /// Genders shown by pronouns that follow a person's name ("seeks her extradition").
    private(set) var gender: [String: String] = [:]
    /// A quotation opened in an earlier sentence of the same paragraph is still open.
    private(set) var quoteOpen = false
    private var quoteParagraph = -1

    init(analysis: TextAnalysis, mentions: [ActorMention], timexes: [TimeExpression],
         actorNames: [String: String], lexicon: EventLexicon) {
        self.analysis = analysis
        self.mentions = mentions.sorted { $0.span < $1.span }
        var index = [Int32](repeating: -1, count: analysis.tokens.count)
        var kinds = [String: ActorKind]()
        for (m, mention) in self.mentions.enumerated() {
            for t in analysis.tokenRange(of: mention.span) where index[t] < 0 { index[t] = Int32(m) }
            kinds[mention.actorID] = kinds[mention.actorID] ?? mention.kind
        }
        mentionAtToken = index
        self.kinds = kinds
        anchors = timexes.filter { ($0.type == .date || $0.type == .time) && !$0.value.value.hasSuffix("_REF") }
            .sorted { $0.span < $1.span }
        self.actorNames = actorNames
        self.lexicon = lexicon
        let n = analysis.tokens.count
        var words = [String](), info = [EventLexicon.WordInfo](), marks = [QuoteMark?]()
        words.reserveCapacity(n)
        info.reserveCapacity(n)
        marks.reserveCapacity(n)
        let b = analysis.bytes
        for t in 0..<n {
            let span = analysis.tokens[t].span
            let w = EventLexicon.foldedWord(b, span)
            info.append(lexicon.wordInfo[w] ?? [])
            words.append(w)
            marks.append(QuoteMark(analysis, t))
        }
        self.words = words
        wordInfo = info
        quoteMarks = marks
    }

    /// The canonical name of an actor.
    func name(_ actorID: String) -> String { actorNames[actorID] ?? actorID }

    /// Whether the sentence starts inside a quotation opened earlier in its paragraph.
    func startsInQuote(_ sentence: Sentence) -> Bool {
        quoteOpen && quoteParagraph == sentence.paragraph
    }

    /// The actors of a kind named in the last ``pronounReach`` sentences, latest first.
    func recent(_ kind: ActorKind) -> [String] {
        (recentByKind[kind] ?? []).filter { sentencesRead - $0.sentence <= Self.pronounReach }.map(\.id)
    }

    /// The kind of mention `m`'s actor: the resolved actor's, whatever one mention said.
    func kind(of m: Int) -> ActorKind { kinds[mentions[m].actorID] ?? mentions[m].kind }

    /// The actor the parse found as the subject of the sentence being read, if any
    /// (``SentenceView/mainSubject()``): it ranks first for the pronouns that follow.
    var sentenceSubject: String?

    /// Records a sentence as read: its actors become the latest of their kind,
    /// and its quotation marks open or close the quotation.
    ///
    /// The latest named ranks first for a pronoun of the next sentences, except
    /// the sentence's subject, which ranks above all: a pronoun takes up the subject
    /// of the sentence before ("Tyrone Benton says he spotted a leak on the rig's
    /// Blowout Preventer. He told the BBC": Benton), as centering ranks a sentence's
    /// entities by grammatical role.
    mutating func remember(_ sentence: Sentence) {
        defer { sentenceSubject = nil }
        var open = startsInQuote(sentence)
        var lastPerson: String?
        for t in sentence.tokens {
            if let m = mentionIndex(at: t) {
                let id = mentions[m].actorID
                let k = kind(of: m)
                var list = recentByKind[k] ?? []
                list.removeAll { $0.id == id }
                list.insert((id, sentencesRead), at: 0)
                recentByKind[k] = Array(list.prefix(4))
                if k == .person { lastPerson = id }
            } else if let person = lastPerson, wordInfo[t].contains(.gender),
                      let g = lexicon.genders[analysis.lowercased(token: t)] {
                if gender[person] == nil { gender[person] = g }
                lastPerson = nil
            }
            switch quoteMarks[t] {
            case .opening: open = true
            case .closing: open = false
            case .straight: open.toggle()
            case nil: break
            }
        }
        if let id = sentenceSubject, let k = kinds[id], var list = recentByKind[k] {
            list.removeAll { $0.id == id }
            list.insert((id, sentencesRead), at: 0)
            recentByKind[k] = Array(list.prefix(4))
        }
        quoteOpen = open
        quoteParagraph = sentence.paragraph
        sentencesRead += 1
    }

    func mentionIndex(at token: Int) -> Int? {
        // Scans may look one past a sentence that ends the text without a full stop.
        guard token >= 0 && token < mentionAtToken.count else { return nil }
        let m = mentionAtToken[token]
        return m < 0 ? nil : Int(m)
    }
}

/// A quotation mark token.
enum QuoteMark {
    case opening, closing, straight

    init?(_ analysis: TextAnalysis, _ t: Int) {
        let s = analysis.tokens[t].span
        let b = analysis.bytes
        if s.length == 1 && b[s.start] == 0x22 {
            self = .straight
        } else if s.length == 3 && b[s.start] == 0xE2 && b[s.start + 1] == 0x80 && b[s.start + 2] == 0x9C {
            self = .opening
        } else if s.length == 3 && b[s.start] == 0xE2 && b[s.start + 1] == 0x80 && b[s.start + 2] == 0x9D {
            self = .closing
        } else {
            return nil
        }
    }
}
