import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// The recommendation rule on Dutch texts written for these tests in the style of advisory reports
/// (not copied from the seeds). Markers (1️⃣ ...) sit on the lines where a finding must start.
@Suite struct RecommendationRuleTests {
    @Test func numberedImperativeHeadingsAreRecommendations() throws {
        let (items, lines) = try TagFixture.recommendations("""
            Aanbevelingen voor de korte termijn

            1️⃣3. Versterk de positie van pleegouders in de regio
            Pleegouders krijgen nu te weinig steun bij de opvoeding van kinderen die bij hen wonen.

            2️⃣2.4 VERSTERKEN: ORGANISEER NABIJE HULP VOOR GEZINNEN

            Gezinnen weten vaak niet waar zij terecht kunnen.
            """)
        let first = try #require(items.first { $0.line == lines["1️⃣"] })
        #expect(first.label == "3")
        #expect(first.text == "Versterk de positie van pleegouders in de regio")
        #expect(first.form == "numbered-heading")
        let second = try #require(items.first { $0.line == lines["2️⃣"] })
        #expect(second.label == "2.4")
        #expect(second.text == "VERSTERKEN: ORGANISEER NABIJE HULP VOOR GEZINNEN")
        #expect(!items.contains { $0.text?.hasPrefix("Pleegouders krijgen") == true })
    }

    @Test(arguments: [
        ("De raad beveelt gemeenten aan de toegang tot opvoedsteun eenvoudiger te maken.", "beveelt ... aan"),
        ("Wij pleiten voor een landelijke regeling voor de reiskosten van pleeggezinnen.", "pleiten voor"),
        ("Wij stellen voor de wachttijden per regio openbaar te maken.", "stellen ... voor"),
        ("Het is nodig dat gemeenten meer jaren vooruit contracten sluiten.", "het is nodig dat"),
        ("De samenwerking tussen school en wijkteam dient verbeterd te worden.", "dient .. te"),
        ("De denktank is van mening dat ouders meer zeggenschap moeten krijgen.", "is van mening dat"),
        ("De werkgroep pleit er daarom voor om de regels voor verlengde jeugdhulp te versoepelen.", "pleit er ... voor"),
    ])
    func inlineProposalCues(sentence: String, cue: String) throws {
        let (items, _) = try TagFixture.recommendations("Inleiding op dit hoofdstuk.\n\nDe regio kent al jaren tekorten. \(sentence)\n")
        let found = try #require(items.first)
        #expect(items.count == 1)
        #expect(found.text == sentence)
        #expect(found.form == "inline-sentence")
        #expect(found.cue == cue)
        #expect(found.line == 3)
    }

    @Test(arguments: [
        "Waarom moeten ouders zo lang wachten op passende hulp?",
        "Veel ouders moeten soms maanden wachten op een plek.",
        "De jongeren krijgen de hulp die zij nodig hebben niet op tijd.",
        "In dit hoofdstuk beschrijven we de knelpunten bij de inkoop.",
    ])
    func questionsAndDescriptionsAreNot(sentence: String) throws {
        let (items, _) = try TagFixture.recommendations("Knelpunten\n\n\(sentence)\n")
        #expect(items.isEmpty, "\(items.map { $0.text ?? "" })")
    }

    @Test func reportedAdviceIsMarkedNotCounted() throws {
        let text = "Achtergrond\n\nDe inspectie adviseerde in 2019 om het toezicht op kleine aanbieders te versterken.\n"
        let (own, _) = try TagFixture.recommendations(text)
        #expect(own.isEmpty)
        let (all, _) = try TagFixture.recommendations(text, includeReported: true)
        #expect(all.count == 1)
        #expect(all.first?.reported == true)
    }

    @Test func labelNounsAndSeriesInADenktankStyleReport() throws {
        let (items, lines) = try TagFixture.recommendations("""
            Samenvatting van de bouwstenen

            1️⃣Bouwsteen 1: een sterke basis in de wijk
            Ouders en school vormen samen de eerste lijn rond het kind.

            2️⃣Uitgangspunt 2: één gezin, één plan
            Hulpverleners werken vanuit een gezamenlijk plan.
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.text?.hasPrefix("Bouwsteen 1:") == true })
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.label == "2" })
    }

    @Test func aGovernmentLettersOwnCommitmentsCount() throws {
        let letter = """
            Geachte voorzitter,

            Met deze brief informeer ik u over de voortgang. Het kabinet zal dit najaar een wetsvoorstel \
            indienen over de reikwijdte van de jeugdhulp. Samen met de VNG gaan we de regionale expertteams \
            versterken.
            """
        let (items, _) = try TagFixture.recommendations(letter)
        #expect(items.count == 2)
        #expect(items.contains { $0.cue == "het kabinet zal" })
        // The same sentences in a text that is not a letter are no commitments.
        let (plain, _) = try TagFixture.recommendations(letter.replacingOccurrences(of: "Geachte voorzitter,", with: "Inleiding"))
        #expect(plain.isEmpty)
    }

    @Test func synopsisItemsRestateTheHeadingsBeforeThem() throws {
        let (text, lines) = TagFixture.parse("""
            2.1 VERSTERK DE JEUGDGEZONDHEIDSZORG OP SCHOOL

            De jeugdarts ziet kinderen nu te weinig.

            2.2 SYNOPSIS

            Voor dit thema stellen we voor:

            1️⃣1. Versterk de jeugdgezondheidszorg op school;
            2️⃣2. Kinderen zien de jeugdarts minstens eens per jaar.
            """)
        let found = try RecommendationRule().findings(in: TagFixture.document(text))
        let items = found.filter { $0.kind == .recommendation }
        #expect(items.filter { $0.form == "synopsis-item" }.map(\.line) == [lines["1️⃣"], lines["2️⃣"]].compactMap { $0 })
        let restates = found.filter { $0.relation == "restates" }
        let heading = try #require(items.first { $0.form == "numbered-heading" })
        #expect(restates.first?.target == heading.id)
        #expect(restates.first?.line == lines["1️⃣"])
    }

    @Test func themesAddresseesAndCodes() throws {
        let (items, _) = try TagFixture.recommendations(
            "Wachtlijsten\n\nHet is nodig dat gemeenten de wachtlijsten bij maatregel B17 elk kwartaal publiceren.\n")
        let found = try #require(items.first)
        #expect(found.themes?.contains("wachttijden") == true)
        #expect(found.addressee?.contains("gemeenten") == true)
        #expect(found.bcodes == ["B17"])
    }
}
