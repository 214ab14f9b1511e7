extension Document {
    /// Whether the text's first line is the headline, which the text analyzer
    /// must be told (`TextAnalyzer.analyze(_:hasTitleLine:)`): always for
    /// HTML (the reader puts the headline first), and for plain text and
    /// JSON Lines when the first non-blank line is the title.
    public var hasTitleLine: Bool {
        if format == .html { return true }
        guard !title.isEmpty else { return false }
        return TextLines.headline(text) == title
    }

    /// A headline longer than this many characters is no headline: the first
    /// line of a text without line breaks, a paragraph.
    public static let maxTitleLength = 300

    /// `title`, or "" with a warning when it is too long to be a headline.
    static func title(_ title: String, path: String, warnings: inout [TimelineWarning]) -> String {
        guard title.utf8.count > maxTitleLength, title.count > maxTitleLength else { return title }
        warnings.append(TimelineWarning(path: path, reason: "a title of \(title.count) characters is no title (at most \(maxTitleLength)); the document has none"))
        return ""
    }
}
