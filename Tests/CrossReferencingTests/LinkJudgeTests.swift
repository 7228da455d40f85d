import CrossReferencing
import DwarsModel
import Store
import TestSupport
import Testing

/// Stance and relation of links from the wording of their ends, on sentences written for these tests,
/// and links stored once per pair of places.
@Suite("Link stance and relation")
struct LinkJudgeTests {
    let judge = LinkJudge()

    func unit(_ doc: String, _ line: Int, _ text: String, kind: String = "recommendation", context: String = "",
              heading: Bool = false) -> LinkUnit {
        LinkUnit(ref: ItemRef(doc: doc, line: line, id: "\(doc.prefix(1))-\(line)"), kind: kind, text: text,
                 context: context, group: doc, isHeading: heading)
    }

    func link(_ a: LinkUnit, _ b: LinkUnit, _ score: Double = 0.4) -> ItemLink {
        ItemLink(a: a.ref, b: b.ref, score: score, evidence: ["term verwijzing"], sameDocument: a.group == b.group)
    }

    @Test(arguments: [
        ("Wij zijn tegen een eigen bijdrage voor ouders.", Stance.opposes),
        ("De VNG is geen voorstander van een landelijk tarief.", Stance.opposes),
        ("Over deze maatregel bestaat geen overeenstemming tussen Rijk en gemeenten.", Stance.opposes),
        ("Een wachtlijst van een jaar is niet acceptabel.", Stance.opposes),
        ("De gemeenten kunnen niet instemmen met deze korting.", Stance.opposes),
        ("Dit kan alleen onder voorbehoud van extra middelen.", Stance.conditional),
    ])
    func cuesOfTheLexicons(_ text: String, _ expected: Stance) {
        #expect(StanceDetector.load().stance(in: text)?.stance == expected)
    }

    @Test func aWordThatOnlyStartsLikeACueIsNoCue() {
        // "tegenstander" is a cue; "tegen" alone and "bezwaarschrift" are not.
        let detector = StanceDetector.load()
        #expect(detector.stance(in: "Ouders kunnen een bezwaarschrift indienen tegen het besluit.") == nil)
    }

    @Test func anEndThatOpposesMakesTheLinkRelatedAndBecomesB() {
        let measure = unit("a.txt", 12, "Beperking van de verwijzingen door de huisarts (B12)", kind: "measure")
        let answer = unit("b.txt", 40, "Het kabinet wil de verwijzing door de huisarts inperken.",
                          context: "Wij zijn tegen het inperken van de medische verwijsroute.")
        // The passage voices the refusal; the measure is `a` whichever way the link came in.
        for raw in [link(measure, answer), link(answer, measure)] {
            let judged = judge.judge([raw], units: [measure, answer])
            #expect(judged.count == 1)
            #expect(judged.first?.stance == .opposes)
            #expect(judged.first?.relation == .related)
            #expect(judged.first?.b == answer.ref)
            #expect(judged.first?.evidence.contains("stance cue \"zijn tegen\" in the passage of b") == true)
        }
    }

    @Test func endsThatAskForOppositeThingsDisagree() {
        let narrow = unit("a.txt", 5, "Beperk de toegang tot de specialistische jeugdhulp")
        let keep = unit("b.txt", 9, "Verruim de toegang tot de specialistische jeugdhulp")
        let judged = judge.judge([link(narrow, keep)], units: [narrow, keep])
        #expect(judged.first?.stance == .opposes)
        #expect(judged.first?.relation == .related)
        #expect(judged.first?.evidence.contains { $0.hasPrefix("contrast ") } == true)
    }

    @Test func anEndThatOnlyRaisesTheQuestionIsRelated() {
        let ask = unit("a.txt", 20, "Verduidelijk het toezicht op de landelijke kwaliteitseisen")
        let flag = unit("b.txt", 31, "De werkgroep vraagt aandacht voor de vraag wie toezicht houdt op de landelijke kwaliteitseisen.")
        let judged = judge.judge([link(ask, flag, 0.6)], units: [ask, flag])
        #expect(judged.first?.stance == .neutral)
        #expect(judged.first?.relation == .related)
        #expect(judged.first?.b == flag.ref)
    }

