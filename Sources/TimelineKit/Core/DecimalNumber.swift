/// Decimal numbers read from text, with checked arithmetic.
///
/// A text can hold a token of any number of digits ("invoice number
/// 12345678901234567890", "99999999999999999999 years ago"): every number
/// the stages read from text goes through here, so that such a token is
/// simply no number instead of an arithmetic overflow that stops the run.
enum DecimalNumber {
    /// The value of `bytes` when they are all ASCII digits (at least one)
    /// and the value is at most `limit`; nil otherwise.
    static func value<C: Collection>(_ bytes: C, limit: Int = .max) -> Int? where C.Element == UInt8 {
        guard !bytes.isEmpty else { return nil }
        var n = 0
        for b in bytes {
            guard let next = appending(b, to: n), next <= limit else { return nil }
            n = next
        }
        return n
    }

    /// `n * 10 + digit`, or nil when `digit` is no ASCII digit or the result
    /// would overflow.
    static func appending(_ digit: UInt8, to n: Int) -> Int? {
        guard digit >= 0x30 && digit <= 0x39 else { return nil }
        let (tens, o1) = n.multipliedReportingOverflow(by: 10)
        let (sum, o2) = tens.addingReportingOverflow(Int(digit - 0x30))
        return o1 || o2 ? nil : sum
    }
}
