// libFuzzer target: the text reader (DocumentLoader on a .txt file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    load(fuzzBytes(data, size), path: "fuzz.txt")
    return 0
}
