import Testing
@testable import TimelineKit

/// One real phrase and a mention the recogniser must find in it.
struct ActorCase: Sendable, CustomStringConvertible {
    var text: String
    var mention: String
    var kind: ActorKind
    var id: String
    var role: String? = nil
    var description: String { "\(mention) in: \(text)" }
}

/// A phrase and names that must not come out as mentions.
struct NonActorCase: Sendable, CustomStringConvertible {
    var text: String
    var forbidden: [String]
    var description: String { text }
}

@Suite struct ActorRecognizerTests {
    static let cases: [ActorCase] = [
        .init(text: "\"I fully understand what President Donald Trump said last week,\" Guo said.",
              mention: "Donald Trump", kind: .person, id: "donald-trump", role: "President"),
        .init(text: "Hua said, responding to US Secretary of State Mike Pompeo's rhetoric.",
              mention: "Mike Pompeo", kind: .person, id: "mike-pompeo", role: "US Secretary of State"),
        .init(text: "Hua said, responding to US Secretary of State Mike Pompeo's rhetoric.",
              mention: "US", kind: .place, id: "united-states"),
        .init(text: "Foreign Ministry spokeswoman Hua Chunying said so.",
              mention: "Hua Chunying", kind: .person, id: "hua-chunying", role: "Foreign Ministry spokeswoman"),
        .init(text: "Foreign Ministry spokeswoman Hua Chunying said so.",
              mention: "Foreign Ministry", kind: .organization, id: "foreign-ministry"),
        .init(text: "It was a “dirty trick,” Chinese Foreign Ministry spokesperson Hua Chunying said Thursday.",
              mention: "Chinese Foreign Ministry", kind: .organization, id: "china-foreign-ministry"),
        .init(text: "China's Foreign Ministry accused the US of \"deliberately discrediting\" Chinese companies.",
              mention: "Foreign Ministry", kind: .organization, id: "china-foreign-ministry"),
        .init(text: "He met Huawei's rotating chairman Guo Ping on Monday.",
              mention: "Guo Ping", kind: .person, id: "guo-ping", role: "Huawei's rotating chairman"),
        .init(text: "\"Huawei is leading in 5G globally,\" Guo Ping, Huawei's rotating chairman, told those attending.",
              mention: "Guo Ping", kind: .person, id: "guo-ping", role: "Huawei's rotating chairman"),
        .init(text: "\"Huawei is leading in 5G globally,\" Guo Ping, Huawei's rotating chairman, told those attending.",
              mention: "Huawei", kind: .organization, id: "huawei"),
        .init(text: "In January, Huawei fired sales director Wang Weijing after he was arrested in Poland.",
              mention: "Wang Weijing", kind: .person, id: "wang-weijing", role: "sales director"),
        .init(text: "In January, Huawei fired sales director Wang Weijing after he was arrested in Poland.",
              mention: "Poland", kind: .place, id: "poland"),
        .init(text: "In the letter, Sir Iain Duncan Smith, Owen Paterson, David Davis and Damian Green called for a ban.",
              mention: "Iain Duncan Smith", kind: .person, id: "iain-duncan-smith"),
        .init(text: "In the letter, Sir Iain Duncan Smith, Owen Paterson, David Davis and Damian Green called for a ban.",
              mention: "Damian Green", kind: .person, id: "damian-green"),
        .init(text: "Tobias Ellwood, the new chairman of the Defence Select Committee, also signed. Mr Ellwood said: “We don’t know.”",
              mention: "Ellwood", kind: .person, id: "tobias-ellwood"),
        .init(text: "Tobias Ellwood, the new chairman of the Defence Select Committee, also signed the letter.",
              mention: "Tobias Ellwood", kind: .person, id: "tobias-ellwood",
              role: "new chairman of the Defence Select Committee"),
        .init(text: "Tobias Ellwood, the new chairman of the Defence Select Committee, also signed the letter.",
              mention: "Defence Select Committee", kind: .organization, id: "defence-select-committee"),
        .init(text: "He announced he was pencilled to meet Chinese president, Xi Jinping, at his Mar-a-Lago resort in Florida.",
              mention: "Xi Jinping", kind: .person, id: "xi-jinping", role: "Chinese president"),
        .init(text: "He announced he was pencilled to meet Chinese president, Xi Jinping, at his Mar-a-Lago resort in Florida.",
              mention: "Florida", kind: .place, id: "florida"),
        .init(text: "Canadian authorities arrested Huawei chief financial officer and daughter of the company's founder, Meng Wanzhou, at Vancouver International Airport.",
              mention: "Meng Wanzhou", kind: .person, id: "meng-wanzhou",
              role: "Huawei chief financial officer and daughter of the company's founder"),
        .init(text: "Canadian authorities arrested Huawei chief financial officer and daughter of the company's founder, Meng Wanzhou, at Vancouver International Airport.",
              mention: "Canadian authorities", kind: .place, id: "canada"),
        .init(text: "Canadian authorities arrested Huawei chief financial officer and daughter of the company's founder, Meng Wanzhou, at Vancouver International Airport.",
              mention: "Vancouver International Airport", kind: .place, id: "vancouver-international-airport"),
        .init(text: "Canadian authorities last December arrested Huawei's Chief Financial Officer Meng Wanzhou. Meng remains under house arrest in Vancouver.",
              mention: "Meng", kind: .person, id: "meng-wanzhou"),
        .init(text: "Liang said Huawei did not act on behalf of China's government in any worldwide market.",
              mention: "Liang", kind: .person, id: "liang"),
        // British style writes abbreviated titles without a full stop.
        .init(text: "Adm Thad Allen said the well was sealed.", mention: "Thad Allen", kind: .person, id: "thad-allen"),
        .init(text: "The leading US general in Haiti, Lt Gen Ken Keen, says it is a reasonable assumption.",
              mention: "Ken Keen", kind: .person, id: "ken-keen"),
        // A title word may open an organisation's name.
        .init(text: "Speaking at the General Assembly in New York, he said the UN would help.",
              mention: "General Assembly", kind: .organization, id: "general-assembly"),
        .init(text: "Washington believes equipment made by Huawei Technologies Co Ltd could be used by the Chinese state to spy.",
              mention: "Washington", kind: .place, id: "united-states"),
        .init(text: "Washington believes equipment made by Huawei Technologies Co Ltd could be used by the Chinese state to spy.",
              mention: "Huawei Technologies Co Ltd", kind: .organization, id: "huawei"),
        .init(text: "Washington believes equipment made by Huawei Technologies Co Ltd could be used by the Chinese state to spy.",
              mention: "Chinese state", kind: .place, id: "china"),
        .init(text: "Officials met in Washington on Tuesday.", mention: "Washington", kind: .place, id: "washington"),
        .init(text: "Washington's spat with Beijing over Huawei's aspirations.", mention: "Beijing", kind: .place, id: "china"),
        .init(text: "The U.K. will decide soon about Huawei's involvement.", mention: "U.K.", kind: .place, id: "united-kingdom"),
        .init(text: "The British government is in the middle of a furious debate.",
              mention: "British government", kind: .place, id: "united-kingdom"),
        .init(text: "Both Huawei and ZTE Corp. have also been targeted by the US.", mention: "ZTE Corp.", kind: .organization, id: "zte"),
        .init(text: "The Federal Communications Commission voted unanimously to deny China Mobile Limited's bid.",
              mention: "Federal Communications Commission", kind: .organization, id: "federal-communications-commission"),
        .init(text: "The Federal Communications Commission voted unanimously to deny China Mobile Limited's bid.",
              mention: "China Mobile Limited", kind: .organization, id: "china-mobile"),
        .init(text: "The FCC voted unanimously.", mention: "FCC", kind: .organization, id: "federal-communications-commission"),
        .init(text: "It is obliged to the Communist Party of China, than we have over here.",
              mention: "Communist Party of China", kind: .organization, id: "communist-party-of-china"),
        .init(text: "Wang Yi also said the firm pledged it after six Conservative MPs signed a letter.",
              mention: "Conservative MPs", kind: .group, id: "conservative-mps"),
        .init(text: "Wang Yi also said the firm pledged it after six Conservative MPs signed a letter.",
              mention: "Wang Yi", kind: .person, id: "wang-yi"),
        .init(text: "Amid United States pressure on European countries to avoid Huawei, Liang has traveled to the U.K.",
              mention: "European countries", kind: .group, id: "european-countries"),
        .init(text: "Amid United States pressure on European countries to avoid Huawei, Liang has traveled to the U.K.",
              mention: "United States", kind: .place, id: "united-states"),
        .init(text: "The Chinese foreign minister told Sky News on Saturday: “Huawei is a private company.”",
              mention: "Sky News", kind: .organization, id: "sky-news"),
        .init(text: "The letter come as US Vice President Mike Pence suggested it. Pressed on it, Mr Pence told CNBC: “We’ll see.”",
              mention: "Pence", kind: .person, id: "mike-pence"),
        .init(text: "The letter come as US Vice President Mike Pence suggested it. Pressed on it, Mr Pence told CNBC: “We’ll see.”",
              mention: "CNBC", kind: .organization, id: "cnbc"),
        .init(text: "Prime Minister Boris Johnson published his Withdrawal Agreement Bill last night.",
              mention: "Boris Johnson", kind: .person, id: "boris-johnson", role: "Prime Minister"),
        .init(text: "LONDON, ENGLAND - OCTOBER 22: Members arrive in Downing Street.", mention: "LONDON", kind: .place, id: "london"),
        .init(text: "LONDON, ENGLAND - OCTOBER 22: Members arrive in Downing Street.",
              mention: "Downing Street", kind: .place, id: "downing-street"),
        .init(text: "Alongside Trump's efforts, Congress previously banned government agencies from using it.",
              mention: "Congress", kind: .organization, id: "congress"),
        .init(text: "Huawei had long cooperated with Britain's National Cyber Security Centre's oversight.",
              mention: "National Cyber Security Centre", kind: .organization, id: "national-cyber-security-centre"),
        .init(text: "-With assistance from Todd Shields and Dandan Li.", mention: "Dandan Li", kind: .person, id: "dandan-li"),
        .init(text: "It was too late, the judge told Acme Widgets Corp. on Friday. Acme Widgets said it would appeal.",
              mention: "Acme Widgets", kind: .organization, id: "acme-widgets"),
        // Every country is a place, the small ones too (the tagger alone once read "Haiti" as a person).
        .init(text: "Matthew Price reports from a hospital Haiti, speaking to those sleeping amongst the dead.",
              mention: "Haiti", kind: .place, id: "haiti"),
        .init(text: "Grenada's Prime Minister Tillman Thomas told BBC Caribbean that the region was best placed.",
              mention: "Grenada", kind: .place, id: "grenada"),
        // Two table names run together are two actors, not one organisation (a headline glued to the text).
        .init(text: "Cabin crew member in hospital after flight from swine flu-struck Mexico World Health Organisation has warned countries to be on alert.",
              mention: "World Health Organisation", kind: .organization, id: "world-health-organization"),
        .init(text: "Cabin crew member in hospital after flight from swine flu-struck Mexico World Health Organisation has warned countries to be on alert.",
              mention: "Mexico", kind: .place, id: "mexico"),
        // "Facility" heads an organisation; the Gulf Coast is a region, not the Gulf and a person "Coast ...".
        .init(text: "Kenneth Feinberg's firm is paid $850,000 a month, according to the Gulf Coast Claims Facility, which compensates fishermen.",
              mention: "Gulf Coast Claims Facility", kind: .organization, id: "gulf-coast-claims-facility"),
        .init(text: "Tar balls washed up along the Gulf Coast on Friday.", mention: "Gulf Coast", kind: .place, id: "gulf-coast"),
        // Shouted text: capitals do not show where the name ends.
        .init(text: "CEO HAYWARD LOSES HIS JOB - UNLIKELY, FOR THE MOMENT. Inevitably, there have been questions.",
              mention: "HAYWARD", kind: .person, id: "hayward"),
    ]

