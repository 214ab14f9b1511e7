import Testing
@testable import TimelineKit

struct DatelineCase: Sendable, CustomStringConvertible {
    /// Lines under a headline.
    var lines: String
    var candidates: [String]
    var description: String { lines }
}

/// The stated publication dates found at the top of an article, and the
/// lines that must never give one (captions, prose).
@Suite struct DocumentsDatelineTests {
    let finder = DatelineFinder()

    static let cases: [DatelineCase] = [
        .init(lines: "Cheryl Sanders\nMay 15, 2019\n\nWashington believes equipment made by Huawei could be used to spy.",
              candidates: ["May 15, 2019"]),
        .init(lines: "Source: Global Times Published: 2020/7/16 20:53:40", candidates: ["2020/7/16 20:53:40"]),
        .init(lines: "WASHINGTON, May 15 (Reuters) - The U.S. Commerce Department said on Wednesday it was adding Huawei to a blacklist.",
              candidates: ["May 15"]),
        .init(lines: "SHENZHEN, China, March 7 (Reuters) - China's Huawei Technologies sued the U.S. government on Thursday.",
              candidates: ["March 7"]),
        .init(lines: "BEIJING, Jan. 29 – China urged the United States to stop its unreasonable suppression of Huawei.",
              candidates: ["Jan. 29"]),
        .init(lines: "Updated: 15 May 2019 10:30 GMT", candidates: ["15 May 2019 10:30 GMT"]),
        .init(lines: "Posted on February 26, 2019 by admin", candidates: ["February 26, 2019"]),
        .init(lines: "By Sijia Jiang | March 7, 2019", candidates: ["March 7, 2019"]),
        .init(lines: "By Cheryl Sanders May 15, 2019", candidates: ["May 15, 2019"]),
        .init(lines: "Last updated: Tuesday, 26 February 2019, 10:15 a.m.", candidates: ["Tuesday, 26 February 2019, 10:15 a.m."]),
        .init(lines: "Published: May 15, 2019 | Updated: May 16, 2019", candidates: ["May 15, 2019", "May 16, 2019"]),
        .init(lines: "2019-05-15", candidates: ["2019-05-15"]),
        .init(lines: "16.07.2020 08:12", candidates: ["16.07.2020 08:12"]),
        // Captions never give a date.
        .init(lines: "LONDON, ENGLAND - OCTOBER 22: A Huawei logo is seen on October 22, 2019 in London, England.",
              candidates: []),
        .init(lines: "A Huawei stand at MWC (Photo by Jane Doe/Getty Images)\nFebruary 26, 2019 (Photo by Jane Doe)",
              candidates: []),
        .init(lines: "Photo: Reuters May 15, 2019", candidates: []),
        .init(lines: "Image: Huawei's stand at MWC, February 26, 2019", candidates: []),
        // Prose never gives a date.
        .init(lines: "Published on May 5, the report said Huawei posed a risk.", candidates: []),
        .init(lines: "Huawei said on May 15, 2019 that it would sign no-spy agreements.", candidates: []),
        .init(lines: "In May 2019, the U.S. placed Huawei on a trade blacklist.", candidates: []),
        .init(lines: "The meeting is set for May 15.", candidates: []),
        .init(lines: "Huawei updated: its phones on May 15, 2019 were recalled.", candidates: []),
        .init(lines: "WASHINGTON (Reuters) - The U.S. Commerce Department said on May 15 it was adding Huawei.",
              candidates: []),
        .init(lines: "Huawei chairman says US has no evidence of backdoor spying in 5G technology", candidates: []),
    ]

    @Test(arguments: cases)
    func candidates(_ c: DatelineCase) {
        let result = finder.find(in: "Huawei news\n\n" + c.lines, skipTitle: true)
        #expect(result.candidates.map(\.text) == c.candidates)
        #expect(result.candidates.allSatisfy { $0.basis == .stated })
    }

    @Test func sourceLabel() {
        let result = finder.find(in: "Headline\n\nSource: Global Times Published: 2020/7/16 20:53:40\n", skipTitle: true)
        #expect(result.source == "Global Times")
        #expect(result.candidates.first?.origin == "'Published' line 3")
    }

    @Test func titleLineIsNotScanned() {
        let result = finder.find(in: "May 15, 2019\nHuawei news", skipTitle: true)
        #expect(result.candidates.isEmpty)
        #expect(finder.find(in: "May 15, 2019\nHuawei news", skipTitle: false).candidates.map(\.text) == ["May 15, 2019"])
    }

    @Test func onlyTheTopIsScanned() {
        let body = (1...20).map { "Paragraph \($0) of the article." }.joined(separator: "\n")
        #expect(finder.find(in: "Headline\n" + body + "\nMay 15, 2019", skipTitle: true).candidates.isEmpty)
    }
}
