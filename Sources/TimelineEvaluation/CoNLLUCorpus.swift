import TimelineKit
import Foundation

/// A Universal Dependencies treebank in CoNLL-U: one word a line (ID, FORM,
/// LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC, tab-separated),
/// blank lines between sentences, `#` comment lines. Multi-word token lines
/// ("3-4 didn't") and empty nodes ("5.1") are skipped: the sentence is its
/// syntactic words, as UD scores parsers.
public struct CoNLLUCorpus: Sendable {
    public struct Sentence: Sendable {
        public var words: [String]
        public var tags: [PartOfSpeech]
        /// Per word: its head (a word index), -1 for the root.
        public var heads: [Int]
        public var relations: [DependencyRelation]

        /// The words' UTF-8 bytes with a space after each (what a speed figure in MB/s counts).
        public var byteCount: Int { words.reduce(0) { $0 + $1.utf8.count + 1 } }
    }

    public var sentences: [Sentence]

    public init(sentences: [Sentence]) { self.sentences = sentences }

    /// Reads a CoNLL-U file.
    public init(path: String) throws(TimelineError) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: "missing, unreadable or not UTF-8")
        }
        try self.init(text: text, path: path)
    }

    /// Parses CoNLL-U text (`path` names it in errors).
    public init(text: String, path: String = "CoNLL-U") throws(TimelineError) {
        var sentences = [Sentence]()
        var current = Sentence(words: [], tags: [], heads: [], relations: [])
        func close() {
            if !current.words.isEmpty { sentences.append(current) }
            current = Sentence(words: [], tags: [], heads: [], relations: [])
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.allSatisfy({ $0 == " " || $0 == "\r" }) {
                close()
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 8 else { throw .malformed(path: "\(path):\(number + 1)", reason: "fewer than 8 fields") }
            guard let id = Int(fields[0]) else { continue }  // "3-4", "5.1"
            guard id == current.words.count + 1, let head = Int(fields[6]) else {
                throw .malformed(path: "\(path):\(number + 1)", reason: "word id or head out of sequence")
            }
            current.words.append(String(fields[1]))
            current.tags.append(PartOfSpeech(ud: fields[3]) ?? .other)
            current.heads.append(head - 1)
            current.relations.append(DependencyRelation(ud: fields[7]))
        }
        close()
        for (k, s) in sentences.enumerated() where s.heads.contains(where: { $0 < -1 || $0 >= s.words.count }) {
            throw .malformed(path: "\(path): sentence \(k + 1)", reason: "a head outside the sentence")
        }
        self.sentences = sentences
    }
}