    @Test func keepingIsNoRefusalOnItsOwnButOpposesNarrowing() {
        let keep = unit("a.txt", 8, "Handhaaf de huisarts als verwijzer naar de jeugdhulp")
        let agree = unit("b.txt", 14, "De huisarts blijft een belangrijke verwijzer naar de jeugdhulp")
        let narrow = unit("c.txt", 3, "Beperking van de verwijzingen door de huisarts naar gecontracteerd aanbod", kind: "pm")
        let units = [keep, agree, narrow]
        let judged = judge.judge([link(keep, agree, 0.6), link(narrow, keep, 0.5)], units: units)
        func find(_ x: LinkUnit, _ y: LinkUnit) -> ItemLink? { judged.first { Set([$0.a, $0.b]) == Set([x.ref, y.ref]) } }
        #expect(find(keep, agree)?.stance == .supports)
        #expect(find(keep, agree)?.relation == .same)
        #expect(find(narrow, keep)?.stance == .opposes)
        #expect(find(narrow, keep)?.relation == .related)
        let detector = StanceDetector.load()
        #expect(detector.contrastSides(in: keep.text).contrasts(with: detector.contrastSides(in: narrow.text)))
        #expect(!detector.contrastSides(in: keep.text).contrasts(with: detector.contrastSides(in: agree.text)))
        // A text that holds both sides weighs them itself.
        let both = detector.contrastSides(in: "Beperk de lichte hulp en behoud de medische route")
        #expect(!both.contrasts(with: detector.contrastSides(in: narrow.text)))
    }

    @Test func agreeingRecommendationsAreTheSameAMeasureIsSupported() {
        let ask = unit("a.txt", 5, "Stel landelijke kwaliteitseisen op voor aanbieders")
        let alsoAsk = unit("b.txt", 7, "Leg landelijke kwaliteitseisen voor jeugdhulpaanbieders vast")
        let row = unit("c.txt", 3, "Landelijke kwaliteitseisen (B9)", kind: "pm")
        let units = [ask, alsoAsk, row]
        let judged = judge.judge([link(ask, alsoAsk, 0.6), link(row, ask, 0.5), link(alsoAsk, row, 0.3)], units: units)
        func find(_ x: LinkUnit, _ y: LinkUnit) -> ItemLink? {
            judged.first { Set([$0.a, $0.b]) == Set([x.ref, y.ref]) }
        }
        #expect(find(ask, alsoAsk)?.relation == .same)
        #expect(find(ask, alsoAsk)?.stance == .supports)
        #expect(find(row, ask)?.relation == .supports)
        // Weak and silent: no stance, and the ends in reading order.
        #expect(find(alsoAsk, row)?.stance == nil)
        #expect(find(alsoAsk, row)?.a == alsoAsk.ref)
    }

    @Test func linksBetweenTheSamePlacesAreOne() {
        // A table row tagged twice (measure and amount row) at one line, linked from one recommendation.
        let rec = unit("a.txt", 20, "Maak afspraken over de reikwijdte van de jeugdhulp")
        let measure = unit("b.txt", 8, "Afbakening reikwijdte (B2)", kind: "measure")
        var pm = unit("b.txt", 8, "Afbakening reikwijdte (B2)", kind: "pm")
        pm.ref.id = "pm-8"
        let judged = judge.judge(
            [link(rec, measure, 0.35), link(pm, rec, 0.41), link(measure, pm, 0.9)], units: [rec, measure, pm])
        #expect(judged.count == 1)
        #expect(judged.first?.score == 0.41)
        #expect(judged.first?.a == rec.ref)
    }

    @Test func theStoreKeepsEachPairOnceAndGivesTheVoicingEndBack() throws {
        let dir = try Shared.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("links.sqlite").path)
        let x = ItemRef(doc: "a.txt", line: 4, id: "a-4")
        let y = ItemRef(doc: "b.txt", line: 9, id: "b-9")
        let yAlso = ItemRef(doc: "b.txt", line: 9, id: "pm-9")
        // `x` voices the refusal, so it is `b` although it comes first in reading order.
        let opposing = ItemLink(a: y, b: x, score: 0.5, evidence: ["stance cue \"zijn tegen\" in b"],
                                sameDocument: false, stance: .opposes, relation: .related)
        let weaker = ItemLink(a: x, b: yAlso, score: 0.3, evidence: [], sameDocument: false)
        let selfLink = ItemLink(a: y, b: yAlso, score: 1.0, evidence: [], sameDocument: true)
        try store.save(links: [weaker, opposing, selfLink])
        #expect(try store.links() == [opposing])
    }
}
