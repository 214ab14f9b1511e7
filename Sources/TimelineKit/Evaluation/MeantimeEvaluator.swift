import Foundation

/// Scores of the pipeline on a NewsReader MEANTIME folder.
public struct MeantimeEvaluation: Sendable, CustomStringConvertible {
    /// Entity mentions, every syntactic type (names, nominals, pronouns), overlapping tokens.
    public var entityMentions = EntityScore()
    /// Named entity mentions (gold `syntactic_type` NAM), overlapping tokens; a
    /// prediction overlapping a nominal or pronoun mention is not counted either way.
    public var namedMentions = EntityScore()
    /// Named mentions whose gold instance is a person, organisation or location, exact tokens.
    public var namedExact = EntityScore()
    /// Named PER/ORG/LOC mentions, overlapping tokens.
    public var namedActors = EntityScore()
    /// Cross-document entity coreference, B-cubed over the matched named mentions.
    public var entityCoreference = (precision: 0.0, recall: 0.0)
    /// Event mentions (gold EVENT_MENTION vs the event-mention tagger's
    /// triggers, ``EventTagger``), overlapping tokens.
    public var eventMentions = EntityScore()
    /// Gold EVENT_MENTION vs the triggers of the story events (``EventExtractor``), overlapping tokens.
    public var storyEventMentions = EntityScore()
    /// Cross-document event coreference, B-cubed over the story events' matched mentions.
    public var eventCoreference = (precision: 0.0, recall: 0.0)
    public var documents = 0

    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    public var description: String {
        func b3(_ x: (precision: Double, recall: Double)) -> String {
            String(format: "P %.3f R %.3f F1 %.3f", x.precision, x.recall, Self.f1(x.precision, x.recall))
        }
        return """
            documents                 \(documents)
            entity mentions (all)     \(entityMentions)
            entity mentions (named)   \(namedMentions)
            named PER/ORG/LOC         \(namedActors)
            named PER/ORG/LOC exact   \(namedExact)
            entity coref B3 (x-doc)   \(b3(entityCoreference))
            event mentions            \(eventMentions)
            event mentions (story)    \(storyEventMentions)
            event coref B3 (x-doc)    \(b3(eventCoreference))
            """
    }
}

