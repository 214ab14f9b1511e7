import TimelineKit
import Foundation

/// Precision, recall and F1 of one entity type.
public struct EntityScore: Sendable, Hashable, Codable, CustomStringConvertible {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        String(format: "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision, recall, f1, truePositives,
               falsePositives, falseNegatives)
    }
}

/// Scores the ``ActorRecognizer`` against a named-entity corpus in CoNLL-2003
/// format (`token POS chunk NER-tag` a line, blank lines between sentences,
/// `-DOCSTART-` between documents), exact span match per type.
///
/// People, organisations and places are compared with PER, ORG and LOC;
/// groups, `other` and MISC are left out. Each CoNLL document becomes one
/// text, a sentence a paragraph, tokens joined by spaces; page-furniture
/// flags are cleared because the corpus is article text only (its upper-case
/// headlines are annotated too).
public enum NamedEntityEvaluation {
    /// Scores per type ("PER", "ORG", "LOC") and over all three ("ALL").
    public static func conll(path: String) throws(TimelineError) -> [String: EntityScore] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw TimelineError.unreadable(path: path, reason: "missing, unreadable or not UTF-8")
        }
        return conll(text: text)
    }

    /// Scores the documents of CoNLL-format `text`.
    public static func conll(text: String) -> [String: EntityScore] {
        var scores = ["PER": EntityScore(), "ORG": EntityScore(), "LOC": EntityScore(), "ALL": EntityScore()]
        var sentences = [[(token: String, tag: String)]]()
        var current = [(token: String, tag: String)]()
        let recognizer = ActorRecognizer()
        let analyzer = TextAnalyzer()

        func flushDocument() {
            if !current.isEmpty { sentences.append(current) }
            current = []
            guard !sentences.isEmpty else { return }
            score(sentences, recognizer, analyzer, into: &scores)
            sentences = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                flushDocument()
                continue
            }
            let fields = line.split(separator: " ")
            if fields.count < 2 {
                if !current.isEmpty { sentences.append(current) }
                current = []
                continue
            }
            current.append((String(fields[0]), String(fields[fields.count - 1])))
        }
        flushDocument()
        return scores
    }

    private struct Entity: Hashable {
        var start: Int
        var end: Int
        var type: String
    }

    private static func score(_ sentences: [[(token: String, tag: String)]], _ recognizer: ActorRecognizer,
                              _ analyzer: TextAnalyzer, into scores: inout [String: EntityScore]) {
        var text = ""
        var starts = [Int: Int](), ends = [Int: Int]()
        var gold = Set<Entity>()
        var index = 0
        var offset = 0
        for sentence in sentences {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            var open: Entity?
            for (k, (token, tag)) in sentence.enumerated() {
                if k > 0 {
                    text += " "
                    offset += 1
                }
                starts[offset] = index
                text += token
                offset += token.utf8.count
                ends[offset] = index + 1
                // IOB1 or IOB2: a B- tag, or an I- tag after another type, starts an entity.
                let type = tag.count > 2 ? String(tag.dropFirst(2)) : ""
                if let o = open, tag.hasPrefix("I-") && o.type == type {
                    open?.end = index + 1
                } else {
                    if let o = open { gold.insert(o) }
                    open = tag == "O" ? nil : Entity(start: index, end: index + 1, type: type)
                }
                index += 1
            }
            if let o = open { gold.insert(o) }
        }
        gold = gold.filter { $0.type == "PER" || $0.type == "ORG" || $0.type == "LOC" }

        var analysis = analyzer.analyze(text)
        for i in analysis.sentences.indices { analysis.sentences[i].furniture = nil }
        var predicted = Set<Entity>()
        var misaligned = [String: Int]()
        for m in recognizer.mentions(in: analysis) {
            let type: String
            switch m.kind {
            case .person: type = "PER"
            case .organization: type = "ORG"
            case .place: type = "LOC"
            case .group, .other: continue
            }
            if let s = starts[m.span.start], let e = ends[m.span.end] {
                predicted.insert(Entity(start: s, end: e, type: type))
            } else {
                misaligned[type, default: 0] += 1
            }
        }
        for type in ["PER", "ORG", "LOC"] {
            let g = gold.filter { $0.type == type }
            let p = predicted.filter { $0.type == type }
            let tp = g.intersection(p).count
            let fp = p.count - tp + misaligned[type, default: 0]
            let fn = g.count - tp
            scores[type]!.truePositives += tp
            scores[type]!.falsePositives += fp
            scores[type]!.falseNegatives += fn
            scores["ALL"]!.truePositives += tp
            scores["ALL"]!.falsePositives += fp
            scores["ALL"]!.falseNegatives += fn
        }
    }
}
