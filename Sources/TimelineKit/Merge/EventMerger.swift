import Foundation

/// Groups event mentions that tell the same event, across and within
/// articles, and reconciles their dates.
///
/// Two mentions tell the same event when they have the same type, dates
/// that can be the same time, a shared actor, and sentences that share
/// enough content words (or, for actions, two actors and a precise shared
/// date). Grouping is greedy in document order, so the result is stable.
/// A mention not told as having happened ("if he is convicted", "may
/// resign", ``Factuality``) never joins one that is: the merge key is the
/// type and whether the mention is factual.
public struct EventMerger: Sendable {
    let stopWords: Set<String>
    /// The stop words' lower-case bytes by their FNV-1a hash, so that a word
    /// is checked without building a String.
    let stopWordsByHash: [UInt64: [[UInt8]]]

    /// Types told by speech triggers ("statement", "denial"): one speaker says several things a day.
    let speechTypes: Set<String>
    /// Speech types that name an act (a warning, an offer, a denial), not a bare saying.
    let speechActTypes: Set<String>
    /// Signs that open a sum of money (`merge/currency-signs.tsv`).
    static let currencySigns = Set(ResourceTable.rows("merge/currency-signs.tsv").compactMap { $0.count > 1 ? $0[1].first : nil })

    public init() {
        let lexicon = EventLexicon.shared
        let speech = lexicon.triggers.values.filter { $0.triggerClass == .speech }
        speechTypes = Set(speech.map(\.type))
        speechActTypes = Set(speech.filter { !$0.isPlainSaying(in: lexicon) }.map(\.type))
        stopWords = Set(ResourceTable.rows("merge/stop-words.tsv").compactMap(\.first))
        var byHash = [UInt64: [[UInt8]]]()
        for w in stopWords where w.utf8.count > 1 && w.utf8.count <= Self.longestStopWord {
            var hash = Self.fnvOffset
            for b in w.utf8 { hash = (hash ^ UInt64(b)) &* Self.fnvPrime }
            byHash[hash, default: []].append(Array(w.utf8))
        }
        stopWordsByHash = byHash
    }

    /// Indices of `mentions` grouped into events, each group in input order,
    /// groups ordered by their first mention.
    public func clusters(_ mentions: [EventMention]) -> [[Int]] {
        let merger = self
        return clusters(mentions, words: mentions.parallelMap { merger.contentWords(of: $0) }, anchoring: true)
    }

    /// ``clusters(_:)`` with each mention's ``contentWords(of:)`` given, so
    /// that a caller grouping the same mentions again (publication inference
    /// does, round after round) computes them once.
    /// - Parameter anchoring: whether retellings with no precise day then join the day they tell (``anchorRetellings``).
    func clusters(_ mentions: [EventMention], words: [ContentWords], anchoring: Bool = false) -> [[Int]] {
        var groups = [[Int]]()
        var groupDates = [TimeValue?]()
        // The groups a mention can join (``sameEvent``): those with a member sharing one of its
        // actors and a date its own allows, or, for a mention of one precise day, a member of
        // that day (a core phrase shared); indexed by type, actor and date, so the pass stays
        // linear however many groups a type and a much-named actor have over a year of news.
        var byActor = [ActorDateKey: [Int]]()
        var byDay = [GroupKey: [Int]]()
        func index(_ i: Int, in g: Int) {
            let m = mentions[i], type = MergeKey(m)
            let slots = DateSlot.filing(groupDates[g])
            for a in m.actors {
                for slot in slots {
                    let key = ActorDateKey(type: type, actor: a, slot: slot)
                    if byActor[key]?.last != g { byActor[key, default: []].append(g) }
                }
            }
            if let d = m.date, d.spanInDays == 1 {
                let key = GroupKey(type: type, key: d.value)
                if byDay[key]?.last != g { byDay[key, default: []].append(g) }
            }
        }
        // A sentence told word for word again (syndicated copy) joins its first telling's group.
        var verbatim = [VerbatimKey: Int]()
        for (i, m) in mentions.enumerated() {
            var home: Int?
            let key = VerbatimKey(type: MergeKey(m), sentence: m.sentenceText)
            // (One sentence gives at most one event of a type, so the group holds no other from it.)
            // A copy dated only by its own publication (a page republished days later) joins
            // whatever its date, when the sentence is long enough not to recur by chance;
            // its date then takes no part in the group's (salience counts it as no new source).
            let republished = m.dateBasis == .inferred && words[i].count >= Self.republishedWords
            var joinedAsCopy = false
            if let g = verbatim[key] {
                if republished {
                    home = g
                    joinedAsCopy = true
                } else if m.date.map({ groupDates[g]?.isCompatible(with: $0) ?? true }) ?? true {
                    home = g
                }
            }
            let type = MergeKey(m)
            var candidates = Set<Int>()
            let slots = DateSlot.lookup(m.date)
            for a in m.actors {
                for slot in slots {
                    guard let found = byActor[ActorDateKey(type: type, actor: a, slot: slot)] else { continue }
                    // (A mention with no date within one calendar year could join any group: the latest ones.)
                    candidates.formUnion(slot == .all ? found.suffix(Self.undatedCandidates) : found[...])
                }
            }
            if let d = m.date, d.spanInDays == 1 { candidates.formUnion(byDay[GroupKey(type: type, key: d.value)] ?? []) }
            for g in candidates.sorted() where home == nil {
                if let d = groupDates[g], let md = m.date, !d.isCompatible(with: md) { continue }
                // Compare with the group's first members and its latest one: enough to
                // recognise a retelling, and linear in the corpus however large a group grows.
                let size = groups[g].count
                let probes = (0..<min(size, Self.probeCount)).lazy.map { groups[g][$0] }
                if probes.contains(where: { sameEvent(mentions[$0], m, words[$0], words[i]) })
                    || size > Self.probeCount && sameEvent(mentions[groups[g][size - 1]], m, words[groups[g][size - 1]], words[i]) {
                    home = g
                    break
                }
            }
            if let g = home {
                groups[g].append(i)
                if !joinedAsCopy { groupDates[g] = Self.intersection(groupDates[g], mentions[i].date) }
                index(i, in: g)
            } else {
                groups.append([i])
                groupDates.append(m.date)
                index(i, in: groups.count - 1)
            }
            if verbatim[key] == nil { verbatim[key] = home ?? groups.count - 1 }
        }
        joinBridgedGroups(&groups, dates: &groupDates, mentions: mentions, words: words)
        if anchoring { anchorRetellings(&groups, dates: groupDates, mentions: mentions, words: words) }
        return groups
    }

