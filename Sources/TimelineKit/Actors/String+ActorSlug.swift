import Foundation

extension String {
    /// The actor id for a name: lower-case ASCII letters and digits joined by
    /// single hyphens ("Meng Wanzhou" -> `meng-wanzhou`, "U.S." -> `u-s`,
    /// "Huawei's" -> `huaweis`), accents folded ("Telefónica" -> `telefonica`).
    ///
    /// Ids are built the same way in every document, so the same full name
    /// gives the same id everywhere without a lookup.
    var actorSlug: String {
        let folded = self.utf8.allSatisfy({ $0 < 0x80 })
            ? self : self.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = [UInt8]()
        out.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for c in folded.utf8 {
            let lower = (c >= 0x41 && c <= 0x5A) ? c + 32 : c
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(lower)
            } else if c == 0x27 {
                continue  // "People's" -> "peoples"
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
