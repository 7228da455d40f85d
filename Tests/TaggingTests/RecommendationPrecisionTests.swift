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

    /// Views the text attributes to other parties are reported, not its own.
    @Test(arguments: [
        "Andere partijen menen dat de wet moet worden aangepast voordat de regio's verder kunnen.",
        "Veel rapporten adviseren dat gemeenten meer moeten samenwerken met de huisartsen.",
        "Om die reden bepleiten veel notities een landelijk kader voor de tarieven van pleegzorg.",
        "Een vaste contactpersoon vinden zowel ouders als scholen van groot belang.",
        "De inspectie vindt het belangrijk dat elke aanbieder een klachtenregeling heeft.",
    ])
    func viewsOfOtherPartiesAreReported(sentence: String) throws {
        #expect(try findings(sentence).isEmpty)
        #expect(try findings(sentence, includeReported: true).first?.reported == true)
    }

    /// Descriptions with a modal or "nodig": consequences, effort, frequency, announcements, intentions
    /// to explore, appositions naming a concern, observations ("We zien dat ..."), and imperative-looking
    /// nouns ("Zorg zal ...", "Deel II").
    @Test(arguments: [
        "Zorgverleners moeten daardoor elke maand andere formulieren invullen.",
        "Voor zo'n omslag in de wijk is tijd voor nodig.",
        "Het gaat om vertrouwen: er is tijd nodig om dat in een regio op te bouwen.",
        "Het vergt soms een aanpak die buiten de eigen regels van de gemeente valt.",
        "Bij dit onderwerp willen we in de volgende paragraaf wat langer stilstaan.",
        "De stuurgroep wil verkennen hoe groot het budget voor de wijkteams zou moeten zijn.",
        "De inkoop, met het beperken van de kosten als belangrijk aandachtspunt, heeft geleid tot veel kleine aanbieders.",
        "We zien dat aanbieders die een regionale taak hebben in de wijk, tekorten hebben en moeten sluiten.",
        "Zorg zal in de komende jaren duurder worden door de vergrijzing van het personeel.",
        "Deel II - Analyse van de cijfers over de jeugdhulp in de regio, 80 pagina's.",
    ])
    func descriptionsWithAModalAreNoProposals(sentence: String) throws {
        #expect(try findings(sentence).isEmpty)
    }

    /// Meta-text about the document, its words and its method.
    @Test(arguments: [
        "Als opstellers van deze notitie willen we heldere adviezen geven aan de gemeenteraden.",
        "In deze analyse willen we vooral kijken naar gezinnen met een laag inkomen.",
        "Als laatste willen we een berekening maken van wat de voorstellen opleveren.",
        "We spreken over de wijk omdat de meeste hulp daar moet worden georganiseerd.",
        "Het is belangrijk om te benoemen dat de cijfers niet volledig zijn.",
        "Het is goed te beseffen dat het om een kleine groep gaat die intensieve hulp nodig heeft.",
        "Het is goed om te beseffen dat een wijkteam niet alle problemen kan oplossen.",
        "Met deze figuur willen we laten zien hoe de stappen op elkaar volgen.",
        "Aan de hand van twee voorbeelden willen we een indruk geven van de nieuwe werkwijze.",
        "Omdat dit woord slechts een voorstel is, gebruiken we in deze notitie nog de oude term.",
        "Deze paragraaf moet gezien worden als een eerste verkenning van de mogelijkheden.",
        "De commissie kan de wethouder adviseren om een onderzoek te laten doen.",
    ])
    func metaTextIsNoProposal(sentence: String) throws {
        #expect(try findings(sentence).isEmpty)
    }

    /// The vetoes leave proposals with the same words alone.
    @Test(arguments: [
        "Gemeenten moeten daarom elke maand dezelfde formulieren gebruiken.",
        "Jongeren die een pgb hebben moeten sneller horen of hun budget wordt verlengd.",
        "Er is meer geld nodig voor de opleiding van pleegouders.",
        "De regio's moeten de komende jaren samen een vast budget voor crisisbedden vastleggen.",
        "Een belangrijk aandachtspunt is dat gemeenten de tarieven tijdig bekendmaken.",
        "Zorg voor een vast aanspreekpunt voor elke school in de wijk.",
        "Deel de kennis over werkzame aanpakken tussen de regio's.",
    ])
    func proposalsNearTheVetoesStillCount(sentence: String) throws {
        #expect(try findings(sentence).count == 1)
    }

    /// A numbered list under "Dilemma's:" names problems: neither its items nor the series count, while
    /// the same items under a proposal lead-in do.
    @Test func problemListsAreNoProposalLists() throws {
        func list(_ leadIn: String) -> String {
            """
            Pleegzorg in de regio

            \(leadIn)

            1. Het aantal pleeggezinnen neemt in de meeste regio's al jaren af.
            2. Gemeenten moeten pleegouders vaak maanden laten wachten op een vergoeding.
            3. Het is voor jongeren lastig om na hun achttiende in het pleeggezin te blijven.
            """
        }
        let problems = try TagFixture.recommendations(list("Dilemma's:")).items
        #expect(!problems.contains { $0.form != "inline-sentence" })
        let reasons = try TagFixture.recommendations(list("Aanleiding voor deze maatregel zijn de volgende knelpunten:")).items
        #expect(!reasons.contains { $0.form != "inline-sentence" })
        let proposals = try TagFixture.recommendations(list("Om deze knelpunten op te lossen stellen we voor:")).items
        #expect(proposals.filter { $0.form != "inline-sentence" }.count == 3)
    }

    /// Observations ("Dit zien we aan de volgende punten:") are evidence, not proposals, though "zien we"
    /// also opens proposal lists ("Als taak voor het Rijk zien we:").
    @Test func observationListsAreNoProposalLists() throws {
        func list(_ leadIn: String) -> String {
            """
            Ontwikkelingen

            \(leadIn)

            • Meer jongeren wonen in een gezinshuis in plaats van een leefgroep.
            • Minder jongeren verblijven in een gesloten instelling dan drie jaar geleden.
            """
        }
        let observed = try TagFixture.recommendations(list("De omslag is begonnen. Dit zien we aan de volgende punten:")).items
        #expect(observed.isEmpty)
        let tasks = try TagFixture.recommendations(list("Als taak voor het Rijk zien we:")).items
        #expect(tasks.count == 2)
    }

    /// The last sentence of a quotation in straight quotes is someone else's words: reported.
    @Test func theEndOfAQuotationIsReported() throws {
        let (items, _) = try TagFixture.recommendations("""
            Toelichting

            Een wethouder zei het zo: "Wij kopen nu per product in. Gemeenten moeten voortaan op resultaat inkopen."
            """, includeReported: true)
        let quoted = items.first { $0.text?.hasPrefix("Gemeenten moeten voortaan") == true }
        #expect(quoted?.reported == true)
        #expect(RecommendationFilter.closesQuotation("Gemeenten moeten op resultaat inkopen\"."))
        #expect(!RecommendationFilter.closesQuotation("Gemeenten moeten \"op resultaat\" inkopen."))
    }

    @Test func functionWordRolesLoad() throws {
        let words = try RecommendationFunctionWords.load()
        #expect(words.coordinators.contains("en"))
        #expect(words.infinitiveBlockers.contains("te"))
        #expect(words.fragmentEndings.contains("of"))
        #expect(!words.fragmentEndings.contains("nodig"))
    }
}
