#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read a piece at a time, through zlib when it is gzipped: lines and
/// byte counts on demand, never the whole file in memory (a 1 GB web archive
/// streams through a buffer of a few hundred kilobytes).
package final class ByteStream {
    private let file: UnsafeMutablePointer<FILE>?
    private let inflater: Inflater?
    private var buffer = [UInt8]()
    private var position = 0
    private var exhausted = false
    /// Where in `buffer` the last complete gzip member's output ends.
    private var memberEnd = 0
    /// Compressed bytes read but not yet inflated (after a broken member:
    /// from the next gzip header on).
    private var pending = [UInt8]()
    /// Looking for the next gzip header after a broken member.
    private var seeking = false
    /// A broken member's error, thrown once the good data before it is read.
    private var deferred: InflateError?
    /// Bytes handed out so far (decompressed), for error messages.
    package private(set) var offset = 0
    /// Compressed bytes are read this many at a time.
    static let chunk = 64 * 1024

    /// Opens `path`; a gzip file (by its first two bytes) is decompressed as it is read.
    package init(path: String) throws(TimelineError) {
        guard let f = fopen(path, "rb") else { throw .unreadable(path: path, reason: "cannot open the file") }
        file = f
        let first = fgetc(f), second = fgetc(f)
        rewind(f)
        inflater = first == 0x1F && second == 0x8B ? Inflater() : nil
    }

    /// Bytes already in memory (decompressed).
    package init(bytes: [UInt8]) {
        file = nil
        inflater = nil
        buffer = bytes
        exhausted = true
    }

    deinit { if let file { fclose(file) } }

    /// Refills the buffer; false at the end of the file.
    /// - Throws: a broken gzip member, once: what it gave that was not read
    ///   yet is dropped, and the reading goes on at the next member's header.
    private func fill() throws(InflateError) -> Bool {
        if let deferred {
            self.deferred = nil
            throw deferred
        }
        if position > 0 && position >= buffer.count / 2 {
            buffer.removeFirst(position)
            memberEnd = max(0, memberEnd - position)
            position = 0
        }
        while !exhausted, let file {
            var raw: [UInt8]
            if pending.isEmpty {
                raw = [UInt8](repeating: 0, count: Self.chunk)
                let n = raw.withUnsafeMutableBytes { fread($0.baseAddress, 1, Self.chunk, file) }
                raw.removeLast(Self.chunk - n)
            } else {
                raw = pending
                pending = []
            }
            if raw.isEmpty {
                exhausted = true
                if let inflater, !inflater.isComplete, inflater.consumed > 0, !seeking {
                    throw InflateError(offset: inflater.consumed, reason: "the file ends inside a gzip member")
                }
                return false
            }
            let before = buffer.count
            guard let inflater else {
                buffer.append(contentsOf: raw)
                return true
            }
            if seeking {
                guard let start = Self.gzipHeader(in: raw, from: 0) else { continue }
                raw.removeFirst(start)
                seeking = false
                inflater.restart()
            }
            let failure: InflateError? = raw.withUnsafeBytes { b in
                do throws(InflateError) { try inflater.inflate(b, into: &buffer) } catch { return error }
                return nil
            }
            if let end = inflater.memberEndedAt { memberEnd = end }
            if let failure {
                // Drop what the broken member gave that was not read; go on at the next header.
                let keep = max(memberEnd, position)
                if keep < buffer.count { buffer.removeSubrange(keep...) }
                let stoppedAt = raw.count - failure.unconsumed
                if let next = Self.gzipHeader(in: raw, from: stoppedAt + 1) {
                    pending = Array(raw[next...])
                    inflater.restart()
                } else {
                    seeking = true
                }
                // The records before the broken one are read first.
                if position < buffer.count {
                    deferred = failure
                    return true
                }
                throw failure
            }
            if buffer.count > before { return true }
        }
        return false
    }

    /// The next gzip member header (1F 8B 08) at or after `from`.
    private static func gzipHeader(in raw: [UInt8], from: Int) -> Int? {
        var i = max(0, from)
        while i + 2 < raw.count {
            if raw[i] == 0x1F && raw[i + 1] == 0x8B && raw[i + 2] == 0x08 { return i }
            i += 1
        }
        return nil
    }

    /// The next line without its CR LF; nil at the end. A line longer than
    /// `limit` is cut there.
    package func readLine(limit: Int = 1 << 20) throws(InflateError) -> [UInt8]? {
        var scanned = position
        while true {
            if let nl = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = nl
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<min(end, position + limit)])
                offset += nl + 1 - position
                position = nl + 1
                return line
            }
            scanned = buffer.count
            let start = position
            if !(try fill()) {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                offset += buffer.count - position
                position = buffer.count
                return line
            }
            scanned -= start - position
        }
    }

    /// The next `count` bytes (fewer at the end of the file).
    package func read(_ count: Int) throws(InflateError) -> [UInt8] {
        while buffer.count - position < count, try fill() {}
        let n = min(count, buffer.count - position)
        let bytes = Array(buffer[position..<position + n])
        position += n
        offset += n
        return bytes
    }

    /// Skips `count` bytes without keeping them; returns how many there were.
    package func skip(_ count: Int) throws(InflateError) -> Int {
        var left = count
        while left > 0 {
            if position == buffer.count, !(try fill()) { break }
            let n = min(left, buffer.count - position)
            position += n
            offset += n
            left -= n
        }
        return count - left
    }
}
