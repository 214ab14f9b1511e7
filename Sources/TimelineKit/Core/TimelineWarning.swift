/// Something an input did that the user should know of but that did not
/// stop it: an invalid date ignored, front matter read leniently, a title
/// too long, a sentence too long for events. One line naming the file.
public struct TimelineWarning: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): warning: \(reason)" }
}
