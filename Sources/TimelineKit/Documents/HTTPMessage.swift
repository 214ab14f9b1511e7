import Foundation

/// An HTTP response as a web archive stores it: status line, header fields
/// (names lowercased), and the body as it came over the wire, which
/// ``decodedBody()`` undoes (chunked transfer, then gzip or deflate).
struct HTTPMessage {
    struct DecodeError: Error {
        var reason: String
    }

    var status: Int
    var fields = [String: String]()
    var rawBody: ArraySlice<UInt8>

    /// Parses `bytes` ("HTTP/1.1 200 OK" CRLF fields CRLF CRLF body); nil when it is no HTTP response.
    init?(_ bytes: [UInt8]) {
        guard bytes.starts(with: Array("HTTP/".utf8)) else { return nil }
        var i = 0
        var lines = [[UInt8]]()
        var bodyStart: Int?
        while i < bytes.count {
            var end = i
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var line = bytes[i..<end]
            if line.last == 0x0D { line = line.dropLast() }
            i = end + 1
            if line.isEmpty { bodyStart = i; break }
            lines.append(Array(line))
        }
        guard let first = lines.first else { return nil }
        let parts = first.split(separator: 0x20)
        guard parts.count >= 2, let code = Int(String(decoding: parts[1], as: UTF8.self)) else { return nil }
        status = code
        for line in lines.dropFirst() {
            if let (name, value) = Self.field(line) { fields[name] = value }
        }
        rawBody = bytes[min(bodyStart ?? bytes.count, bytes.count)...]
    }

    /// "Name: value" -> ("name", "value").
    static func field(_ line: [UInt8]) -> (String, String)? {
        guard let colon = line.firstIndex(of: 0x3A) else { return nil }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        guard let value = HTMLReader.clean(String(decoding: line[(colon + 1)...], as: UTF8.self)) else { return nil }
        return (name.trimmingSpaces, value)
    }

    /// The body with transfer and content encodings undone.
    func decodedBody() throws(DecodeError) -> [UInt8] {
        var body = Array(rawBody)
        if fields["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = try Self.dechunked(body)
        }
        switch fields["content-encoding"]?.lowercased() {
        case nil, "identity", "none", "":
            break
        case "gzip", "x-gzip":
            do { body = try Inflater.decompress(body) } catch { throw DecodeError(reason: "Content-Encoding gzip: \(error)") }
        case "deflate":
            // HTTP's deflate is a zlib stream, sometimes raw deflate.
            do { body = try Inflater.decompress(body) } catch {
                do { body = try Inflater.decompress(body, wrapper: .raw) } catch {
                    throw DecodeError(reason: "Content-Encoding deflate: \(error)")
                }
            }
        case let other?:
            throw DecodeError(reason: "Content-Encoding '\(other)' is not supported (gzip and deflate are)")
        }
        return body
    }

    /// A chunked body joined: hex size CRLF data CRLF ..., ending with a zero chunk.
    static func dechunked(_ bytes: [UInt8]) throws(DecodeError) -> [UInt8] {
        var out = [UInt8]()
        var i = 0
        while i < bytes.count {
            var end = i
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var sizeText = String(decoding: bytes[i..<end], as: UTF8.self)
            if let semicolon = sizeText.firstIndex(of: ";") { sizeText = String(sizeText[..<semicolon]) }
            guard let size = Int(sizeText.trimmingSpaces, radix: 16), size >= 0 else {
                throw DecodeError(reason: "broken chunked transfer encoding near body byte \(i)")
            }
            if size == 0 { return out }
            let start = end + 1
            guard start + size <= bytes.count else {
                throw DecodeError(reason: "a chunk of \(size) bytes runs past the end of the body")
            }
            out.append(contentsOf: bytes[start..<start + size])
            i = start + size
            if i < bytes.count && bytes[i] == 0x0D { i += 1 }
            if i < bytes.count && bytes[i] == 0x0A { i += 1 }
        }
        return out
    }

    /// Whether a Content-Type (or, without one, the body's first bytes) says HTML.
    static func isHTML(_ contentType: String?, body: ArraySlice<UInt8>) -> Bool {
        if let type = contentType?.lowercased() { return type.contains("html") }
        return DocumentLoader.sniff(Array(body.prefix(1024)), allowJSONLines: false) == .html
    }

    /// The `charset=` of a Content-Type.
    static func charset(_ contentType: String?) -> String? {
        guard let type = contentType, let range = type.lowercased().range(of: "charset=") else { return nil }
        let value = type.lowercased()[range.upperBound...].prefix { $0 != ";" && $0 != " " }
        return value.isEmpty ? nil : String(value).replacingOccurrences(of: "\"", with: "")
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" || s.first == "\r" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
