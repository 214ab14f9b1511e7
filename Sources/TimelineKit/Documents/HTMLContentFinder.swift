import CLibXML2

/// Finds the elements that hold a page's article, the way Readability does:
/// every paragraph scores (1 + its commas + up to 3 for its length) for its
/// parent, half for its grandparent and less further up; an ancestor starts
/// from its tag (a `<div>` +5, a list or form -3, a heading -5) and its
/// class/id words (`html-hints.tsv`: "article", "content" +25; "comment",
/// "related", "share" -25); its total is scaled down by its link density.
/// The best scorer, its best-scoring siblings and its plain paragraph
/// siblings are the article; inside it, blocks that look like furniture
/// (link lists, short fragments, negative words) are set aside.
struct HTMLContentFinder {
    /// Text measures of one element (pruned parts left out).
    struct Stats {
        /// Visible characters, of which inside links.
        var text = 0
        var link = 0
        var commas = 0
        var paragraphs = 0
        var items = 0
        /// Characters inside headings and inside lists.
        var headingText = 0
        var listText = 0

        var linkDensity: Double { text == 0 ? 0 : Double(link) / Double(text) }

        mutating func add(_ o: Stats) {
            text += o.text; link += o.link; commas += o.commas; paragraphs += o.paragraphs
            items += o.items; headingText += o.headingText; listText += o.listText
        }

        mutating func subtract(_ o: Stats) {
            text -= o.text; link -= o.link; commas -= o.commas; paragraphs -= o.paragraphs
            items -= o.items; headingText -= o.headingText; listText -= o.listText
        }
    }

    /// Each element's class, id, itemprop and rel words, read by the survey.
    let verdicts: [xmlNodePtr: HTMLHints.Verdict]
    /// Elements whose presence among a div's children makes it a container, not a paragraph.
    static let blockChildren: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Per-element measures over the tree under `root`, `skip` left out.
    func stats(_ root: xmlNodePtr, skip: Set<xmlNodePtr>) -> [xmlNodePtr: Stats] {
        var result = [xmlNodePtr: Stats]()
        var stack = [(node: xmlNodePtr, stats: Stats)]()
        var linkDepth = 0
        HTMLTree.walk(root) { node in
            if HTMLTree.isElement(node) {
                if skip.contains(node) || HTMLTree.isNamed(node, "script") || HTMLTree.isNamed(node, "style") { return false }
                if HTMLTree.isNamed(node, "a") { linkDepth += 1 }
                stack.append((node, Stats()))
                return true
            }
            if HTMLTree.isText(node), let content = node.pointee.content, !stack.isEmpty {
                let length = HTMLTree.visibleLength(content)
                stack[stack.count - 1].stats.text += length
                if linkDepth > 0 { stack[stack.count - 1].stats.link += length }
                stack[stack.count - 1].stats.commas += Self.commas(content)
            }
            return false
        } exit: { node in
            guard let top = stack.last, top.node == node else { return }
            stack.removeLast()
            var s = top.stats
            let tag = HTMLTree.name(node)
            if tag == "a" { linkDepth -= 1 }
            if tag == "p" { s.paragraphs += 1 }
            if tag == "li" { s.items += 1 }
            if Self.headings.contains(tag) { s.headingText = s.text }
            if tag == "ul" || tag == "ol" { s.listText = s.text }
            result[node] = s
            if !stack.isEmpty { stack[stack.count - 1].stats.add(s) }
        }
        return result
    }

    private static func commas(_ content: UnsafePointer<xmlChar>) -> Int {
        var p = content, n = 0
        while p.pointee != 0 {
            if p.pointee == 0x2C { n += 1 }
            // "，" (EF BC 8C) and "、" (E3 80 81)
            if p.pointee == 0xEF && p[1] == 0xBC && p[2] == 0x8C { n += 1 }
            if p.pointee == 0xE3 && p[1] == 0x80 && p[2] == 0x81 { n += 1 }
            p += 1
        }
        return n
    }

    /// The class weight of an element (class, id, itemprop and rel words).
    func weight(_ node: xmlNodePtr) -> Int { verdicts[node]?.weight ?? 0 }

