import Foundation

/// The event-mention tagger shipped with the library: a token classifier
/// (EVENT / not, TimeML's single-word triggers) in
/// `Resources/events/event-model.bin`, loaded once on first use.
///
/// Its triggers are mention-level output only (`eventMentions` in
/// `timeline annotate --format json`, the MEANTIME event-mention score):
/// the story events of `timeline build` still come from ``EventExtractor``.
/// The model is rebuilt with `timeline train events TIMEML_DIR --out
/// Sources/TimelineKit/Resources/events/event-model.bin`; without the file
/// there are no event mentions.
public enum EventTagger {
    /// The resource's name under `Resources/`.
    public static let resource = "events/event-model.bin"

    /// Labels of the token classifier.
    public static let outside = 0, event = 1, labelCount = 2

    /// The shipped model, or nil when the resource is missing or stale.
    public static let shared: EntityModel? = {
        guard let url = Bundle.module.url(forResource: "Resources/" + resource, withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/" + resource),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? EntityModel(bytes: [UInt8](data), labelCount: labelCount)
    }()

    /// What the Events tables say of a word (story trigger form, auxiliary,
    /// event noun, determiner, preposition, ...: ``EventLexicon/WordInfo``),
    /// by lower-cased word hash: features of the tagger, so that a trigger
    /// form TimeBank rarely shows ("unveils" in a headline) is still one.
    package static let wordClasses: [UInt64: UInt64] = {
        var out = [UInt64: UInt64]()
        for (word, info) in EventLexicon.shared.wordInfo where !word.contains(" ") {
            out[lowerHash(word)] = UInt64(info.rawValue)
        }
        return out
    }()

    /// The event triggers of an analysed text, one token each, in text
    /// order: the model's, completed by ``EventMentionRules``; sentences that
    /// are page furniture (bylines, captions) other than headlines have none.
    public static func triggers(in analysis: TextAnalysis, model: EntityModel? = shared) -> [TextSpan] {
        guard let model, !analysis.tokens.isEmpty else { return [] }
        var labels = model.labels(in: EntityTokens(analysis), wordClasses: wordClasses)
        var out = [TextSpan]()
        // A headline reports events too ("Apple releases iPhone SDK"); other page furniture does not.
        for sentence in analysis.sentences where sentence.furniture == nil || sentence.furniture == .headline {
            EventMentionRules.apply(to: &labels, sentence: sentence.tokens, analysis: analysis)
            for i in sentence.tokens where labels[i] == event { out.append(analysis.tokens[i].span) }
        }
        return out
    }
}
