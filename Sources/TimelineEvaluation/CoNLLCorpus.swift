import TimelineKit
import Foundation

/// A named-entity corpus in CoNLL-2003 format: `token POS chunk NER-tag` a
/// line (only the first and last fields are read), blank lines between
/// sentences, `-DOCSTART-` lines between documents, IOB1 or IOB2 tags.
public struct CoNLLCorpus: Sendable {
    /// One document: its sentences' words and its gold names (token indices
    /// counted over the whole document).
    public struct Document: Sendable {
        public var sentences: [[String]]
        public var names: [EntitySpan]
        /// The second column per word (CoNLL-2003: a Penn Treebank part-of-speech tag).
        public var tags: [[String]] = []

        /// The document as the tagger reads it (words joined by spaces).
        public var tokens: EntityTokens { EntityTokens(sentences: sentences) }
    }

    public var documents: [Document]

    /// Reads a CoNLL file.
    public init(path: String) throws(TimelineError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw TimelineError.unreadable(path: path, reason: "missing, unreadable or not UTF-8")
        }
        self.init(text: text)
    }

    /// Parses CoNLL text.
    public init(text: String) {
        var documents = [Document]()
        var sentences = [[String]](), names = [EntitySpan]()
        var words = [String](), tags = [[String]](), wordTags = [String]()
        var index = 0
        var open: EntitySpan?
        func closeSentence() {
            if let o = open { names.append(o) }
            open = nil
            if !words.isEmpty {
                sentences.append(words)
                tags.append(wordTags)
            }
            words = []
            wordTags = []
        }
        func closeDocument() {
            closeSentence()
            if !sentences.isEmpty { documents.append(Document(sentences: sentences, names: names, tags: tags)) }
            sentences = []
            tags = []
            names = []
            index = 0
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                closeDocument()
                continue
            }
            let fields = line.split(separator: " ")
            guard fields.count >= 2 else {
                closeSentence()
                continue
            }
            let tag = fields[fields.count - 1]
            words.append(String(fields[0]))
            wordTags.append(fields.count > 2 ? String(fields[1]) : "")
            // IOB1 or IOB2: a B- tag, or an I- tag after another type, starts a name.
            let type = tag.count > 2 ? EntityType(conll: tag.dropFirst(2)) : nil
            if let o = open, tag.hasPrefix("I-"), o.type == type {
                open?.end = index + 1
            } else {
                if let o = open { names.append(o) }
                open = type.map { EntitySpan(start: index, end: index + 1, type: $0) }
            }
            index += 1
        }
        closeDocument()
        self.documents = documents
    }
}
