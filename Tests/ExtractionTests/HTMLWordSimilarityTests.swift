import TestSupport
import Testing

/// The shared `WordSimilarity` (TestSupport) checked against figures printed by Python's difflib.
@Suite struct HTMLWordSimilarityTests {
    /// Figures from Python: `difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()`.
    @Test(arguments: [
        ("de raad beveelt aan", "de raad beveelt aan", 1.0),
        ("de raad beveelt aan", "de raad adviseert aan", 0.75),
        ("a b c d", "d c b a", 0.25),
        ("jeugd- en opvoedhulp", "jeugd en opvoedhulp in de regio", 0.6666666666666666),
        ("", "woord", 0.0),
    ])
    func matchesDifflib(a: String, b: String, expected: Double) {
        #expect(abs(WordSimilarity.ratio(a, b) - expected) < 1e-9)
    }

    @Test func wordsAreLowerCasedUnicodeRuns() {
        #expect(
            WordSimilarity.words("Financiële markten, ’s-Gravenhage 2021") == [
                "financiële", "markten", "s", "gravenhage", "2021",
            ])
    }
}
