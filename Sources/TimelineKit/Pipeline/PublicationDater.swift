/// Turns the loader's publication-date candidates into a publication date,
/// parsing each with the time stage (so every date format lives in one place).
package struct PublicationDater: Sendable {
    let tagger: TimeTagger

    package init(tagger: TimeTagger) { self.tagger = tagger }

    /// The first metadata candidate that names a day; else a day named by the
    /// file's folders (`InputDocs/2010-05-24/1036.txt`, `2019/05/15/story.html`:
    /// archives and research corpora file articles by their day); else the
    /// first candidate from the text that names a day (or, failing that, a
    /// month); then `dct`; else nil: the document states no date.
    package func publication(for document: Document, dct: Day?) -> Publication? {
        if let published = document.published { return published }
        var candidates = document.dateCandidates
        if let (day, folder) = Self.day(inPath: document.path) {
            let position = candidates.firstIndex { $0.basis != .metadata } ?? candidates.endIndex
            candidates.insert(DateCandidate(text: day.description, basis: .metadata, origin: "folder '\(folder)'"),
                              at: position)
        }
        var coarse: Publication?
        for candidate in candidates {
            let explanation = "\(candidate.origin): '\(candidate.text)'"
            if let day = Day(iso: candidate.text) ?? tagger.publicationDay(in: candidate.text) {
                return Publication(value: TimeValue(day: day), basis: candidate.basis, explanation: explanation)
            }
            // A month ("May 2019") is kept in case no candidate names a day.
            if coarse == nil, let month = tagger.tag(candidate.text, reference: .unknown)
                .first(where: { $0.type == .date && $0.value.granularity == .month && $0.value.isBounded }) {
                coarse = Publication(value: month.value, basis: candidate.basis, explanation: explanation)
            }
        }
        if let coarse { return coarse }
        if let dct {
            return Publication(value: TimeValue(day: dct), basis: .metadata, explanation: "--dct \(dct)")
        }
        return nil
    }

    /// The day the folders of `path` name, nearest the file first: a folder
    /// `YYYY-MM-DD` (or starting so: `2010-05-24-gulf`), or three folders
    /// `YYYY/MM/DD`. The file's own name is not read (a name is no filing).
    static func day(inPath path: String) -> (Day, String)? {
        let folders = path.split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init)
        for i in folders.indices.reversed() {
            let f = folders[i]
            let u = Array(f.utf8)
            if u.count >= 10, u.count == 10 || !(u[10] >= 0x30 && u[10] <= 0x39), u[4] == 0x2D, let day = Day(iso: f) {
                return (day, f)
            }
            if i >= 2, folders[i].utf8.count == 2, folders[i - 1].utf8.count == 2, folders[i - 2].utf8.count == 4,
               let day = Day(iso: folders[i - 2] + "-" + folders[i - 1] + "-" + folders[i]) {
                return (day, folders[(i - 2)...i].joined(separator: "/"))
            }
        }
        return nil
    }
}