    @Test(arguments: cases)
    func recognizes(_ c: ActorCase) throws {
        let analysis = TextAnalyzer().analyze(c.text)
        let mentions = ActorRecognizer().mentions(in: analysis)
        let found = try #require(mentions.last { $0.text == c.mention },
                                 "no mention \(c.mention); got \(mentions.map(\.text))")
        #expect(found.kind == c.kind)
        #expect(found.actorID == c.id)
        if let role = c.role { #expect(found.role == role) }
        #expect(analysis.string(found.span) == c.mention)
    }

    static let nonActors: [NonActorCase] = [
        .init(text: "Meanwhile, in December 2018, officials met.", forbidden: ["Meanwhile", "December"]),
        .init(text: "He spoke at the Mobile World Congress in Barcelona on Tuesday.",
              forbidden: ["Barcelona Tuesday", "Tuesday", "Barcelona on Tuesday"]),
        .init(text: "Explained: Why 5G and Huawei matter", forbidden: ["Explained", "Why", "5G"]),
        .init(text: "Image: Sir Iain Duncan Smith is one of the men who signed the letter",
              forbidden: ["Image", "Sir Iain Duncan Smith", "Sir"]),
        .init(text: "In February, Trump suggested that he would not sign it.", forbidden: ["In", "February", "In February"]),
        .init(text: "It was, Pompeo said, for Pompeo to judge Huawei based on whether it is clean.", forbidden: []),
        .init(text: "Related posts\n\nLondon company held to ransom by cyber criminals", forbidden: ["Related", "London", "Post"]),
        .init(text: "The Chinese firm has pledged “not to do back door deals”.", forbidden: ["Chinese", "Chinese firm", "The"]),
        // A pronoun with its verb is no name, however it opens a clause.
        .init(text: "It is rhetoric, I'd be amazed if Obama's attitude was the same to an American oil company.", forbidden: ["I'd", "I"]),
        .init(text: "What I'd like to know is which American sanctioned the exploration.", forbidden: ["I'd", "What I'd"]),
        // Event and policy names and lone capitalised fragments are not actors.
        .init(text: "Prime Minister Boris Johnson will today attempt to keep to his Brexit schedule as he aims to push a series of votes through Parliament.",
              forbidden: ["Brexit"]),
        .init(text: "Mike Pence suggested the decision could jeopardise a post-Brexit trade deal between Britain and America.",
              forbidden: ["Brexit", "post-Brexit"]),
        // A field's label before a code is no name; a dateline before a colon stays a place (see the cases above).
        .init(text: "In response, the United States is expected to issue new safety rules on Thursday (ID: nN26238003) and other governments have acted.",
              forbidden: ["ID"]),
        // A headline glued to the text: a pronoun is never inside a name.
        .init(text: "In Speech to Congress, Obama Outlines His Plans for Economic Recovery President Obama offered a grim portrait.",
              forbidden: ["Obama Outlines His Plans", "Obama Outlines His Plans for Economic Recovery President Obama"]),
        .init(text: "CEO HAYWARD LOSES HIS JOB - UNLIKELY, FOR THE MOMENT. Inevitably, there have been questions.",
              forbidden: ["HAYWARD LOSES", "HAYWARD LOSES HIS JOB"]),
    ]

