// libFuzzer target: the whole pipeline (text, time, actors, events, merge)
// on a plain-text article, then every renderer.
@testable import TimelineKit

let pipeline = Pipeline(options: PipelineOptions(dct: Day(year: 2019, month: 5, day: 15)))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let result = try? loader.load(fuzzBytes(data, size), path: "fuzz.txt") else { return 0 }
    let timeline = pipeline.run(result.documents).timeline
    _ = try? OutputSet.render(timeline, svg: SVGOptions())
    return 0
}
