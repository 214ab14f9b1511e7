import Foundation

/// Writes outputs so that none is ever left half-written: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target.
public enum OutputFile {
    public static func write(_ contents: String, to path: String) throws(TimelineError) {
        try write(bytes: Array(contents.utf8), to: path)
    }

    /// The same for bytes (a model file).
    public static func write(bytes: [UInt8], to path: String) throws(TimelineError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw .writeFailed(path: path, reason: Self.reason(error))
        }
    }

    /// A plain reason instead of Foundation's `Error Domain=NSCocoaErrorDomain Code=...`.
    public static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        switch ns.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or directory"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on device"
        case NSFileReadInapplicableStringEncodingError: return "not valid UTF-8"
        default: return ns.localizedDescription
        }
    }
}