    @Test(arguments: nonActors)
    func ignores(_ c: NonActorCase) {
        let analysis = TextAnalyzer().analyze(c.text)
        let mentions = ActorRecognizer().mentions(in: analysis)
        for word in c.forbidden { #expect(!mentions.contains { $0.text == word }, "\(word) came out as a mention") }
        if c.text.contains("judge Huawei") {
            #expect(mentions.first { $0.text == "Huawei" }?.kind != .person)
        }
    }

    /// A short form refers back to a full name written before it, never to
    /// one the article introduces only after using the short form alone.
    @Test func shortFormJoinsOnlyAFullNameWrittenBeforeIt() {
        func ids(_ text: String) -> [String] {
            ActorRecognizer().mentions(in: TextAnalyzer().analyze(text)).filter { $0.text == "Obama" }.map(\.actorID)
        }
        let president = ids("President Obama visited the Gulf coast on Friday. First lady Michelle Obama joined him later. Obama said the spill was an assault on the shores.")
        #expect(!president.isEmpty)
        #expect(!president.contains("michelle-obama"))
        #expect(ids("Michelle Obama visited a school in Florida on Friday. Obama told pupils to eat well.") == ["michelle-obama"])
    }

    @Test func mentionsAreOrderedAndDisjoint() {
        let text = "US President Donald Trump had vented “apoplectic” rage at the prime minister, Sky News said."
        let mentions = ActorRecognizer().mentions(in: TextAnalyzer().analyze(text))
        #expect(mentions.map(\.text) == ["US", "Donald Trump", "Sky News"])
        for (x, y) in zip(mentions, mentions.dropFirst()) { #expect(x.span.end <= y.span.start) }
    }
}
