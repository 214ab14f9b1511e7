extension Document {
    /// Whether the text's first line is the headline, which the text analyzer
    /// must be told (`TextAnalyzer.analyze(_:hasTitleLine:)`): always for
    /// HTML (the reader puts the headline first), and for plain text and
    /// JSON Lines when the first non-blank line is the title.
    public var hasTitleLine: Bool {
        if format == .html { return true }
        guard !title.isEmpty else { return false }
        return TextLines.firstNonBlankLine(text) == title
    }
}
