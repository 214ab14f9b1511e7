import Testing
@testable import TimelineKit

@Suite struct MergeTests {
    let merger = EventMerger()

    func mention(_ doc: String, _ type: String, _ sentence: String, actors: [String], date: TimeValue?,
                 basis: EventDateBasis = .stated, start: Int = 0, present: Bool = false,
                 reported: Bool = false, timex: Bool = true) -> EventMention {
        EventMention(documentID: doc, trigger: TextSpan(start, start + 1), triggerText: "x", type: type,
                     summary: sentence, actors: actors, date: date, dateExplanation: "\(date?.value ?? "none") in \(doc)",
                     dateBasis: basis, timex: timex ? TextSpan(start, start + 2) : nil,
                     sentence: TextSpan(start, start + sentence.utf8.count), sentenceText: sentence,
                     isReported: reported, isPresentTense: present)
    }

    /// A mention of `type` said by `speaker` (the agent), naming `others` too.
    func saying(_ doc: String, _ type: String, _ sentence: String, speaker: String, others: [String] = [],
                date: TimeValue) -> EventMention {
        var m = mention(doc, type, sentence, actors: [speaker] + others, date: date)
        m.participants = [Participant(actor: speaker, role: .agent)] + others.map { Participant(actor: $0, role: .other) }
        return m
    }

    @Test func retellingsOfOneArrestMergeAndTheMostPreciseDateWins() {
        let month = TimeValue(year: 2018, month: 12)
        let day = TimeValue(day: Day(year: 2018, month: 12, day: 1))
        let mentions = [
            mention("d1", "arrest", "Canadian authorities arrested Huawei chief financial officer Meng Wanzhou at Vancouver airport",
                    actors: ["canada", "meng-wanzhou", "huawei"], date: month),
            mention("d2", "arrest", "Canadian authorities last December arrested Huawei's CFO Meng Wanzhou at the request of the US",
                    actors: ["canada", "huawei", "meng-wanzhou", "united-states"], date: day, basis: .resolved),
            mention("d2", "arrest", "Polish police arrested sales director Wang Weijing on suspicion of espionage",
                    actors: ["poland", "wang-weijing"], date: TimeValue(year: 2019, month: 1), start: 500),
        ]
        let clusters = merger.clusters(mentions)
        #expect(clusters == [[0, 1], [2]])
        let events = merger.merge(mentions, clusters: clusters, offsetMaps: [:], documentOrder: ["d1": 0, "d2": 1])
        #expect(events.map(\.id) == ["e1", "e2"])
        #expect(events[0].date?.value == "2018-12-01")
        #expect(events[0].sources.map(\.document) == ["d1", "d2"])
        #expect(events[0].actors.first == "canada")
        #expect(events[0].date?.conflicts == [])
    }

    /// A death toll told many ways, with no actor in a core role, is one
    /// event: the same undergoer as written ("people"), numbers aside, on the same day.
    @Test func aTollToldManyWaysIsOneEvent() {
        let day = TimeValue(day: Day(year: 2010, month: 1, day: 12))
        func death(_ doc: String, _ sentence: String, _ who: String, date: TimeValue = day) -> EventMention {
            var m = mention(doc, "death", sentence, actors: ["haiti"], date: date)
            m.arguments = [ArgumentPhrase(role: .patient, text: who, span: TextSpan(0, who.utf8.count))]
            return m
        }
        let mentions = [
            death("d1", "As many as 200,000 people died in the 12 January earthquake.", "As many as 200,000 people"),
            death("d2", "Thousands of people are thought to have died in Tuesday's earthquake.", "Thousands of people"),
            death("d3", "About 45,000-50,000 people have died since Tuesday's earthquake.", "About 45,000-50,000 people"),
            // Another undergoer, another day: other events.
            death("d4", "Three aid workers died in Port-au-Prince on Tuesday.", "Three aid workers"),
            death("d5", "Ten people died in an aftershock on 20 January.", "Ten people", date: TimeValue(day: Day(year: 2010, month: 1, day: 20))),
        ]
        #expect(merger.clusters(mentions) == [[0, 1, 2], [3], [4]])
    }

