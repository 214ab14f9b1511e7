/// A sparse vector of a text's content words: term ids in increasing order
/// with their weights, unit length (or empty).
struct TermVector: Sendable {
    var ids: [Int32] = []
    var weights: [Float] = []

    var isEmpty: Bool { ids.isEmpty }

    /// The dot product; for unit vectors, the cosine.
    func dot(_ other: TermVector) -> Float {
        var (i, j, sum) = (0, 0, Float(0))
        while i < ids.count && j < other.ids.count {
            if ids[i] < other.ids[j] {
                i += 1
            } else if ids[i] > other.ids[j] {
                j += 1
            } else {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            }
        }
        return sum
    }

    /// The weighted sum of vectors, scaled to unit length: a centroid.
    static func centroid(_ vectors: some Sequence<(TermVector, Float)>) -> TermVector {
        var sums = [Int32: Float]()
        for (v, w) in vectors {
            for (id, x) in zip(v.ids, v.weights) { sums[id, default: 0] += w * x }
        }
        return TermVector(unnormalized: sums)
    }

    /// The plain sum of vectors (not scaled).
    static func sum(_ vectors: [TermVector]) -> TermVector {
        var sums = [Int32: Float]()
        for v in vectors {
            for (id, x) in zip(v.ids, v.weights) { sums[id, default: 0] += x }
        }
        var result = TermVector()
        for id in sums.keys.sorted() where sums[id]! != 0 {
            result.ids.append(id)
            result.weights.append(sums[id]!)
        }
        return result
    }

    /// A vector from term weights, scaled to unit length.
    init(unnormalized sums: [Int32: Float]) {
        // Summed in term order: a dictionary's order changes from run to run, and so would the rounding.
        let keys = sums.keys.sorted()
        let norm = keys.reduce(Float(0)) { $0 + sums[$1]! * sums[$1]! }.squareRoot()
        guard norm > 0 else { return }
        for id in keys where sums[id]! != 0 {
            ids.append(id)
            weights.append(sums[id]! / norm)
        }
    }

    init() {}
}

/// Every sentence of a pile of articles as the stemmed content words it
/// holds (lower-cased letters and digits, cut at every other character, stop
/// words out, words of four letters or more Porter-stemmed: the words ROUGE
/// would count), with how many sentences and documents hold each word. What
/// the story stage measures texts with: what the pile is about, how close a
/// sentence or a document is to it, how alike two sentences are.
struct StoryText: Sendable {
    /// terms[document][sentence]: the term ids of the sentence, in text order.
    let terms: [[[Int32]]]
    /// Per term: the number of sentences and of documents that hold it.
    let sentenceFrequency: [Int32]
    let documentFrequency: [Int32]
    let sentenceCount: Int
    let documentCount: Int

    init(_ documents: [AnalyzedDocument], stopWords: Set<[UInt8]>) {
        var ids = [[UInt8]: Int32]()
        var stems = [[UInt8]: Int32]()
        var sentenceFrequency = [Int32](), documentFrequency = [Int32]()
        var terms = [[[Int32]]]()
        terms.reserveCapacity(documents.count)
        var sentenceCount = 0
        for a in documents {
            let b = a.analysis.bytes
            var inDocument = Set<Int32>()
            var perSentence = [[Int32]]()
            perSentence.reserveCapacity(a.analysis.sentences.count)
            for sentence in a.analysis.sentences {
                var words = [Int32]()
                var word = [UInt8]()
                func flush() {
                    defer { word.removeAll(keepingCapacity: true) }
                    guard !word.isEmpty, !stopWords.contains(word) else { return }
                    if let id = ids[word] {
                        words.append(id)
                        return
                    }
                    let stem = word.count > 3 ? PorterStemmer.stem(word) : word
                    let id: Int32
                    if let known = stems[stem] {
                        id = known
                    } else {
                        id = Int32(sentenceFrequency.count)
                        stems[stem] = id
                        sentenceFrequency.append(0)
                        documentFrequency.append(0)
                    }
                    ids[word] = id
                    words.append(id)
                }
                for k in sentence.span.start..<min(sentence.span.end, b.count) {
                    let c = b[k]
                    if c >= 0x61 && c <= 0x7A || c >= 0x30 && c <= 0x39 {
                        word.append(c)
                    } else if c >= 0x41 && c <= 0x5A {
                        word.append(c + 32)
                    } else {
                        flush()
                    }
                }
                flush()
                for id in Set(words) {
                    sentenceFrequency[Int(id)] += 1
                    inDocument.insert(id)
                }
                perSentence.append(words)
                sentenceCount += 1
            }
            for id in inDocument { documentFrequency[Int(id)] += 1 }
            terms.append(perSentence)
        }
        self.terms = terms
        self.sentenceFrequency = sentenceFrequency
        self.documentFrequency = documentFrequency
        self.sentenceCount = sentenceCount
        documentCount = documents.count
    }

    /// How rare a term is among sentences: log(N / (1 + sentences holding it)).
    func idf(_ id: Int32) -> Float {
        log(Float(sentenceCount) / Float(1 + sentenceFrequency[Int(id)]))
    }

    /// The tf-idf vector of some of a sentence's terms (unit length).
    func vector(_ ids: ArraySlice<Int32>) -> TermVector {
        var sums = [Int32: Float]()
        for id in ids { sums[id, default: 0] += 1 }
        for (id, tf) in sums { sums[id] = tf * max(0, idf(id)) }
        return TermVector(unnormalized: sums)
    }

    func vector(document d: Int, sentence s: Int) -> TermVector { vector(terms[d][s][...]) }

    /// The tf-idf vector of a whole document, idf counted over documents.
    func documentVector(_ d: Int) -> TermVector {
        var sums = [Int32: Float]()
        for sentence in terms[d] { for id in sentence { sums[id, default: 0] += 1 } }
        for (id, tf) in sums {
            sums[id] = tf * max(0, log(Float(documentCount) / Float(1 + documentFrequency[Int(id)])))
        }
        return TermVector(unnormalized: sums)
    }
}

import Foundation
