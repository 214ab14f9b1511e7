/// The Porter (1980) stemmer on lower-case ASCII bytes, in the variant
/// ROUGE-1.5.5 runs (its Perl "Release 1", with step 4 changed so that a
/// word ending in "-ement" does not go on to the "-ment" and "-ent" rules),
/// so that the words the summariser compares are the words ROUGE counts.
/// A word with other bytes, or shorter than three letters, is left alone.
public enum PorterStemmer {
    public static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count >= 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var w = word
        // An initial y is a consonant: mark it upper case so no rule sees a vowel.
        let initialY = w[0] == y
        if initialY { w[0] = 0x59 }

        // Step 1a
        if ends(w, "sses") || ends(w, "ies") {
            w.removeLast(2)
        } else if ends(w, "s"), w.count >= 2, w[w.count - 2] != s {
            w.removeLast()
        }
        // Step 1b
        if ends(w, "eed") {
            if measure(w.dropLast(3)) > 0 { w.removeLast() }
        } else if let n = ends(w, "ed") ? 2 : ends(w, "ing") ? 3 : nil, hasVowel(w.dropLast(n)) {
            w.removeLast(n)
            if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
                w.append(e)
            } else if w.count >= 2, w[w.count - 1] == w[w.count - 2], !"aeiouylsz".utf8.contains(w[w.count - 1]) {
                w.removeLast()
            } else if isShortSyllable(w[...]) {
                w.append(e)
            }
        }
        // Step 1c
        if ends(w, "y"), hasVowel(w.dropLast()) { w[w.count - 1] = i }
        // Step 2
        if let (suffix, replacement) = step2.first(where: { ends(w, $0.0) }), measure(w.dropLast(suffix.utf8.count)) > 0 {
            w.removeLast(suffix.utf8.count)
            w.append(contentsOf: replacement.utf8)
        }
        // Step 3
        if let (suffix, replacement) = step3.first(where: { ends(w, $0.0) }), measure(w.dropLast(suffix.utf8.count)) > 0 {
            w.removeLast(suffix.utf8.count)
            w.append(contentsOf: replacement.utf8)
        }
        // Step 4 (ROUGE's: the first rule, then "-ment", then "-ent" or "-sion"/"-tion", each if m > 1)
        if let suffix = step4.first(where: { ends(w, $0) }), measure(w.dropLast(suffix.utf8.count)) > 1 {
            w.removeLast(suffix.utf8.count)
        }
        if ends(w, "ment"), measure(w.dropLast(4)) > 1 { w.removeLast(4) }
        if ends(w, "ent") {
            if measure(w.dropLast(3)) > 1 { w.removeLast(3) }
        } else if ends(w, "sion") || ends(w, "tion"), measure(w.dropLast(3)) > 1 {
            w.removeLast(3)
        }
        // Step 5
        if ends(w, "e") {
            let stem = w.dropLast()
            let m = measure(stem)
            if m > 1 || m == 1 && !isShortSyllable(stem) { w.removeLast() }
        }
        if ends(w, "ll"), measure(w[...]) > 1 { w.removeLast() }
        if initialY { w[0] = y }
        return w
    }

    /// A String's stem (lower-case ASCII words; anything else unchanged).
    public static func stem(_ word: String) -> String {
        String(decoding: stem(Array(word.utf8)), as: UTF8.self)
    }

    private static let (e, i, s, y): (UInt8, UInt8, UInt8, UInt8) = (0x65, 0x69, 0x73, 0x79)

    // Longest suffixes first where one ends another, as the Perl alternation finds the leftmost match.
    private static let step2: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("bli", "ble"), ("alli", "al"),
        ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ].sorted { $0.0.utf8.count > $1.0.utf8.count }
    private static let step3: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ].sorted { $0.0.utf8.count > $1.0.utf8.count }
    private static let step4: [String] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ].sorted { $0.utf8.count > $1.utf8.count }

    private static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        let u = suffix.utf8
        guard w.count >= u.count else { return false }
        return w.suffix(u.count).elementsEqual(u)
    }

    /// A vowel: a, e, i, o, u, and y after a consonant (Porter's definition;
    /// the Perl patterns treat y as a vowel except at the start of a vowel run).
    private static func isVowel(_ w: ArraySlice<UInt8>, _ k: Int) -> Bool {
        switch w[k] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return true
        case y: return k > w.startIndex && !isVowel(w, k - 1)
        default: return false
        }
    }

    /// m in [C](VC)^m[V].
    private static func measure(_ w: ArraySlice<UInt8>) -> Int {
        var m = 0, k = w.startIndex
        while k < w.endIndex && !isVowel(w, k) { k += 1 }
        while k < w.endIndex {
            while k < w.endIndex && isVowel(w, k) { k += 1 }
            guard k < w.endIndex else { break }
            m += 1
            while k < w.endIndex && !isVowel(w, k) { k += 1 }
        }
        return m
    }

    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
        w.indices.contains { isVowel(w, $0) }
    }

    /// The whole stem is at least one consonant, one vowel, one consonant other
    /// than w, x, y (the Perl `^C v [^aeiouwxy]$`: "hop" in "hoping", not "coat",
    /// "play" or "ag" in "aged").
    private static func isShortSyllable(_ w: ArraySlice<UInt8>) -> Bool {
        guard w.count >= 2, let last = w.last, !"aeiouwxy".utf8.contains(last) else { return false }
        var k = w.startIndex
        while k < w.endIndex - 1 && !isVowel(w, k) { k += 1 }
        // Consonants, then exactly one vowel, right before the last letter.
        return k > w.startIndex && k == w.endIndex - 2 && isVowel(w, k)
    }
}