    /// Groups of one type and one precise day whose members tell one event (``sameEvent``)
    /// become one: the first pass compares a mention only with the groups made before it, so
    /// a telling read before the one that bridges it to a group stays apart ("Rosemont told
    /// the BBC gangs had begun robbing and looting since the prison escape" read before
    /// "Rosemont said that since the mass escape, the gangs had been looting"). Blocked by
    /// type and day, each block's groups compared pairwise through their probed members.
    func joinBridgedGroups(_ groups: inout [[Int]], dates: inout [TimeValue?], mentions: [EventMention], words: [ContentWords]) {
        var blocks = [GroupKey: [Int]]()
        for g in groups.indices {
            guard let d = dates[g], d.spanInDays == 1 else { continue }
            blocks[GroupKey(type: MergeKey(mentions[groups[g][0]]), key: d.value), default: []].append(g)
        }
        var parent = [Int?](repeating: nil, count: groups.count)
        func root(_ g: Int) -> Int {
            var g = g
            while let p = parent[g] { g = p }
            return g
        }
        for block in blocks.values where block.count > 1 && block.count <= Self.bridgedBlockLimit {
            for (x, g) in block.enumerated() {
                for h in block[(x + 1)...] where root(g) != root(h) {
                    let tells = groups[g].prefix(Self.probeCount).contains { i in
                        groups[h].prefix(Self.probeCount).contains { j in sameEvent(mentions[i], mentions[j], words[i], words[j]) }
                    }
                    // The earlier group is the root: groups stay ordered by their first mention.
                    if tells {
                        let (a, b) = (root(g), root(h))
                        parent[max(a, b)] = min(a, b)
                    }
                }
            }
        }
        guard parent.contains(where: { $0 != nil }) else { return }
        for g in groups.indices where parent[g] != nil {
            let r = root(g)
            groups[r].append(contentsOf: groups[g])
            dates[r] = Self.intersection(dates[r], dates[g])
        }
        let kept = groups.indices.filter { parent[$0] == nil }
        groups = kept.map { groups[$0].sorted() }
        dates = kept.map { dates[$0] }
    }

    /// The most groups of one type and day compared pairwise for bridges (a larger block,
    /// thousands of sayings on one day of a huge pile, keeps the first pass's groups).
    static let bridgedBlockLimit = 200

