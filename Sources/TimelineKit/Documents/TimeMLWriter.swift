/// Writes our TIMEX3 annotations into a TimeML file.
public enum TimeMLWriter {
    /// The input TimeML file with exactly the same text, gold TIMEX3 inside <TEXT> removed
    /// (EVENT/SIGNAL may be dropped too) and our <TIMEX3 tid type value [mod]> added;
    /// a relative value also says `temporalFunction="true"` and, as TimeML
    /// does, the expression it was counted from (`anchorTimeID`: the DCT's tid,
    /// or the tid of the expression an anaphoric one points back to).
    ///
    /// Works on the original bytes rather than re-serialising a parsed tree,
    /// so everything outside `<TEXT>` and every character of the text
    /// (entity references included) comes out exactly as it came in.
    /// `timexes` spans are UTF-8 offsets into `file.text` and must not overlap.
    public static func annotate(_ file: TimeMLFile, original: String, timexes: [TimeExpression]) -> String {
        let b = Array(original.utf8)
        guard let open = find(b, Array("<TEXT".utf8), from: 0),
            let openEnd = find(b, [0x3E], from: open),
            let close = find(b, Array("</TEXT>".utf8), from: openEnd)
        else { return original }
        let sorted = timexes.sorted { $0.span < $1.span }
        var out = [UInt8]()
        out.reserveCapacity(b.count + sorted.count * 80)
        out.append(contentsOf: b[0...openEnd])
        var next = 0  // next timex to open
        var openTimex: Int? = nil
        var decoded = 0
        var tid = 1
        var tids = [TextSpan: Int]()
        for (k, t) in sorted.enumerated() where tids[t.span] == nil { tids[t.span] = k + 1 }
        let dctTID = dctTimexID(b, before: open)
        func sync() {
            if let o = openTimex, sorted[o].span.end <= decoded {
                out.append(contentsOf: Array("</TIMEX3>".utf8))
                openTimex = nil
            }
            while openTimex == nil, next < sorted.count, sorted[next].span.start <= decoded {
                let t = sorted[next]
                next += 1
                guard t.span.start == decoded, t.span.end > t.span.start else { continue }
                var tag = "<TIMEX3 tid=\"t\(tid)\" type=\"\(t.type.rawValue)\" value=\"\(MarkupEscape.attribute(t.value.value))\""
                if let mod = t.mod { tag += " mod=\"\(MarkupEscape.attribute(mod))\"" }
                if t.isRelative {
                    tag += " temporalFunction=\"true\""
                    if let a = t.anchor, let n = tids[a] {
                        tag += " anchorTimeID=\"t\(n)\""
                    } else if t.anchor == nil, let d = dctTID {
                        tag += " anchorTimeID=\"\(MarkupEscape.attribute(d))\""
                    }
                }
                tag += ">"
                tid += 1
                out.append(contentsOf: Array(tag.utf8))
                openTimex = next - 1
            }
        }
        var i = openEnd + 1
        while i < close {
            let c = b[i]
            if c == 0x3C {  // '<'
                if startsWith(b, i, "<![CDATA[") {
                    let end = find(b, Array("]]>".utf8), from: i) ?? close
                    out.append(contentsOf: b[i..<i + 9])
                    var j = i + 9
                    while j < end { sync(); out.append(b[j]); decoded += 1; j += 1 }
                    out.append(contentsOf: Array("]]>".utf8))
                    i = end + 3
                    continue
                }
                let end = (find(b, [0x3E], from: i) ?? close - 1) + 1
                let tagName = name(b, i)
                if tagName != "TIMEX3" && tagName != "EVENT" && tagName != "SIGNAL" {
                    out.append(contentsOf: b[i..<end])
                }
                i = end
                continue
            }
            sync()
            if c == 0x26, let semi = b[i..<min(close, i + 12)].firstIndex(of: 0x3B) {  // '&'
                out.append(contentsOf: b[i...semi])
                decoded += entityLength(b[(i + 1)..<semi])
                i = semi + 1
                continue
            }
            out.append(c)
            decoded += 1
            i += 1
        }
        sync()
        if openTimex != nil { out.append(contentsOf: Array("</TIMEX3>".utf8)) }
        out.append(contentsOf: b[close...])
        _ = file
        return String(decoding: out, as: UTF8.self)
    }

    /// UTF-8 length of an entity's replacement text, as the reader produced it.
    private static func entityLength(_ body: ArraySlice<UInt8>) -> Int {
        let s = String(decoding: body, as: UTF8.self)
        switch s {
        case "amp", "lt", "gt", "quot", "apos": return 1
        default: break
        }
        if s.hasPrefix("#") {
            let hex = s.hasPrefix("#x") || s.hasPrefix("#X")
            if let v = UInt32(s.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), let u = Unicode.Scalar(v) {
                return String(Character(u)).utf8.count
            }
        }
        return body.count + 2
    }

    private static func name(_ b: [UInt8], _ i: Int) -> String {
        var j = i + 1
        if j < b.count && b[j] == 0x2F { j += 1 }
        let s = j
        while j < b.count, b[j] != 0x20, b[j] != 0x3E, b[j] != 0x2F, b[j] != 0x0A, b[j] != 0x09 { j += 1 }
        return String(decoding: b[s..<j], as: UTF8.self)
    }

    /// The tid of the creation-time TIMEX3 inside `<DCT>` before `<TEXT>`, if any.
    private static func dctTimexID(_ b: [UInt8], before limit: Int) -> String? {
        guard let dct = find(b, Array("<DCT".utf8), from: 0), dct < limit,
            let end = find(b, Array("</DCT>".utf8), from: dct), end < limit,
            let timex = find(b, Array("<TIMEX3".utf8), from: dct), timex < end,
            let tag = find(b, [0x3E], from: timex), tag < end,
            let attr = find(b, Array(" tid=\"".utf8), from: timex), attr < tag
        else { return nil }
        let start = attr + 6
        guard let close = find(b, [0x22], from: start), close < tag else { return nil }
        return String(decoding: b[start..<close], as: UTF8.self)
    }

    private static func startsWith(_ b: [UInt8], _ i: Int, _ s: String) -> Bool {
        let p = Array(s.utf8)
        return i + p.count <= b.count && Array(b[i..<i + p.count]) == p
    }

    private static func find(_ b: [UInt8], _ p: [UInt8], from: Int) -> Int? {
        guard !p.isEmpty, b.count >= p.count else { return nil }
        var i = from
        while i + p.count <= b.count {
            if b[i] == p[0] && Array(b[i..<i + p.count]) == p { return i }
            i += 1
        }
        return nil
    }
}
