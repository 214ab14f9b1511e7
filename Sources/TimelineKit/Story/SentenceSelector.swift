/// Picks the sentences that say what happened on a day.
///
/// The candidates are the sentences that name the day, and the leads of
/// articles published on it or in the two days after (which tell the day's
/// news without naming it). They are ranked by how close each is to what
/// the candidates say together (their centroid: the account most sources
/// share) and to the story as a whole, a sentence naming the day first; a
/// sentence too like one already picked is passed over, and so is one too
/// short or too long to stand as a summary line, and one written before the
/// day it names when any other tells the day.
struct SentenceSelector: Sendable {
    let parameters: StoryParameters

    struct Candidate: Sendable {
        var document: Int
        var sentence: Int
        var namesDay: Bool
    }

    let documents: [AnalyzedDocument]
    let profile: StoryProfile
    /// Period -> sentences naming it.
    let naming: [Period: [Candidate]]
    /// Day -> lead sentences of articles published on it or up to ``StoryParameters/leadReach`` days after.
    let leads: [Day: [Candidate]]

    init(_ documents: [AnalyzedDocument], profile: StoryProfile, salience: DateSalience, parameters: StoryParameters) {
        self.documents = documents
        self.parameters = parameters
        self.profile = profile
        var naming = [Period: [Candidate]]()
        var leads = [Day: [Candidate]]()
        for (d, a) in documents.enumerated() where !profile.offTopic[d] {
            let named = salience.references[d]
            for (s, periods) in named.sorted(by: { $0.key < $1.key }) where !profile.template[d].contains(s) {
                for period in periods { naming[period, default: []].append(Candidate(document: d, sentence: s, namesDay: true)) }
            }
            guard let p = a.document.published?.value, p.granularity == .day, let day = p.earliest else { continue }
            for s in a.analysis.sentences.indices.prefix(parameters.leadSentences)
            where named[s] == nil && !DateSalience.isFurniture(a.analysis.sentences[s]) && !profile.template[d].contains(s) {
                for back in 0...parameters.leadReach {
                    leads[day.adding(days: -back), default: []].append(Candidate(document: d, sentence: s, namesDay: false))
                }
            }
        }
        self.naming = naming
        self.leads = leads
    }

    /// Whether any sentence could tell the period.
    func hasCandidates(_ period: Period) -> Bool {
        naming[period] != nil || period.isDay && leads[period.first] != nil
    }

    /// Up to `count` sentences for `period`, best first, as (document, sentence, text).
    func sentences(for period: Period, count: Int) -> [(document: Int, sentence: Int, text: String)] {
        var candidates = (naming[period] ?? []) + (period.isDay ? leads[period.first] ?? [] : [])
        // A sentence written before the day it names tells it as ahead ("will be paid on 21 June"):
        // it cannot say what happened then, unless nothing else names the day.
        let after = candidates.filter { c in
            guard let p = documents[c.document].document.published?.value, let written = p.latest else { return true }
            return written >= period.first
        }
        if !after.isEmpty { candidates = after }
        guard !candidates.isEmpty, count > 0 else { return [] }
        let vectors = candidates.map { profile.text.vector(document: $0.document, sentence: $0.sentence) }
        let p = parameters
        let account = TermVector.centroid(zip(candidates, vectors).map { c, v in (v, c.namesDay ? 1 : Float(p.leadWeight)) })
        let scores = zip(candidates, vectors).map { c, v in
            v.dot(account) + Float(p.storyWeight) * v.dot(profile.centroid) + (c.namesDay ? Float(p.namingBonus) : 0)
        }
        let texts = candidates.map { Self.summaryText(documents[$0.document].analysis, sentence: $0.sentence) }
        let lexicon = StoryLexicon.shared
        let ranked = candidates.indices.map { i in
            scores[i] - (lexicon.standsAlone(texts[i]) ? 0 : Float(p.dependentPenalty))
        }
        let order = candidates.indices.sorted { (ranked[$0], $1) > (ranked[$1], $0) }
        var picked = [(document: Int, sentence: Int, text: String)]()
        var pickedVectors = [TermVector]()
        var seen = Set<String>()
        for i in order {
            let c = candidates[i]
            let text = texts[i]
            let words = text.split(separator: " ").count
            // Words besides its dates: a line of chat stamps ("-- June 02, 2010 2:18 PM -- June 02,
            // 2010 2:19 PM Ooh!") names the day twice and says nothing.
            let said = words - datedWords(document: c.document, sentence: c.sentence)
            guard (p.minimumWords...p.maximumWords).contains(words), said >= p.minimumWords, seen.insert(text).inserted,
                  !pickedVectors.contains(where: { $0.dot(vectors[i]) > Float(p.redundancy) }) else { continue }
            picked.append((c.document, c.sentence, text))
            pickedVectors.append(vectors[i])
            if picked.count == count { break }
        }
        return picked
    }

    /// How many words of a sentence's summary line (``summaryText(_:sentence:)``) its time expressions take.
    func datedWords(document d: Int, sentence s: Int) -> Int {
        let a = documents[d].analysis
        let start = a.contentStart(sentence: s), end = a.sentences[s].span.end
        return documents[d].timexes.lazy.filter { start <= $0.span.start && $0.span.end <= end }
            .reduce(0) { $0 + $1.text.split(separator: " ").count }
    }

    /// A sentence as a summary line: from after any wire dateline, white
    /// space collapsed, typographic quotes folded.
    static func summaryText(_ analysis: TextAnalysis, sentence s: Int) -> String {
        var span = analysis.sentences[s].span
        span.start = analysis.contentStart(sentence: s)
        return Pipeline.displayTitle(analysis.string(span))
    }
}
