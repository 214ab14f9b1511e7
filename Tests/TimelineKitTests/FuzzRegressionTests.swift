import Foundation
import Testing
@testable import TimelineKit

/// The inputs the libFuzzer targets (`scripts/fuzz/`) found crashing, each
/// replayed the way its target runs it: loaded (or refused in one line),
/// tagged, or run through the pipeline, never a crash.
@Suite struct FuzzRegressionTests {
    static let root = Bundle.module.url(forResource: "Fixtures/fuzz", withExtension: nil)
        ?? Bundle.module.resourceURL!.appendingPathComponent("Fixtures/fuzz")

    /// "TARGET/FILE" for every fixture.
    static let inputs: [String] = {
        let fm = FileManager.default
        var found = [String]()
        for target in ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).sorted() {
            for file in ((try? fm.contentsOfDirectory(atPath: root.path + "/" + target)) ?? []).sorted() {
                found.append(target + "/" + file)
            }
        }
        return found
    }()

    static let extensions = ["text": "txt", "html": "html", "timeml": "tml", "jsonl": "jsonl", "timex": "txt", "pipeline": "txt"]

    @Test func everyTargetHasItsFolder() {
        #expect(!Self.inputs.isEmpty)
        #expect(Self.inputs.allSatisfy { Self.extensions[String($0.split(separator: "/")[0])] != nil })
    }

    @Test(arguments: inputs)
    func replay(_ input: String) throws {
        let target = String(input.split(separator: "/")[0])
        let bytes = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent(input)))
        let loader = DocumentLoader()
        switch target {
        case "timex":
            let text = String(decoding: bytes, as: UTF8.self)
            _ = TimeTagger().tag(text, reference: TimeReference(day: Day(year: 2019, month: 5, day: 15)))
            _ = TimeTagger().tag(text, reference: .unknown)
        default:
            do {
                let result = try loader.load(bytes, path: "fuzz." + Self.extensions[target, default: "txt"])
                #expect((result.errors.map(\.description) + result.warnings.map(\.description)).allSatisfy { !$0.contains("\n") })
                if target == "pipeline" || target == "text" {
                    let timeline = Pipeline(options: PipelineOptions(dct: Day(year: 2019, month: 5, day: 15))).run(result.documents).timeline
                    _ = try OutputSet.render(timeline, svg: SVGOptions())
                }
            } catch {
                #expect(!error.description.contains("\n"), "one line: \(error.description)")
            }
        }
    }
}