    /// A retelling with no day of its own ("11 workers were killed", told as
    /// past, on or before its article's day) joins the day it tells, found by
    /// what the two share in a core role: a count told alike ("Eleven",
    /// "11"), a word of the phrase. A different count, different known
    /// actors, or a bound the day is after keep it apart.
    @Test func aRetellingWithNoDayJoinsTheDayItTells() {
        let day = TimeValue(day: Day(year: 2010, month: 4, day: 20))
        func before(_ y: Int, _ m: Int, _ d: Int) -> TimeValue { TimeValue(value: "XXXX", granularity: .other, earliest: nil, latest: Day(year: y, month: m, day: d)) }
        func death(_ doc: String, _ sentence: String, _ who: String, actors: [String] = [], patients: [String] = [],
                   date: TimeValue) -> EventMention {
            var m = mention(doc, "death", sentence, actors: actors + patients, date: date,
                            basis: date.spanInDays == 1 ? .stated : .inferred, timex: date.spanInDays == 1)
            m.participants = patients.map { Participant(actor: $0, role: .patient) }
            m.arguments = [ArgumentPhrase(role: .patient, text: who, span: TextSpan(0, who.utf8.count))]
            return m
        }
        let mentions = [
            death("d1", "An explosion on the Deepwater Horizon rig on 20 April killed 11 workers.", "11 workers", date: day),
            death("d2", "Eleven workers were killed in the blast on the rig.", "Eleven workers", date: before(2010, 6, 21)),
            death("d3", "The explosion killed 11 people and started the leak.", "11 people", date: before(2010, 8, 9)),
            // Another count: another death (a refinery blast of 2005).
            death("d4", "A blast at its Texas City refinery killed 15 workers.", "15 workers", date: before(2010, 7, 15)),
            // Its bound is before the day: it cannot tell it.
            death("d5", "Eleven workers were killed on the rig.", "Eleven workers", date: before(2010, 4, 1)),
            // Told with no bound at all ("a pandemic kills millions"): it may be of any time.
            death("d6", "The blast killed 11 workers on the rig.", "11 workers", date: TimeValue(value: "XXXX", granularity: .other, earliest: nil, latest: nil)),
        ]
        #expect(merger.clusters(mentions) == [[0, 1, 2], [3], [4], [5]])
        // Different people who died on the same day stay apart, whatever the sentences share.
        let arns = death("d7", "Zilda Arns was killed in the earthquake in Port-au-Prince.", "Zilda Arns",
                         patients: ["zilda-arns"], date: TimeValue(day: Day(year: 2010, month: 1, day: 12)))
        let annabi = death("d8", "Hedi Annabi was killed in the earthquake in Port-au-Prince.", "Hedi Annabi",
                           patients: ["hedi-annabi"], date: before(2010, 1, 17))
        #expect(merger.clusters([arns, annabi]) == [[0], [1]])
    }

    /// One speaker announcing the same sum of money on one day made one
    /// announcement, however differently two articles word it; another sum,
    /// or another speaker, is another.
    @Test func oneSpeakerAndOneSumOnOneDayIsOneAnnouncement() {
        let day = TimeValue(day: Day(year: 2010, month: 6, day: 16))
        func announcement(_ doc: String, _ sentence: String, speaker: String, others: [String] = ["bp"]) -> EventMention {
            saying(doc, "announcement", sentence, speaker: speaker, others: others, date: day)
        }
        let mentions = [
            announcement("d1", "On Wednesday, President Obama announced that BP had agreed to set up a $20 billion relief fund that will be led by the administration's \"pay czar,\" Kenneth Feinberg, who oversaw the $7 billion government fund for the victims of the Sept. 11 attacks.", speaker: "obama"),
            announcement("d2", "Early on, attention shifted away from Hayward as lawmakers traded barbs over the agreement President Obama announced on Wednesday with BP for the establishment of a $20 billion relief fund.",
                         speaker: "obama", others: ["hayward"]),
            announcement("d3", "President Obama announced on Wednesday a $100 million fund for oil rig workers idled by the moratorium.",
                         speaker: "obama", others: []),
            announcement("d4", "BP's chairman announced on Wednesday that the company would put $20 billion into the relief fund over four years.", speaker: "carl-henric-svanberg"),
        ]
        #expect(merger.clusters(mentions) == [[0, 1], [2], [3]])
        #expect(EventMerger.sums(in: "pledged $500m (# 346m) to study the spill") == [500, 346])
    }

