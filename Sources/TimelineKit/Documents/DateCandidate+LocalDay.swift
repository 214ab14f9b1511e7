extension [DateCandidate] {
    /// A timestamp in UTC ("2023-11-09T01:09:55Z") names the day in London,
    /// not where the article was published: when another candidate of the
    /// page states the day before in local terms (the URL's /2023/11/08/, a
    /// "2023-11-08 18:09:55" or an offset "-05:00" timestamp), that one
    /// goes first.
    func preferringLocalDay() -> [DateCandidate] {
        guard let first, Self.isUTCTimestamp(first.text), let day = Day(iso: String(first.text.prefix(10))) else { return self }
        let before = day.adding(days: -1)
        guard let local = indices.dropFirst().first(where: { i in
            let c = self[i]
            let local = c.origin.hasPrefix("the URL") || (Self.isTimestamp(c.text) && !Self.isUTCTimestamp(c.text))
            return local && Day(iso: String(c.text.prefix(10))) == before
        }) else { return self }
        var result = self
        let candidate = result.remove(at: local)
        result.insert(candidate, at: 0)
        return result
    }

    /// "2023-11-09T01:09:55Z", "...+00:00", "...+0000".
    static func isUTCTimestamp(_ text: String) -> Bool {
        isTimestamp(text) && (text.hasSuffix("Z") || text.hasSuffix("+00:00") || text.hasSuffix("+0000"))
    }

    /// An ISO day with a clock time: "2023-11-08 18:09:55", "2023-11-08T22:28:35-05:00".
    static func isTimestamp(_ text: String) -> Bool {
        let b = [UInt8](text.utf8)
        return b.count >= 16 && b[4] == 0x2D && (b[10] == 0x54 || b[10] == 0x20)
    }
}
