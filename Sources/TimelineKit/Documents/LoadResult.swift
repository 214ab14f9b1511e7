/// What loading one file gives: the documents that could be read and one
/// error for each part that could not (a bad JSON line), so a caller loads
/// the good lines of a file and still reports the bad ones.
public struct LoadResult: Sendable, Hashable {
    /// Documents in file order, with empty ids (the caller numbers them).
    public var documents: [Document]
    /// One error per unreadable part, naming `path:line` and the reason.
    public var errors: [TimelineError]
    /// What was read but not as written (an invalid date ignored, front
    /// matter read leniently, a title too long), one line each.
    public var warnings: [TimelineWarning]

    public init(documents: [Document] = [], errors: [TimelineError] = [], warnings: [TimelineWarning] = []) {
        self.documents = documents
        self.errors = errors
        self.warnings = warnings
    }
}
