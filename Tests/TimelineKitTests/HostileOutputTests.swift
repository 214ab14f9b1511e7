import Foundation
import Testing
@testable import TimelineKit

/// Writing: nothing that is not ours replaced, nothing half-written, no
/// temporaries left, one build's files a unit, concurrent builds serialised.
@Suite struct HostileOutputTests {
    let fm = FileManager.default

    func tempDir() throws -> String {
        let path = fm.temporaryDirectory.appendingPathComponent("timeline-out-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    func contents(_ path: String) -> [String] { ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    static let files: [(name: String, text: String)] = [("timeline.json", "{}\n"), ("digest.txt", "new digest\n")]

    // MARK: One file

    /// A device is written through, never replaced by a regular file (a
    /// node of /dev/null's device made for the test, so that a regression
    /// replaces no file of the machine's).
    @Test(.enabled(if: getuid() == 0, "making a device node needs root"))
    func aDeviceStaysADevice() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        let null = dir + "/null"
        #expect(mknod(null, S_IFCHR | 0o666, 0x103) == 0)  // major 1, minor 3
        try OutputFile.write("hello", to: null)
        #expect(kind(null) == S_IFCHR)
        #expect(contents(dir) == ["null"])
    }

    @Test func aFIFOIsWrittenThrough() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = read(fd, &buffer, 64)
            close(fd)
            try? Data(buffer.prefix(max(n, 0))).write(to: URL(fileURLWithPath: dir + "/read"))
        }
        reader.start()
        // Through a link to it, as /dev/stdout is when the output is piped.
        try fm.createSymbolicLink(atPath: dir + "/out", withDestinationPath: fifo)
        try OutputFile.write("through the pipe", to: dir + "/out")
        #expect(kind(dir + "/out") == S_IFLNK)
        for _ in 0..<200 where !fm.fileExists(atPath: dir + "/read") { usleep(10_000) }
        #expect(kind(fifo) == S_IFIFO)
        #expect(try String(contentsOfFile: dir + "/read", encoding: .utf8) == "through the pipe")
    }

    /// A symbolic link is followed: its file is replaced, the link stays; a dangling one is refused.
    @Test func symbolicLinksAreFollowed() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        try "old".write(toFile: dir + "/target.svg", atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir + "/link.svg", withDestinationPath: dir + "/target.svg")
        try OutputFile.write("new", to: dir + "/link.svg")
        #expect(kind(dir + "/link.svg") == S_IFLNK)
        #expect(try String(contentsOfFile: dir + "/target.svg", encoding: .utf8) == "new")
        try fm.createSymbolicLink(atPath: dir + "/dangling.svg", withDestinationPath: dir + "/nothing.svg")
        #expect(throws: TimelineError.writeFailed(path: dir + "/dangling.svg", reason: "a symbolic link to a file that does not exist")) {
            try OutputFile.write("x", to: dir + "/dangling.svg")
        }
        #expect(!fm.fileExists(atPath: dir + "/nothing.svg"))
    }

    @Test func aFileKeepsItsPermissionsAndStaleTemporariesGo() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        try "old".write(toFile: dir + "/a.svg", atomically: false, encoding: .utf8)
        chmod(dir + "/a.svg", 0o640)
        // A temporary of a run that no longer exists (pid 2^22 + 1 is above Linux's default pid_max).
        try "half".write(toFile: dir + "/.a.svg.timeline-tmp-4194305-abc0", atomically: false, encoding: .utf8)
        try OutputFile.write("new", to: dir + "/a.svg")
        #expect(contents(dir) == ["a.svg"])
        var info = stat()
        stat(dir + "/a.svg", &info)
        #expect(info.st_mode & 0o777 == 0o640)
        #expect(throws: TimelineError.self) { try OutputFile.write("x", to: dir) }
        #expect(throws: TimelineError.self) { try OutputFile.write("x", to: "") }
    }

    // MARK: A build's folder

    @Test func aNewFolderGetsTheFilesAndNothingElse() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        try OutputFolder.write(Self.files, to: dir + "/out")
        #expect(contents(dir + "/out") == ["digest.txt", "timeline.json"])
        #expect(contents(dir) == ["out"], "no staging folder left beside it")
        try OutputFolder.write(Self.files, to: dir + "/out/")
        #expect(contents(dir) == ["out"])
    }

    /// A folder holding only a build's files is swapped whole: a stale file of
    /// an earlier build (a name this build does not write) goes with it.
    @Test func aBuildFolderIsSwapped() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        try OutputFolder.write(Self.files + [("graph.dot", "old graph")], to: dir + "/out")
        var before = stat()
        stat(dir + "/out", &before)
        try OutputFolder.write(Self.files, to: dir + "/out")
        var after = stat()
        stat(dir + "/out", &after)
        #expect(before.st_ino != after.st_ino, "a new folder swapped in")
        #expect(contents(dir + "/out") == ["digest.txt", "timeline.json"])
        #expect(contents(dir) == ["out"])
    }

    /// Files rendered one at a time: a rendering that fails part-way leaves
    /// the previous build's files as they were, whether the folder is swapped or written in place.
    @Test func aRenderingThatFailsLeavesThePreviousBuild() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        let failing: [(name: String, render: @Sendable () throws(TimelineError) -> String)] = [
            ("timeline.json", { () throws(TimelineError) -> String in "{\"new\": true}\n" }),
            ("digest.txt", { () throws(TimelineError) -> String in throw .writeFailed(path: "digest.txt", reason: "no") }),
        ]
        for notes in [false, true] {
            let out = dir + (notes ? "/in-place" : "/swapped")
            try OutputFolder.write(Self.files, to: out)
            if notes { try "mine".write(toFile: out + "/notes.txt", atomically: false, encoding: .utf8) }
            #expect(throws: TimelineError.self) { try OutputFolder.write(failing, to: out) }
            #expect(try String(contentsOfFile: out + "/timeline.json", encoding: .utf8) == Self.files[0].text)
            #expect(contents(out) == (notes ? ["digest.txt", "notes.txt", "timeline.json"] : ["digest.txt", "timeline.json"]))
        }
        #expect(contents(dir) == ["in-place", "swapped"], "no staging folder left beside them")
    }

    /// The user's own files in the folder are never removed: the build's files are written beside them.
    @Test func theUsersFilesStay() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        try fm.createDirectory(atPath: dir + "/out/pictures", withIntermediateDirectories: true)
        try "mine".write(toFile: dir + "/out/notes.txt", atomically: false, encoding: .utf8)
        try "old".write(toFile: dir + "/out/digest.txt", atomically: false, encoding: .utf8)
        try OutputFolder.write(Self.files, to: dir + "/out")
        #expect(contents(dir + "/out") == ["digest.txt", "notes.txt", "pictures", "timeline.json"])
        #expect(try String(contentsOfFile: dir + "/out/digest.txt", encoding: .utf8) == "new digest\n")
        #expect(try String(contentsOfFile: dir + "/out/notes.txt", encoding: .utf8) == "mine")
    }

    /// A run killed while renaming in place left a journal: the next run completes it first.
    /// A run killed while staging left temporaries: they are removed.
    @Test func whatAKilledRunLeftIsRepairedOrRemoved() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        let out = dir + "/out"
        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "mine".write(toFile: out + "/notes.txt", atomically: false, encoding: .utf8)
        try "killed run's digest".write(toFile: out + "/.digest.txt.timeline-tmp-4194305-x1", atomically: false, encoding: .utf8)
        try ".digest.txt.timeline-tmp-4194305-x1\tdigest.txt\n".write(toFile: out + "/" + OutputFolder.journal, atomically: false, encoding: .utf8)
        try "half".write(toFile: out + "/.timeline.json.timeline-tmp-4194305-x2", atomically: false, encoding: .utf8)
        try "foundation".write(toFile: out + "/.dat.nosyncab12.tmp", atomically: false, encoding: .utf8)
        try fm.createDirectory(atPath: dir + "/.out.timeline-new-4194305-x3", withIntermediateDirectories: true)
        OutputFolder.cleanUp(out, parent: dir, name: "out")
        #expect(contents(out) == ["digest.txt", "notes.txt"])
        #expect(try String(contentsOfFile: out + "/digest.txt", encoding: .utf8) == "killed run's digest")
        #expect(contents(dir) == ["out"])
    }

    /// A second run into a folder another run holds waits for it, or refuses when told not to wait.
    @Test func concurrentRunsAreSerialised() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        let out = dir + "/out"
        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        let held = open(out, O_RDONLY | O_DIRECTORY)
        #expect(flock(held, LOCK_EX) == 0)
        #expect(throws: TimelineError.writeFailed(path: out, reason: "another timeline run is writing into this folder; try again when it is done")) {
            try OutputFolder.write(Self.files, to: out, wait: false)
        }
        #expect(contents(out).isEmpty)
        let done = DispatchSemaphore(value: 0)
        let waited = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? OutputFolder.write(Self.files, to: out, wait: true) { waited.signal() }
            done.signal()
        }
        #expect(waited.wait(timeout: .now() + 10) == .success, "it says it waits")
        #expect(done.wait(timeout: .now() + 0.3) == .timedOut, "it waits while the folder is held")
        #expect(contents(out).isEmpty)
        flock(held, LOCK_UN)
        close(held)
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(contents(out) == ["digest.txt", "timeline.json"])
    }

    @Test func whatIsNoFolderIsRefused() throws {
        let dir = try tempDir()
        defer { try? fm.removeItem(atPath: dir) }
        try "text".write(toFile: dir + "/file", atomically: false, encoding: .utf8)
        #expect(throws: TimelineError.writeFailed(path: dir + "/file", reason: "a file of that name exists; the outputs are written into a folder, give --out a folder name")) {
            try OutputFolder.write(Self.files, to: dir + "/file")
        }
        #expect(throws: TimelineError.self) { try OutputFolder.write(Self.files, to: "") }
        #expect(try String(contentsOfFile: dir + "/file", encoding: .utf8) == "text")
    }
}
