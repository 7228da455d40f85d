import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// What only looks like a proposal: summaries, pieces of a sentence broken into a list, views of other
/// parties, announcements of the text itself and descriptions with a modal. All sentences are written
/// for these tests in the style of Dutch advisory reports (not copied from the seeds).
@Suite struct RecommendationPrecisionTests {
    /// The recommendations of `sentence` set in a short paragraph (own ones unless `includeReported`).
    func findings(_ sentence: String, includeReported: Bool = false) throws -> [TaggedItem] {
        let text = "Toelichting\n\nDe regio kent al jaren tekorten. \(sentence)\n"
        return try TagFixture.recommendations(text, includeReported: includeReported).items
            .filter { $0.text == sentence }
    }

    @Test(arguments: [
        "In het kort: de agenda moet de jeugdhulp dichter bij het gezin brengen.",
        "Kortom, gemeenten moeten hun inkoop beter op elkaar afstemmen.",
        "Samengevat moet de toegang tot hulp eenvoudiger worden.",
    ])
    func summariesAreNoProposals(sentence: String) throws {
        #expect(try findings(sentence).isEmpty)
    }

    /// The same proposal without the summarising opening still counts (the filter only looks at openings).
    @Test func theSameProposalWithoutSummaryCounts() throws {
        #expect(try findings("Gemeenten moeten hun inkoop beter op elkaar afstemmen.").count == 1)
    }

    /// A lettered list that continues a sentence ("... zodat het kind in staat is:") is one sentence broken
    /// into items; the item ending in "en" is a fragment, not a proposal.
    @Test func listItemEndingInAConjunctionIsAFragment() throws {
        let (items, _) = try TagFixture.recommendations("""
            Maatregelen

            Het is nodig dat de gemeente een passend aanbod doet, zodat het kind in staat is:

            a. veilig thuis op te groeien;
            b. te leren op een school in de buurt, en
            c. mee te doen met vrienden en familie.
            """)
        #expect(!items.contains { $0.text?.hasSuffix(", en") == true || $0.text?.hasSuffix(" en") == true })
    }

    @Test func functionWordRolesLoad() throws {
        let words = try RecommendationFunctionWords.load()
        #expect(words.coordinators.contains("en"))
        #expect(words.infinitiveBlockers.contains("te"))
        #expect(words.fragmentEndings.contains("of"))
        #expect(!words.fragmentEndings.contains("nodig"))
    }
}
