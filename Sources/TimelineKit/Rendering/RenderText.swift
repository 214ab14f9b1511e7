/// Text helpers shared by the renderers: one-line cleaning, shortening and
/// word wrapping, all counted in Unicode scalars so that non-ASCII text is
/// cut between characters, never inside one.
///
/// They run once per label, not per document byte, so scalar iteration is fine here.
public enum RenderText {
    /// The date a reader sees for an event: its TimeML value when that is
    /// fully known ("2019-05", "2020-07-16"); when the value is
    /// underspecified ("XXXX-WXX": a week of an article whose publication
    /// is only bounded) the bounds it is known within ("2019-04-29..05-26",
    /// "2019-10-22 or later", "2019-02-28 or before"); without bounds the
    /// value if it still names something ("XXXX-06"), else "undated".
    static func dateLabel(_ date: EventDate?) -> String {
        guard let date else { return "undated" }
        guard date.value.utf8.contains(UInt8(ascii: "X")) else { return date.value }
        switch (date.earliest, date.latest) {
        case let (a?, b?) where a == b: return a.description
        case let (a?, b?) where a.year == b.year: return a.description + ".." + String(b.description.dropFirst(5))
        case let (a?, b?): return a.description + ".." + b.description
        case let (a?, nil): return a.description + " or later"
        case let (nil, b?): return b.description + " or before"
        case (nil, nil):
            // "XXXX-06" still says June; "XXXX-WXX" says nothing.
            return date.value.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } ? date.value : "undated"
        }
    }

    /// The text on one line: every run of whitespace or control characters
    /// (newlines, tabs) becomes one space; leading and trailing space is dropped.
    /// An event's summary as a reader sees it: one not told as having
    /// happened is marked with one short word first ("(planned) The council
    /// votes on the budget", "(not) ...", "(if) ...", "(may) ...").
    static func summary(_ event: TimelineEvent) -> String {
        guard let marker = event.factuality.marker else { return event.summary }
        return "(" + marker + ") " + event.summary
    }

    static func oneLine(_ text: String) -> String {
        if isOneLine(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpaceOrControl(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether `text` is already on one line (single inner spaces only), so
    /// that it can be returned as it is: most labels are.
    static func isOneLine(_ text: String) -> Bool {
        var previousSpace = true  // no leading space
        for b in text.utf8 {
            if b >= 0x80 { return isOneLineScalars(text) }
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if b < 0x20 || b == 0x7F {
                return false
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }

    private static func isOneLineScalars(_ text: String) -> Bool {
        var previousSpace = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previousSpace { return false }
                previousSpace = true
            } else if isSpaceOrControl(scalar) {
                return false
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }

    /// White space or a control character; ASCII is decided without a Unicode
    /// property lookup, which dominated rendering of large timelines.
    @inline(__always)
    static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v <= 0x20 || v == 0x7F }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// What a shortened text must not end with before its ellipsis.
    static let dangling: Set<Unicode.Scalar> = [" ", ",", ";", ":", "-", "\u{2013}", "\u{2014}", "(", "\u{201C}", "\""]

    /// `text` on one line, cut to at most `limit` scalars (the ellipsis
    /// included), at a word boundary when one is near.
    ///
    /// - Complexity: O(`limit`) past the cleaning: only the first `limit` + 1
    ///   scalars of the one-line text are built, however long `text` is, as
    ///   UTF-8 bytes (this runs for every source of every event).
    static func shorten(_ text: String, to limit: Int) -> String {
        guard limit > 1 else { return oneLine(text) }
        if let result = text.utf8.withContiguousStorageIfAvailable({ shorten(utf8: $0, to: limit) }) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { shorten(utf8: $0, to: limit) } ?? oneLine(text)
    }

    private static func shorten(utf8 text: UnsafeBufferPointer<UInt8>, to limit: Int) -> String {
        // The one-line text's first `limit` + 1 scalars, and where each starts.
        var out = [UInt8]()
        out.reserveCapacity(min(text.count, 4 * limit + 8))
        var starts = [Int]()
        starts.reserveCapacity(limit + 2)
        var pendingSpace = false
        var i = 0
        while i < text.count {
            let length = scalarLength(text[i])
            if isSpaceOrControl(scalar(text, at: i, length: length)) {
                pendingSpace = !starts.isEmpty
                i += length
                continue
            }
            if pendingSpace {
                starts.append(out.count)
                out.append(0x20)
            }
            pendingSpace = false
            if starts.count > limit { break }
            starts.append(out.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<(i + length)]))
            if starts.count > limit { break }
            i += length
        }
        guard starts.count > limit else { return String(decoding: out, as: UTF8.self) }
        var cut = limit - 1
        // Keep a word that ends right at the cut; else back up to the last space.
        if out[starts[cut]] != 0x20, let space = (0..<cut).last(where: { out[starts[$0]] == 0x20 }), space >= limit / 2 {
            cut = space
        }
        // Drop dangling punctuation before the ellipsis.
        while cut > 0 {
            let from = starts[cut - 1]
            let last = scalar(out, at: from, length: starts[cut] - from)
            guard dangling.contains(last) else { break }
            cut -= 1
        }
        return String(decoding: out[..<starts[cut]], as: UTF8.self) + "…"
    }

    @inline(__always)
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar encoded at `i` (valid UTF-8: it comes from a String).
    @inline(__always)
    private static func scalar<C: RandomAccessCollection<UInt8>>(_ bytes: C, at i: C.Index, length: Int) -> Unicode.Scalar
    where C.Index == Int {
        let lead = UInt32(bytes[i])
        var value: UInt32
        switch length {
        case 1: return Unicode.Scalar(UInt8(lead))
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// `text` broken into lines of at most `width` scalars at spaces (a word
    /// longer than `width` gets a line of its own), at most `maxLines` lines,
    /// the last shortened with an ellipsis when text remains.
    static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        var lines = [String]()
        var current = ""
        var currentCount = 0
        let words = oneLine(text).split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated() {
            let count = word.unicodeScalars.count
            if currentCount > 0 && currentCount + 1 + count > width {
                lines.append(current)
                if lines.count == maxLines {
                    let rest = words[index...].joined(separator: " ")
                    lines[lines.count - 1] = shorten(current + " " + rest, to: width)
                    return lines
                }
                current = ""
                currentCount = 0
            }
            if currentCount > 0 {
                current += " "
                currentCount += 1
            }
            current += word
            currentCount += count
        }
        if currentCount > 0 { lines.append(current) }
        return lines
    }

    /// Every line of `text` longer than `width` scalars broken at spaces,
    /// for reading in a terminal. A continuation line keeps the line's
    /// indentation (plus two spaces after a `- ` or `* ` list marker), so an
    /// entry's quoted sources still line up under it. Lines that fit, and
    /// words longer than the width, are left whole.
    public static func fitLines(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        var out = [String]()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.unicodeScalars.count > width else {
                out.append(String(line))
                continue
            }
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            // A date column ("1949        U.S. State ...") keeps its spacing and the
            // continuation lines hang under the text after it.
            var lead = indent
            if let run = (indent..<min(scalars.count - 1, indent + 16)).first(where: { scalars[$0] == " " && scalars[$0 + 1] == " " }) {
                lead = run
                while lead < scalars.count && scalars[lead] == " " { lead += 1 }
            } else if indent > 0, let colon = (indent..<min(scalars.count - 1, indent + 10)).first(where: { scalars[$0] == ":" }),
                      scalars[colon + 1] == " ", scalars[indent..<colon].allSatisfy({ $0.properties.isAlphabetic }) {
                lead = colon + 2  // "    actors: A, B" hangs under "A"
            } else if scalars.count > indent + 1, scalars[indent] == "-" || scalars[indent] == "*", scalars[indent + 1] == " " {
                lead = indent + 2
            }
            let hanging = String(repeating: " ", count: lead)
            let body = String(String.UnicodeScalarView(scalars[lead...]))
            var current = String(String.UnicodeScalarView(scalars[..<lead])), count = lead, hasWord = false
            for word in body.split(separator: " ", omittingEmptySubsequences: true) {
                let length = word.unicodeScalars.count
                if hasWord && count + 1 + length > width {
                    out.append(current)
                    current = hanging
                    count = hanging.unicodeScalars.count
                    hasWord = false
                }
                if hasWord {
                    current += " "
                    count += 1
                }
                current += word
                count += length
                hasWord = true
            }
            out.append(current)
        }
        return out.joined(separator: "\n")
    }

    /// Formats a coordinate with at most one decimal, without a trailing `.0`,
    /// so that SVG output is compact and identical on every machine.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}
