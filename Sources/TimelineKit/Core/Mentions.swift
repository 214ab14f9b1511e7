/// TimeML's TIMEX3 types.
public enum TimexType: String, Sendable, Hashable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One temporal expression found in a text, normalised.
public struct TimeExpression: Sendable, Hashable, Codable {
    public var span: TextSpan
    public var text: String
    public var type: TimexType
    public var value: TimeValue
    /// TimeML `mod`: BEFORE, AFTER, ON_OR_BEFORE, START, MID, END, APPROX, ...
    public var mod: String?
    /// Whether the value was computed from the reference (publication) date.
    public var isRelative: Bool
    /// One line on how the value was reached
    /// ("last December: publication 2019-05-15, past -> 2018-12").
    public var explanation: String
    /// The expression a relative value was counted from ("in 1995 ... the
    /// following year"), by its span; nil when it was counted from the
    /// publication date (TimeML's anchorTimeID).
    public var anchor: TextSpan?

    public init(span: TextSpan, text: String, type: TimexType, value: TimeValue, mod: String? = nil,
                isRelative: Bool, explanation: String, anchor: TextSpan? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.isRelative = isRelative
        self.explanation = explanation
        self.anchor = anchor
    }
}

/// The kinds of actor.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, place, group, other
}

/// One mention of an actor in a text.
public struct ActorMention: Sendable, Hashable, Codable {
    /// The name itself ("Guo Ping").
    public var span: TextSpan
    public var text: String
    public var kind: ActorKind
    /// The canonical key the resolver assigned (an actor id such as `guo-ping`).
    public var actorID: String
    /// A title or role given with the name ("Huawei's rotating chairman"), if any.
    public var role: String?
    /// The whole phrase including title or role, when it is longer than the name.
    public var phrase: TextSpan?

    public init(span: TextSpan, text: String, kind: ActorKind, actorID: String, role: String? = nil,
                phrase: TextSpan? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.actorID = actorID
        self.role = role
        self.phrase = phrase
    }
}

/// A canonical actor: one real entity across all documents.
public struct Actor: Sendable, Hashable, Codable {
    /// Slug id: `donald-trump`, `huawei`, `united-kingdom`.
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// Other names seen for it, sorted.
    public var aliases: [String]
    public var mentions: Int
    /// Titles and roles seen with it ("US President", "Huawei's rotating chairman").
    public var roles: [String]

    public init(id: String, name: String, kind: ActorKind, aliases: [String] = [], mentions: Int = 0,
                roles: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.roles = roles
    }
}
