/// Finds who did what, when, in the sentences of one document.
///
/// For each sentence that is article text (not page furniture) it finds
/// trigger words from the trigger table, keeps those that report something
/// done or said (not "to ban", "a meeting"; "would sign", "did not ban",
/// "plans to ban", "refused to sign" are kept with their ``Factuality``,
/// read by ``FactualityReader``),
/// finds their actors among the actor mentions of the clause, anchors each
/// on the time expression attached to it (a reported statement on its
/// saying), and writes a one-line summary. Speech triggers of one sentence
/// make one statement event, typed by the most specific of them ("denied"
/// over "said").
public struct EventExtractor: Sendable {
    let lexicon: EventLexicon
    /// Whether sentences with a trigger are parsed (roles and dates from syntax); off: the clause heuristics alone.
    let parses: Bool
    /// Longer sentences (a run-on page line, a table) are read with the clause heuristics alone.
    static let longestParsedSentence = 120

    public init(parses: Bool = true) {
        lexicon = .shared
        self.parses = parses
    }

    /// A sentence of more tokens than this is skipped for events (the caller
    /// warns): no news sentence is that long, and the clause searches of the
    /// event stage grow with the square of a sentence's length.
    public static let maxSentenceTokens = 1_000

    /// The events of one analysed document.
    /// - Parameters:
    ///   - timexes: the document's time expressions, resolved against `reference`.
    ///   - mentions: the document's actor mentions with final actor ids.
    ///   - actorNames: actor id -> canonical name, for summaries.
    ///   - reference: what the document's dates were resolved against.
    public func events(in analysis: TextAnalysis, documentID: String, timexes: [TimeExpression],
                       mentions: [ActorMention], actorNames: [String: String],
                       reference: TimeReference) -> [EventMention] {
        var context = DocumentContext(analysis: analysis, mentions: mentions, timexes: timexes,
                                      actorNames: actorNames, lexicon: lexicon)
        var result = [EventMention]()
        for s in analysis.sentences.indices {
            let sentence = analysis.sentences[s]
            defer { context.remember(sentence) }
            guard sentence.furniture == nil, sentence.tokens.count >= 3, sentence.tokens.count <= Self.maxSentenceTokens
            else { continue }
            result += events(in: s, context: &context, documentID: documentID, reference: reference)
        }
        return result
    }

    // MARK: One sentence

    private func events(in s: Int, context: inout DocumentContext, documentID: String,
                        reference: TimeReference) -> [EventMention] {
        var view = SentenceView(sentence: context.analysis.sentences[s], context: context)
        let triggers = view.triggers()
        // A sentence with no trigger may still be attributed to a source ("..., according to Xinhua").
        guard !triggers.isEmpty else {
            return attributedStatement(view, documentID: documentID, reference: reference).map { [$0] } ?? []
        }
        // Only sentences that tell an event are parsed: who did what to whom, and which date governs what.
        if parses, view.range.count <= Self.longestParsedSentence {
            view.parse = SyntaxParser.shared.parse(context.analysis, sentence: s)
            context.sentenceSubject = view.mainSubject()
        }
        let anchors = view.assignTimexes(to: triggers)

        var result = [EventMention]()
        // The saying's date, for speech events and as the upper bound of undated actions.
        let speech = triggers.indices.filter { triggers[$0].info.triggerClass == .speech }
        let speechAnchor = speech.compactMap { anchors[$0] }.first

        // One event per action trigger that has actors; one per type ("smears and attacks").
        var seenTypes = Set<String>()
        for i in triggers.indices where triggers[i].info.triggerClass == .action {
            let t = triggers[i]
            guard !seenTypes.contains(t.info.type) else { continue }
            let roles = view.roles(of: t, context: context)
            // Who did it, or to whom it was done: without either there is no one-line summary.
            // (or a subject phrase naming no actor: "The singer died").
            guard roles.namesSomeone || roles.subjectText != nil else { continue }
            var (date, explanation, basis) = dateOf(t, anchor: anchors[i], speechAnchor: speechAnchor, reference: reference)
            // An action with no date of its own in a recap: its heading's date, or before the publication.
            if anchors[i] == nil, t.embeddedIn == nil, speechAnchor == nil, let recap = view.recap(sentence: s, reference: reference) {
                (date, explanation, basis) = recapDate(t, recap, reference: reference) ?? (date, explanation, basis)
            }
            // An active verb that must name what it acts on and names nothing is no event.
            guard var event = view.event(for: t, roles: roles, documentID: documentID, date: date,
                                         explanation: explanation, basis: basis,
                                         timex: anchors[i]?.span ?? (t.embeddedIn == nil ? nil : speechAnchor?.span))
            else { continue }
            event.markAhead(of: reference, pastTense: t.info.isPast)
            event.placeAfterPublication(reference)
            seenTypes.insert(t.info.type)
            result.append(event)
        }

        // One statement event for the sentence's speech triggers.
        let ranked = speech.sorted { a, b in
            let (x, y) = (triggers[a].info.specificity, triggers[b].info.specificity)
            return x != y ? x > y : a < b
        }
        // The most specific speech trigger that has a speaker types the event and gives its speaker.
        let speaker = ranked.first(where: {
            // A verb of saying with a thing for its object and no clause says nothing ("claimed another million lives").
            guard view.reportsProposition(triggers[$0]) else { return false }
            let roles = view.roles(of: triggers[$0], context: context)
            return roles.agent != nil || roles.subjectText != nil
        })
        if speaker == nil, let event = attributedStatement(view, documentID: documentID, reference: reference) {
            result.append(event)
        }
        if let i = speaker {
            let t = triggers[i]
            let roles = view.roles(of: t, context: context)
            let anchor = anchors[i] ?? speechAnchor
            let (date, explanation, basis) = dateOf(t, anchor: anchor, speechAnchor: nil, reference: reference)
            // A statement that reports nothing is no event.
            if var event = view.event(for: t, roles: roles, documentID: documentID, date: date,
                                      explanation: explanation, basis: basis, timex: anchor?.span),
               let summary = view.speechSummary(trigger: t, roles: roles, context: context) {
                event.summary = summary
                event.isReported = true
                event.placeAfterPublication(reference)
                result.append(event)
            }
        }
        return result
    }

