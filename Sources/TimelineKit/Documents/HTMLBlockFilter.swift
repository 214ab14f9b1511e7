import CLibXML2

/// The article's text, one block element a line, and the check each block
/// passes: not the headline again, not a link list, not a furniture phrase
/// (`html-furniture.tsv`: "Read more", "Subscribe now", "All rights
/// reserved", "5 min read"), nor the list under a furniture heading ("Most
/// popular"), not a byline or a line of only a date (those go to the
/// header, where the dateline finder reads them).
struct HTMLBlockFilter {
    struct Block {
        var text: String
        /// Visible characters, and those inside links.
        var chars: Int
        var linkChars: Int
        var heading: Bool
        var listItem: Bool

        var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
    }

    let lexicon: DocumentsLexicon

    /// The longest block a furniture phrase is looked for in.
    static let maxFurnitureChars = 250
    /// How many lines from the top a byline or date line may sit.
    static let headerLines = 6

    // MARK: Blocks

    /// The text under `root`, one block element a line, `skip` left out.
    static func blocks(_ root: xmlNodePtr, skip: Set<xmlNodePtr>, blockTags: Set<String>) -> [Block] {
        var blocks = [Block]()
        var line = [UInt8]()
        var chars = 0, linkChars = 0
        var pendingSpace = false
        var stack = [(node: xmlNodePtr, block: Bool, tag: String)]()
        var linkDepth = 0, listDepth = 0
        func flush() {
            if !line.isEmpty {
                let tag = stack.last(where: \.block)?.tag ?? ""
                blocks.append(Block(text: String(decoding: line, as: UTF8.self), chars: chars, linkChars: linkChars,
                                    heading: HTMLContentFinder.headings.contains(tag), listItem: listDepth > 0))
            }
            line.removeAll(keepingCapacity: true)
            chars = 0
            linkChars = 0
            pendingSpace = false
        }
        HTMLTree.walk(root) { node in
            if HTMLTree.isElement(node) {
                if skip.contains(node) && node != root { return false }
                let tag = HTMLTree.name(node)
                let block = blockTags.contains(tag)
                if block { flush() }
                if tag == "a" { linkDepth += 1 }
                if tag == "li" || tag == "dd" || tag == "dt" { listDepth += 1 }
                stack.append((node, block, tag))
                return true
            }
            guard HTMLTree.isText(node), var p = node.pointee.content else { return false }
            while p.pointee != 0 {
                let c = p.pointee
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                    pendingSpace = true
                    p += 1
                } else if c == 0xC2 && p[1] == 0xA0 {
                    pendingSpace = true
                    p += 2
                } else {
                    if pendingSpace && !line.isEmpty { line.append(0x20) }
                    pendingSpace = false
                    line.append(c)
                    if c & 0xC0 != 0x80 {
                        chars += 1
                        if linkDepth > 0 { linkChars += 1 }
                    }
                    p += 1
                }
            }
            return false
        } exit: { node in
            guard HTMLTree.isElement(node), let top = stack.last, top.node == node else { return }
            if top.block { flush() }
            stack.removeLast()
            if top.tag == "a" { linkDepth -= 1 }
            if top.tag == "li" || top.tag == "dd" || top.tag == "dt" { listDepth -= 1 }
        }
        flush()
        return blocks
    }

    // MARK: Filter

    /// The body lines, the header lines set aside and the bylines' names.
    func filter(_ blocks: [Block], titles: [String]) -> HTMLReader.Extraction {
        var result = HTMLReader.Extraction()
        let titleKeys = Set(titles.map(Self.key))
        var underFurnitureHeading = false
        for b in blocks {
            let text = b.text
            if titleKeys.contains(Self.key(text)) { continue }
            if underFurnitureHeading {
                if b.listItem || b.linkDensity > 0.5 { continue }
                underFurnitureHeading = false
            }
            if b.chars <= Self.maxFurnitureChars, let place = furniture(text) {
                if place == .byline {
                    if result.body.count < Self.headerLines && b.chars <= 100 {
                        result.header.append(text)
                        result.authors.append(text)
                        continue
                    }
                } else {
                    if b.heading || (place != .any && b.chars <= 60) { underFurnitureHeading = true }
                    continue
                }
            }
            // A list of links in the article is navigation (its lists of text stay).
            if b.linkDensity > 0.5 && b.listItem { continue }
            if b.chars <= 20 && !text.contains(where: \.isLetter) { continue }
            if b.chars <= 80 && isDateLine(text) {
                if result.body.count < Self.headerLines { result.header.append(text) }
                continue
            }
            result.body.append(text)
        }
        return result
    }

    /// Lowercased letters and digits only: "Huawei's 5G" and "HUAWEI'S 5G!" match.
    static func key(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ($0 >= "0" && $0 <= "9") }.map(Character.init))
    }

    /// Where a furniture phrase of the table sits in the block, if one does.
    func furniture(_ text: String) -> FurnitureMatch? {
        let lower = Array(text.lowercased().utf8)
        for (phrase, place) in lexicon.furniturePhrases {
            switch place {
            case .any:
                if TextLines.contains(lower, phrase) { return .any }
            case .start, .whole, .byline:
                guard lower.starts(with: phrase) else { continue }
                let rest = lower[phrase.count...]
                // A word boundary after the phrase ("related" is not "relatedly").
                if let next = rest.first, Self.isWordByte(next), let last = phrase.last, Self.isWordByte(last) { continue }
                if place == .whole && rest.contains(where: { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 }) { continue }
                if place == .byline {
                    // "By Jane Doe": a capitalised word follows.
                    let after = text.utf8.dropFirst(phrase.count).drop { $0 == 0x20 }
                    guard let first = after.first, first >= 0x41 && first <= 0x5A else { continue }
                    return .byline
                }
                return place == .whole ? .whole : .start
            }
        }
        return nil
    }

    enum FurnitureMatch { case whole, start, any, byline }

    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
    }

    /// A line made of a date and its labels only ("May 15, 2019",
    /// "Published 11 Jan 2019 | 20:37"): numbers, month and weekday words,
    /// clock words and date labels, at most one other word.
    func isDateLine(_ text: String) -> Bool {
        var numbers = 0, dateWords = 0, others = 0
        for token in text.lowercased().utf8.split(whereSeparator: { c in
            c == 0x20 || c == 0x2C || c == 0x2E || c == 0x2F || c == 0x3A || c == 0x7C || c == 0x2D || c == 0x28 || c == 0x29
        }) {
            let digit = { (c: UInt8) in c >= 0x30 && c <= 0x39 }
            if token.allSatisfy(digit) || (token.count <= 4 && digit(token.first!)) {
                numbers += 1  // "2019", "15th", "3pm"
            } else if lexicon.kind(of: ArraySlice(token)) != nil || lexicon.labels[Array(token)] != nil {
                dateWords += 1
            } else {
                others += 1
            }
        }
        return numbers >= 1 && (dateWords >= 1 || numbers >= 2) && others <= (numbers + dateWords >= 3 ? 1 : 0)
    }
}
