/// The input formats the loader reads.
public enum DocumentFormat: String, Sendable, Hashable, Codable {
    case text, html, timeml, jsonl
    /// An RSS or Atom feed: its items are read as HTML documents.
    case feed
    /// A web archive (WARC): its HTML responses are read as HTML documents.
    case warc
}

/// Where a publication date came from.
public enum DateBasis: String, Sendable, Hashable, Codable {
    /// Written in the article's text (a dateline, "Published: 2020/7/16").
    case stated
    /// From metadata: front matter, `<meta>`, TimeML DCT, a JSON field, `--dct`.
    case metadata
    /// Bounded from what the article shares with dated articles and from its own references.
    case inferred
}

/// A document's publication date and how it was found.
public struct Publication: Sendable, Hashable, Codable {
    public var value: TimeValue
    public var basis: DateBasis
    /// One line: where the date came from ("dateline 'May 15, 2019' under the headline").
    public var explanation: String

    public init(value: TimeValue, basis: DateBasis, explanation: String) {
        self.value = value
        self.basis = basis
        self.explanation = explanation
    }

    /// What the document's relative expressions resolve against.
    public var reference: TimeReference { TimeReference(earliest: value.earliest, latest: value.latest) }
}

/// A piece of text that may state a document's publication date, found by
/// the loader and parsed later by the time stage (so date formats live in
/// one place): front matter `date:`, `<meta property="article:published_time">`,
/// a `<time datetime>`, a "Published: 2020/7/16 20:53:40" line, a dateline
/// under the headline. Never a photo caption.
public struct DateCandidate: Sendable, Hashable, Codable {
    public var text: String
    /// `.metadata` for markup and front matter, `.stated` for the article's own lines.
    public var basis: DateBasis
    /// Where it was found, for the explanation ("front matter date", "dateline line 3").
    public var origin: String

    public init(text: String, basis: DateBasis, origin: String) {
        self.text = text
        self.basis = basis
        self.origin = origin
    }
}

/// One loaded article.
public struct Document: Sendable, Hashable {
    /// Stable id, `d1`, `d2`, ... in input order.
    public var id: String
    public var path: String
    public var title: String
    /// The text every offset counts into (plain text after front matter, the
    /// extracted main text of HTML, the content of TimeML's `<TEXT>`).
    public var text: String
    public var format: DocumentFormat
    /// The publisher or source named in metadata, if any.
    public var source: String?
    public var published: Publication?
    /// Candidate publication dates in order of trust, when `published` is not yet known.
    public var dateCandidates: [DateCandidate]
    /// For TimeML input: the original file, so `annotate` can write it back.
    public var rawTimeML: String?
    /// The authors the page names (HTML metadata, byline), if any.
    public var authors: [String]
    /// The article's address: a page's canonical URL, a crawl's target URI, a feed item's link.
    public var url: String?
    /// The latest day the article can have been published: the day a web
    /// archive crawled it (`WARC-Date`). A bound, not a date.
    public var notAfter: Day?

    public init(id: String, path: String, title: String, text: String, format: DocumentFormat,
                source: String? = nil, published: Publication? = nil, dateCandidates: [DateCandidate] = [],
                rawTimeML: String? = nil, authors: [String] = [], url: String? = nil) {
        self.id = id
        self.path = path
        self.title = title
        self.text = text
        self.format = format
        self.source = source
        self.published = published
        self.dateCandidates = dateCandidates
        self.rawTimeML = rawTimeML
        self.authors = authors
        self.url = url
    }
}
