/// Turns the loader's publication-date candidates into a publication date,
/// parsing each with the time stage (so every date format lives in one place).
struct PublicationDater: Sendable {
    let tagger: TimeTagger

    /// The first candidate that names a day (or, failing that, a month);
    /// then `dct`; else nil: the document states no date.
    func publication(for document: Document, dct: Day?) -> Publication? {
        if let published = document.published { return published }
        var coarse: Publication?
        for candidate in document.dateCandidates {
            if let day = Day(iso: candidate.text) {
                return Publication(value: TimeValue(day: day), basis: candidate.basis,
                                   explanation: "\(candidate.origin): '\(candidate.text)'")
            }
            for timex in tagger.tag(candidate.text, reference: .unknown)
            where timex.type == .date || timex.type == .time {
                guard let e = timex.value.earliest, let l = timex.value.latest else { continue }
                if e == l {
                    return Publication(value: TimeValue(day: e), basis: candidate.basis,
                                       explanation: "\(candidate.origin): '\(candidate.text)'")
                }
                if coarse == nil && timex.value.granularity == .month {
                    coarse = Publication(value: timex.value, basis: candidate.basis,
                                         explanation: "\(candidate.origin): '\(candidate.text)'")
                }
            }
        }
        if let coarse { return coarse }
        if let dct {
            return Publication(value: TimeValue(day: dct), basis: .metadata, explanation: "--dct \(dct)")
        }
        return nil
    }
}
