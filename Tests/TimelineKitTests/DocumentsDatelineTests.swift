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

/// A publication stamp glued between a page's heading and its lead, as
/// Guardian pages flattened to one line per block carry it, is set on a line
/// of its own: the heading becomes the title, the stamp a dateline.
@Suite struct DocumentsGluedStampTests {
    let finder = DatelineFinder()

    static let glued: [(line: String, heading: String, stamp: String)] = [
        ("Deepwater Horizon worker claims oil rig leaking weeks before explosion Oil worker told the BBC's Panorama program that both BP and Transocean, who owned the rig, were informed of the leak Monday 21 June 2010 09.18 BST An oil worker on the Deepwater Horizon rig said that it was leaking weeks before it exploded.",
         "Deepwater Horizon worker claims oil rig leaking weeks before explosion Oil worker told the BBC's Panorama program that both BP and Transocean, who owned the rig, were informed of the leak",
         "Monday 21 June 2010 09.18 BST"),
        ("Gulf oil spill: White House accused of spinning report Scientists say it is 'just not true' that the vast majority of oil from the BP spill has gone Thursday 5 August 2010 23.17 BST While the flow of oil into the Gulf of Mexico has been capped, experts claim up to 75% of it is still in the water.",
         "Gulf oil spill: White House accused of spinning report Scientists say it is 'just not true' that the vast majority of oil from the BP spill has gone",
         "Thursday 5 August 2010 23.17 BST"),
        ("Swine flu cases confirmed in Scotland as pandemic fears grow Mon Apr 27, 2009 1:58 pm EDT Two people in Scotland have tested positive.",
         "Swine flu cases confirmed in Scotland as pandemic fears grow", "Mon Apr 27, 2009 1:58 pm EDT"),
    ]

    /// A stamp glued into a heading under a correction notice: the heading is no title, its stamp is split off all the same.
    @Test func stampBelowTheFirstLine() {
        let text = "A photo caption said that Louisiana fisherman Acy Cooper Jr. was making a rare shrimping trip.\nSix months after the spill, BP's money is changing the gulf as much as its oil Wednesday, October 20, 2010; 12:55 AM VENICE, LA. -- The oil has mostly disappeared.\n"
        let lines = finder.ungluingStamp(text).split(separator: "\n").map(String.init)
        #expect(lines == ["A photo caption said that Louisiana fisherman Acy Cooper Jr. was making a rare shrimping trip.",
                          "Six months after the spill, BP's money is changing the gulf as much as its oil",
                          "Wednesday, October 20, 2010; 12:55 AM", "VENICE, LA. -- The oil has mostly disappeared."])
    }

    /// Prose, a wire dateline's segment and a stamp opening the text stay as written.
    static let kept = [
        "The well was capped on Thursday 15 July 2010 14.25 BST The company said so.",
        "By Maggie Fox, Health and Science Editor WASHINGTON | Tue Apr 21, 2009 10:19 pm BST WASHINGTON (Reuters) - A new type of swine flu has infected two children.",
        "Friday 1 May 2009 22.47 BST It was a mates' night out to celebrate a marriage.",
        "BP said its shares fell 5% on Thursday 6 May 2010 after the spill grew to 5,000 barrels a day.",
        "The hearing began at 10.30 BST Tuesday and lasted all day in the Commons.",
    ]

    @Test func stampSetOnItsOwnLine() throws {
        for c in Self.glued {
            let lines = finder.ungluingStamp(c.line + "\nSecond paragraph.").split(separator: "\n").map(String.init)
            #expect(lines.count == 4, "\(c.line)")
            guard lines.count == 4 else { continue }
            #expect(lines[0] == c.heading)
            #expect(lines[1] == c.stamp)
            #expect(finder.find(in: lines.joined(separator: "\n"), skipTitle: true).candidates.map(\.text) == [c.stamp])
        }
    }

    @Test(arguments: kept)
    func otherLinesKept(_ line: String) {
        #expect(finder.ungluingStamp(line) == line)
    }

    @Test func readerTakesTheHeadingAsTitle() throws {
        var warnings = [TimelineWarning]()
        let doc = try PlainTextReader().read(Self.glued[0].line + "\n", path: "a.txt", warnings: &warnings)
        #expect(doc.title == Self.glued[0].heading)
        #expect(doc.dateCandidates.map(\.text) == [Self.glued[0].stamp])
        #expect(doc.text.utf8.count == Self.glued[0].line.utf8.count + 1)
        #expect(warnings.isEmpty)
    }
}
