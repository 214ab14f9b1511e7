/// Finds the lines at the top of an article that state its publication date,
/// and cuts the date out of them as raw strings for the time stage.
///
/// Three shapes are recognised, all near the top of the text:
/// - a labelled line: "Published: 2020/7/16 20:53:40", "Updated May 16, 2019",
///   "Posted on ..." (the label from `dateline-words.tsv`, capitalised,
///   followed by a colon or standing at the start of a line or segment, the
///   date ending the line or a " | " segment);
/// - a short dateline line under the headline: "May 15, 2019" under a byline,
///   or one segment of "Cheryl Sanders | May 15, 2019";
/// - a wire dateline opening a paragraph: "WASHINGTON, May 15 (Reuters) -".
///
/// Photo captions ("(Photo by", "Getty Images", "LONDON, ENGLAND - OCTOBER 22:")
/// and dates inside ordinary prose are never candidates: prose fails the
/// shapes above because the date does not fill the line or segment.
///
/// "Looks like a date" is a cheap byte check (digits and a month word from
/// the table, or a numeric date such as "2020/7/16"); the time stage parses.
struct DatelineFinder: Sendable {
    /// What the finder reports: date candidates in the order found, and the
    /// publisher named by a "Source:" label, if any.
    struct Result: Sendable, Hashable {
        var candidates: [DateCandidate] = []
        var source: String?
    }

    /// How many non-blank lines at the top may hold a label or a wire dateline.
    static let headLines = 12
    /// How many non-blank lines under the headline may be a bare dateline.
    static let datelineLines = 6
    /// A bare dateline line is short.
    static let maxDatelineBytes = 100
    /// A labelled line is short; prose is longer.
    static let maxLabelLineBytes = 200

    let lexicon: DocumentsLexicon

    init(lexicon: DocumentsLexicon = .shared) { self.lexicon = lexicon }

