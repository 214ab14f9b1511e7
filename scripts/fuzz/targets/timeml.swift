// libFuzzer target: the timeml reader (DocumentLoader on a .tml file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    load(fuzzBytes(data, size), path: "fuzz.tml")
    return 0
}
