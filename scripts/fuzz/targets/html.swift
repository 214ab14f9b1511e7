// libFuzzer target: the html reader (DocumentLoader on a .html file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    load(fuzzBytes(data, size), path: "fuzz.html")
    return 0
}
