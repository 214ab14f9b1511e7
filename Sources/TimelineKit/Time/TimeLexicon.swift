/// The English word knowledge of the time stage, read once from
/// `Resources/time/*.tsv`.
///
/// The tagger never names a month, a weekday or a holiday: it looks words up
/// here. Keys are lower case; multi-word names are stored as space-joined
/// token sequences and indexed by their first word.
struct TimeLexicon: Sendable {
    struct Month: Sendable { var number: Int; var ambiguous: Bool }
    struct Number: Sendable { var value: Int; var kind: String }
    struct Season: Sendable { var code: String; var first: Int; var last: Int }
    /// A shifting word: `anaphoric` ones count from the time the text last
    /// spoke of ("the following year"), `unitOnly` ones shift only units
    /// and parts of day ("that day", never "that March").
    struct Modifier: Sendable {
        var shift: Int
        var startsSpan: Bool
        var anaphoric: Bool = false
        var unitOnly: Bool = false
        /// Anaphoric only after "the" and before a day or part of day ("the next day").
        var anaphoricDayAfterThe: Bool = false
    }
    struct PointModifier: Sendable { var words: [String]; var mod: String; var takesOf: Bool }
    struct Deictic: Sendable { var words: [String]; var kind: String; var argument: String }
    /// `lowerCase`: the name may be written in lower case ("halloween"; not "may day").
    struct Holiday: Sendable { var words: [String]; var rule: String; var lowerCase: Bool }
    /// A zone name of `zones.tsv` and its offset from UTC in minutes (nil: none fixed, "local time").
    struct Zone: Sendable { var words: [String]; var offset: Int? }
    struct Temponym: Sendable {
        var words: [String]
        var year: Int
        var first: (month: Int, day: Int)
        var last: (month: Int, day: Int)
    }
    struct Phrase: Sendable {
        var words: [String]
        var value: String
        /// The tense when the word stands after the expression ("On Friday,
        /// the government planned to pay": the planning, not the paying).
        var valueAfter: String = ""
    }

    let months: [String: Month]
    let weekdays: [String: Int]
    let numbers: [String: Number]
    let units: [String: String]
    let seasons: [String: Season]
    let partsOfDay: [String: String]
    let modifiers: [String: Modifier]
    let pointModifiers: [PointModifier]
    let deictics: [String: [Deictic]]
    let tense: [String: [Phrase]]
    /// Verb-group words: auxiliaries with the tense they give their group
    /// ("would" future), "adverb" (inside a group: "not", "still") and
    /// "determiner" (a signal word after one is a noun: "the plan").
    let verbGroup: [String: String]
    /// Frames before a day that name another day or its week ("the day
    /// before", "the week of"), longest first.
    let dayFrames: [Deictic]
    /// Words between a count and its unit ("eight trading days").
    let unitQualifiers: Set<String>
    let notTimeAfter: Set<String>
    /// Nouns that name an event (`events/event-nominals.tsv`): a year after
    /// one names its time ("the Worldwide Developers Conference 2010").
    let eventNouns: Set<String>
    let notTimeBefore: Set<String>
    let holidays: [String: [Holiday]]
    let temponyms: [String: [Temponym]]
    let sets: [String: String]
    let setQuantifiers: [String: String]
    /// Clock words: `(kind, argument)` (am/pm, zones, named times).
    let clock: [String: (kind: String, argument: String)]
    /// Zone abbreviations of `clock.tsv` also read in lower case ("est").
    let lowerCaseZones: Set<String>
    /// Zone names by first word, longest first ("beijing time", "pacific time").
    let zones: [String: [Zone]]
    /// Signal words and their kinds ("ago" before, "in" month-prep).
    let signals: [String: Set<String>]
    /// Reporting phrases ("the year-ago quarter"), by first word, longest first.
    let periods: [String: [Deictic]]
    /// Range words: "open" ones start a range ("from", "between"), "close"
    /// ones join its ends ("to", "until", "-"), "close-between" only after
    /// "between" ("and").
    let ranges: [String: String]
    /// Every word a pattern can start with (first words of every table, and
    /// the few structural words the matcher itself uses).
    let triggers: Set<String>

