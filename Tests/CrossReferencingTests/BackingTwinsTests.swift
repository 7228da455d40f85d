@testable import CrossReferencing
import DwarsModel
import Testing

/// Twins: a summary that restates the headings of a report, written for these tests in Dutch.
@Suite("Backing twins")
struct BackingTwinsTests {
    func unit(_ line: Int, _ text: String, heading: Bool = true, context: String = "") -> LinkUnit {
        LinkUnit(ref: ItemRef(doc: "k.txt", line: line, id: "k-\(line)"), kind: "recommendation", text: text,
                 context: context, section: context, group: "k.txt", isHeading: heading)
    }

    /// The report: two headings with their body, then a summary restating them in other case and inflection.
    var units: [LinkUnit] {
        [
            unit(10, "2.1 VERBREDEN: BIEDT INTEGRALE STEUN AAN OPTIMAAL OPGROEIEN",
                 context: "Gemeenten bieden steun die verder gaat dan de jeugdhulp alleen, met aandacht voor school en inkomen."),
            unit(14, "Gemeenten kijken naar het hele gezin en niet alleen naar het kind.", heading: false),
            unit(30, "2.2 VERSMALLEN: STEL LANDELIJKE KWALITEITSEISEN",
                 context: "Het veld stelt eisen op die gemeenten bij de inkoop gebruiken."),
            unit(34, "Een landelijk kwaliteitskader helpt gemeenten bij de inkoop.", heading: false),
            unit(60, "1. Verbreden: bied integrale steun aan optimaal opgroeien;"),
            unit(61, "2. Versmallen: stel landelijke kwaliteitseisen;"),
            unit(62, "3. Versterk de positie van jongeren in de zorg;"),
        ]
    }

    @Test func summaryItemsPointAtTheHeadingsTheyRestate() {
        let twins = BackingEngine.twins(of: units, similarity: 0.6)
        #expect(twins[4] == 0, "summary item 1 -> heading 2.1")
        #expect(twins[5] == 2, "summary item 2 -> heading 2.2")
        #expect(twins[0] == nil && twins[2] == nil, "headings are heads")
        #expect(twins[6] == nil, "a summary item without its heading stays")
        #expect(twins[1] == nil && twins[3] == nil, "body sentences are no twins")
    }

    @Test func fullSimilarityNeedsTheSameWords() {
        let twins = BackingEngine.twins(of: units, similarity: 1.0)
        #expect(twins[5] == 2, "same words, other case and numbering")
        #expect(twins[4] == nil, "'bied' and 'biedt' differ: the same words only at 0.6")
        #expect(BackingEngine.twins(of: [units[2], unit(61, "2. Versmallen: stel landelijke kwaliteitseisen op voor de inkoop;")],
                                    similarity: 1.0).isEmpty, "more words: no twin at 1.0")
    }
}