    /// One speaker's act of speech on one day, told by two articles in words that only
    /// partly overlap, is one act; the same speaker's other act that day, worded apart
    /// or naming another sum, is another, and so are plain sayings.
    @Test func oneSpeakersActOnOneDayToldTwiceIsOneEvent() {
        let day = TimeValue(day: Day(year: 2010, month: 6, day: 11))
        /// As the extractor gives it: the speaker's phrase, the verb as written, the summary.
        func act(_ doc: String, _ type: String, _ sentence: String, speaker: (id: String, phrase: String), verb: String,
                 summary: String, others: [String]) -> EventMention {
            var m = saying(doc, type, sentence, speaker: speaker.id, others: others, date: day)
            m.triggerText = verb
            m.summary = summary
            m.arguments = [ArgumentPhrase(role: .agent, text: speaker.phrase, span: TextSpan(0, 1))]
            return m
        }
        let clegg = (id: "nick-clegg", phrase: "the deputy prime minister, Nick Clegg")
        let mentions = [
            act("d1", "warning", "Earlier, the deputy prime minister, Nick Clegg, warned that a row between Britain and the United States over the oil spill in the Gulf of Mexico risked turning into a futile and destructive bout of \"megaphone diplomacy\".",
                speaker: clegg, verb: "warned", summary: "Nick Clegg warns a row between Britain and the United States over the oil spill",
                others: ["united-kingdom", "united-states"]),
            act("d2", "warning", "Nick Clegg has warned of the risk of 'megaphone diplomacy' with the US over the BP oil spill.",
                speaker: (clegg.id, "Nick Clegg"), verb: "warned",
                summary: "Nick Clegg warns of the risk of 'megaphone diplomacy' with the US over the BP oil spill", others: ["united-states", "bp"]),
            act("d3", "warning", "Nick Clegg warned that cuts to the housing budget would hit families in the north.",
                speaker: (clegg.id, "Nick Clegg"), verb: "warned",
                summary: "Nick Clegg warns cuts to the housing budget would hit families in the north", others: []),
            act("d4", "statement", "Nick Clegg said the row over the oil spill had been overblown by the press.",
                speaker: (clegg.id, "Nick Clegg"), verb: "said",
                summary: "Nick Clegg says the row over the oil spill had been overblown by the press", others: ["bp"]),
            act("d5", "statement", "Clegg said that Britain would send two ships to help clean the Gulf coast after the spill.",
                speaker: (clegg.id, "Clegg"), verb: "said",
                summary: "Nick Clegg says Britain would send two ships to help clean the Gulf coast after the spill", others: ["united-kingdom"]),
        ]
        #expect(merger.clusters(mentions) == [[0, 1], [2], [3], [4]])
    }

    /// Grouping does not depend on the order tellings are read in: one read before the
    /// telling that bridges it to a group joins that group.
    @Test func aTellingBridgedByALaterOneJoinsItsGroup() {
        let day = TimeValue(day: Day(year: 2010, month: 1, day: 29))
        func statement(_ doc: String, _ sentence: String) -> EventMention {
            saying(doc, "statement", sentence, speaker: "edmond-mulet", date: day)
        }
        let mentions = [
            statement("d1", "Edmond Mulet told the BBC that reconstruction would take several decades."),
            statement("d2", "Mr Mulet said reconstruction was not starting at zero, but below zero."),
            statement("d3", "Edmond Mulet told the BBC that reconstruction would take decades and was not starting at zero but below zero."),
            statement("d4", "Mr Mulet said the UN mission had lost 96 staff."),
        ]
        #expect(merger.clusters(mentions) == [[0, 1, 2], [3]])
    }

    /// A quantity with its unit counts as a sum: one speaker giving the same figure on one
    /// day says one thing, however differently it is worded; another figure is another saying.
    @Test func oneSpeakerAndOneQuantityOnOneDayIsOneStatement() {
        let day = TimeValue(day: Day(year: 2010, month: 6, day: 1))
        func statement(_ doc: String, _ sentence: String) -> EventMention {
            saying(doc, "statement", sentence, speaker: "bp", date: day)
        }
        let mentions = [
            statement("d1", "BP said later that it hoped to contain the spill \"within 24 hours\" by sealing the fractured pipe with a cap."),
            statement("d2", "BP said the spill - the largest in US history - might be capped within 24 hours, but success was not guaranteed."),
            statement("d3", "BP said it was burning about 30 million cubic feet of natural gas daily on a ship at the surface."),
            statement("d4", "BP said a plan to handle the remaining damage claims will be in place in 30 to 45 days."),
        ]
        #expect(merger.clusters(mentions) == [[0, 1], [2], [3]])
        #expect(merger.quantities(in: "siphoned 2,200 barrels on 20 April 2010, from 5,000 barrels and 30 to 45 days, $ 20 billion") == [2200, 5000, 45])
    }

