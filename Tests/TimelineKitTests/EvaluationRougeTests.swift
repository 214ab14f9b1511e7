import Foundation
import Testing
@testable import TimelineEvaluation
import TimelineKit

@Suite struct EvaluationRougeTests {
    @Test func stemsAsROUGEDoes() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/rouge/stems", ofType: "tsv"))
        let rouge = Rouge.shared
        var wrong = [String]()
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 2, !rouge.stopWords.contains(parts[0]) else { continue }
            let ours = rouge.tokens(parts[0]).first ?? ""
            if ours != parts[1] { wrong.append("\(parts[0]): \(ours) != \(parts[1])") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) stems differ: \(wrong.prefix(20))")
    }

    /// ROUGE-1.5.5 cuts hyphens off their words, drops punctuation and stop words.
    @Test(arguments: [
        ("The earthquake-hit capital , Port-au-Prince", ["earthquak", "hit", "capit", "port", "au", "princ"]),
        ("BP 's $ 20bn fund -LRB- # 12.8bn -RRB-", ["bp", "20bn", "fund", "lrb", "12", "8bn", "rrb"]),
        ("Haiti's quake", ["haiti", "quak"]),
    ])
    func tokensAsROUGEDoes(_ text: String, _ expected: [String]) {
        #expect(Rouge.shared.tokens(text) == expected)
    }
}

@Suite struct StoryStemmerTests {
    /// The product's byte-level stemmer gives ROUGE-1.5.5's stems (the fixture
    /// holds what ROUGE's own Perl stemmer returned; exception-list words left out).
    @Test func porterAsROUGEDoes() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/rouge/stems", ofType: "tsv"))
        let exceptions = Rouge.shared.exceptions
        var wrong = [String]()
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 2, exceptions[parts[0]] == nil else { continue }
            let ours = TimelineKit.PorterStemmer.stem(parts[0])
            if ours != parts[1] { wrong.append("\(parts[0]): \(ours) != \(parts[1])") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) stems differ: \(wrong.prefix(30))")
    }
}
