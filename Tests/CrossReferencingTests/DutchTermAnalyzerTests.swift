@testable import CrossReferencing
import Testing

/// The Dutch term analyzer on sentences written for these tests.
@Suite("Dutch term analyzer")
struct DutchTermAnalyzerTests {
    @Test func hyphensTouchingAWordAreKept() {
        let words = DutchTermAnalyzer.hyphenatedWords(in: "kennis- en selectie-eisen, en -voorwaarden - los")
        #expect(words.map(\.word) == ["kennis", "en", "selectie", "eisen", "en", "voorwaarden", "los"])
        #expect(words.map(\.hyphenAfter) == [true, false, true, false, false, false, false])
        #expect(words.map(\.hyphenBefore) == [false, false, false, true, false, true, false])
    }

    @Test(arguments: [
        ("De gemeente maakt een kennis- en innovatieagenda.", "kennisagenda"),
        ("Er komen kwaliteits- en selectie-eisen voor aanbieders.", "kwaliteitseisen"),
        ("Verbeter de arbeidsomstandigheden en -voorwaarden van professionals.", "arbeidsvoorwaarden"),
    ])
    func elidedCompoundsAreSpelledOut(sentence: String, word: String) throws {
        let analyzer = try DutchTermAnalyzer()
        guard analyzer.normalizer.compounds != nil else { return }  // no Dutch word list installed
        #expect(analyzer.terms(in: sentence).contains { $0.surface == word && !$0.isCompoundPart })
    }

    @Test func aDashBetweenWordsElidesNothing() throws {
        let analyzer = try DutchTermAnalyzer()
        let surfaces = Set(analyzer.terms(in: "Het kennisniveau - en dat is nodig - groeit.").map(\.surface))
        #expect(!surfaces.contains { $0.hasPrefix("kennisniveau") && $0 != "kennisniveau" })
        #expect(surfaces.isSuperset(of: ["kennisniveau", "nodig", "groeit"]))
    }
}
