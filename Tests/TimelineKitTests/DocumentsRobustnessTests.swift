import Testing
@testable import TimelineKit

/// Damaged input never crashes the loader: it loads or throws a TimelineError.
@Suite struct DocumentsRobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    struct Mix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fixtures = ["page.html", "frontmatter.md", "caption.txt", "wire.txt", "articles.jsonl",
                           "seeds/global-times-dirty-trick.txt", "seeds/inewstoday-huawei-no-spy-agreements.txt"]

    @Test(arguments: fixtures)
    func mutatedInputs(_ name: String) {
        let loader = DocumentLoader()
        let original = DocumentsFixtures.bytes(name)
        // Bytes that matter to the readers: separators, markup, UTF-8 lead bytes.
        let interesting: [UInt8] = Array("\n\r :-|,(<>/&;\"{}[]0123456789MAYPublished".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0x94, 0xFF, 0x00]
        var rng = Mix(state: UInt64(name.utf8.count))
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                let i = Int.random(in: 0..<max(bytes.count, 1), using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0 where !bytes.isEmpty: bytes[i] = interesting.randomElement(using: &rng)!
                case 1 where !bytes.isEmpty: bytes.remove(at: i)
                case 2: bytes.insert(interesting.randomElement(using: &rng)!, at: min(i, bytes.count))
                default: bytes = Array(bytes.prefix(i))
                }
            }
            for path in [name, "stdin"] {
                do {
                    let result = try loader.load(bytes, path: path)
                    for doc in result.documents {
                        // A title is never longer than a title may be (a longer first line is no title, with a warning).
                        #expect(doc.title.count <= Document.maxTitleLength)
                        #expect(!doc.title.isEmpty || !result.warnings.isEmpty || doc.text.isEmpty == false)
                        #expect(doc.dateCandidates.allSatisfy { !$0.text.isEmpty })
                    }
                } catch {
                    #expect(!error.description.isEmpty)
                }
            }
        }
    }
}
