/// What a reader can change about the SVG timeline: its width, its colours
/// (light or dark background) and how many lanes of events it stacks.
public struct SVGOptions: Sendable, Hashable {
    /// Width in pixels (the height follows the content). At least 480.
    public var width: Double
    public var theme: SVGTheme
    /// Most lanes of labels; events that fit in none are grouped into
    /// "+N more" clusters under them (narrow with filters or `--max-events`).
    /// Nil: as many as needed.
    public var maxLanes: Int?
    /// Widest chart whose smallest text (the 11 px axis and legend labels)
    /// is still 7 pt when the SVG is scaled to the width of an A4 page (210 mm,
    /// 595 pt): `timeline svg --print`.
    public static let printWidth = 920.0
    /// The default lane cap: at the default width the chart then fits one A4 page.
    public static let defaultLanes = 36
    /// Most events taken into the picture (labelled or in a cluster): past
    /// this many, the ones told by most articles (then with most actors), and
    /// the subtitle says how many are left out. Lanes and clusters keep the
    /// height bounded whatever the count; this bounds the file's size.
    public var maxDrawn: Int
    /// Draw only the story's key events: each key date's most salient events
    /// (``keyEventsPerDate``), or its first sentence when no event was found
    /// on it. The chart a reader grasps the story from; the HTML viewer also
    /// has the chart of every event.
    public var keyEvents: Bool
    /// Prefix of the element ids (events, groups, title), so that two charts can share a page.
    public var idPrefix: String
    public static let keyEventsPerDate = 3

    public init(width: Double = 1200, theme: SVGTheme = .light, maxLanes: Int? = SVGOptions.defaultLanes,
                maxDrawn: Int = 5000, keyEvents: Bool = false, idPrefix: String = "") {
        self.width = max(width, 480)
        self.keyEvents = keyEvents
        self.idPrefix = idPrefix
        self.maxDrawn = max(maxDrawn, 1)
        self.theme = theme
        self.maxLanes = maxLanes.map { max($0, 1) }
    }
}

/// The colours of the SVG around the event markers (whose colours come from
/// `event-colors.tsv` either way).
public enum SVGTheme: String, Sendable, Hashable, CaseIterable {
    case light, dark

    var background: String { self == .light ? "#ffffff" : "#16181c" }
    var text: String { self == .light ? "#222222" : "#e8e8e8" }
    var muted: String { self == .light ? "#666666" : "#a8a8a8" }
    var axisLabel: String { self == .light ? "#444444" : "#d0d0d0" }
    var axisLine: String { self == .light ? "#888888" : "#8a8a8a" }
    var majorGrid: String { self == .light ? "#cfcfcf" : "#4a4d55" }
    var minorGrid: String { self == .light ? "#efefef" : "#2a2d33" }
    /// Outline of an event whose sources disagree on the date.
    var conflict: String { self == .light ? "#111111" : "#ffffff" }
    /// Marker of a "+N more" cluster.
    var cluster: String { self == .light ? "#8a8a8a" : "#9a9da5" }
}