    static let shared = TimeLexicon()

    /// "+05:30", "-03", "+8" as minutes from UTC; nil for anything else ("?").
    static func offsetMinutes(_ s: String) -> Int? {
        guard let sign = s.utf8.first, sign == 0x2B || sign == 0x2D else { return nil }
        let p = s.dropFirst().split(separator: ":")
        guard let h = p.first.flatMap({ Int($0) }), h <= 14 else { return nil }
        let m = p.count > 1 ? Int(p[1]) ?? 0 : 0
        return (sign == 0x2D ? -1 : 1) * (h * 60 + m)
    }

    init() {
        func table(_ name: String) -> [[String]] { ResourceTable.rows("time/" + name) }
        func words(_ s: String) -> [String] { s.lowercased().split(separator: " ").map(String.init) }
        // The token a phrase starts with: the text stage cuts "year's" into
        // "year" + "'s" and "presidents'" into "presidents" + "'" (the matcher
        // glues them back when comparing words).
        func key(_ w: [String]) -> String {
            w[0].hasSuffix("'s") ? String(w[0].dropLast(2)) : w[0].count > 1 && w[0].hasSuffix("'") ? String(w[0].dropLast()) : w[0]
        }
        func monthDay(_ s: String) -> (Int, Int) {
            let p = s.split(separator: "-").compactMap { Int($0) }
            return (p.first ?? 1, p.count > 1 ? p[1] : 1)
        }

        var months = [String: Month]()
        for r in table("months.tsv") where r.count >= 2 {
            months[r[0]] = Month(number: Int(r[1]) ?? 1, ambiguous: r.count > 2 && r[2] == "ambiguous")
        }
        self.months = months
        weekdays = Dictionary(table("weekdays.tsv").filter { $0.count >= 2 }.map { ($0[0], Int($0[1]) ?? 1) },
                              uniquingKeysWith: { a, _ in a })
        numbers = Dictionary(table("numbers.tsv").filter { $0.count >= 3 }.map {
            ($0[0], Number(value: Int($0[1]) ?? 0, kind: $0[2]))
        }, uniquingKeysWith: { a, _ in a })
        units = Dictionary(table("units.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                           uniquingKeysWith: { a, _ in a })
        seasons = Dictionary(table("seasons.tsv").filter { $0.count >= 4 }.map {
            ($0[0], Season(code: $0[1], first: Int($0[2]) ?? 1, last: Int($0[3]) ?? 1))
        }, uniquingKeysWith: { a, _ in a })
        partsOfDay = Dictionary(table("parts-of-day.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                                uniquingKeysWith: { a, _ in a })
        modifiers = Dictionary(table("modifiers.tsv").filter { $0.count >= 3 }.map {
            ($0[0], Modifier(shift: Int($0[1]) ?? 0, startsSpan: $0[2] == "span",
                             anaphoric: $0[2].hasPrefix("anaphoric"), unitOnly: $0[2] == "anaphoric-unit",
                             anaphoricDayAfterThe: $0.count > 3 && $0[3] == "anaphoric-day-after-the"))
        }, uniquingKeysWith: { a, _ in a })
        pointModifiers = table("point-modifiers.tsv").filter { $0.count >= 3 }.map {
            PointModifier(words: words($0[0]), mod: $0[1], takesOf: $0[2] == "of")
        }.sorted { $0.words.count > $1.words.count }
        var deictics = [String: [Deictic]]()
        for r in table("deictics.tsv") where r.count >= 3 {
            let w = words(r[0])
            deictics[key(w), default: []].append(Deictic(words: w, kind: r[1], argument: r[2]))
        }
        self.deictics = deictics.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        var tense = [String: [Phrase]]()
        for r in table("tense.tsv") where r.count >= 2 {
            let w = words(r[0])
            tense[key(w), default: []].append(Phrase(words: w, value: r[1], valueAfter: r.count > 2 ? r[2] : r[1]))
        }
        self.tense = tense.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        unitQualifiers = Set(table("unit-qualifiers.tsv").compactMap(\.first))
        verbGroup = Dictionary(table("verb-groups.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                               uniquingKeysWith: { a, _ in a })
        dayFrames = table("day-frames.tsv").filter { $0.count >= 3 }.map {
            Deictic(words: words($0[0]), kind: $0[1], argument: $0[2])
        }.sorted { $0.words.count > $1.words.count }
        let notTime = table("not-time.tsv").filter { $0.count >= 2 }
        notTimeAfter = Set(notTime.filter { $0[1] == "after" }.map { $0[0].lowercased() })
        notTimeBefore = Set(notTime.filter { $0[1] == "before" }.map { $0[0].lowercased() })
        eventNouns = Set(ResourceTable.rows("events/event-nominals.tsv").compactMap { $0.first?.lowercased() })
        var holidays = [String: [Holiday]]()
        for r in table("holidays.tsv") where r.count >= 2 {
            let w = words(r[0])
            holidays[key(w), default: []].append(Holiday(words: w, rule: r[1], lowerCase: r.count > 2 && r[2] == "lower"))
        }
        self.holidays = holidays.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        var temponyms = [String: [Temponym]]()
        for r in table("temponyms.tsv") where r.count >= 4 {
            let w = words(r[0])
            temponyms[key(w), default: []].append(
                Temponym(words: w, year: Int(r[1]) ?? 0, first: monthDay(r[2]), last: monthDay(r[3])))
        }
        self.temponyms = temponyms.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        sets = Dictionary(table("sets.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                          uniquingKeysWith: { a, _ in a })
        let clockRows = table("clock.tsv").filter { $0.count >= 3 }
        clock = Dictionary(clockRows.map { ($0[0], (kind: $0[1], argument: $0[2])) }, uniquingKeysWith: { a, _ in a })
        lowerCaseZones = Set(clockRows.filter { $0.count >= 4 && $0[1] == "zone" && $0[3] == "lower" }.map { $0[0] })
        var zones = [String: [Zone]]()
        for r in table("zones.tsv") where r.count >= 2 {
            let w = words(r[0])
            zones[w[0], default: []].append(Zone(words: w, offset: Self.offsetMinutes(r[1])))
        }
        self.zones = zones.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        var signals = [String: Set<String>]()
        for r in table("signals.tsv") where r.count >= 2 { signals[r[0], default: []].insert(r[1]) }
        self.signals = signals
        var periods = [String: [Deictic]]()
        for r in table("periods.tsv") where r.count >= 3 {
            let w = words(r[0])
            periods[key(w), default: []].append(Deictic(words: w, kind: r[1], argument: r[2]))
        }
        self.periods = periods.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        ranges = Dictionary(table("ranges.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                            uniquingKeysWith: { a, _ in a })
        setQuantifiers = Dictionary(table("set-quantifiers.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                                    uniquingKeysWith: { a, _ in a })
        var triggers = Set<String>(["the", "fiscal", "half", "every", "each", "per", "mid", "early", "late", "this", "recent"])
        triggers.formUnion(months.keys.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        triggers.formUnion(months.keys.map { $0 + "." })
        triggers.formUnion(weekdays.keys)
        triggers.formUnion(weekdays.keys.map { $0 + "." })
        triggers.formUnion(weekdays.keys.map { $0 + "s" })
        triggers.formUnion(numbers.keys)
        triggers.formUnion(units.keys)
        triggers.formUnion(seasons.keys)
        triggers.formUnion(partsOfDay.keys)
        triggers.formUnion(modifiers.keys)
        triggers.formUnion(pointModifiers.map { $0.words[0] })
        triggers.formUnion(deictics.keys)
        triggers.formUnion(holidays.keys)
        triggers.formUnion(temponyms.keys)
        triggers.formUnion(sets.keys)
        triggers.formUnion(setQuantifiers.keys)
        triggers.formUnion(periods.keys)
        triggers.formUnion(clock.filter { $0.value.kind != "relative" }.keys)  // "to", "past" start nothing
        self.triggers = triggers
    }
}