    /// Second pass: a group with no single day (told as already past with no
    /// date of its own, "11 workers were killed in the explosion", or dated
    /// only by a month or a year) joins the group of one precise day that
    /// tells the same happening, when there is one: the same type, a day its
    /// dates allow, and the same participants: an actor in the same core role,
    /// or core phrases in the same role sharing a word or a count, never two
    /// different counts ("killed 11 workers", "Eleven people died" are one
    /// death; "killed 15 people" is another). Among several such groups the
    /// one sharing most words, weighed by how many tellings could be of it
    /// (its own and the retellings it fits), wins, then the earlier. Candidates come from an
    /// index of those keys, so the pass is linear in the mentions.
    func anchorRetellings(_ groups: inout [[Int]], dates: [TimeValue?], mentions: [EventMention], words: [ContentWords]) {
        func isDay(_ g: Int) -> Bool { dates[g]?.spanInDays == 1 }
        func probes(_ g: Int) -> ArraySlice<Int> { groups[g].prefix(Self.probeCount) }
        // Each probed member's clues, and a group's clues: its probed members' together.
        var memberClues = [Int: [MergeClue]]()
        for g in groups {
            let speech = speechTypes.contains(mentions[g[0]].type)
            for i in g.prefix(Self.probeCount) { memberClues[i] = speech ? sayingClues(of: mentions[i]) : retellingClues(of: mentions[i]) }
        }
        let clues = groups.map { g in g.prefix(Self.probeCount).flatMap { memberClues[$0] ?? [] } }
        var index = [AnchorKey: [Int]]()
        for g in groups.indices where isDay(g) {
            let type = MergeKey(mentions[groups[g][0]])
            // (Sayings are found by their sums only: a speaker says many things a day.)
            let speech = speechTypes.contains(type.type)
            for clue in Set(clues[g]) where !speech || clue.isCount {
                let key = AnchorKey(type: type, clue: clue)
                if index[key, default: []].count < Self.anchorCandidates { index[key, default: []].append(g) }
            }
        }
        /// The day groups sharing a clue with group `g` whose dates it allows, with the words they share.
        func options(_ g: Int) -> [(group: Int, overlap: Double)] {
            let type = MergeKey(mentions[groups[g][0]])
            var seen = Set<Int>()
            var result = [(group: Int, overlap: Double)]()
            for clue in clues[g] {
                for h in index[AnchorKey(type: type, clue: clue)] ?? [] where h != g && seen.insert(h).inserted {
                    if let d = dates[g], let e = dates[h], !d.isCompatible(with: e) { continue }
                    var overlap = 0.0
                    for i in probes(g) {
                        for j in probes(h) {
                            if let s = retellingScore(mentions[i], mentions[j], memberClues[i] ?? [], memberClues[j] ?? [],
                                                      words[i], words[j]) {
                                overlap = max(overlap, s)
                            }
                        }
                    }
                    if overlap > 0 { result.append((h, overlap)) }
                }
            }
            return result
        }
        var parent = [Int?](repeating: nil, count: groups.count)
        func root(_ g: Int) -> Int {
            var g = g
            while let p = parent[g] { g = p }
            return g
        }
        // Groups of the same day telling the same happening (the first pass compares
        // sentences; this compares participants) become one, in the earliest.
        for g in groups.indices where isDay(g) && !clues[g].isEmpty {
            let best = options(g).filter { $0.group < g }.max { a, b in
                a.overlap != b.overlap ? a.overlap < b.overlap : a.group > b.group
            }
            parent[g] = best.map { root($0.group) }
        }
        // The groups each retelling with no day could tell, and how many tellings each day then has.
        var retellings = [(group: Int, options: [(group: Int, overlap: Double)])]()
        var support = groups.map(\.count)
        for g in groups.indices where parent[g] != nil { support[root(g)] += groups[g].count }
        // (One told with no bound at all, "a pandemic kills millions", may be of any time: it stays apart.)
        for g in groups.indices where !isDay(g) && !clues[g].isEmpty && dates[g]?.latest != nil {
            let candidates = options(g).map { (group: root($0.group), overlap: $0.overlap) }
            guard !candidates.isEmpty else { continue }
            retellings.append((g, candidates))
            for h in Set(candidates.map(\.group)) { support[h] += groups[g].count }
        }
        // A retelling most likely tells the day most tellings support.
        for (g, candidates) in retellings {
            parent[g] = candidates.max { a, b in
                let (x, y) = (a.overlap * (1 + log(Double(support[a.group]))), b.overlap * (1 + log(Double(support[b.group]))))
                return x != y ? x < y : a.group > b.group
            }?.group
        }
        for g in groups.indices where parent[g] != nil { groups[root(g)].append(contentsOf: groups[g]) }
        groups = groups.indices.compactMap { g in parent[g] == nil ? groups[g].sorted() : nil }.sorted { $0[0] < $1[0] }
    }

    /// What a retelling and the event it tells may share: an actor in a core role, a word of a core phrase, a count.
    enum MergeClue: Hashable {
        case actor(String, ParticipantRole)
        case word(UInt64, ParticipantRole)
        case count(Int, ParticipantRole)

        var isActor: Bool { if case .actor = self { true } else { false } }
        var isCount: Bool { if case .count = self { true } else { false } }
    }

    /// A type and an actor id or a day: the blocks groups are indexed by.
    struct GroupKey: Hashable {
        var type: MergeKey
        var key: String
    }

    /// A type, an actor and where a group's date is filed: the first pass's actor index.
    struct ActorDateKey: Hashable {
        var type: MergeKey
        var actor: String
        var slot: DateSlot
    }

    /// How many of the latest groups naming an actor a mention with no date within one calendar year is compared with.
    static let undatedCandidates = 4096

    /// Where a date is filed: a group's date is `exact` at the finest calendar
    /// unit holding it (its month or year, else `coarse`; a day is its own)
    /// and `within` that unit and each wider one. A mention dated within a unit can join
    /// only groups dated within it or exactly at a wider unit holding it
    /// (dates that do not overlap are no candidates), and a group's date only
    /// narrows as members join, so an entry filed under a wider unit stays
    /// found. Units: days and months since the epoch, years.
    enum DateSlot: Hashable {
        case all
        case coarse
        case exactYear(Int), exactMonth(Int)
        case withinYear(Int), withinMonth(Int), withinDay(Int)

        /// The calendar units holding a date, finest first (empty: no unit holds it).
        static func units(_ d: TimeValue?) -> (day: Int?, month: Int?, year: Int?) {
            guard let d, let e = d.earliest, let l = d.latest, e.year == l.year else { return (nil, nil, nil) }
            guard e.month == l.month else { return (nil, nil, e.year) }
            return (e == l ? e.daysSinceEpoch : nil, e.year * 12 + e.month - 1, e.year)
        }

        /// The slots a group of date `d` is filed under.
        static func filing(_ d: TimeValue?) -> [DateSlot] {
            let (day, month, year) = units(d)
            var slots: [DateSlot] = [.all]
            if let day { slots.append(.withinDay(day)) }
            if let month { slots += [day == nil ? .exactMonth(month) : nil, .withinMonth(month)].compactMap { $0 } }
            if let year { slots += [month == nil ? .exactYear(year) : nil, .withinYear(year)].compactMap { $0 } }
            if year == nil { slots.append(.coarse) }
            return slots
        }

