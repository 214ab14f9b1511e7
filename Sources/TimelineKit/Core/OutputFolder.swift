import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the files of one build into a folder as one unit: a reader (or a
/// run killed at any moment) sees either the previous build's files or this
/// one's, never a mix, and never a half-written file.
///
/// - The files are written into a new folder beside the target
///   (`.NAME.timeline-new-PID-N`), flushed, then swapped with the target in
///   one rename (`renameat2(RENAME_EXCHANGE)`; the previous folder is then
///   removed). This when the target is new or holds nothing but a build's
///   files.
/// - A target that holds other files too (the user's notes, pictures) is
///   never swapped away: each file is written beside its name and the
///   renames are recorded first in `.timeline-commit`, which the next run
///   completes if this one was killed half-way.
/// - An advisory lock (`flock`) on the target folder serialises runs: a
///   second run into the same folder waits for the first to finish (or,
///   with `wait: false`, refuses).
/// - Temporaries of killed runs (folders beside the target, files inside it,
///   Foundation's `.dat.nosync*` of older versions) are removed.
public enum OutputFolder {
    /// The name of the journal of an in-place write.
    static let journal = ".timeline-commit"

    /// Writes `files` (names without folders) into the folder `path`.
    /// - Parameters:
    ///   - wait: when another run holds the folder: wait for it (true) or throw.
    ///   - waiting: called once before waiting, to say so.
    public static func write(_ files: [(name: String, text: String)], to path: String, wait: Bool = true,
                             waiting: () -> Void = {}) throws(TimelineError) {
        try write(files.map { file in (file.name, { () throws(TimelineError) -> String in file.text }) }, to: path,
                  wait: wait, waiting: waiting)
    }

    /// Writes files rendered one at a time, each just before it is written:
    /// only one file's text is held at once (a large story's JSON and HTML
    /// are tens of MB each). A rendering that throws leaves the target as it was.
    public static func write(_ files: [(name: String, render: @Sendable () throws(TimelineError) -> String)], to path: String,
                             wait: Bool = true, waiting: () -> Void = {}) throws(TimelineError) {
        let target = try folder(path)
        let lock = try acquire(target, wait: wait, waiting: waiting)
        defer { close(lock) }
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        cleanUp(target, parent: parent.isEmpty ? "." : parent, name: name)
        let ours = Set(files.map(\.name)).union(OutputSet.names)
        let present = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        if canSwap(target, parent: parent.isEmpty ? "." : parent, holding: present, ours: ours) {
            try swap(files, into: target, parent: parent.isEmpty ? "." : parent, name: name)
        } else {
            try writeInPlace(files, into: target)
        }
    }

    // MARK: The target

    /// The folder to write into, made if missing; the reason when it cannot be one.
    static func folder(_ path: String) throws(TimelineError) -> String {
        guard !path.isEmpty else {
            throw .writeFailed(path: "''", reason: "an empty name names no folder; give --out a folder name")
        }
        var target = path
        while target.count > 1 && target.hasSuffix("/") { target.removeLast() }
        var info = stat()
        if lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            // A link to a folder is followed: the folder it names is written.
            guard let real = realpath(target, nil) else {
                throw .writeFailed(path: path, reason: "a symbolic link to a folder that does not exist")
            }
            target = String(cString: real)
            free(real)
        }
        if stat(target, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw .writeFailed(path: path, reason: "a file of that name exists; the outputs are written into a folder, give --out a folder name")
            }
            return target
        }
        do {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: path, reason: OutputFile.reason(error))
        }
        return target
    }

    /// Takes the advisory lock on the folder: an open descriptor of it, locked.
    /// The folder a waiting run locked may have been swapped away meanwhile:
    /// then the lock is taken again on the folder now at `target`.
    static func acquire(_ target: String, wait: Bool, waiting: () -> Void) throws(TimelineError) -> Int32 {
        var told = false
        while true {
            let fd = open(target, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw .writeFailed(path: target, reason: String(cString: strerror(errno))) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    close(fd)
                    throw .writeFailed(path: target, reason: String(cString: strerror(errno)))
                }
                guard wait else {
                    close(fd)
                    throw .writeFailed(path: target, reason: "another timeline run is writing into this folder; try again when it is done")
                }
                if !told { waiting(); told = true }
                while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            }
            var held = stat(), now = stat()
            if fstat(fd, &held) == 0, stat(target, &now) == 0, held.st_ino == now.st_ino, held.st_dev == now.st_dev {
                return fd
            }
            close(fd)  // swapped away while we waited: lock the new one
        }
    }

    // MARK: Swap

    /// Swapping is for a folder that holds nothing but a build's files, of this
    /// build or an earlier one (`ours`, so
    /// nothing of the user's goes with the old folder), that is not the
    /// working folder, and that is on the same file system as its parent.
    static func canSwap(_ target: String, parent: String, holding present: [String], ours: Set<String>) -> Bool {
        guard present.allSatisfy({ ours.contains($0) }) else { return false }
        var t = stat(), p = stat(), cwd = stat()
        guard stat(target, &t) == 0, stat(parent, &p) == 0, t.st_dev == p.st_dev, t.st_ino != p.st_ino else { return false }
        if stat(".", &cwd) == 0, cwd.st_ino == t.st_ino, cwd.st_dev == t.st_dev { return false }
        return exchange != nil
    }

    static func swap(_ files: [(name: String, render: @Sendable () throws(TimelineError) -> String)], into target: String,
                     parent: String, name: String) throws(TimelineError) {
        let staging = try makeFolder(parent + "/." + name + ".timeline-new-\(getpid())-", failing: target)
        var done = false
        defer { if !done { removeTree(staging) } }
        for file in files {
            try OutputFile.replace(staging + "/" + file.name, with: try file.render(), mode: nil)
        }
        var info = stat()
        if stat(target, &info) == 0 { chmod(staging, info.st_mode & 0o7777) }
        syncFolder(staging)
        guard let exchange, exchange(AT_FDCWD, staging, AT_FDCWD, target, 2 /* RENAME_EXCHANGE */) == 0 else {
            let reason = String(cString: strerror(errno))
            throw .writeFailed(path: target, reason: "cannot swap in the new outputs: \(reason)")
        }
        syncFolder(parent)
        done = true
        removeTree(staging)  // now the previous outputs
    }

    /// `renameat2` (``SystemFunction``).
    static let exchange = SystemFunction.named(
        "renameat2", as: (@convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32).self)

    // MARK: In place

    /// Each file beside its name, the renames journaled, then done.
    static func writeInPlace(_ files: [(name: String, render: @Sendable () throws(TimelineError) -> String)],
                             into target: String) throws(TimelineError) {
        var written = [(temporary: String, name: String)]()
        do throws(TimelineError) {
            for file in files {
                let text = try file.render()
                let (fd, temporary) = try OutputFile.createTemporary(beside: target + "/" + file.name)
                written.append((temporary, file.name))
                let error = OutputFile.writeAll(fd, text) ?? (fsync(fd) == 0 ? nil : String(cString: strerror(errno)))
                close(fd)
                if let error { throw .writeFailed(path: target + "/" + file.name, reason: error) }
            }
        } catch {
            for w in written { unlink(w.temporary) }
            throw error
        }
        let lines = written.map { ($0.temporary as NSString).lastPathComponent + "\t" + $0.name }.joined(separator: "\n") + "\n"
        try OutputFile.replace(target + "/" + journal, with: Array(lines.utf8), mode: nil)
        completeJournal(in: target)
    }

    /// Renames what the journal lists (those not renamed yet), then removes it.
    static func completeJournal(in target: String) {
        guard let text = try? String(contentsOfFile: target + "/" + journal, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 2, !fields[0].contains("/"), !fields[1].contains("/") else { continue }
            let temporary = target + "/" + fields[0]
            if access(temporary, F_OK) == 0 { rename(temporary, target + "/" + fields[1]) }
        }
        syncFolder(target)
        unlink(target + "/" + journal)
    }

    // MARK: Clean-up

    /// What killed runs left: a journal to complete, temporary files in the
    /// folder, staging folders beside it.
    static func cleanUp(_ target: String, parent: String, name: String) {
        completeJournal(in: target)
        let fm = FileManager.default
        for entry in (try? fm.contentsOfDirectory(atPath: target)) ?? [] {
            if entry.hasPrefix(".dat.nosync") {
                unlink(target + "/" + entry)  // Foundation's atomic write, as older versions used it
            } else if let pid = pid(in: entry, after: ".timeline-tmp-"), entry.hasPrefix("."), !OutputFile.isRunning(pid) {
                unlink(target + "/" + entry)
            }
        }
        let prefix = "." + name + ".timeline-new-"
        for entry in (try? fm.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            if let pid = pid(in: entry, after: ".timeline-new-"), !OutputFile.isRunning(pid) {
                removeTree(parent + "/" + entry)
            }
        }
    }

    /// The process id after `marker` in a temporary's name (`...MARKER1234-...`).
    static func pid(in entry: String, after marker: String) -> pid_t? {
        guard let range = entry.range(of: marker) else { return nil }
        let rest = entry[range.upperBound...]
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        return pid_t(rest[..<dash])
    }

    static func makeFolder(_ prefix: String, failing target: String) throws(TimelineError) -> String {
        for n in 0..<100 {
            let candidate = prefix + String(UInt32.random(in: 0...UInt32.max), radix: 36) + String(n)
            if mkdir(candidate, 0o777) == 0 { return candidate }
            guard errno == EEXIST else { break }
        }
        throw .writeFailed(path: target, reason: "cannot make a folder beside it: \(String(cString: strerror(errno)))")
    }

    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
