/// Errors a user can act on: each names the file and the reason.
public enum TimelineError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)
    case unsupported(path: String, reason: String)
    case invalidArgument(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .malformed(let path, let reason): return "\(path): malformed input: \(reason)"
        case .unsupported(let path, let reason): return "\(path): unsupported input: \(reason)"
        case .invalidArgument(let reason): return reason
        case .writeFailed(let path, let reason): return "\(path): cannot write: \(reason)"
        }
    }
}
