/// What a pile of articles is about, read from the pile itself: the words
/// most of its documents share. It says how close each document and each
/// sentence is to the story, and which documents are far from it (a
/// genealogy page, a sports box, a page in another language that a crawl
/// swept in).
struct StoryProfile: Sendable {
    let text: StoryText
    /// Per term: the share of documents that hold it.
    let topicWeight: [Float]
    /// Per document: the cosine of its tf-idf vector with the centroid of all the others
    /// (leaving it out: in a small pile a page would otherwise be close to the story
    /// through its own share of the centroid).
    let documentRelevance: [Float]
    /// Per document: judged far from the story.
    let offTopic: [Bool]
    /// The centroid of every on-topic sentence's vector: what a sentence of this story says.
    let centroid: TermVector
    /// The median relevance of a sentence (``sentenceRelevance(_:_:)``), to compare others with.
    let typicalSentenceRelevance: Float
    /// Per document: the sentences that are the site's template, not the article (``templateSentences(_:)``).
    let template: [Set<Int>]

    /// Below this many documents the pile is too small to call one off-topic.
    static let minimumDocumentsForRelevance = 8

    /// - Parameter offTopicShare: a document is off-topic when its closeness to the pile is
    ///   below this share of the median document's.
    init(_ documents: [AnalyzedDocument], offTopicShare: Double, lexicon: StoryLexicon = .shared) {
        let text = StoryText(documents, stopWords: lexicon.stopWords)
        self.text = text
        let n = Float(max(1, text.documentCount))
        topicWeight = text.documentFrequency.map { Float($0) / n }

        let vectors = (0..<text.documentCount).map(text.documentVector)
        let pile = TermVector.sum(vectors)
        let pileNorm = pile.dot(pile)
        documentRelevance = vectors.map { v in
            let (shared, own) = (v.dot(pile), v.dot(v))
            let rest = (pileNorm - 2 * shared + own).squareRoot()
            return rest > 0 ? (shared - own) / rest : 0
        }
        let median = Self.median(documentRelevance)
        if text.documentCount >= Self.minimumDocumentsForRelevance && median > 0 {
            offTopic = documentRelevance.map { $0 < Float(offTopicShare) * median }
        } else {
            offTopic = [Bool](repeating: false, count: text.documentCount)
        }

        var relevances = [Float]()
        // Each sentence's vector made as the sum reaches it: the pile's sentences are never all held at once.
        let offTopic = self.offTopic
        centroid = TermVector.centroid((0..<text.documentCount).lazy.filter { !offTopic[$0] }.flatMap { d in
            text.terms[d].indices.lazy.map { s in (text.vector(document: d, sentence: s), Float(1)) }
        })
        let weights = topicWeight
        for d in 0..<text.documentCount where !offTopic[d] {
            for s in text.terms[d].indices where !text.terms[d][s].isEmpty {
                relevances.append(Self.relevance(text.terms[d][s], weights))
            }
        }
        typicalSentenceRelevance = max(Self.median(relevances), 1e-6)
        template = Self.templateSentences(text)
    }

    /// Below this many content words a repeated sentence may be a coincidence ("Shares fell.").
    static let minimumTemplateWords = 4
    /// A sentence is the site's template when this many documents hold it, each followed by a different sentence.
    static let templateDocuments = 3

    /// The sentences a site prints around its articles ("Explore all of our
    /// oil spill graphics to track the spill ..."), found as boilerplate
    /// detectors find them: the same sentence in several documents, each time
    /// followed by a different one. An article copied whole by several pages
    /// repeats its sentences with the same neighbours and stays.
    static func templateSentences(_ text: StoryText) -> [Set<Int>] {
        // Per sentence (as its terms): how many documents hold it (and the last one counted).
        var holders = [[Int32]: (count: Int32, last: Int32)]()
        for (d, sentences) in text.terms.enumerated() {
            for terms in sentences where terms.count >= minimumTemplateWords {
                let found = holders[terms] ?? (0, -1)
                if found.last != Int32(d) { holders[terms] = (found.count + 1, Int32(d)) }
            }
        }
        // Then, only for those held by enough documents, the sentences after it.
        var followers = [[Int32]: Set<[Int32]>]()
        for sentences in text.terms {
            for (s, terms) in sentences.enumerated()
            where terms.count >= minimumTemplateWords && holders[terms]!.count >= templateDocuments {
                followers[terms, default: []].insert(s + 1 < sentences.count ? sentences[s + 1] : [])
            }
        }
        return text.terms.map { sentences in
            Set(sentences.indices.filter { s in (followers[sentences[s]]?.count ?? 0) >= templateDocuments })
        }
    }

    /// How much of what sentence `s` of document `d` says is what the pile
    /// is about: the shares of documents holding each of its distinct words,
    /// summed, over the square root of its word count (plus one), relative to
    /// the median sentence. 1 is a typical sentence of the story.
    func sentenceRelevance(_ d: Int, _ s: Int) -> Float {
        Self.relevance(text.terms[d][s], topicWeight) / typicalSentenceRelevance
    }

    private static func relevance(_ terms: [Int32], _ weights: [Float]) -> Float {
        let distinct = Set(terms)
        guard !distinct.isEmpty else { return 0 }
        let sum = distinct.reduce(Float(0)) { $0 + weights[Int($1)] }
        return sum / (Float(distinct.count).squareRoot() + 1)
    }

    static func median(_ values: [Float]) -> Float {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}

/// The story stage's tables.
struct StoryLexicon: Sendable {
    let stopWords: Set<[UInt8]>
    /// Lower-case words that make a sentence opening with them lean on the ones before.
    let dependentOpeners: Set<String>

    static let shared = StoryLexicon()

    init() {
        stopWords = Set(ResourceTable.rows("story/stop-words.tsv").compactMap { $0.first.map { Array($0.utf8) } })
        dependentOpeners = Set(ResourceTable.rows("story/dependent-openers.tsv").compactMap(\.first))
    }

    /// Whether a summary line stands on its own: it opens with a capital
    /// letter, a digit or a quotation mark, and not with a word that points
    /// back to earlier sentences.
    func standsAlone(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if CharacterSet.lowercaseLetters.contains(first) { return false }
        let word = text.prefix { $0.isLetter || $0 == "'" }.lowercased()
        return !dependentOpeners.contains(word)
    }
}

import Foundation
