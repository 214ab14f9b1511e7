import TimelineKit
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
    /// Participants with roles of the story events matched to gold events:
    /// (event, entity, role) against HAS_PARTICIPANT, ours mapped as
    /// agent ~ Arg0, patient ~ Arg1, location ~ Argm-LOC (``roleMapping``);
    /// participants we give no role (`other`) and gold Arg2-4/Argm-OTHER are
    /// left out of this score.
    public var participantRoles = EntityScore()
    /// The same events' (event, entity) pairs, every role on both sides.
    public var participantPairs = EntityScore()
    public var documents = 0
    /// Factuality of the event-mention tagger's words matched to gold events (``FactualityScore``).
    public var factuality = FactualityScore()
    /// Factuality of the story events' triggers matched to gold events.
    public var storyFactuality = FactualityScore()
    /// Wrong and missed participants, one line each, for reading the errors.
    public var participantErrors = [String]()
    /// Gold event mentions the event-mention tagger missed, and its spurious ones, one line each.
    public var eventErrors = [String]()
    /// Cross-document entity coreference errors, one line each: a gold entity
    /// split over several of our actors, or one actor joining several gold
    /// entities, with the forms and counts of each part.
    public var entityCorefErrors = [String]()

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
            participants (roles)      \(participantRoles)
            participants (any role)   \(participantPairs)
            factuality of the event mentions matched to gold events:
            \(factuality)
            factuality of the story events matched to gold events:
            \(storyFactuality)
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
        evaluate(try read(directory: directory))
    }

    /// Every MEANTIME document of a folder (read recursively), in path order.
    public static func read(directory: String) throws(TimelineError) -> [MeantimeDocument] {
        let paths = try CorpusFiles.list(under: directory, suffix: ".xml")
        var gold = [MeantimeDocument]()
        for p in paths.sorted() { gold.append(try MeantimeReader.read(path: p)) }
        return gold
    }

    /// MEANTIME annotates every mention only in the first sentences of an
    /// article (the headline, the date line and four sentences: sentence
    /// numbers below 6); later sentences carry only some chains. Mentions,
    /// ours and theirs, are scored there.
    public static let annotatedSentences = 6

    /// Our participant roles and the PropBank roles of MEANTIME's
    /// HAS_PARTICIPANT links they stand for: the doer is the proto-agent
    /// (Arg0), the one acted upon the proto-patient (Arg1), the place ArgM-LOC.
    public static let roleMapping: [ParticipantRole: String] = [.agent: "Arg0", .patient: "Arg1", .location: "Argm-LOC"]

    /// A document's text rebuilt from its tokens (those `keep` accepts: all
    /// by default), its title line and each token's byte span.
    static func rebuild(_ g: MeantimeDocument, keep: (MeantimeDocument.Token) -> Bool = { _ in true })
        -> (text: String, title: String, spans: [Int: TextSpan]) {
        var text = [UInt8](), map = [Int: TextSpan](), title = ""
        var sentence = g.tokens.first?.sentence ?? 0
        var previous = ""
        for t in g.tokens where keep(t) {
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
        return (String(decoding: text, as: UTF8.self), title, map)
    }

    /// Time expressions scored the TempEval-3 way (``TimexEvaluator``) on the
    /// annotated sentences of each document, against its creation time: a
    /// corpus the time rules were never tuned on. The date line, which is the
    /// creation time itself, is left out of the text (TempEval keeps the DCT
    /// out of the scored text too).
    public static func timexes(_ gold: [MeantimeDocument], tagger: TimeTagger = TimeTagger()) -> TimexEvaluation {
        var result = TimexEvaluation()
        for g in gold {
            let creation = g.timexes.first { $0.isCreationTime }
            let dateLine = Set(g.tokens.filter { creation?.tokens.contains($0.id) == true }.map(\.sentence))
            let (text, title, spans) = rebuild(g) { $0.sentence < annotatedSentences && !dateLine.contains($0.sentence) }
            let dctValue = creation?.value
            var timexes = [GoldTimex]()
            for (k, t) in g.timexes.enumerated() where !t.isCreationTime {
                guard let a = t.tokens.first.flatMap({ spans[$0] }), let b = t.tokens.last.flatMap({ spans[$0] }),
                    let type = TimexType(rawValue: t.type) else { continue }
                timexes.append(GoldTimex(span: TextSpan(a.start, b.end), tid: "t\(k)", type: type, value: t.value))
            }
            let file = TimeMLFile(text: text, dctValue: dctValue, dct: dctValue.flatMap { Day(iso: String($0.prefix(10))) },
                                  title: title, docID: g.id, gold: timexes.sorted { $0.span < $1.span })
            TimexEvaluator.score(file, id: g.id, tagger: tagger, into: &result)
        }
        return result
    }

    public static func evaluate(_ gold: [MeantimeDocument]) -> MeantimeEvaluation {
        // Rebuild the texts and the token byte spans.
        var documents = [Document]()
        var spans = [[Int: TextSpan]]()
        for (k, g) in gold.enumerated() {
            let (text, title, map) = rebuild(g)
            documents.append(Document(id: "d\(k + 1)", path: g.id, title: title, text: text, format: .text))
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
        var entityForms = [String]()
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
            // Our actor ids -> the gold entity instances their mentions match, over the whole document
            // (a participant found through a pronoun is the actor the pronoun stands for).
            var instancesOf = [String: Set<String>]()
            let everyActor = analyzed.actorMentions
            for m in match(everyActor.map { tokens(of: $0.span) }, g.entities.map { Set($0.tokens) }) {
                instancesOf[everyActor[m.predicted].actorID, default: []].insert(g.entities[m.gold].instance)
            }
            let instanceOfMention = Dictionary(g.entities.map { ($0.id, $0.instance) }, uniquingKeysWith: { a, _ in a })
            let textOfMention = Dictionary(g.entities.map { m in
                (m.id, m.tokens.compactMap { id in g.tokens.first { $0.id == id }?.text }.joined(separator: " "))
            }, uniquingKeysWith: { a, _ in a })
            let tokensOfMention = Dictionary(g.entities.map { ($0.id, Set($0.tokens)) }, uniquingKeysWith: { a, _ in a })
            var linksOf = [String: [(instance: String, role: String, text: String)]]()
            var linkTokens = [String: Set<Int>]()  // "event\0instance\0role" -> the participant mention's tokens
            for l in g.participations {
                linksOf[l.event, default: []].append((instanceOfMention[l.entity]!, l.role, textOfMention[l.entity] ?? ""))
                linkTokens[l.event + "\u{0}" + instanceOfMention[l.entity]! + "\u{0}" + l.role, default: []]
                    .formUnion(tokensOfMention[l.entity] ?? [])
            }
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
                entityForms.append(actors[m.predicted].text)
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
            // The pipeline keeps sentences, not tokens: the tagger and the parse read the text again.
            let full = analyzed.tokenized
            let triggers = events.map { tokens(of: $0.trigger) }
            let goldEvents = g.events.map { Set($0.tokens) }
            let eventMatch = match(triggers, goldEvents)
            add(&out.storyEventMentions, matched: eventMatch.count, predicted: triggers.count, gold: goldEvents.count)
            let taggedSpans = EventTagger.triggers(in: full).filter { tokens(of: $0).isSubset(of: inRegion) }
            let tagged = taggedSpans.map { tokens(of: $0) }
            let taggedMatch = match(tagged, goldEvents)
            add(&out.eventMentions, matched: taggedMatch.count, predicted: tagged.count, gold: goldEvents.count)
            // Factuality of every tagged event word matched to a gold event, read as the pipeline reads a trigger's.
            var parses = [Int: SentenceParse]()
            for m in taggedMatch {
                let a = full
                let span = taggedSpans[m.predicted]
                guard let s = a.sentenceIndex(containing: span.start) else { continue }
                if parses[s] == nil, a.sentences[s].tokens.count <= 120 { parses[s] = SyntaxParser.shared.parse(a, sentence: s) }
                let f = FactualityReader.shared.read(a, sentence: s, token: a.tokenRange(of: span).lowerBound, parse: parses[s])
                out.factuality.add(gold: g.events[m.gold].attributes, ours: f, context: "\(g.id): " + Self.marked(a, s, span))
            }
            func text(_ ids: Set<Int>) -> String {
                g.tokens.filter { ids.contains($0.id) }.map(\.text).joined(separator: " ")
            }
            func context(_ ids: Set<Int>) -> String {
                guard let first = ids.min(), let s = g.tokens.first(where: { $0.id == first })?.sentence else { return "" }
                return g.tokens.filter { $0.sentence == s }.map { ids.contains($0.id) ? "[" + $0.text + "]" : $0.text }
                    .joined(separator: " ")
            }
            let taggedGold = Set(taggedMatch.map(\.gold)), taggedOurs = Set(taggedMatch.map(\.predicted))
            for j in goldEvents.indices where !taggedGold.contains(j) {
                out.eventErrors.append("missed   \(g.id): \(text(goldEvents[j]))  | \(context(goldEvents[j]))")
            }
            for i in tagged.indices where !taggedOurs.contains(i) {
                out.eventErrors.append("spurious \(g.id): \(text(tagged[i]))  | \(context(tagged[i]))")
            }
            // Participants of the story events matched to gold events.
            for m in eventMatch {
                let ev = events[m.predicted]
                let gold = linksOf[g.events[m.gold].id] ?? []
                var goldPairs = [(instance: String, text: String)](), seen = Set<String>()
                for l in gold where seen.insert(l.instance).inserted { goldPairs.append((l.instance, l.text)) }
                var goldRoles = [(instance: String, role: String, text: String)](), seenRoles = Set<String>()
                for l in gold where roleMapping.values.contains(l.role) && seenRoles.insert(l.instance + "\u{0}" + l.role).inserted {
                    goldRoles.append(l)
                }
                let ours = ev.participants
                var usedPairs = Set<Int>(), usedRoles = Set<Int>()
                for p in ours {
                    let instances = instancesOf[p.actor] ?? []
                    if let j = goldPairs.indices.first(where: { !usedPairs.contains($0) && instances.contains(goldPairs[$0].instance) }) {
                        usedPairs.insert(j)
                    } else if roleMapping[p.role] == nil {
                        out.participantErrors.append("extra   \(g.id): \(ev.triggerText) \(p.role.rawValue)=\(p.actor)  gold: "
                            + gold.map { "\($0.role)=\($0.text)" }.joined(separator: ", ") + "  | " + context(goldEvents[m.gold]))
                    }
                    guard let role = roleMapping[p.role] else { continue }
                    if let j = goldRoles.indices.first(where: {
                        !usedRoles.contains($0) && goldRoles[$0].role == role && instances.contains(goldRoles[$0].instance)
                    }) {
                        usedRoles.insert(j)
                    } else {
                        out.participantErrors.append("wrong   \(g.id): \(ev.triggerText) \(p.role.rawValue)=\(p.actor)  gold: "
                            + gold.map { "\($0.role)=\($0.text)" }.joined(separator: ", ") + "  | " + context(goldEvents[m.gold]))
                    }
                }
                // Arguments that name no actor ("released an application"): a phrase matches a gold
                // participant of its role whose mention it overlaps.
                let goldEventID = g.events[m.gold].id
                for phrase in ev.arguments {
                    guard let role = roleMapping[phrase.role] else { continue }
                    let ids = tokens(of: phrase.span)
                    if let j = goldRoles.indices.first(where: {
                        !usedRoles.contains($0) && goldRoles[$0].role == role
                            && !(linkTokens[goldEventID + "\u{0}" + goldRoles[$0].instance + "\u{0}" + role] ?? []).isDisjoint(with: ids)
                    }) {
                        usedRoles.insert(j)
                        if let k = goldPairs.indices.first(where: { !usedPairs.contains($0) && goldPairs[$0].instance == goldRoles[j].instance }) {
                            usedPairs.insert(k)
                        }
                    } else {
                        out.participantErrors.append("wrong   \(g.id): \(ev.triggerText) \(phrase.role.rawValue)=\"\(phrase.text)\"  gold: "
                            + gold.map { "\($0.role)=\($0.text)" }.joined(separator: ", ") + "  | " + context(goldEvents[m.gold]))
                    }
                }
                for j in goldRoles.indices where !usedRoles.contains(j) {
                    out.participantErrors.append("missed  \(g.id): \(ev.triggerText) \(goldRoles[j].role)=\(goldRoles[j].text)  ours: "
                        + (ours.map { "\($0.role.rawValue)=\($0.actor)" } + ev.arguments.map { "\($0.role.rawValue)=\"\($0.text)\"" })
                            .joined(separator: ", ") + "  | " + context(goldEvents[m.gold]))
                }
                let phrases = ev.arguments.filter { roleMapping[$0.role] != nil }.count
                add(&out.participantPairs, matched: usedPairs.count, predicted: ours.count + phrases, gold: goldPairs.count)
                add(&out.participantRoles, matched: usedRoles.count,
                    predicted: ours.filter { roleMapping[$0.role] != nil }.count + phrases, gold: goldRoles.count)
            }
            for m in eventMatch {
                let ev = events[m.predicted]
                let a = full
                out.storyFactuality.add(gold: g.events[m.gold].attributes, ours: ev.factuality,
                                        context: "\(g.id): " + (a.sentenceIndex(containing: ev.trigger.start).map { Self.marked(a, $0, ev.trigger) } ?? ev.triggerText))
                let key = "\(analyzed.document.id)#\(map.scalarOffset(ev.sentence.start))#\(ev.type)"
                eventPairs.append((g.events[m.gold].instance, eventOf[key] ?? key + "#\(ev.trigger.start)"))
            }
        }
        out.entityCoreference = bcubed(entityPairs)
        out.entityCorefErrors = corefErrors(entityPairs, forms: entityForms)
        out.eventCoreference = bcubed(eventPairs)
        return out
    }

    /// Sentence `s` of `a` with the tokens of `span` in brackets.
    static func marked(_ a: TextAnalysis, _ s: Int, _ span: TextSpan) -> String {
        a.sentences[s].tokens.map { t in
            let w = a.string(token: t)
            return span.contains(a.tokens[t].span) ? "[" + w + "]" : w
        }.joined(separator: " ")
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

    /// Gold clusters split over several system clusters ("split"), then system
    /// clusters joining several gold ones ("joined"), largest first; each part
    /// with its item count and the forms seen in it.
    static func corefErrors(_ items: [(String, String)], forms: [String]) -> [String] {
        func describe(_ byKey: [String: [String]]) -> String {
            byKey.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map { key, texts in
                let distinct = Array(Set(texts)).sorted().prefix(4).joined(separator: " | ")
                return "\(key) x\(texts.count) [\(distinct)]"
            }.joined(separator: ", ")
        }
        var bySystemOfGold = [String: [String: [String]]](), byGoldOfSystem = [String: [String: [String]]]()
        for (k, (g, s)) in items.enumerated() {
            bySystemOfGold[g, default: [:]][s, default: []].append(forms[k])
            byGoldOfSystem[s, default: [:]][g, default: []].append(forms[k])
        }
        func size(_ d: [String: [String]]) -> Int { d.values.map(\.count).reduce(0, +) }
        var out = [String]()
        for (g, parts) in bySystemOfGold.sorted(by: { (size($0.value), $1.key) > (size($1.value), $0.key) }) where parts.count > 1 {
            out.append("split  \(g): \(describe(parts))")
        }
        for (s, parts) in byGoldOfSystem.sorted(by: { (size($0.value), $1.key) > (size($1.value), $0.key) }) where parts.count > 1 {
            out.append("joined \(s): \(describe(parts))")
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
