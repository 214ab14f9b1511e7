/// Reads a web archive (WARC 1.0/1.1, plain or gzipped, one gzip member a
/// record as Common Crawl writes it) record by record: each `response` (or
/// `resource`) record whose payload is an HTML page with a 2xx status is
/// handed on with its target URI, its crawl date and its body decoded
/// (chunked transfer and gzip/deflate content encoding undone, the charset
/// from the HTTP header). Requests, metadata, redirects, images and the
/// like are passed over in silence; a record that cannot be read is one
/// error naming the file, the record and the reason.
struct WARCReader {
    /// One HTML page of the archive.
    struct Page {
        /// The archive's path and the record's number in it (1-based, every record counted).
        var path: String
        var number: Int
        var uri: String?
        /// `WARC-Date`, as written (ISO 8601).
        var date: String?
        var body: [UInt8]
        /// The charset the HTTP `Content-Type` declared.
        var charset: String?
    }

    /// A record larger than this is skipped with an error (pages are far smaller).
    static let maxRecordBytes = 64 << 20

    /// Streams the archive at `path`.
    /// - Parameter each: a page, or the error of one record (or of the file, which ends the reading).
    static func read(path: String, _ each: (Result<Page, TimelineError>) -> Void) {
        let stream: ByteStream
        do { stream = try ByteStream(path: path) } catch {
            each(.failure(error))
            return
        }
        read(stream, path: path, each)
    }

    /// Reads an archive already in memory (standard input), decompressed.
    static func read(bytes: [UInt8], path: String, _ each: (Result<Page, TimelineError>) -> Void) {
        read(ByteStream(bytes: bytes), path: path, each)
    }

    private static func read(_ stream: ByteStream, path: String, _ each: (Result<Page, TimelineError>) -> Void) {
        var number = 0
        // After a broken gzip member or stray bytes: lines are skipped up to the next "WARC/".
        var resyncing = false
        func broken(_ reason: String) {
            each(.failure(.malformed(path: "\(path)#\(number)", reason: reason + "; read on from the next record")))
            resyncing = true
        }
        while true {
            let header: Header
            do {
                guard let next = try nextHeader(stream, skipping: resyncing) else { return }
                header = next
            } catch let error as InflateError {
                number += 1
                broken(error.description)
                continue
            } catch {
                number += 1
                broken("\(error)")
                continue
            }
            resyncing = false
            number += 1
            let name = "\(path)#\(number)" + (header.fields["warc-target-uri"].map { " (\($0))" } ?? "")
            guard let length = header.fields["content-length"].flatMap({ Int($0) }), length >= 0 else {
                broken("the WARC record has no Content-Length")
                continue
            }
            let type = header.fields["warc-type"]?.lowercased() ?? ""
            do {
                guard type == "response" || type == "resource", length <= maxRecordBytes else {
                    if length > maxRecordBytes {
                        each(.failure(.unsupported(path: name, reason: "a record of \(length >> 20) MB is over the \(maxRecordBytes >> 20) MB limit; skipped")))
                    }
                    if try stream.skip(length) < length {
                        each(.failure(.malformed(path: name, reason: "the file ends inside the record")))
                    }
                    continue
                }
                let block = try stream.read(length)
                guard block.count == length else {
                    each(.failure(.malformed(path: name, reason: "the file ends inside the record (\(block.count) of \(length) bytes)")))
                    return
                }
                let uri = header.fields["warc-target-uri"].map { $0.trimmingBrackets }
                let date = header.fields["warc-date"]
                do {
                    if let page = try payload(block, type: type, contentType: header.fields["content-type"], name: name) {
                        each(.success(Page(path: path, number: number, uri: uri, date: date, body: page.body, charset: page.charset)))
                    }
                } catch {
                    each(.failure(error))
                }
            } catch {
                each(.failure(.malformed(path: name, reason: error.description + "; read on from the next record")))
                resyncing = true
            }
        }
    }

    struct Header {
        var fields = [String: String]()
    }

    /// A line that is not the start of a record where one was expected.
    struct NotARecord: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "expected a WARC record ('WARC/1.x') near byte \(offset)" }
    }

    /// The next record's header (the version line and the named fields), nil
    /// at the end; `skipping`: lines before the next "WARC/" line are passed over.
    private static func nextHeader(_ stream: ByteStream, skipping: Bool) throws -> Header? {
        var line: [UInt8]?
        repeat {
            line = try stream.readLine()
        } while line.map { $0.isEmpty || (skipping && !$0.starts(with: Array("WARC/".utf8))) } == true
        guard let version = line else { return nil }
        guard version.starts(with: Array("WARC/".utf8)) else { throw NotARecord(offset: stream.offset) }
        var header = Header()
        while let field = try stream.readLine(), !field.isEmpty {
            if let (name, value) = HTTPMessage.field(field) { header.fields[name] = value }
        }
        return header
    }

    /// The HTML body of a record's block, or nil when it holds no HTML page.
    private static func payload(_ block: [UInt8], type: String, contentType: String?,
                                name: String) throws(TimelineError) -> (body: [UInt8], charset: String?)? {
        if type == "resource" {
            guard HTTPMessage.isHTML(contentType, body: block[...]) else { return nil }
            return (block, HTTPMessage.charset(contentType))
        }
        guard contentType?.lowercased().contains("application/http") ?? true else { return nil }
        guard let message = HTTPMessage(block) else {
            throw .malformed(path: name, reason: "the response record does not hold an HTTP response")
        }
        guard (200..<300).contains(message.status) else { return nil }
        guard HTTPMessage.isHTML(message.fields["content-type"], body: message.rawBody) else { return nil }
        do {
            return (try message.decodedBody(), HTTPMessage.charset(message.fields["content-type"]))
        } catch {
            throw .malformed(path: name, reason: error.reason)
        }
    }
}

extension String {
    /// "<http://a/b>" -> "http://a/b" (WARC 1.0 writes URIs in angle brackets).
    var trimmingBrackets: String {
        hasPrefix("<") && hasSuffix(">") ? String(dropFirst().dropLast()) : self
    }
}
