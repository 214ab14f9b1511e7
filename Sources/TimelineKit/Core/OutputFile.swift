import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one output file so that nothing is left half-written and nothing
/// that is not a file of ours is replaced:
/// - a regular file (or a new name) gets a temporary file in the same folder
///   that is renamed over it once complete;
/// - a device or a FIFO (`-o /dev/null`, `-o /dev/stdout`, a named pipe) is
///   written through, never replaced;
/// - a symbolic link is followed: the file it points to is written as above,
///   the link stays; a link to nothing is refused;
/// - a folder, a socket or a block device is refused.
///
/// Temporaries are named `.NAME.timeline-tmp-PID-XXXXXX`; those of a run
/// that no longer exists (killed mid-write) are removed by the next write
/// into the same folder.
public enum OutputFile {
    public static func write(_ contents: String, to path: String) throws(TimelineError) {
        try write(bytes: Array(contents.utf8), to: path)
    }

    /// The same for bytes (a model file).
    public static func write(bytes: [UInt8], to path: String) throws(TimelineError) {
        guard !path.isEmpty else { throw .writeFailed(path: "''", reason: "an empty name names no file") }
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                break
            case S_IFLNK:
                var target = stat()
                guard stat(path, &target) == 0 else {
                    throw .writeFailed(path: path, reason: "a symbolic link to a file that does not exist")
                }
                // A link to a device or a pipe (/dev/stdout when it is a pipe, whose target
                // has no path) is written through; a link to a file replaces that file.
                guard target.st_mode & S_IFMT == S_IFREG else {
                    guard target.st_mode & S_IFMT == S_IFCHR || target.st_mode & S_IFMT == S_IFIFO else {
                        throw .writeFailed(path: path, reason: "a symbolic link to a folder, socket or block device, not a file")
                    }
                    return try writeThrough(bytes, to: path)
                }
                guard let real = realpath(path, nil) else {
                    throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
                }
                defer { free(real) }
                return try write(bytes: bytes, to: String(cString: real))
            case S_IFCHR, S_IFIFO:
                return try writeThrough(bytes, to: path)
            case S_IFDIR:
                throw .writeFailed(path: path, reason: "is a folder; give a file name")
            case S_IFSOCK:
                throw .writeFailed(path: path, reason: "is a socket, not a file")
            default:
                throw .writeFailed(path: path, reason: "is a block device, not a file")
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: path, reason: reason(error))
        }
        try replace(path, with: bytes, mode: info.st_mode & S_IFMT == S_IFREG ? info.st_mode & 0o7777 : nil)
    }

    /// Writes `bytes` to a temporary file beside `path`, flushed to disk, then
    /// renames it over `path`. `mode`: the permissions to keep (an existing
    /// file's); a new file gets 0666 less the umask, as any new file.
    static func replace(_ path: String, with bytes: [UInt8], mode: mode_t?) throws(TimelineError) {
        try replace(path, mode: mode) { writeAll($0, bytes) }
    }

    /// The same for a text, written from its own UTF-8 storage (a large story's JSON is not copied to be written).
    static func replace(_ path: String, with text: String, mode: mode_t?) throws(TimelineError) {
        try replace(path, mode: mode) { writeAll($0, text) }
    }

    private static func replace(_ path: String, mode: mode_t?, writing: (Int32) -> String?) throws(TimelineError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        removeStaleTemporaries(in: folder.isEmpty ? "." : folder, of: name)
        let (fd, temporary) = try createTemporary(beside: path)
        var failure: String?
        if let error = writing(fd) {
            failure = error
        } else if (mode.map { fchmod(fd, $0) } ?? 0) != 0 || fsync(fd) != 0 {
            failure = String(cString: strerror(errno))
        }
        close(fd)
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: path, reason: failure)
        }
    }

    /// Writes into what is already there (a device, a FIFO): no temporary, no rename.
    static func writeThrough(_ bytes: [UInt8], to path: String) throws(TimelineError) {
        let fd = open(path, O_WRONLY | O_NOCTTY)
        guard fd >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if let error = writeAll(fd, bytes) { throw .writeFailed(path: path, reason: error) }
    }

    /// Writes every byte (retrying short writes and interruptions); the reason on failure.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// The same for a text's UTF-8, from the text's own storage.
    static func writeAll(_ fd: Int32, _ text: String) -> String? {
        var text = text
        return text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> String? {
        var offset = 0
        while offset < buffer.count {
            let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += n
        }
        return nil
    }

    static func temporaryPrefix(_ name: String) -> String { ".\(name).timeline-tmp-\(getpid())-" }

    /// Removes `.NAME.timeline-tmp-PID-*` files in `folder` left by runs that
    /// no longer exist (this process's own are never stale).
    static func removeStaleTemporaries(in folder: String, of name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = ".\(name).timeline-tmp-"
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), !isRunning(pid) else { continue }
            unlink(folder + "/" + entry)
        }
    }

    /// Whether a process with this id exists (a run that may still be writing).
    static func isRunning(_ pid: pid_t) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }

    /// A new empty file `.NAME.timeline-tmp-PID-N` beside `path`, open for writing.
    static func createTemporary(beside path: String) throws(TimelineError) -> (Int32, String) {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (folder.isEmpty ? "" : folder + "/") + temporaryPrefix((path as NSString).lastPathComponent)
        var n = 0
        while true {
            let candidate = base + String(UInt32.random(in: 0...UInt32.max), radix: 36) + String(n)
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, candidate) }
            guard errno == EEXIST, n < 100 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
            n += 1
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
        case NSFileWriteFileExistsError: return "a file of that name is in the way"
        default: return ns.localizedDescription
        }
    }
}

/// write(2) (inside `OutputFile` the name is its own `write`).
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
