// libFuzzer target: the jsonl reader (DocumentLoader on a .jsonl file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    load(fuzzBytes(data, size), path: "fuzz.jsonl")
    return 0
}