    private static func tagScore(_ tag: String) -> Double {
        switch tag {
        case "div": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// The article: the best-scoring element and the siblings that belong
    /// with it, in document order; nil when no paragraph scores.
    func choose(_ body: xmlNodePtr, stats: [xmlNodePtr: Stats],
                skip: Set<xmlNodePtr>) -> (nodes: [xmlNodePtr], scores: [xmlNodePtr: Double], core: xmlNodePtr)? {
        var scores = [xmlNodePtr: Double]()
        var order = [xmlNodePtr]()
        func credit(_ start: xmlNodePtr, _ score: Double) {
            var node: xmlNodePtr? = start
            var level = 0
            while let n = node, level < 5, HTMLTree.isElement(n) {
                if scores[n] == nil {
                    scores[n] = Self.tagScore(HTMLTree.name(n)) + Double(weight(n))
                    order.append(n)
                }
                scores[n]! += score / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                if n == body { break }
                node = n.pointee.parent
                level += 1
            }
        }
        // Commas count as prose only at prose density: a list of authors or
        // names ("Ackerman, Ambar, ...") is capped at one comma per 50 characters.
        func paragraphScore(_ s: Stats) -> Double { 1 + Double(min(s.commas, s.text / 50 + 1)) + Double(min(s.text / 100, 3)) }
        var prose = [xmlNodePtr: Int]()
        func addProse(_ start: xmlNodePtr, _ s: Stats) {
            guard s.linkDensity < 0.25 else { return }
            var node: xmlNodePtr? = start
            while let n = node, HTMLTree.isElement(n) {
                prose[n, default: 0] += s.text
                if n == body { break }
                node = n.pointee.parent
            }
        }

        HTMLTree.walk(body) { node in
            guard HTMLTree.isElement(node), !skip.contains(node), let s = stats[node] else { return false }
            let tag = HTMLTree.name(node)
            switch tag {
            case "p", "pre", "td":
                if s.text >= 25, let parent = node.pointee.parent { credit(parent, paragraphScore(s)); addProse(parent, s) }
                return tag == "td"
            case "div", "section", "article", "main", "span", "font", "center":
                let blocks = HTMLTree.children(node).filter { !skip.contains($0) && Self.blockChildren.contains(HTMLTree.name($0)) }
                if blocks.isEmpty {
                    // A div of text is a paragraph.
                    if tag != "span" && tag != "font", s.text >= 25, let parent = node.pointee.parent {
                        credit(parent, paragraphScore(s))
                        addProse(parent, s)
                    }
                    return tag == "span" || tag == "font"
                }
                // Text beside the blocks: a paragraph of this element.
                var direct = s
                for b in blocks { if let bs = stats[b] { direct.subtract(bs) } }
                if direct.text >= 25 { credit(node, paragraphScore(direct)); addProse(node, direct) }
                return true
            default:
                return true
            }
        } exit: { _ in }

        for n in order { scores[n]! *= 1 - (stats[n]?.linkDensity ?? 0) }
        // Best first; document order breaks ties.
        let ranked = order.enumerated().sorted { a, b in
            scores[a.element]! != scores[b.element]! ? scores[a.element]! > scores[b.element]! : a.offset < b.offset
        }.map(\.element)
        guard var top = ranked.first, scores[top]! > 0 else { return nil }

        // Several close runners-up inside one ancestor: the ancestor holds the article.
        let close = ranked.dropFirst().prefix(4).filter { scores[$0]! / scores[top]! >= 0.75 }
        if close.count >= 3 {
            var ancestor = top.pointee.parent
            while let a = ancestor, a != body.pointee.parent {
                if close.filter({ HTMLTree.isAncestor(a, of: $0) }).count >= 3 {
                    top = a
                    break
                }
                if a == body { break }
                ancestor = a.pointee.parent
            }
            if scores[top] == nil { scores[top] = 0 }
        }
        // Climb while the parent scores better (a split article).
        var lastScore = scores[top]!
        let threshold = lastScore / 3
        var parent = top.pointee.parent
        while let p = parent, top != body, p != body, HTMLTree.isElement(p) {
            guard let ps = scores[p] else { parent = p.pointee.parent; continue }
            if ps < threshold { break }
            if ps > lastScore { top = p; break }
            lastScore = ps
            parent = p.pointee.parent
        }
        // A part of the article (a table of names, a list of references)
        // can outscore it: an ancestor that scores at least half as well and
        // holds half as much prose again, or that holds three times the
        // prose with few links, is the article.
        var ancestor = top.pointee.parent
        let topScore0 = scores[top]!, topProse = prose[top] ?? 0
        while let a = ancestor, a != body, HTMLTree.isElement(a) {
            let p = prose[a] ?? 0
            if let s = scores[a], s >= topScore0 / 2, 2 * p >= 3 * topProse {
                top = a
                break
            }
            if p >= 3 * topProse, let st = stats[a], st.linkDensity < 0.2 {
                top = a
                break
            }
            ancestor = a.pointee.parent
        }
        // An article split over several containers (a lede above the story's
        // column): the highest ancestor that adds at most half as much text again,
        // with few links,
        // holds all of it.
        let core = top
        if let topText = stats[top]?.text, topText > 0 {
            var a = top.pointee.parent
            while let n = a, n != body, HTMLTree.isElement(n), let st = stats[n] {
                if Double(st.text) > 1.5 * Double(topText) { break }
                if st.linkDensity < 0.2 { top = n }
                a = n.pointee.parent
            }
        }
        // An only child stands for its parent.
        while top != body, let p = top.pointee.parent, HTMLTree.isElement(p), p != body,
              HTMLTree.children(p).filter({ !skip.contains($0) }).count == 1 {
            top = p
        }

        guard top != body, let container = top.pointee.parent else { return ([top], scores, core) }
        let topScore = scores[top] ?? 0
        let siblingThreshold = max(10, topScore * 0.2)
        let topClass = HTMLTree.attribute(top, "class") ?? ""
        var nodes = [xmlNodePtr]()
        for sibling in HTMLTree.children(container) where !skip.contains(sibling) {
            if sibling == top { nodes.append(sibling); continue }
            var bonus = 0.0
            if !topClass.isEmpty && HTMLTree.attribute(sibling, "class") == topClass { bonus = topScore * 0.2 }
            if let s = scores[sibling], s + bonus >= siblingThreshold {
                nodes.append(sibling)
            } else if HTMLTree.isNamed(sibling, "p"), let st = stats[sibling] {
                let text = HTMLTree.text(of: sibling)
                if st.text > 80 && st.linkDensity < 0.25 {
                    nodes.append(sibling)
                } else if st.text > 0 && st.text <= 80 && st.link == 0 && (text.contains(". ") || text.hasSuffix(".")) {
                    nodes.append(sibling)
                }
            }
        }
        return (nodes, scores, core)
    }

    /// Blocks inside the article that are furniture (Readability's
    /// "clean conditionally"): negative score, link lists, more list items
    /// than paragraphs, fragments under 25 characters. Inner blocks are
    /// judged first, and a block set aside no longer counts for its parents.
    func furniture(in nodes: [xmlNodePtr], core: xmlNodePtr, stats: inout [xmlNodePtr: Stats],
                   scores: [xmlNodePtr: Double], skip: Set<xmlNodePtr>) -> Set<xmlNodePtr> {
        var removed = Set<xmlNodePtr>()
        for root in nodes {
            var path = [xmlNodePtr]()
            HTMLTree.walk(root) { node in
                guard HTMLTree.isElement(node), !skip.contains(node) else { return false }
                path.append(node)
                return true
            } exit: { node in
                guard path.last == node else { return }
                path.removeLast()
                // The best scorer and what holds it are the article, never its furniture.
                guard node != root, !HTMLTree.isAncestor(node, of: core), let s = stats[node] else { return }
                let tag = HTMLTree.name(node)
                guard ["div", "section", "ul", "ol", "table", "form", "fieldset", "header", "dl"].contains(tag) else { return }
                if isFurniture(node, tag: tag, s, score: scores[node] ?? 0) {
                    removed.insert(node)
                    for ancestor in path { stats[ancestor]?.subtract(s) }
                }
            }
        }
        return removed
    }

    private func isFurniture(_ node: xmlNodePtr, tag: String, _ s: Stats, score: Double) -> Bool {
        let weight = self.weight(node)
        // Negative class words and no article score to outweigh them (a list's
        // own -3 for its tag condemns nothing: the article's lists stay).
        if weight < 0 && Double(weight) + score < 0 { return true }
        if s.text == 0 { return false }
        let isList = tag == "ul" || tag == "ol" || Double(s.listText) > 0.9 * Double(s.text)
        let linkDensity = s.linkDensity
        if isList { return linkDensity > 0.5 }
        if tag == "table" { return linkDensity > 0.5 }
        if s.commas >= 10 { return false }
        let headingDensity = Double(s.headingText) / Double(s.text)
        // A fragment under 25 characters ("Advertisement", a widget's label);
        // not a short paragraph or subheading the article wraps in a div.
        return (headingDensity < 0.9 && s.text < 25 && s.paragraphs == 0)
            || (weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
    }
}
