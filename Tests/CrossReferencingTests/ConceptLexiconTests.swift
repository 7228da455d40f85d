@testable import CrossReferencing
import Testing

/// Concept cues on sentences written for these tests.
@Suite("Concept lexicon")
struct ConceptLexiconTests {
    @Test(arguments: [
        ("gezinshuis", "gezinshuize"), ("tarief", "tarieve"), ("schaal", "schale"), ("budget", "budgette"),
        ("kostprijs", "kostprijze"), ("probleem", "probleme"),
    ])
    func cuesBeginTheirInflectedForms(cue: String, form: String) {
        #expect(ConceptLexicon.inflectedStems(of: cue) == [form])
    }

    @Test(arguments: ["wijk", "eis", "regels", "beleid"])
    func cuesWhoseEndDoesNotChangeHaveNoOtherForm(cue: String) {
        #expect(ConceptLexicon.inflectedStems(of: cue).isEmpty)
    }

    @Test(arguments: ["regeldruk", "onderwijs", "aanbested"])
    func anOtherFormIsLongerAndEndsInTheEnding(cue: String) {
        // Such a form may begin no Dutch word at all ("onderwijze"): it only ever adds the cue's own inflections.
        #expect(ConceptLexicon.inflectedStems(of: cue).allSatisfy { $0.hasSuffix("e") && $0.count > cue.count })
    }

    @Test func aPluralWithAChangedStemStillExpressesTheConcept() {
        let lexicon = ConceptLexicon(rows: [["residentieel", "gezinshuis,pleegzorg"], ["tarieven", "kostprijs,reele prijs"]])
        let analyzer = ConceptTermAnalyzer(base: BasicTermAnalyzer(wordList: nil), concepts: lexicon)
        func concepts(_ text: String) -> [String] { analyzer.terms(in: text).filter(\.isConcept).map(\.stem) }
        #expect(concepts("Er komen meer gezinshuizen in de regio.") == ["~residentieel"])
        #expect(concepts("De kostprijzen stijgen.") == ["~tarieven"])
        #expect(concepts("Gemeenten betalen reële prijzen.") == ["~tarieven"])
        #expect(concepts("Het huis staat leeg.").isEmpty)
    }

    @Test func aCompoundPartMatchesAsItStandsInTheWord() {
        // The part "huizen" of "jeugdhuizen" is matched unstemmed, as the analyzer passes it on.
        let lexicon = ConceptLexicon(rows: [["wonen", "huis"]])
        struct Parts: TermAnalyzing {
            func terms(in text: String) -> [Term] {
                [Term(stem: "jeugdhuiz", surface: "jeugdhuizen"),
                 Term(stem: "jeugd", isCompoundPart: true, surface: "jeugdhuizen", part: "jeugd"),
                 Term(stem: "huiz", isCompoundPart: true, surface: "jeugdhuizen", part: "huizen")]
            }
        }
        let terms = ConceptTermAnalyzer(base: Parts(), concepts: lexicon).terms(in: "jeugdhuizen")
        #expect(terms.filter(\.isConcept).map(\.stem) == ["~wonen"])
    }
}