        /// The slots holding every group a mention of date `d` may join.
        static func lookup(_ d: TimeValue?) -> [DateSlot] {
            let (day, month, year) = units(d)
            guard let year else { return [.all] }
            if let month {
                if let day { return [.withinDay(day), .exactMonth(month), .exactYear(year), .coarse] }
                return [.withinMonth(month), .exactYear(year), .coarse]
            }
            return [.withinYear(year), .coarse]
        }
    }

    struct AnchorKey: Hashable {
        var type: MergeKey
        var clue: MergeClue
    }

    /// How many precise-day groups one clue offers a retelling (the first ones): bounds the work on huge piles.
    static let anchorCandidates = 256

    /// The smallest count that identifies a happening (tens of dead); smaller ones recur by chance.
    static let tellingCount = 10

    /// The words two tellings must share when one word of their core phrases is all they have in common.
    static let singleWordOverlap = 0.3

    /// The words two tellings sharing such a count must share.
    static let countedOverlap = 0.05

    /// Content words shared by a retelling and an event's mention for them to be one.
    static let anchorOverlap = 0.12

    /// A mention's ``MergeClue``s: its actors in the agent and patient roles, the
    /// words and counts of its phrases in those roles.
    func retellingClues(of m: EventMention) -> [MergeClue] {
        var clues = [MergeClue]()
        for p in m.participants where p.role == .agent || p.role == .patient { clues.append(.actor(p.actor, p.role)) }
        for x in m.arguments where x.role == .agent || x.role == .patient {
            clues += contentWords(x.text, digits: false).hashes.map { .word($0, x.role) }
            clues += Self.counts(in: x.text).map { .count($0, x.role) }
        }
        return clues
    }

    /// A saying's ``MergeClue``s: its speaker, and the sums of money its sentence
    /// names ("$20 billion", "$500m"): one speaker announcing the same sum on one
    /// day ("Obama announced that BP had agreed to set up a $20 billion relief
    /// fund", "the agreement Obama announced on Wednesday with BP for a $20
    /// billion relief fund") makes one announcement, whatever else each says.
    ///
    /// A quantity with its unit ("within 24 hours", "5,000 barrels") counts as a sum does:
    /// one speaker giving the same figure on one day ("BP said it hoped to contain the spill
    /// within 24 hours", "BP said the spill might be capped within 24 hours") says one thing.
    func sayingClues(of m: EventMention) -> [MergeClue] {
        let speakers = m.participants.filter { $0.role == .agent }.map { MergeClue.actor($0.actor, .agent) }
        guard !speakers.isEmpty else { return [] }
        return speakers + (Self.sums(in: m.sentenceText) + quantities(in: m.sentenceText)).map { .count($0, .other) }
    }

    static let multipliers = ResourceTable.words("merge/multipliers.tsv")