    /// One sentence told twice, the agent read differently (a caption glued
    /// before it, an apposition taken for the agent), is one event; two
    /// agents doing alike things in differently worded sentences stay two.
    @Test func oneTellingReadWithTwoAgentsIsOneEvent() {
        let day = TimeValue(day: Day(year: 2010, month: 6, day: 21))
        let mentions = [
            mention("d1", "accusation", "Henry Waxman, a House of Representatives Democrat who is overseeing congressional investigations into the rig disaster, has accused BP of taking safety shortcuts to save money.",
                    actors: ["henry-waxman", "bp"], date: day),
            mention("d2", "accusation", "BP - In Deep Water, BBC One, Monday, 21 June Henry Waxman, a House of Representatives Democrat who is overseeing congressional investigations into the rig disaster, has accused BP of taking safety shortcuts to save money.",
                    actors: ["house-of-representatives", "bp"], date: day),
            mention("d3", "accusation", "Greenpeace accused BP of misleading the public about the size of the leak.",
                    actors: ["greenpeace", "bp"], date: day),
        ]
        #expect(merger.clusters(mentions) == [[0, 1], [2]])
    }

    /// Two speakers' sayings are two, even where one sentence tells both and holds
    /// the other's words ("Benn said ..., but Alan Johnson warned ...").
    @Test func twoSpeakersSayingsStayApart() {
        let day = TimeValue(day: Day(year: 2009, month: 5, day: 4))
        func statement(_ doc: String, _ sentence: String, speaker: String, others: [String]) -> EventMention {
            saying(doc, "statement", sentence, speaker: speaker, others: others, date: day)
        }
        let mentions = [
            statement("d1", "However, Health Secretary Alan Johnson told the BBC he expects a second, more serious, wave of cases later this year.",
                      speaker: "alan-johnson", others: ["bbc"]),
            statement("d2", "Environment Secretary Hilary Benn said on Monday that the outbreak in the UK was less severe than first thought, but Health Secretary Alan Johnson told the BBC he expected a second, more serious, wave of cases later this year.",
                      speaker: "hilary-benn", others: ["united-kingdom", "alan-johnson", "bbc"]),
        ]
        #expect(merger.clusters(mentions) == [[0], [1]])
    }

    /// A page republished days later, its sentence dated only by its own
    /// publication, joins the first telling; the first date stays the
    /// event's, and the copy adds no independent source.
    @Test func aRepublishedCopyJoinsItsFirstTelling() {
        let sentence = "Speaking in Washington, US President Barack Obama vowed unwavering support for Haiti after the disaster."
        let mentions = [
            mention("d1", "offer", sentence, actors: ["barack-obama", "haiti"],
                    date: TimeValue(day: Day(year: 2010, month: 1, day: 13)), basis: .inferred, timex: false),
            mention("d2", "offer", sentence, actors: ["barack-obama", "haiti"],
                    date: TimeValue(day: Day(year: 2010, month: 1, day: 24)), basis: .inferred, timex: false),
            // A short sentence may recur by chance: it does not join across days.
            mention("d1", "decline", "Shares fell.", actors: ["bp"], date: TimeValue(day: Day(year: 2010, month: 1, day: 13)),
                    basis: .inferred, start: 300, timex: false),
            mention("d2", "decline", "Shares fell.", actors: ["bp"], date: TimeValue(day: Day(year: 2010, month: 1, day: 24)),
                    basis: .inferred, start: 300, timex: false),
        ]
        let clusters = merger.clusters(mentions)
        #expect(clusters == [[0, 1], [2], [3]])
        let events = merger.merge(mentions, clusters: clusters, offsetMaps: [:], documentOrder: ["d1": 0, "d2": 1])
        #expect(events[0].date?.value == "2010-01-13")
        let copies = [EventSource(document: "d1", sentence: sentence, start: 0, end: 10),
                      EventSource(document: "d2", sentence: sentence, start: 0, end: 10),
                      EventSource(document: "d3", sentence: "Obama pledged support for Haiti.", start: 0, end: 10)]
        #expect(EventSalience.independentDocuments(copies) == 2)
    }