    /// A statement made by an attribution phrase ("..., according to
    /// Xinhua News Agency"): its speaker is the source the phrase names,
    /// its content the rest of the sentence, its date one inside the
    /// attribution phrase, else the publication's, as for a verb of saying
    /// with no date.
    private func attributedStatement(_ view: SentenceView, documentID: String, reference: TimeReference) -> EventMention? {
        guard let (speaker, phrase, content) = view.attribution(), let info = lexicon.triggers["says"] else { return nil }
        let t = SentenceView.Trigger(token: phrase.lowerBound, info: info, isPassive: false, isPresent: false, embeddedIn: nil)
        // Only a date of the attribution itself ("according to a statement on Friday"): the dates of
        // what was said ("began raising its stake in July") are not the saying's.
        let a = view.context.analysis
        let anchor = view.timexes.first { phrase.contains(a.tokenRange(of: $0.span).lowerBound) }
        let (date, explanation, basis) = dateOf(t, anchor: anchor, speechAnchor: nil, reference: reference)
        var roles = SentenceView.Roles(agent: speaker, patient: nil, subjectText: nil, actors: [speaker.actorID])
        roles.participants = [Participant(actor: speaker.actorID, role: .agent)]
        guard var event = view.event(for: t, roles: roles, documentID: documentID, date: date, explanation: explanation,
                                     basis: basis, timex: anchor?.span) else { return nil }
        event.summary = view.context.name(speaker.actorID) + " says " + content
        event.isReported = true
        return event
    }

    /// The date of an undated action in a recap: the date heading its item
    /// ("Feb. 25:"), or, told in the present tense in a paragraph that
    /// narrates earlier dates, on or before the publication (a past action
    /// is so already); nil when the usual date stands.
    private func recapDate(_ t: SentenceView.Trigger, _ recap: SentenceView.Recap, reference: TimeReference)
        -> (TimeValue?, String, EventDateBasis)?
    {
        switch recap {
        case .heading(let heading):
            return (heading.value, "\(heading.explanation), the date heading the item", heading.isRelative ? .resolved : .stated)
        case .narrated(let past):
            guard t.isPresent, let latest = reference.latest else { return nil }
            return (TimeValue(value: "XXXX", granularity: .other, earliest: nil, latest: latest),
                    "present tense in a paragraph that narrates earlier dates (\(past.text), \(past.value.value)): "
                        + "a recap, on or before \(latest)", .inferred)
        }
    }

    /// The date of one trigger: its own time expression; else a speech
    /// trigger's saying; else the publication (present tense or reported
    /// speech) or "before the publication" (a past action).
    private func dateOf(_ t: SentenceView.Trigger, anchor: TimeExpression?, speechAnchor: TimeExpression?,
                        reference: TimeReference)
        -> (TimeValue?, String, EventDateBasis)
    {
        if let anchor, t.embeddedIn == nil {
            return (anchor.value, anchor.explanation, anchor.isRelative ? .resolved : .stated)
        }
        // An action embedded in a noun ("the UK move to ban Huawei"): shortly before the sentence's date.
        if t.embeddedIn != nil, let base = anchor ?? speechAnchor, let latest = base.value.latest {
            let earliest = (base.value.earliest ?? latest).adding(days: -7)
            let value = TimeValue.covering(earliest, latest)
            return (value, "within a week before \(base.text) (\(base.value.value)), as reported", .inferred)
        }
        if t.info.triggerClass == .speech || t.isPresent {
            if let day = reference.day {
                return (TimeValue(day: day), "\(t.isPresent ? "present tense" : "reported speech") with no date: publication \(day)", .inferred)
            }
            if reference.earliest != nil || reference.latest != nil {
                let value = TimeValue.covering(reference.earliest, reference.latest)
                return (value, "no date: within the publication window \(value.earliest.map { $0.description } ?? "?")..\(value.latest.map { $0.description } ?? "?")", .inferred)
            }
            return (nil, "no date in the sentence and no publication date", .inferred)
        }
        // A past action with no date of its own: before the saying or the publication.
        if let latest = speechAnchor?.value.latest ?? reference.latest {
            return (TimeValue(value: "XXXX", granularity: .other, earliest: nil, latest: latest),
                    "past, no date in the sentence: on or before \(latest)", .inferred)
        }
        return (nil, "no date in the sentence and no publication date", .inferred)
    }
}