    /// Scans the top of `text`.
    /// - Parameters:
    ///   - skipTitle: the first non-blank line is the headline and is not scanned.
    func find(in text: String, skipTitle: Bool) -> Result {
        let b = Array(text.utf8)
        var result = Result()
        var seen = Set<String>()
        func add(_ span: (Int, Int), origin: String) {
            let value = String(decoding: b[span.0..<span.1], as: UTF8.self)
            guard !value.isEmpty, seen.insert(value).inserted else { return }
            result.candidates.append(DateCandidate(text: value, basis: .stated, origin: origin))
        }

        var nonBlank = 0
        var lineNumber = 0
        var start = 0
        while start <= b.count && nonBlank < Self.headLines {
            var end = start
            while end < b.count && b[end] != 0x0A { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            let line = Line(bytes: b, start: start, end: end)
            if line.units.isEmpty { continue }
            nonBlank += 1
            if skipTitle && nonBlank == 1 { continue }

            // Labelled dates and "Source:".
            var found = [(span: (Int, Int), origin: String)]()
            var source: (Int, Int)?
            for (span, isSource, labelName) in labelled(line) {
                if isSource {
                    if source == nil { source = span }
                } else {
                    found.append((span, "'\(labelName)' line \(lineNumber)"))
                }
            }
            // A bare dateline (or a dateline segment) under the headline.
            let position = skipTitle ? nonBlank - 1 : nonBlank
            if position <= Self.datelineLines && line.end - line.start <= Self.maxDatelineBytes {
                for span in datelineSegments(line) { found.append((span, "dateline line \(lineNumber)")) }
            }
            // A wire dateline opening a paragraph.
            if let span = wireDateline(line) { found.append((span, "wire dateline line \(lineNumber)")) }
            // Captions are checked last: most lines have nothing to reject.
            if found.isEmpty && source == nil || isCaption(line) { continue }
            if let source, result.source == nil { result.source = String(decoding: b[source.0..<source.1], as: UTF8.self) }
            for f in found { add(f.span, origin: f.origin) }
        }
        return result
    }

    // MARK: Lines and units

    /// One line split into units (runs of non-space bytes).
    struct Line {
        let bytes: [UInt8]
        let start: Int
        let end: Int
        var units: [(start: Int, end: Int)] = []

        init(bytes: [UInt8], start: Int, end: Int) {
            self.bytes = bytes
            self.start = start
            self.end = end
            var i = start
            while i < end {
                while i < end && Self.isSpace(bytes, i) { i += Self.spaceWidth(bytes, i) }
                guard i < end else { break }
                let s = i
                while i < end && !Self.isSpace(bytes, i) { i += 1 }
                units.append((s, i))
            }
        }

        /// ASCII white space and the no-break space (C2 A0).
        static func isSpace(_ b: [UInt8], _ i: Int) -> Bool {
            let c = b[i]
            return c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C
                || (c == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0)
        }

        static func spaceWidth(_ b: [UInt8], _ i: Int) -> Int { b[i] == 0xC2 ? 2 : 1 }

        /// The unit's lowercased bytes with surrounding punctuation removed.
        func word(_ u: Int) -> ArraySlice<UInt8> {
            var s = units[u].start, e = units[u].end
            while s < e && Self.isOuterPunct(bytes[s]) { s += 1 }
            while e > s && (Self.isOuterPunct(bytes[e - 1]) || bytes[e - 1] == UInt8(ascii: ":")) { e -= 1 }
            return ArraySlice(bytes[s..<e].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        }

        static func isOuterPunct(_ c: UInt8) -> Bool {
            c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: "(")
                || c == UInt8(ascii: ")") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")
        }

        /// Whether unit `u` stands alone as a separator: | • · - – —.
        func isSeparator(_ u: Int) -> Bool {
            let s = units[u].start, e = units[u].end
            switch e - s {
            case 1: return bytes[s] == UInt8(ascii: "|") || bytes[s] == UInt8(ascii: "-") || bytes[s] == UInt8(ascii: "/")
            case 2: return bytes[s] == 0xC2 && bytes[s + 1] == 0xB7  // ·
            case 3: return bytes[s] == 0xE2 && bytes[s + 1] == 0x80
                && (bytes[s + 2] == 0xA2 || bytes[s + 2] == 0x93 || bytes[s + 2] == 0x94)  // • – —
            default: return false
            }
        }

        /// The unit's bytes are all upper-case letters (ASCII or not), at least two letters.
        func isAllCaps(_ u: Int) -> Bool {
            var letters = 0
            for i in units[u].start..<units[u].end {
                let c = bytes[i]
                if c >= 0x61 && c <= 0x7A { return false }
                if c >= 0x41 && c <= 0x5A || c >= 0x80 { letters += 1 }
            }
            return letters >= 2
        }

        /// Lowercased ASCII bytes of the whole line.
        var folded: [UInt8] { bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
    }

    // MARK: Date units

    enum UnitClass { case digits, numericDate, month, weekday, clock, filler, other }

    func classify(_ line: Line, _ u: Int) -> UnitClass {
        let w = line.word(u)
        guard let first = w.first else { return .other }
        if first >= 0x30 && first <= 0x39 {
            // Digits with date/time punctuation, or an ordinal ("15th").
            var groups = 1, separator: UInt8 = 0, sameSeparator = true
            var i = w.startIndex
            var sawLetter = false
            while i < w.endIndex {
                let c = w[i]
                if c >= 0x30 && c <= 0x39 {
                } else if c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") {
                    if !sawLetter {
                        if separator == 0 { separator = c } else if separator != c { sameSeparator = false }
                        groups += 1
                    }
                } else if c == UInt8(ascii: ":") || c == UInt8(ascii: "+") {
                } else if c == UInt8(ascii: "t") || c == UInt8(ascii: "z") {
                    sawLetter = true  // ISO 8601 "T" / "Z": the date part ends here
                } else if i > w.startIndex, isOrdinalSuffix(w[i...]) {
                    return .digits
                } else {
                    return .other
                }
                i += 1
            }
            return groups >= 3 && sameSeparator ? .numericDate : .digits
        }
        switch lexicon.kind(of: w) {
        case .month: return .month
        case .weekday: return .weekday
        case .clock: return .clock
        case .filler: return .filler
        case nil: return .other
        }
    }

    private func isOrdinalSuffix(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.count == 2 else { return false }
        let a = s[s.startIndex], b = s[s.startIndex + 1]
        return (a, b) == (0x73, 0x74) || (a, b) == (0x6E, 0x64) || (a, b) == (0x72, 0x64) || (a, b) == (0x74, 0x68)
    }

    /// The longest run of date units starting at unit `from`, trailing fillers
    /// dropped, as a half-open unit range, if the run looks like a date.
    func dateStretch(_ line: Line, from: Int) -> Range<Int>? {
        var u = from
        var hasMonth = false, hasDigits = false, hasNumericDate = false
        var lastDate = from - 1
        while u < line.units.count, !line.isSeparator(u) {
            let kind = classify(line, u)
            switch kind {
            case .other: break
            case .filler: if u == from { return nil }
            case .month: hasMonth = true; lastDate = u
            case .digits: hasDigits = true; lastDate = u
            case .numericDate: hasNumericDate = true; lastDate = u
            case .weekday, .clock: lastDate = u
            }
            if kind == .other { break }
            // A unit that closes a phrase ("2019," is fine, "2019)." ends it).
            u += 1
        }
        guard lastDate >= from, hasNumericDate || (hasMonth && hasDigits) else { return nil }
        return from..<(lastDate + 1)
    }

    /// The byte span of units `r`, trailing commas and sentence stops cut.
    func span(_ line: Line, _ r: Range<Int>) -> (Int, Int) {
        var s = line.units[r.lowerBound].start
        var e = line.units[r.upperBound - 1].end
        while s < e && (line.bytes[s] == UInt8(ascii: "(") || line.bytes[s] == UInt8(ascii: "\"")) { s += 1 }
        while e > s {
            let c = line.bytes[e - 1]
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == UInt8(ascii: ")")
                || c == UInt8(ascii: "\"")
                || (c == UInt8(ascii: ".") && e - 2 >= s && line.bytes[e - 2] >= 0x30 && line.bytes[e - 2] <= 0x39) {
                e -= 1
            } else {
                break
            }
        }
        return (s, e)
    }

    // MARK: Shapes

    /// A photo caption: a marker from the table, or an all-caps caption
    /// opening "LONDON, ENGLAND - OCTOBER 22:".
    func isCaption(_ line: Line) -> Bool {
        let folded = line.folded
        for marker in lexicon.captionMarkers where contains(folded, marker) { return true }
        // All-caps place, a dash, an all-caps month, a day ending with ":".
        var u = 0
        while u < line.units.count && u < 6 && line.isAllCaps(u) && !line.isSeparator(u) { u += 1 }
        guard u > 0, u + 2 < line.units.count, line.isSeparator(u) else { return false }
        let month = u + 1, day = u + 2
        return line.isAllCaps(month) && classify(line, month) == .month
            && line.bytes[line.units[day].end - 1] == UInt8(ascii: ":")
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether a label starts at unit `u`; returns the label and the unit after it
    /// (and whether a colon ended it).
    func label(_ line: Line, at u: Int) -> (label: DocumentsLexicon.Label, next: Int, colon: Bool)? {
        let first = line.bytes[line.units[u].start]
        guard first >= 0x41 && first <= 0x5A else { return nil }  // capitalised: not prose "was published"
        func folded(_ k: Int) -> (word: [UInt8], colon: Bool) {
            let unit = line.units[k]
            var e = unit.end
            let colon = line.bytes[e - 1] == UInt8(ascii: ":")
            if colon { e -= 1 }
            return (line.bytes[unit.start..<e].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, colon)
        }
        let head = folded(u)
        guard let candidates = lexicon.labels[head.word] else { return nil }
        for label in candidates where u + label.words.count <= line.units.count {
            var ok = true
            var colon = head.colon
            if label.words.count > 1 {
                if colon { continue }  // "Published: on ..." is not "published on"
                for k in 1..<label.words.count {
                    let next = folded(u + k)
                    if next.word != label.words[k] || (next.colon && k < label.words.count - 1) { ok = false; break }
                    colon = next.colon
                }
            }
            guard ok else { continue }
            var next = u + label.words.count
            // A colon standing alone: "Published : ...".
            if !colon, next < line.units.count, line.units[next].end - line.units[next].start == 1,
                line.bytes[line.units[next].start] == UInt8(ascii: ":") {
                colon = true
                next += 1
            }
            return (label, next, colon)
        }
        return nil
    }

    /// Labelled dates and sources on one line: (span, isSource, label text).
    func labelled(_ line: Line) -> [((Int, Int), Bool, String)] {
        guard line.end - line.start <= Self.maxLabelLineBytes else { return [] }
        var found = [((Int, Int), Bool, String)]()
        var u = 0
        while u < line.units.count {
            guard let (label, next, colon) = label(line, at: u) else { u += 1; continue }
            let atSegmentStart = u == 0 || line.isSeparator(u - 1)
            let name = String(decoding: line.bytes[line.units[u].start..<line.units[next - 1].end], as: UTF8.self)
            if label.isSource {
                // "Source: Global Times Published: ...": up to the next label or separator.
                guard colon else { u = next; continue }
                var e = next
                while e < line.units.count && !line.isSeparator(e) && self.label(line, at: e) == nil { e += 1 }
                if e > next { found.append((span(line, next..<e), true, name)) }
                u = max(e, next)
                continue
            }
            guard colon || atSegmentStart, let r = dateStretch(line, from: next), endsSegment(line, r.upperBound)
            else { u = next; continue }
            found.append((span(line, r), false, name.hasSuffix(":") ? String(name.dropLast()) : name))
            u = r.upperBound
        }
        return found
    }

    /// A date stretch must end the line, a segment, or stand before a label or a "By" byline.
    func endsSegment(_ line: Line, _ u: Int) -> Bool {
        if u >= line.units.count || line.isSeparator(u) || label(line, at: u) != nil { return true }
        let w = line.word(u)
        return w.elementsEqual("by".utf8)
    }

    /// Segments of a short line (split at separators) that are nothing but a date.
    func datelineSegments(_ line: Line) -> [(Int, Int)] {
        var spans = [(Int, Int)]()
        var s = 0
        while s < line.units.count {
            var e = s
            while e < line.units.count && !line.isSeparator(e) { e += 1 }
            if e > s, let r = dateStretch(line, from: s), r.upperBound == e {
                spans.append(span(line, r))
            } else if e > s, line.word(s).elementsEqual("by".utf8) {
                // "By Cheryl Sanders May 15, 2019": a byline ending with a date.
                for k in (s + 1)..<e {
                    if let r = dateStretch(line, from: k), r.upperBound == e {
                        spans.append(span(line, r))
                        break
                    }
                }
            }
            s = e + 1
        }
        return spans
    }

    /// A publication stamp glued inside one of the top lines between the
    /// heading and the lead, as pages flattened to one line per block carry
    /// it ("Gulf oil spill: ... Scientists say it is not true Thursday 5
    /// August 2010 23.17 BST While the flow of oil ..."): a date with a clock
    /// time ending in a zone or am/pm word, after at least four words of
    /// heading (not after a separator, a wire dateline's "WASHINGTON | ...",
    /// nor after "on" or "at", which prose puts before a time), a capitalised
    /// word after it; the stamp is the whole date, not its tail. Returns the
    /// offsets of the single spaces before and after the first such stamp of
    /// the top ``headLines`` lines: the reader makes them line breaks, so a
    /// heading on the first line is the title, the stamp a dateline line and
    /// the lead a paragraph, and no offset moves.
    func gluedStamp(in b: [UInt8]) -> (before: Int, after: Int)? {
        var start = 0
        var lines = 0
        while start < b.count && lines < Self.headLines {
            var end = start
            while end < b.count && b[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let line = Line(bytes: b, start: start, end: end)
            guard !line.units.isEmpty else { continue }
            lines += 1
            if let found = gluedStamp(in: line) { return found }
        }
        return nil
    }

    private func gluedStamp(in line: Line) -> (before: Int, after: Int)? {
        let units = line.units, b = line.bytes
        guard units.count >= 8 else { return nil }
        for s in 4..<(units.count - 3) {
            switch classify(line, s) {
            case .weekday, .month, .digits: break
            default: continue
            }
            guard let r = dateStretch(line, from: s), r.upperBound < units.count,
                classify(line, r.upperBound - 1) == .clock, r.contains(where: { isClockTime(line, $0) }),
                !line.isSeparator(s - 1), classify(line, s - 1) == .other,
                b[units[s - 1].end] == 0x20, b[units[r.upperBound - 1].end] == 0x20,
                b[units[r.upperBound].start] >= 0x41 && b[units[r.upperBound].start] <= 0x5A
            else { continue }
            return (units[s - 1].end, units[r.upperBound - 1].end)
        }
        return nil
    }

    private func isClockTime(_ line: Line, _ u: Int) -> Bool { Self.isClockTime(line.word(u)) }

    /// "09.18", "1:58": one or two digits, a colon or full stop, two digits
    /// (a stamp's clock time, here and where a sentence opens with a stamp:
    /// ``TextAnalysis/stampEnd(_:)``).
    static func isClockTime<W: Collection<UInt8>>(_ w: W) -> Bool {
        guard (4...5).contains(w.count) else { return false }
        let digits = w.filter { $0 >= 0x30 && $0 <= 0x39 }
        let mark = w[w.index(w.endIndex, offsetBy: -3)]
        return digits.count == w.count - 1 && (mark == UInt8(ascii: ":") || mark == UInt8(ascii: "."))
    }

    /// `text` with a glued publication stamp (``gluedStamp(in:)``) set on a
    /// line of its own, else as it is.
    func ungluingStamp(_ text: String) -> String {
        // The top lines are short but for a glued one (a heading is at most a title's length).
        guard let (before, after) = gluedStamp(in: Array(text.utf8.prefix(12 * Document.maxTitleLength))) else {
            return text
        }
        var b = Array(text.utf8)
        b[before] = 0x0A
        b[after] = 0x0A
        return String(decoding: b, as: UTF8.self)
    }

    /// "WASHINGTON, May 15 (Reuters) -": an all-caps place ending with a
    /// comma, a date, an optional "(Agency)", then a dash.
    func wireDateline(_ line: Line) -> (Int, Int)? {
        guard !line.units.isEmpty, line.isAllCaps(0) else { return nil }
        // The place: all-caps units up to one ending with ",", then up to two more "Name," units.
        var u = 0
        while u < line.units.count && line.isAllCaps(u) && line.bytes[line.units[u].end - 1] != UInt8(ascii: ",") {
            u += 1
            if u > 4 { return nil }
        }
        guard u < line.units.count, line.isAllCaps(u) || u > 0,
            line.bytes[line.units[u].end - 1] == UInt8(ascii: ",")
        else { return nil }
        u += 1
        var extra = 0
        while u < line.units.count, extra < 2, classify(line, u) == .other,
            line.bytes[line.units[u].end - 1] == UInt8(ascii: ",") {
            u += 1
            extra += 1
        }
        guard u < line.units.count, let r = dateStretch(line, from: u) else { return nil }
        // After the date: an optional "(Agency)" and a dash.
        var i = line.units[r.upperBound - 1].end
        let b = line.bytes
        func skipSpaces() { while i < line.end && Line.isSpace(b, i) { i += Line.spaceWidth(b, i) } }
        skipSpaces()
        if i < line.end && b[i] == UInt8(ascii: "(") {
            while i < line.end && b[i] != UInt8(ascii: ")") { i += 1 }
            guard i < line.end else { return nil }
            i += 1
            skipSpaces()
        }
        guard i < line.end else { return nil }
        let isDash = b[i] == UInt8(ascii: "-")
            || (b[i] == 0xE2 && i + 2 < line.end && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94))
        return isDash ? span(line, r) : nil
    }
}