    @Test func differentTypesOrIncompatibleDatesStayApart() {
        let mentions = [
            mention("d1", "ban", "The UK banned Huawei equipment from its 5G networks", actors: ["united-kingdom", "huawei"],
                    date: TimeValue(year: 2020, month: 7)),
            mention("d2", "ban", "The UK banned Huawei equipment from its 5G networks", actors: ["united-kingdom", "huawei"],
                    date: TimeValue(year: 2019, month: 7)),
            mention("d3", "statement", "The UK banned Huawei equipment from its 5G networks", actors: ["united-kingdom", "huawei"],
                    date: TimeValue(year: 2020, month: 7)),
        ]
        #expect(merger.clusters(mentions) == [[0], [1], [2]])
    }

    @Test func aConflictBetweenSourcesIsKeptAndShown() {
        let members = [
            mention("d1", "arrest", "a", actors: ["x"], date: TimeValue(year: 2018, month: 12)),
            mention("d2", "arrest", "a", actors: ["x"], date: TimeValue(year: 2018, month: 12), start: 10),
            mention("d3", "arrest", "a", actors: ["x"], date: TimeValue(year: 2019, month: 12), start: 20),
        ]
        let (date, winner) = merger.reconcile(members, documentOrder: [:])
        #expect(winner == 0)
        #expect(date?.value == "2018-12")
        #expect(date?.conflicts == [EventDate.Conflict(value: "2019-12", document: "d3")])
    }

    @Test func eventsSortByDateWithUndatedLast() {
        func event(_ summary: String, _ date: TimeValue?) -> TimelineEvent {
            TimelineEvent(id: "", summary: summary, type: "statement",
                          date: date.map { EventDate(value: $0, basis: .stated, explanation: "") }, actors: [], sources: [])
        }
        let before = TimeValue(value: "XXXX", granularity: .other, earliest: nil, latest: Day(year: 2019, month: 5, day: 15))
        let sorted = [event("c", nil), event("b", before), event("a2", TimeValue(year: 2020, month: 7)),
                      event("a1", TimeValue(year: 2018, month: 12))].sorted(by: EventMerger.chronological)
        #expect(sorted.map(\.summary) == ["a1", "a2", "b", "c"])
    }

    @Test func undatedArticleIsBoundedByAPresentTenseEventItShares() {
        let inferrer = PublicationInferrer()
        let pub = Day(year: 2019, month: 5, day: 15)
        let mentions = [
            mention("d1", "offer", "Huawei is offering to sign no-spy agreements with governments", actors: ["huawei"],
                    date: TimeValue(day: pub), basis: .inferred, present: true, reported: true, timex: false),
            mention("d2", "offer", "Huawei is offering to sign no-spy agreements with governments", actors: ["huawei"],
                    date: nil, basis: .inferred, present: true, reported: true, timex: false),
        ]
        let clusters = merger.clusters(mentions)
        #expect(clusters == [[0, 1]])
        let shared = inferrer.sharedEventConstraints(for: ["d2"], mentions: mentions, clusters: clusters, known: ["d1"])
        let publication = inferrer.infer(own: nil, shared: shared["d2"] ?? [])
        #expect(publication?.basis == .inferred)
        #expect(publication?.value.earliest == Day(year: 2019, month: 5, day: 8))
        #expect(publication?.value.latest == Day(year: 2019, month: 5, day: 29))
        #expect(publication?.value.value == "2019-05")
    }

    /// An article that tells a shared event as ahead ("will vote on March 6") was written before it, not after.
    @Test func anEventToldAsAheadBoundsThePublicationFromAbove() {
        let inferrer = PublicationInferrer()
        let vote = Day(year: 2020, month: 3, day: 6)
        var ahead = [
            mention("d1", "vote", "The council will vote on the budget on March 6", actors: ["council"], date: TimeValue(day: vote)),
            mention("d2", "vote", "The council will vote on the budget on Friday", actors: ["council"], date: nil, timex: false),
        ]
        for i in ahead.indices { ahead[i].factuality = Factuality(time: .future, cue: "will") }
        let clusters = merger.clusters(ahead)
        #expect(clusters == [[0, 1]])
        let shared = inferrer.sharedEventConstraints(for: ["d2"], mentions: ahead, clusters: clusters, known: ["d1"])
        #expect(shared["d2"]?.first?.earliest == nil)
        #expect(shared["d2"]?.first?.latest == vote)
    }

