import Testing
import TestSupport

@testable import Tagging

/// Cross-references on the seed gold (tagged once, with the recommendations, by
/// `RecommendationGoldTests`): floors at the level the cross-reference rule reached, so a pattern
/// change that loses ground fails here. The issue bar (F1 >= 0.8) is recorded in
/// `RecommendationGoldTests.issueBars`.
@Suite struct XrefGoldTests {
    @Test(.enabled(if: Shared.runnable)) func crossReferencesKeepTheLevelReached() throws {
        try Shared.require()
        let xref = try #require(try RecommendationGoldTests.scores()["xref"])
        #expect(xref.f1 >= 0.80, "xref F1 \(xref.f1) (P \(xref.precision), R \(xref.recall))")
        #expect(xref.precision >= 0.83, "xref precision \(xref.precision)")
        #expect(RecommendationGoldTests.attribute(xref, "target_doc") >= 0.92)
    }
}
