/// What a reader can change about the SVG timeline: its width, its colours
/// (light or dark background) and how many lanes of events it stacks.
public struct SVGOptions: Sendable, Hashable {
    /// Width in pixels (the height follows the content). At least 480.
    public var width: Double
    public var theme: SVGTheme
    /// Most lanes drawn; events that fit in none are counted under the chart
    /// (narrow with filters or `--max-events`). Nil: as many as needed.
    public var maxLanes: Int?
    /// Most events drawn: past this many, the picture shows the ones told by
    /// most articles (then with most actors), says how many it leaves out,
    /// and stays printable (librsvg refuses images over 32,767 px tall).
    public var maxDrawn: Int

    public init(width: Double = 1200, theme: SVGTheme = .light, maxLanes: Int? = nil, maxDrawn: Int = 200) {
        self.width = max(width, 480)
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
}
