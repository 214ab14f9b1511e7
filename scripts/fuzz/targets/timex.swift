// libFuzzer target: the time tagger (text analysis, matching and resolution)
// against a publication day and against none.
@testable import TimelineKit

let tagger = TimeTagger()
let day = TimeReference(day: Day(year: 2019, month: 5, day: 15))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard UTF8Validation.firstInvalidByte(in: bytes) == nil else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    for reference in [day, TimeReference.unknown] {
        for timex in tagger.tag(text, reference: reference) {
            precondition(!timex.value.value.isEmpty)
        }
    }
    _ = tagger.publicationDay(in: text)
    return 0
}
