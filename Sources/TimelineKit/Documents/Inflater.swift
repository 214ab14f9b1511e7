import CZlib

/// Decompression with the system zlib: gzip files (several members one
/// after the other, as Common Crawl writes its WARC files), zlib streams and
/// raw deflate (HTTP's `Content-Encoding: deflate` comes both ways).
///
/// Streaming: ``inflate(_:into:)`` takes input as it comes and appends what
/// it decodes, so a 1 GB `.warc.gz` never sits in memory whole.
package final class Inflater {
    package enum Wrapper: Sendable {
        /// A gzip or zlib header, detected; gzip members may follow one another.
        case gzipOrZlib
        /// Raw deflate, no header.
        case raw
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private let wrapper: Wrapper
    private var ended = false
    /// Bytes of compressed input consumed so far (for error messages).
    package private(set) var consumed = 0
    /// The output's length when the last gzip member ended, if one did in
    /// the last call (a reader can drop what a broken member gave).
    package private(set) var memberEndedAt: Int?

    package init(_ wrapper: Wrapper = .gzipOrZlib) {
        self.wrapper = wrapper
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Only Z_MEM_ERROR can fail here; the first inflate call reports it.
        _ = timeline_inflateInit2(stream, wrapper == .raw ? -15 : 15 + 32)
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }


    /// Decodes `input`, appending to `output`. A gzip member that ends is
    /// followed by the next one in the same input.
    /// - Throws: the reason zlib gives (corrupt data, a bad header).
    package func inflate(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) throws(InflateError) {
        guard let base = input.baseAddress, !input.isEmpty else { return }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        defer { stream.pointee.next_in = nil; stream.pointee.avail_in = 0 }
        memberEndedAt = nil
        while stream.pointee.avail_in > 0 {
            if ended {
                // A new gzip member (or trailing bytes) after the end of one.
                guard wrapper == .gzipOrZlib else { throw InflateError(offset: consumed, reason: "data after the end of the deflate stream") }
                inflateReset(stream)
                ended = false
            }
            let before = Int(stream.pointee.avail_in)
            let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(out.count)
                return CZlib.inflate(stream, Z_NO_FLUSH)
            }
            let produced = chunk.count - Int(stream.pointee.avail_out)
            output.append(contentsOf: chunk[0..<produced])
            consumed += before - Int(stream.pointee.avail_in)
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                ended = true
                memberEndedAt = output.count
            case Z_BUF_ERROR where produced > 0 || before > Int(stream.pointee.avail_in):
                continue
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw InflateError(offset: consumed, reason: message, unconsumed: Int(stream.pointee.avail_in))
            }
        }
    }

    /// Whether the compressed data seen so far ended cleanly (no member cut short).
    package var isComplete: Bool { ended }

    /// Starts afresh (a new gzip member after a broken one).
    package func restart() {
        inflateReset(stream)
        ended = false
    }

    /// Decodes a whole buffer (a `.gz` file, an HTTP body), refusing more than `limit` bytes out.
    package static func decompress(_ bytes: [UInt8], wrapper: Wrapper = .gzipOrZlib,
                                   limit: Int = 1 << 31) throws(InflateError) -> [UInt8] {
        let inflater = Inflater(wrapper)
        var output = [UInt8]()
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + 1 << 20)
            let failure: InflateError? = bytes[offset..<end].withUnsafeBytes { b in
                do throws(InflateError) { try inflater.inflate(b, into: &output) } catch { return error }
                return nil
            }
            if let failure { throw failure }
            if output.count > limit { throw InflateError(offset: end, reason: "more than \(limit >> 20) MB once decompressed") }
            offset = end
        }
        guard inflater.isComplete else { throw InflateError(offset: bytes.count, reason: "the compressed data is cut short") }
        return output
    }

    /// Whether `bytes` start with the gzip magic number.
    package static func isGzip<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var i = bytes.makeIterator()
        return i.next() == 0x1F && i.next() == 0x8B
    }
}

/// Why zlib stopped: at which compressed byte, and its message.
package struct InflateError: Error, Sendable, CustomStringConvertible {
    package var offset: Int
    package var reason: String
    /// Bytes of the last input zlib had not read when it stopped.
    package var unconsumed = 0
    package var description: String { "gzip data broken near byte \(offset): \(reason)" }
}
