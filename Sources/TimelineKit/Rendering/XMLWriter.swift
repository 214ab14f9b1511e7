import CLibXML2

/// Writes an XML document through libxml2's `xmlTextWriter`, which escapes
/// every attribute value and text node itself: callers pass raw text, never
/// pre-escaped markup.
///
/// A `final class` because it owns two C resources (the writer and its
/// memory buffer), freed in `deinit`, writer first so that it flushes into a
/// live buffer. It is not `Sendable`: one is created, used and dropped inside
/// a single render call. Every libxml2 status is checked; a negative one
/// becomes ``TimelineError/writeFailed(path:reason:)`` naming the call.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: OpaquePointer
    /// What the output is called in error messages (`timeline.svg`).
    private let name: String

    init(name: String, indent: Bool = true) throws(TimelineError) {
        self.name = name
        guard let buffer = xmlBufferCreate() else {
            throw .writeFailed(path: name, reason: "libxml2 could not allocate a buffer")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .writeFailed(path: name, reason: "libxml2 could not create a text writer")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
            try check(xmlTextWriterSetIndentString(writer, "  "), "xmlTextWriterSetIndentString")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element (in `namespace` when given, which declares it) with its attributes.
    func start(_ element: String, namespace: String? = nil, _ attributes: [(String, String)] = [])
        throws(TimelineError)
    {
        if let namespace {
            try check(xmlTextWriterStartElementNS(writer, nil, element, namespace), "xmlTextWriterStartElementNS(\(element))")
        } else {
            try check(xmlTextWriterStartElement(writer, element), "xmlTextWriterStartElement(\(element))")
        }
        for (key, value) in attributes {
            try check(xmlTextWriterWriteAttribute(writer, key, value), "xmlTextWriterWriteAttribute(\(key))")
        }
    }

    /// Writes text content; libxml2 escapes `<`, `&` and `>`.
    func text(_ content: String) throws(TimelineError) {
        try check(xmlTextWriterWriteString(writer, content), "xmlTextWriterWriteString")
    }

    /// Closes the innermost open element.
    func end() throws(TimelineError) {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// A whole element: start, optional text, end.
    func element(_ element: String, _ attributes: [(String, String)] = [], text content: String? = nil)
        throws(TimelineError)
    {
        try start(element, attributes)
        if let content { try text(content) }
        try end()
    }

    /// A comment (a note for whoever reads the file).
    func comment(_ content: String) throws(TimelineError) {
        try check(xmlTextWriterWriteComment(writer, content), "xmlTextWriterWriteComment")
    }

    /// Closes every open element and the document, and returns the text.
    func finish() throws(TimelineError) -> String {
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        guard let content = xmlBufferContent(buffer) else {
            throw .writeFailed(path: name, reason: "libxml2 returned no content")
        }
        return String(cString: content)
    }

    private func check(_ status: Int32, _ call: String) throws(TimelineError) {
        if status < 0 { throw .writeFailed(path: name, reason: "libxml2 \(call) failed (status \(status))") }
    }
}

/// Checks that a text is well-formed XML with libxml2's parser, with no
/// network access and no entity expansion.
enum XMLWellFormedness {
    /// Nil when `text` parses, else libxml2's message with its line.
    static func problem(in text: String) -> String? {
        timeline_silenceGenericErrors()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let count = Int32(text.utf8.count)
        let document = text.withCString { xmlReadMemory($0, count, "check.xml", "UTF-8", options) }
        guard let document else {
            guard let error = xmlGetLastError() else { return "libxml2 could not parse the document" }
            let message = error.pointee.message.map { String(cString: $0) } ?? "parse error"
            return "line \(error.pointee.line): " + RenderText.oneLine(message)
        }
        xmlFreeDoc(document)
        return nil
    }
}
