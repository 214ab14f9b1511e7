// Shared by every fuzz target (compiled into each binary with its target file).
@testable import TimelineKit

let loader = DocumentLoader()

/// The fuzzer's bytes as an array.
func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Loads the bytes as the file `path` would be: documents or a TimelineError, never a crash.
func load(_ bytes: [UInt8], path: String) {
    do {
        let result = try loader.load(bytes, path: path)
        for document in result.documents { _ = document.hasTitleLine }
        for error in result.errors { precondition(!error.description.isEmpty) }
    } catch {
        precondition(!error.description.isEmpty)
        precondition(!error.description.contains("\n"), "a message on more than one line: \(error.description)")
    }
}

/// Called by libFuzzer once before the first input: the tables and models
/// load here, so that their one-time cost is not taken for a slow input.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    let seed = "---\ntitle: Huawei banned\ndate: 2019-05-15\n---\nHuawei said on May 5, 2019 that the UK banned it last year.\n"
    if let result = try? loader.load(Array(seed.utf8), path: "seed.txt") {
        _ = Pipeline().run(result.documents)
    }
    _ = try? loader.load(Array("<html><body><p>Huawei was banned on Monday.</p></body></html>".utf8), path: "seed.html")
    _ = try? loader.load(Array("<TimeML><TEXT>Huawei was banned on Monday.</TEXT></TimeML>".utf8), path: "seed.tml")
    return 0
}
