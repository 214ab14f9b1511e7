/// Turns the loader's publication-date candidates into a publication date,
/// parsing each with the time stage (so every date format lives in one place).
package struct PublicationDater: Sendable {
    let tagger: TimeTagger

    package init(tagger: TimeTagger) { self.tagger = tagger }

    /// The first candidate that names a day (or, failing that, a month);
    /// then `dct`; else nil: the document states no date.
    package func publication(for document: Document, dct: Day?) -> Publication? {
        if let published = document.published { return published }
        var coarse: Publication?
        for candidate in document.dateCandidates {
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
}