/// Runs the whole pipeline on a MEANTIME folder (all documents together, so
/// that actors and events are resolved and merged across documents) and
/// compares its actor mentions and event triggers with the annotation.
///
/// Each document's text is rebuilt from its tokens: tokens joined by a space,
/// sentences by a blank line, the first sentence (the headline) as the title
/// line. A predicted mention covers the tokens its span overlaps; mentions
/// match one to one, by overlapping tokens (the corpus gives no heads for
/// most mentions), the largest overlap first. Coreference is B-cubed over
/// the matched mentions: gold clusters from REFERS_TO and the corpus-wide
/// instance ids, ours from the resolver's actor ids and the merger's events.
public enum MeantimeEvaluator {
    public static func evaluate(directory: String) throws(TimelineError) -> MeantimeEvaluation {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw .unreadable(path: directory, reason: "no such folder")
        }
        guard let e = FileManager.default.enumerator(atPath: directory) else {
            throw .unreadable(path: directory, reason: "cannot list folder")
        }
        var paths = [String]()
        while let rel = e.nextObject() as? String {
            if rel.hasSuffix(".xml") { paths.append((directory as NSString).appendingPathComponent(rel)) }
        }
        var gold = [MeantimeDocument]()
        for p in paths.sorted() { gold.append(try MeantimeReader.read(path: p)) }
        return evaluate(gold)
    }

    /// MEANTIME annotates every mention only in the first sentences of an
    /// article (the headline, the date line and four sentences: sentence
    /// numbers below 6); later sentences carry only some chains. Mentions,
    /// ours and theirs, are scored there.
    public static let annotatedSentences = 6

    public static func evaluate(_ gold: [MeantimeDocument]) -> MeantimeEvaluation {
        // Rebuild the texts and the token byte spans.
        var documents = [Document]()
        var spans = [[Int: TextSpan]]()
        for (k, g) in gold.enumerated() {
            var text = [UInt8](), map = [Int: TextSpan](), title = ""
            var sentence = g.tokens.first?.sentence ?? 0
            var previous = ""
            for t in g.tokens {
                defer { previous = t.text }
                if !text.isEmpty {
                    if t.sentence != sentence {
                        if title.isEmpty { title = String(decoding: text, as: UTF8.self) }
                        text += [0x0A, 0x0A]
                    } else if !Self.attachesLeft(t.text) && !Self.attachesRight(previous) {
                        text.append(0x20)
                    }
                }
                sentence = t.sentence
                let start = text.count
                text += Array(t.text.utf8)
                map[t.id] = TextSpan(start, text.count)
            }
            documents.append(Document(id: "d\(k + 1)", path: g.id, title: title, text: String(decoding: text, as: UTF8.self),
                                      format: .text))
            spans.append(map)
        }
        let result = Pipeline().run(documents)

        // Merged events by (document, sentence start in code points, type).
        var eventOf = [String: String]()
        for ev in result.timeline.events {
            for s in ev.sources { eventOf["\(s.document)#\(s.start)#\(ev.type)"] = ev.id }
        }

        var out = MeantimeEvaluation()
        out.documents = gold.count
        var entityPairs = [(String, String)](), eventPairs = [(String, String)]()
        for (k, g) in gold.enumerated() {
            let analyzed = result.documents[k]
            let tokenIDs = g.tokens.map(\.id)
            let starts = tokenIDs.map { spans[k][$0]!.start }
            func tokens(of span: TextSpan) -> Set<Int> {
                var lo = 0, hi = starts.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if spans[k][tokenIDs[mid]]!.end <= span.start { lo = mid + 1 } else { hi = mid }
                }
                var found = Set<Int>()
                while lo < tokenIDs.count && starts[lo] < span.end {
                    found.insert(tokenIDs[lo])
                    lo += 1
                }
                return found
            }
            var inRegion = Set<Int>()
            for t in g.tokens where t.sentence < annotatedSentences { inRegion.insert(t.id) }
            let actors = analyzed.actorMentions.filter { tokens(of: $0.span).isSubset(of: inRegion) }
            let predicted = actors.map { tokens(of: $0.span) }
            var g = g
            g.entities = g.entities.filter { inRegion.contains($0.tokens[0]) }
            g.events = g.events.filter { inRegion.contains($0.tokens[0]) }
            let events = analyzed.events.filter { tokens(of: $0.trigger).isSubset(of: inRegion) }

            // Entities: all gold mentions.
            let all = g.entities.map { Set($0.tokens) }
            let allMatch = match(predicted, all)
            add(&out.entityMentions, matched: allMatch.count, predicted: predicted.count, gold: all.count)

            // Named gold mentions; predictions on nominal/pronoun mentions left out.
            let namedIndex = g.entities.indices.filter { g.entities[$0].syntacticType == "NAM" }
            let named = namedIndex.map { all[$0] }
            let onOther = Set(allMatch.filter { g.entities[$0.gold].syntacticType != "NAM" }.map(\.predicted))
            let namedMatch = match(predicted, named)
            add(&out.namedMentions, matched: namedMatch.count, predicted: predicted.count - onOther.count,
                gold: named.count)
            for m in namedMatch {
                entityPairs.append((g.entities[namedIndex[m.gold]].instance, actors[m.predicted].actorID))
            }

            // Named people, organisations and places; exact and overlapping.
            let actorIndex = namedIndex.filter { ["PER", "ORG", "LOC"].contains(g.entities[$0].instanceType) }
            let actorGold = actorIndex.map { all[$0] }
            // Ours: people, organisations, places, groups; a prediction on a gold
            // product or financial mention is not counted either way.
            let onNonActor = Set(namedMatch.filter { !["PER", "ORG", "LOC"].contains(g.entities[namedIndex[$0.gold]].instanceType) }.map(\.predicted))
            let considered = predicted.indices.filter {
                !onOther.contains($0) && !onNonActor.contains($0) && actors[$0].kind != .other
            }
            let consideredPredicted = considered.map { predicted[$0] }
            let actorMatch = match(consideredPredicted, actorGold)
            add(&out.namedActors, matched: actorMatch.count, predicted: consideredPredicted.count, gold: actorGold.count)
            let exact = Set(actorGold).intersection(Set(consideredPredicted)).count
            add(&out.namedExact, matched: exact, predicted: consideredPredicted.count, gold: actorGold.count)

            // Events.
            let map = OffsetMap(analyzed.analysis.text)
            let triggers = events.map { tokens(of: $0.trigger) }
            let goldEvents = g.events.map { Set($0.tokens) }
            let eventMatch = match(triggers, goldEvents)
            add(&out.storyEventMentions, matched: eventMatch.count, predicted: triggers.count, gold: goldEvents.count)
            let tagged = EventTagger.triggers(in: analyzed.analysis).map { tokens(of: $0) }.filter { $0.isSubset(of: inRegion) }
            add(&out.eventMentions, matched: match(tagged, goldEvents).count, predicted: tagged.count, gold: goldEvents.count)
            for m in eventMatch {
                let ev = events[m.predicted]
                let key = "\(analyzed.document.id)#\(map.scalarOffset(ev.sentence.start))#\(ev.type)"
                eventPairs.append((g.events[m.gold].instance, eventOf[key] ?? key + "#\(ev.trigger.start)"))
            }
        }
        out.entityCoreference = bcubed(entityPairs)
        out.eventCoreference = bcubed(eventPairs)
        return out
    }

    /// Tokens written against the word before them ("Apple's", "don't", "2008,").
    static func attachesLeft(_ t: String) -> Bool {
        ["'s", "’s", "'", "n't", ",", ".", ";", ":", "?", "!", ")", "%", "''"].contains(t)
    }

    /// Tokens written against the word after them ("(USD", "$99").
    static func attachesRight(_ t: String) -> Bool { ["(", "$", "``"].contains(t) }

    private static func add(_ s: inout EntityScore, matched: Int, predicted: Int, gold: Int) {
        s.truePositives += matched
        s.falsePositives += max(0, predicted - matched)
        s.falseNegatives += gold - matched
    }

    /// One-to-one matching by shared tokens, the largest overlap first (ties: earlier mentions).
    static func match(_ predicted: [Set<Int>], _ gold: [Set<Int>]) -> [(predicted: Int, gold: Int)] {
        var pairs = [(overlap: Int, p: Int, g: Int)]()
        var goldAt = [Int: [Int]]()
        for (j, g) in gold.enumerated() { for t in g { goldAt[t, default: []].append(j) } }
        for (i, p) in predicted.enumerated() {
            var seen = Set<Int>()
            for t in p { for j in goldAt[t] ?? [] where seen.insert(j).inserted {
                pairs.append((p.intersection(gold[j]).count, i, j))
            } }
        }
        pairs.sort { ($0.overlap, -$0.p, -$0.g) > ($1.overlap, -$1.p, -$1.g) }
        var usedP = Set<Int>(), usedG = Set<Int>()
        var out = [(predicted: Int, gold: Int)]()
        for x in pairs where !usedP.contains(x.p) && !usedG.contains(x.g) {
            usedP.insert(x.p)
            usedG.insert(x.g)
            out.append((x.p, x.g))
        }
        return out
    }

    /// B-cubed precision and recall of (gold cluster, system cluster) items.
    static func bcubed(_ items: [(String, String)]) -> (precision: Double, recall: Double) {
        guard !items.isEmpty else { return (0, 0) }
        var both = [String: Int](), gold = [String: Int](), system = [String: Int]()
        for (g, s) in items {
            both[g + "\u{0}" + s, default: 0] += 1
            gold[g, default: 0] += 1
            system[s, default: 0] += 1
        }
        var p = 0.0, r = 0.0
        for (g, s) in items {
            let n = Double(both[g + "\u{0}" + s]!)
            p += n / Double(system[s]!)
            r += n / Double(gold[g]!)
        }
        return (p / Double(items.count), r / Double(items.count))
    }
}
