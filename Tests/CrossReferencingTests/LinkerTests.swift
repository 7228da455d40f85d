import CrossReferencing
import DwarsModel
import Testing

/// Units written for these tests: three short reports on youth care, in Dutch.
func handUnits() -> [LinkUnit] {
    func u(_ doc: String, _ line: Int, _ kind: String, _ text: String, context: String = "", group: String? = nil,
           codes: [String] = [], heading: Bool = false) -> LinkUnit {
        LinkUnit(ref: ItemRef(doc: doc, line: line, id: "\(doc.prefix(1))-\(line)"), kind: kind, text: text,
                 context: context, section: context, group: group ?? doc, bcodes: codes, isHeading: heading)
    }
    return [
        u("a.txt", 10, "recommendation", "Beperk het aantal aanbieders in de jeugdhulp",
          context: "Het aantal jeugdhulpaanbieders is sterk gegroeid. Stel eisen aan nieuwe aanbieders en contracteer minder aanbieders.",
          heading: true),
        u("a.txt", 30, "recommendation", "Stel landelijke kwaliteitseisen vast",
          context: "Gemeenten gebruiken het landelijke kwaliteitskader bij de inkoop van jeugdhulp.", heading: true),
        u("a.txt", 50, "recommendation", "De wachttijden voor de specialistische ggz moeten korter."),
        u("b.txt", 5, "recommendation", "Gemeenten contracteren minder aanbieders en stellen eisen aan de kwaliteit van aanbieders",
          codes: ["B5"]),
        u("b.txt", 40, "recommendation", "Verkort de wachttijden in de specialistische jeugd-ggz"),
        u("c.txt", 7, "pm", "Selectie en contractering (B5)", codes: ["B5"]),
        u("c.txt", 90, "recommendation", "Eisen aan de kwaliteit worden landelijk vastgelegd in een kwaliteitskader",
          group: "c.txt#60"),
    ]
}

@Suite("Linker and backing")
struct LinkerTests {
    let analyzer = BasicTermAnalyzer(wordList: nil)

    @Test func linksFollowSharedMeaningAcrossDocuments() {
        let links = Linker(analyzer: analyzer).link(units: handUnits())
        func linked(_ x: String, _ y: String) -> Bool {
            links.contains { !$0.sameDocument && ($0.a.id == x && $0.b.id == y || $0.a.id == y && $0.b.id == x) }
        }
        #expect(linked("a-10", "b-5"))
        #expect(linked("a-50", "b-40"))
        #expect(!linked("a-50", "b-5"))
        for link in links {
            #expect(!link.evidence.isEmpty)
            #expect(link.score > 0)
        }
    }

    @Test func backingFromALocationSkipsTheQuerysOwnDocument() {
        let engine = BackingEngine(units: handUnits(), analyzer: analyzer)
        // Line 12 is within 3 of the recommendation at 10.
        let answer = engine.answer(.location(file: "a.txt", line: 12), limit: 5)
        #expect(answer.resolved?.line == 10)
        #expect(answer.results.first?.doc == "b.txt")
        #expect(answer.results.first?.line == 5)
        #expect(!answer.results.contains { $0.doc == "a.txt" })
        #expect(answer.results.first?.evidence.contains("term aanbieders") == true)
    }

    @Test func aCodeListsItsCarriersThenWhatMatchesThem() {
        let engine = BackingEngine(units: handUnits(), analyzer: analyzer)
        let answer = engine.answer(.code("B5"), limit: 6)
        let carriers = answer.results.prefix(2).map(\.id).sorted()
        #expect(carriers == ["b-5", "c-7"])
        #expect(answer.results.dropFirst(2).contains { $0.doc == "a.txt" && $0.line == 10 })
    }

    @Test func subDocumentsOfABundleBackEachOther() {
        var units = handUnits()
        units.append(LinkUnit(ref: ItemRef(doc: "c.txt", line: 8, id: "c-8"), kind: "recommendation",
                              text: "Leg de kwaliteitseisen landelijk vast in een kwaliteitskader", group: "c.txt#1"))
        units[5].group = "c.txt#1"
        let engine = BackingEngine(units: units, analyzer: analyzer)
        let answer = engine.answer(.location(file: "c.txt", line: 90), limit: 5)
        #expect(!answer.results.contains { $0.doc == "c.txt" && $0.line == 90 })
        #expect(answer.results.contains { $0.doc == "c.txt" && $0.line == 8 })
    }