    /// Numbers of at least ``tellingCount`` followed by a word in lower case that is no
    /// stop word nor a multiplier (a unit or what is counted: "24 hours", "5,000 barrels";
    /// not "30 to 45 days", "30 million"), neither a year nor a day of a month ("20 April").
    func quantities(in text: String) -> [Int] {
        var result = [Int]()
        let words = text.split(separator: " ")
        let months = TimeLexicon.shared.months
        func isMonth(_ k: Int) -> Bool {
            words.indices.contains(k) && months[words[k].lowercased().trimmingCharacters(in: .punctuationCharacters)] != nil
        }
        for (k, w) in words.enumerated() where k + 1 < words.count {
            guard w.first?.isASCII == true, w.first?.isNumber == true, w.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ",") }),
                  let n = Int(w.filter { $0 != "," }), n >= Self.tellingCount else { continue }
            if !w.contains(","), w.count == 4, (1000..<3000).contains(n) { continue }
            let next = words[k + 1]
            guard let f = next.first, f.isLetter, f.isLowercase, !isMonth(k + 1), !isMonth(k - 1),
                  !stopWords.contains(String(next)), !Self.multipliers.contains(String(next))
            else { continue }
            result.append(n)
        }
        return result
    }

    /// Sums of money in a text: a currency sign and digits ("$20", "$500m", "# 346m" in tokenised text), the digits' value.
    static func sums(in text: String) -> [Int] {
        var result = [Int]()
        let words = text.split(separator: " ")
        for (k, w) in words.enumerated() {
            let word = w.drop { "([\"'".contains($0) }
            guard let sign = word.first, currencySigns.contains(sign) else { continue }
            var amount = word.dropFirst()
            if amount.isEmpty, k + 1 < words.count { amount = words[k + 1] }
            let digits = amount.prefix { $0.isASCII && ($0.isNumber || $0 == ",") }.filter { $0 != "," }
            if let n = Int(digits), n >= Self.tellingCount { result.append(n) }
        }
        return result
    }

    /// How well mention `a` retells `b`: nil when they cannot be one happening,
    /// else their content words' overlap. `ca`, `cb`: their clues
    /// (``retellingClues(of:)``, for sayings ``sayingClues(of:)``).
    func retellingScore(_ a: EventMention, _ b: EventMention, _ ca: [MergeClue], _ cb: [MergeClue],
                        _ wa: ContentWords, _ wb: ContentWords) -> Double? {
        guard a.type == b.type, a.factuality.isFactual == b.factuality.isFactual else { return nil }
        if let da = a.date, let db = b.date, !da.isCompatible(with: db) { return nil }
        if speechTypes.contains(a.type) {
            // One speaker and one sum of money (``sayingClues(of:)``).
            let speaker = ca.contains { $0.isActor && cb.contains($0) }
            let sum = ca.contains { $0.isCount && cb.contains($0) }
            guard speaker && sum else { return nil }
            let overlap = wa.jaccard(with: wb)
            return overlap >= Self.countedOverlap ? overlap : nil
        }
        for role in [ParticipantRole.agent, .patient] {
            func counts(_ c: [MergeClue]) -> Set<Int> { Set(c.compactMap { if case .count(let n, role) = $0 { n } else { nil } }) }
            let (x, y) = (counts(ca), counts(cb))
            if !x.isEmpty && !y.isEmpty && x.isDisjoint(with: y) { return nil }
        }
        guard ca.contains(where: cb.contains) else { return nil }
        // Known actors in a core role must agree ("The House approves the $700 billion package", "The Senate approves ...").
        for role in [ParticipantRole.agent, .patient] {
            let x = a.participants.filter { $0.role == role }, y = b.participants.filter { $0.role == role }
            if !x.isEmpty && !y.isEmpty && !x.contains(where: y.contains) { return nil }
        }
        // A large count told alike ("11 workers", "Eleven people") is rarely chance: fewer words need agree.
        // A known actor in the same role, or two words of the core phrases, is a participant
        // shared; one word alone ("people", "flu") is not, unless the sentences are alike.
        var sharesCount = false, sharesActor = false
        var sharedWords = Set<MergeClue>()
        for c in ca where cb.contains(c) {
            switch c {
            case .count(let n, _): sharesCount = sharesCount || n >= Self.tellingCount
            case .actor: sharesActor = true
            case .word: sharedWords.insert(c)
            }
        }
        let overlap = wa.jaccard(with: wb)
        let needed = sharesCount ? Self.countedOverlap
            : sharesActor || sharedWords.count >= 2 ? Self.anchorOverlap : Self.singleWordOverlap
        return overlap >= needed ? overlap : nil
    }

    /// The counts a phrase gives: numbers in digits ("11", "200,000") and cardinal words ("eleven").
    /// (A tokeniser's "200 ,000" is one number already: ``TextAnalysis/reading(_:)``.)
    static func counts(in text: String) -> [Int] {
        var result = [Int]()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            let w = word.lowercased().filter { $0 != "," }
            if let n = Int(w), n > 0 {
                result.append(n)
            } else if let n = TimeLexicon.shared.numbers[w], n.kind == "cardinal" {
                result.append(n.value)
            }
        }
        return result
    }

    /// A sentence and the event type read from it.
    struct VerbatimKey: Hashable {
        var type: MergeKey
        var sentence: String
    }

    /// What two mentions must share to be one event: the type, and whether they are told as having happened.
    struct MergeKey: Hashable {
        var type: String
        var isFactual: Bool
        init(_ m: EventMention) {
            type = m.type
            isFactual = m.factuality.isFactual
        }
    }

    /// How many differently explained dates an event's explanation lists.
    static let explanationLimit = 6

    /// Content words a sentence needs for a copy of it to join its first telling whatever its publication date.
    static let republishedWords = 8

    /// The content words a sentence needs, and the share of them the other must hold, to count as told inside it.
    static let containedWords = 6
    static let containment = 0.8

    /// The content words two sentences must share to be one telling whatever agents they were read with.
    static let alikeOverlap = 0.5

    /// The words of what was said two articles' tellings of one speaker's act on one day must share.
    static let actSharedWords = 2

    /// What a saying says: the content words of its summary after the verb
    /// ("Nick Clegg warns | a row between Britain and ..."), else of the whole
    /// summary but its speaker's phrase.
    func saidWords(_ m: EventMention) -> ContentWords {
        if let verb = EventLexicon.shared.triggers[m.triggerText.lowercased()]?.present,
           let r = m.summary.range(of: " \(verb) ") {
            return contentWords(String(m.summary[r.upperBound...]))
        }
        let speaker = contentWords(m.arguments.filter { $0.role == .agent }.map(\.text).joined(separator: " "))
        var said = contentWords(m.summary)
        said.hashes.removeAll { speaker.hashes.contains($0) }
        return said
    }

    /// How many members of a group a new mention is compared with.
    static let probeCount = 8

    func sameEvent(_ a: EventMention, _ b: EventMention, _ wa: ContentWords, _ wb: ContentWords) -> Bool {
        guard a.type == b.type, a.factuality.isFactual == b.factuality.isFactual else { return false }
        if a.documentID == b.documentID && a.sentence == b.sentence { return false }
        if let da = a.date, let db = b.date, !da.isCompatible(with: db) { return false }
        if sharesCorePhrase(a, b) { return true }
        // The actors both name (lists of a few ids: counted in place, no set built).
        func isShared(_ x: String) -> Bool { a.actors.contains(x) && b.actors.contains(x) }
        var sharedCount = 0
        for (k, x) in a.actors.enumerated() where b.actors.contains(x) && !a.actors[..<k].contains(x) { sharedCount += 1 }
        guard sharedCount > 0 else { return false }
        let common = wa.commonCount(with: wb)
        let jaccard = wa.jaccard(with: wb, common: common)
        let smaller = min(wa.count, wb.count)
        // The agents must agree when both are known, unless the two sentences are one
        // telling, worded alike: then the agents differ in how they were read, not in fact
        // ("Henry Waxman, a House Democrat, has accused BP ..." and the same sentence behind a glued caption).
        let wordedAlike = jaccard >= Self.alikeOverlap && smaller >= Self.containedWords
        if let x = a.actors.first, let y = b.actors.first, !isShared(x) && !isShared(y), !wordedAlike { return false }
        // Sayings of two different known speakers are two, unless worded alike: one sentence
        // giving both ("Benn said ..., but Alan Johnson said ...") names the other speaker too.
        if speechTypes.contains(a.type), !wordedAlike, let x = Self.agent(of: a), let y = Self.agent(of: b), x != y { return false }
        if jaccard >= 0.3 { return true }
        // One speaker's act of speech (a warning, an offer, an appeal) on one precise day,
        // told by two articles in words that overlap, is one act: a speaker warns once a
        // day, in words each article quotes differently ("the UN warns the outbreak might
        // become a pandemic", "... the virus has the potential to become a pandemic").
        // Plain sayings stay apart: one speaker says many things a day; so do acts naming
        // different sums ("Obama announced a $20 billion fund", "... a $100 million fund").
        if speechActTypes.contains(a.type), a.documentID != b.documentID,
           let da = a.date, let db = b.date, da.spanInDays == 1, da == db,
           let x = Self.agent(of: a), x == Self.agent(of: b),
           saidWords(a).commonCount(with: saidWords(b)) >= Self.actSharedWords {
            func figures(_ m: EventMention) -> Set<Int> { Set(Self.sums(in: m.sentenceText) + quantities(in: m.sentenceText)) }
            let (fa, fb) = (figures(a), figures(b))
            return fa.isEmpty || fb.isEmpty || !fa.isDisjoint(with: fb)
        }
        // One sentence inside the other: a retelling with more around it, or one glued to its
        // neighbour where a full stop was lost ("... to Mexico An aide to US Energy Secretary ...").
        if smaller >= Self.containedWords && Double(common) >= Self.containment * Double(smaller) { return true }
        // An action on one precise day with the same actor in the same core role (the
        // one who acted, or the one it was done to) is one real event however it is
        // told ("Police arrested Mayor Keller on Wednesday", "Keller was arrested on
        // March 3"): blocking by type, day and participant, as coreference does.
        if !speechTypes.contains(a.type), let da = a.date, let db = b.date, da.spanInDays == 1, db.spanInDays == 1,
           sharesCoreRole(a, b) {
            return true
        }
        if a.isReported || b.isReported { return false }
        // Actions: two shared actors on the same precise day or month.
        guard sharedCount >= 2, jaccard >= 0.15, let da = a.date, let db = b.date,
              let sa = da.spanInDays, let sb = db.spanInDays, sa <= 31, sb <= 31 else { return false }
        return true
    }

    /// The actor in the agent role of a mention, if any.
    static func agent(of m: EventMention) -> String? { m.participants.first { $0.role == .agent }?.actor }

    /// Whether two actions on the same precise day, neither with an actor in a
    /// core role, have the same one who acted or was acted on as written:
    /// their phrases in that role share a word, numbers aside ("As many as
    /// 200,000 people died in the 12 January earthquake", "Thousands of
    /// people are thought to have died in Tuesday's earthquake"). A death
    /// toll told many ways is one death event, its counts the sources'.
    func sharesCorePhrase(_ a: EventMention, _ b: EventMention) -> Bool {
        guard !speechTypes.contains(a.type), let da = a.date, let db = b.date, da.spanInDays == 1, da.value == db.value
        else { return false }
        func hasCoreActor(_ m: EventMention) -> Bool { m.participants.contains { $0.role == .agent || $0.role == .patient } }
        guard !hasCoreActor(a), !hasCoreActor(b) else { return false }
        for x in a.arguments where x.role == .agent || x.role == .patient {
            let wx = contentWords(x.text, digits: false)
            for y in b.arguments where y.role == x.role && wx.commonCount(with: contentWords(y.text, digits: false)) > 0 {
                return true
            }
        }
        return false
    }

    /// Whether an actor is the agent of both mentions or the patient of both.
    func sharesCoreRole(_ a: EventMention, _ b: EventMention) -> Bool {
        a.participants.contains { p in
            (p.role == .agent || p.role == .patient) && b.participants.contains { $0.actor == p.actor && $0.role == p.role }
        }
    }

    /// The content words of a mention: its sentence and its summary.
    func contentWords(of m: EventMention) -> ContentWords { contentWords(m.sentenceText, m.summary) }

    /// A set of content words as sorted, distinct 64-bit hashes: two sets
    /// are compared by one merge pass, with no hashing and no allocation.
    struct ContentWords: Sendable {
        var hashes: [UInt64]
        var count: Int { hashes.count }

        /// Shared words over all words (0 for two empty sets). `common`: their
        /// ``commonCount(with:)``, when the caller has it already.
        func jaccard(with other: ContentWords, common: Int? = nil) -> Double {
            let common = common ?? commonCount(with: other)
            let union = count + other.count - common
            return union == 0 ? 0 : Double(common) / Double(union)
        }

        /// How many words both sets hold.
        func commonCount(with other: ContentWords) -> Int {
            let (x, y) = (hashes, other.hashes)
            var (i, j, n) = (0, 0, 0)
            while i < x.count && j < y.count {
                if x[i] < y[j] {
                    i += 1
                } else if x[i] > y[j] {
                    j += 1
                } else {
                    n += 1
                    i += 1
                    j += 1
                }
            }
            return n
        }
    }

    /// Lower-cased letter words of texts (read as one text, a space between
    /// them), stop words left out, as 64-bit FNV-1a hashes: comparing sets
    /// of integers is what makes grouping fast on large corpora (a collision
    /// only makes two words count as one).
    /// - Parameter digits: false to read digits as separators (a count is no word of what was counted).
    func contentWords(_ texts: String..., digits: Bool = true) -> ContentWords {
        var result = [UInt64]()
        var hash: UInt64 = Self.fnvOffset
        var length = 0
        // The word's first bytes, enough to recognise a stop word.
        var word = [UInt8]()
        word.reserveCapacity(Self.longestStopWord)
        func flush() {
            if length > 1 && !(length <= Self.longestStopWord && isStopWord(hash, word)) {
                result.append(hash)
            }
            hash = Self.fnvOffset
            length = 0
            word.removeAll(keepingCapacity: true)
        }
        for text in texts {
            for b in text.utf8 {
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || digits && b >= 0x30 && b <= 0x39 || b >= 0x80 {
                    let lower = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    hash = (hash ^ UInt64(lower)) &* Self.fnvPrime
                    length += 1
                    if length <= Self.longestStopWord { word.append(lower) }
                } else {
                    flush()
                }
            }
            flush()
        }
        result.sort()
        var distinct = 0
        for h in result where distinct == 0 || result[distinct - 1] != h {
            result[distinct] = h
            distinct += 1
        }
        result.removeLast(result.count - distinct)
        return ContentWords(hashes: result)
    }

    private func isStopWord(_ hash: UInt64, _ word: [UInt8]) -> Bool {
        guard let candidates = stopWordsByHash[hash] else { return false }
        return candidates.contains(word)
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3
    /// Longer words are never stop words, so they need no lookup.
    static let longestStopWord = 12

    /// The days two values both allow, keeping the more precise value.
    static func intersection(_ a: TimeValue?, _ b: TimeValue?) -> TimeValue? {
        guard let a else { return b }
        guard let b else { return a }
        var best = (a.spanInDays ?? .max) <= (b.spanInDays ?? .max) ? a : b
        best.earliest = [a.earliest, b.earliest].compactMap { $0 }.max()
        best.latest = [a.latest, b.latest].compactMap { $0 }.min()
        return best
    }

    /// One timeline event per group: the most precise consistent date wins,
    /// dates of other sources that cannot be the same time are kept as conflicts.
    public func merge(_ mentions: [EventMention], clusters: [[Int]], offsetMaps: [String: OffsetMap],
                      documentOrder: [String: Int]) -> [TimelineEvent] {
        let sentences = mentions.map { m -> TextSpan in
            guard let map = offsetMaps[m.documentID] else { return m.sentence }
            return TextSpan(map.scalarOffset(m.sentence.start), map.scalarOffset(m.sentence.end))
        }
        return merge(mentions, clusters: clusters, scalarSentences: sentences, documentOrder: documentOrder)
    }

    /// ``merge(_:clusters:offsetMaps:documentOrder:)`` with each mention's
    /// sentence already in code-point offsets (`scalarSentences[i]` for
    /// `mentions[i]`): no offset map of every whole text needs to be held.
    func merge(_ mentions: [EventMention], clusters: [[Int]], scalarSentences: [TextSpan],
               documentOrder: [String: Int]) -> [TimelineEvent] {
        var events = [TimelineEvent]()
        for group in clusters {
            let members = group.map { mentions[$0] }
            let (date, winner) = reconcile(members, documentOrder: documentOrder)
            let lead = members[winner ?? 0]
            var counts = [String: Int]()
            var order = [String]()
            for m in members {
                for a in m.actors {
                    if counts[a] == nil { order.append(a) }
                    counts[a, default: 0] += 1
                }
            }
            // The lead's own actors first (agent first), then the rest by frequency.
            var actors = lead.actors
            for a in order.enumerated().sorted(by: { (counts[$0.1]!, -$0.0) > (counts[$1.1]!, -$1.0) }).map(\.1)
            where !actors.contains(a) {
                actors.append(a)
            }
            let participants = Self.participants(of: actors, lead: lead, members: members)
            var sources = [EventSource]()
            var seen = Set<String>()
            let byPosition = group.sorted { a, b in
                let (x, y) = (mentions[a], mentions[b])
                return (documentOrder[x.documentID] ?? 0, x.sentence.start) < (documentOrder[y.documentID] ?? 0, y.sentence.start)
            }
            for i in byPosition {
                let m = mentions[i]
                guard seen.insert("\(m.documentID)#\(m.sentence.start)").inserted else { continue }
                let scalar = scalarSentences[i]
                sources.append(EventSource(document: m.documentID, sentence: m.sentenceText,
                                           start: scalar.start, end: scalar.end))
            }
            events.append(TimelineEvent(id: "", summary: lead.summary, type: lead.type, date: date,
                                        actors: actors, sources: sources, participants: participants,
                                        factuality: lead.factuality))
        }
        events.sort(by: Self.chronological)
        for i in events.indices { events[i].id = "e\(i + 1)" }
        return events
    }

    /// Each merged actor with one role: the lead mention's, else the role
    /// the sources give it most often (ties in `ParticipantRole` order), so
    /// one source reading Meng as the agent of her own arrest does not outvote the lead.
    static func participants(of actors: [String], lead: EventMention, members: [EventMention]) -> [Participant] {
        actors.map { id in
            if let p = lead.participants.first(where: { $0.actor == id }) { return p }
            var counts = [ParticipantRole: Int]()
            for m in members {
                for p in m.participants where p.actor == id { counts[p.role, default: 0] += 1 }
            }
            let role = ParticipantRole.allCases.max { a, b in
                let (x, y) = (counts[a] ?? 0, counts[b] ?? 0)
                return x != y ? x < y : ParticipantRole.allCases.firstIndex(of: a)! > ParticipantRole.allCases.firstIndex(of: b)!
            } ?? .other
            return Participant(actor: id, role: counts.isEmpty ? .other : role)
        }
    }

    /// Date order: bounded events by earliest day, then latest; events known
    /// only to be before a day next; undated last; ties by summary.
    static func chronological(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool {
        func key(_ e: TimelineEvent) -> (Int, Int, Int) {
            guard let d = e.date else { return (2, .max, .max) }
            if let lo = d.earliest { return (0, lo.daysSinceEpoch, d.latest?.daysSinceEpoch ?? .max) }
            if let hi = d.latest { return (1, hi.daysSinceEpoch, hi.daysSinceEpoch) }
            return (2, .max, .max)
        }
        let (ka, kb) = (key(a), key(b))
        if ka != kb { return ka < kb }
        if a.summary != b.summary { return a.summary < b.summary }
        return (a.sources.first?.document ?? "", a.sources.first?.start ?? 0)
            < (b.sources.first?.document ?? "", b.sources.first?.start ?? 0)
    }

    /// The group's date and which member gave it.
    func reconcile(_ members: [EventMention], documentOrder: [String: Int]) -> (EventDate?, Int?) {
        func rank(_ b: EventDateBasis) -> Int { b == .stated ? 0 : b == .resolved ? 1 : 2 }
        let bounded = members.indices.filter { members[$0].date?.isBounded == true }
        let explanation = explain(members)
        if bounded.isEmpty {
            // Only "before X" or underspecified values: the tightest upper bound, else the first value.
            let withLatest = members.indices.filter { members[$0].date?.latest != nil }
            if let i = withLatest.min(by: { members[$0].date!.latest! < members[$1].date!.latest! })
                ?? members.indices.first(where: { members[$0].date != nil }) {
                return (EventDate(value: members[i].date!, basis: members[i].dateBasis, explanation: explanation), i)
            }
            return (nil, nil)
        }
        // Distinct dates with how many sources give each: groups of retellings are large.
        var distinct = [TimeValue: [Int]]()
        var firstSeen = [TimeValue]()
        for i in bounded {
            let d = members[i].date!
            if distinct[d] == nil { firstSeen.append(d) }
            distinct[d, default: []].append(i)
        }
        // The date agreeing with most sources; among the sources agreeing with it the most precise wins.
        func agreeing(_ d: TimeValue) -> [Int] {
            firstSeen.filter { $0.isCompatible(with: d) }.flatMap { distinct[$0]! }
        }
        let support = firstSeen.map { agreeing($0).count }
        let pivot = firstSeen.indices.max { a, b in
            let (ra, rb) = (rank(members[distinct[firstSeen[a]]![0]].dateBasis), rank(members[distinct[firstSeen[b]]![0]].dateBasis))
            return (support[a], -ra, -a) < (support[b], -rb, -b)
        }!
        let winner = agreeing(firstSeen[pivot]).min { a, b in
            let (x, y) = (members[a], members[b])
            let (ix, iy) = (x.dateBasis == .inferred ? 1 : 0, y.dateBasis == .inferred ? 1 : 0)
            if ix != iy { return ix < iy }
            let (sx, sy) = (x.date!.spanInDays!, y.date!.spanInDays!)
            if sx != sy { return sx < sy }
            if rank(x.dateBasis) != rank(y.dateBasis) { return rank(x.dateBasis) < rank(y.dateBasis) }
            return a < b
        }!
        let value = members[winner].date!
        var conflicts = [EventDate.Conflict]()
        var conflictSet = Set<EventDate.Conflict>()
        for d in firstSeen where !d.isCompatible(with: value) {
            for i in distinct[d]! {
                conflictSet.insert(EventDate.Conflict(value: d.value, document: members[i].documentID))
            }
        }
        conflicts = Array(conflictSet)
        conflicts.sort { ($0.document, $0.value) < ($1.document, $1.value) }
        let basis = members[winner].dateBasis
        return (EventDate(value: value, basis: basis, explanation: explanation, conflicts: conflicts), winner)
    }

    /// "in December 2018 (d3, stated); last December (d4, resolved: ...)".
    private func explain(_ members: [EventMention]) -> String {
        var parts = [String]()
        var seen = Set<String>()
        for m in members where seen.insert(m.dateExplanation).inserted {
            parts.append("\(m.dateExplanation) (\(m.documentID), \(m.dateBasis.rawValue))")
            if parts.count == Self.explanationLimit {
                parts.append("...")
                break
            }
        }
        return parts.joined(separator: "; ")
    }
}