    @Test func contradictingSharedEventsYieldToTheArticlesOwnReferences() {
        let inferrer = PublicationInferrer()
        let own = PublicationInferrer.Constraint(earliest: Day(year: 2019, month: 2, day: 1),
                                                 latest: Day(year: 2019, month: 2, day: 28), reason: "own")
        let wrong = PublicationInferrer.Constraint(earliest: Day(year: 2020, month: 1, day: 1), latest: nil, reason: "wrong")
        let publication = inferrer.infer(own: own, shared: [wrong])
        #expect(publication?.value.value == "2019-02")
        #expect(publication?.explanation == "inferred: own")
    }
}

/// The first pass's actor index (``EventMerger/DateSlot``) offers a mention
/// every group whose date its own allows, whatever the two dates' precision.
@Suite struct MergeDateSlotTests {
    static let dates: [TimeValue?] = [
        nil,
        TimeValue(day: Day(year: 2010, month: 4, day: 20)),
        TimeValue(day: Day(year: 2010, month: 4, day: 21)),
        TimeValue(day: Day(year: 2010, month: 5, day: 1)),
        TimeValue(year: 2010, month: 4),
        TimeValue(year: 2010, month: 5),
        TimeValue(year: 2010),
        TimeValue(year: 2011),
        TimeValue(value: "2010-W17", granularity: .week, earliest: Day(year: 2010, month: 4, day: 26),
                  latest: Day(year: 2010, month: 5, day: 2)),
        TimeValue(value: "2009/2010", granularity: .year, earliest: Day(year: 2009, month: 1, day: 1),
                  latest: Day(year: 2010, month: 12, day: 31)),
        TimeValue(value: "after 2010-04-20", granularity: .day, earliest: Day(year: 2010, month: 4, day: 20), latest: nil),
    ]

    @Test func everyCompatibleGroupIsACandidate() {
        for group in Self.dates {
            for mention in Self.dates {
                let compatible = group.flatMap { g in mention.map { g.isCompatible(with: $0) } } ?? true
                let found = !Set(EventMerger.DateSlot.filing(group)).isDisjoint(with: EventMerger.DateSlot.lookup(mention))
                if compatible { #expect(found, "group \(group?.value ?? "none"), mention \(mention?.value ?? "none")") }
            }
        }
    }

    /// A group's date narrows as members join: filed under its earlier, wider
    /// date, it is still found by a mention its narrower date allows.
    @Test func aNarrowedGroupIsStillFound() {
        let merger = EventMerger()
        let year = TimeValue(year: 2010)
        let day = TimeValue(day: Day(year: 2010, month: 3, day: 3))
        func arrest(_ doc: String, _ sentence: String, _ actors: [String], _ date: TimeValue) -> EventMention {
            EventMention(documentID: doc, trigger: TextSpan(0, 1), triggerText: "arrested", type: "arrest", summary: sentence,
                         actors: actors, date: date, dateExplanation: "", dateBasis: .stated, timex: TextSpan(0, 2),
                         sentence: TextSpan(0, sentence.utf8.count), sentenceText: sentence, isReported: false, isPresentTense: false)
        }
        let mentions = [
            arrest("d1", "Police arrested the mayor of Springfield, Joe Quimby, in 2010.", ["police", "joe-quimby"], year),
            arrest("d2", "Joe Quimby, the mayor of Springfield, was arrested by police on 3 March.", ["joe-quimby", "springfield"], day),
            arrest("d3", "Police arrested the mayor of Springfield on Wednesday, 3 March.", ["police"], day),
            arrest("d4", "Police arrested the mayor of Springfield's deputy on 4 March.", ["police"],
                   TimeValue(day: Day(year: 2010, month: 3, day: 4))),
        ]
        #expect(merger.clusters(mentions) == [[0, 1, 2], [3]])
    }
}
