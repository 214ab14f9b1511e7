import Foundation

/// The Porter (1980) stemmer exactly as ROUGE-1.5.5 runs it (its Perl
/// "Release 1" with Chin-Yew Lin's 2004 change to step 4), so that our
/// ROUGE counts equal the reference script's. Written with the script's own
/// patterns (NSRegularExpression: this is evaluation tooling, run on a few
/// thousand distinct words, each stemmed once and cached).
final class PorterStemmer: @unchecked Sendable {
    private let lock = NSLock()
    private var cache = [String: String]()

    private static let c = "[^aeiou]"
    private static let v = "[aeiouy]"
    private static let cs = "\(c)[^aeiouy]*"
    private static let vs = "\(v)[aeiou]*"
    private static let mgr0 = re("^(\(cs))?\(vs)\(cs)")
    private static let meq1 = re("^(\(cs))?\(vs)\(cs)(\(vs))?$")
    private static let mgr1 = re("^(\(cs))?\(vs)\(cs)\(vs)\(cs)")
    private static let vowelInStem = re("^(\(cs))?\(v)")
    private static let cvc = re("^\(cs)\(v)[^aeiouwxy]$")

    private static let step2: [String: String] = [
        "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
        "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
        "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
        "iviti": "ive", "biliti": "ble", "logi": "log",
    ]
    private static let step3: [String: String] = [
        "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
    ]
    private static let step2Pattern = re("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$")
    private static let step3Pattern = re("(icate|ative|alize|iciti|ical|ful|ness)$")
    private static let step4Pattern = re("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")

    private static func re(_ p: String) -> NSRegularExpression { try! NSRegularExpression(pattern: p) }

    private static func matches(_ r: NSRegularExpression, _ s: String) -> Bool {
        r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// The word before a matched suffix, and the suffix.
    private static func split(_ r: NSRegularExpression, _ s: String) -> (stem: String, suffix: String)? {
        guard let m = r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
              let whole = Range(m.range, in: s) else { return nil }
        return (String(s[..<whole.lowerBound]), String(s[whole]))
    }

    func stem(_ word: String) -> String {
        lock.lock()
        if let s = cache[word] {
            lock.unlock()
            return s
        }
        lock.unlock()
        let s = Self.stem(word)
        lock.lock()
        cache[word] = s
        lock.unlock()
        return s
    }

    static func stem(_ word: String) -> String {
        var w = word
        if w.count < 3 { return w }
        let initialY = w.hasPrefix("y")
        if initialY { w = "Y" + w.dropFirst() }

        // Step 1a
        if w.hasSuffix("sses") || w.hasSuffix("ies") {
            w.removeLast(2)
        } else if w.hasSuffix("s"), w.count >= 2, w.dropLast().last != "s" {
            w.removeLast()
        }
        // Step 1b
        if w.hasSuffix("eed") {
            if matches(mgr0, String(w.dropLast(3))) { w.removeLast() }
        } else if w.hasSuffix("ed") || w.hasSuffix("ing") {
            let stem = String(w.dropLast(w.hasSuffix("ed") ? 2 : 3))
            if matches(vowelInStem, stem) {
                w = stem
                if w.hasSuffix("at") || w.hasSuffix("bl") || w.hasSuffix("iz") {
                    w += "e"
                } else if let last = w.last, w.count >= 2, w.dropLast().last == last, !"aeiouylsz".contains(last) {
                    w.removeLast()
                } else if matches(cvc, w) {
                    w += "e"
                }
            }
        }
        // Step 1c
        if w.hasSuffix("y") {
            let stem = String(w.dropLast())
            if matches(vowelInStem, stem) { w = stem + "i" }
        }
        // Step 2
        if let (stem, suffix) = split(step2Pattern, w), matches(mgr0, stem) { w = stem + step2[suffix]! }
        // Step 3
        if let (stem, suffix) = split(step3Pattern, w), matches(mgr0, stem) { w = stem + step3[suffix]! }
        // Step 4 (ROUGE's version: "-ement" words do not go on to "-ment" and "-ent" by the first rule)
        if let (stem, _) = split(step4Pattern, w), matches(mgr1, stem) { w = stem }
        if w.hasSuffix("ment") {
            let stem = String(w.dropLast(4))
            if matches(mgr1, stem) { w = stem }
        }
        if w.hasSuffix("ent") {
            let stem = String(w.dropLast(3))
            if matches(mgr1, stem) { w = stem }
        } else if w.hasSuffix("sion") || w.hasSuffix("tion") {
            let stem = String(w.dropLast(3))
            if matches(mgr1, stem) { w = stem }
        }
        // Step 5
        if w.hasSuffix("e") {
            let stem = String(w.dropLast())
            if matches(mgr1, stem) || matches(meq1, stem) && !matches(cvc, stem) { w = stem }
        }
        if w.hasSuffix("ll") && matches(mgr1, w) { w.removeLast() }
        if initialY { w = "y" + w.dropFirst() }
        return w
    }
}