    @Test func consensusItemsAreStableAndSpanDocuments() {
        let units = handUnits()
        let links = Linker(analyzer: analyzer).link(units: units)
        let first = ConsensusBuilder(threshold: 0.2).build(links: links, units: units)
        let second = ConsensusBuilder(threshold: 0.2).build(links: links.reversed(), units: units.reversed())
        #expect(!first.isEmpty)
        #expect(first == second)
        for item in first {
            #expect(item.id.hasPrefix("C-"))
            #expect(Set(item.members.map(\.doc)).count >= 2)
            #expect(!item.label.isEmpty && item.label.count <= 72)
        }
    }

    @Test(arguments: [
        ("Wij zijn geen voorstander van dit voorstel", Stance.opposes),
        ("Dit kan, mits de middelen er zijn", Stance.conditional),
        ("De werkgroep vraagt aandacht voor de handhaving", Stance.neutral),
    ])
    func stanceCues(_ text: String, _ expected: Stance) {
        #expect(StanceDetector.load().stance(in: text)?.stance == expected)
    }

    @Test func plainSentencesVoiceNoStance() {
        #expect(StanceDetector.load().stance(in: "Gemeenten kopen jeugdhulp in bij aanbieders.") == nil)
        #expect(StanceDetector.load().stance(in: "Handhaaf de medische verwijsroute") == nil)
    }

    /// Units on foster care in two reports, with unrelated ones beside them so the words are rare.
    func fosterUnits() -> [LinkUnit] {
        func u(_ doc: String, _ line: Int, _ text: String) -> LinkUnit {
            LinkUnit(ref: ItemRef(doc: doc, line: line, id: "\(doc.prefix(1))-\(line)"), kind: "recommendation",
                     text: text, group: doc)
        }
        return handUnits() + [
            u("f.txt", 1, "Verhoog de vergoeding voor pleegouders"),
            u("f.txt", 20, "Bied pleeggezinnen meer begeleiding bij moeilijke plaatsingen en verhoog de vergoeding voor pleegouders"),
            u("f.txt", 40, "Pleeggezinnen krijgen meer begeleiding bij moeilijke plaatsingen en pleegouders een hogere vergoeding"),
            u("g.txt", 3, "Pleeggezinnen hebben meer begeleiding nodig bij moeilijke plaatsingen, pleegouders een hogere vergoeding"),
            u("h.txt", 5, "Investeer in de opleiding van jeugdprofessionals"),
            u("h.txt", 9, "Maak de administratieve lasten voor zorgaanbieders kleiner"),
            u("k.txt", 2, "Verbeter de samenwerking tussen onderwijs en jeugdhulp op school"),
            u("k.txt", 8, "Zorg voor voldoende woonplekken voor jongvolwassenen na hun achttiende"),
        ]
    }

    @Test func aOneSidedMatchIsNoLinkAMutualOneIs() {
        func linked(_ links: [ItemLink], _ x: String, _ y: String) -> Bool {
            links.contains { !$0.sameDocument && Set([$0.a.id, $0.b.id]) == Set([x, y]) }
        }
        var open = LinkWeights.load()
        open.linkReverseRank = 0
        // f-1 is short and damped: a low bar, so only the reverse check can drop its link.
        open.linkThreshold = 0.2
        var mutual = open
        mutual.linkReverseRank = 2
        mutual.linkReverseOpenScore = 9
        let loose = Linker(analyzer: analyzer, weights: open).link(units: fosterUnits())
        let strict = Linker(analyzer: analyzer, weights: mutual).link(units: fosterUnits())
        // f-1 finds g-3 best, but g-3 matches f-20 and f-40 better than f-1.
        #expect(linked(loose, "f-1", "g-3"))
        #expect(!linked(strict, "f-1", "g-3"))
        #expect(linked(strict, "f-40", "g-3") || linked(strict, "f-20", "g-3"))
        #expect(strict.count < loose.count)
    }
}
