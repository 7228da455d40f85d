import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// The cross-reference rule on Dutch texts written for these tests. Markers sit on the lines where a
/// reference must start.
@Suite struct XrefRuleTests {
    @Test func pointersInsideTheText() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Toegang

            De wijkteams krijgen een vaste jeugdarts 1️⃣(zie ook punt 4.3). Daarbij is er
            2️⃣samenhang met maatregel B23 over de standaardisatie van de inkoop.
            Het overzicht van de kosten staat 3️⃣in bijlage 2 van deze notitie.
            """)
        let zie = try #require(items.first { $0.surface == "(zie ook punt 4.3)" })
        #expect(zie.line == lines["1️⃣"])
        #expect(zie.targetDoc == "fixture.txt")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface?.hasPrefix("samenhang met maatregel B23") == true })
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface?.contains("bijlage 2") == true })
    }

    @Test func citationsAndLinksInNotes() throws {
        let (items, lines) = try TagFixture.xrefs("""
            De wachttijden zijn sinds 2019 opgelopen.

            1️⃣12 Kinderrechtencollectief (2020) Wachten op hulp. Een verkenning in vier regio's.
            2️⃣13 https://www.voorbeeld.nl/jeugd/wachttijden-2020
            """)
        let note = try #require(items.first { $0.line == lines["1️⃣"] })
        #expect(note.surface == "Kinderrechtencollectief (2020) Wachten op hulp. Een verkenning in vier regio's.")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface?.contains("www.voorbeeld.nl") == true })
        #expect(!items.contains { $0.line == 1 })
    }

    @Test func aCitedTitleResolvesToTheDocumentOfThatTitle() throws {
        let cited = try TagFixture.document("Samen sterker voor de jeugd\n\nDit advies gaat over de jeugd.\n", name: "a.txt")
        let citing = try TagFixture.document(
            "Reactie\n\nWij sluiten aan bij het advies “Samen sterker voor de jeugd” van de raad.\n", name: "b.txt")
        let tagger = Tagger(rules: [try CrossReferenceRule()])
        let found = tagger.tag([cited, citing])[1].filter { $0.kind == .xref }
        let x = try #require(found.first)
        #expect(x.targetDoc == "a.txt")
    }

    @Test func plainSentencesHaveNoReferences() throws {
        let (items, _) = try TagFixture.xrefs("Inleiding\n\nGemeenten en aanbieders werken in de regio samen aan betere zorg.\n")
        #expect(items.isEmpty)
    }

    @Test func aWebAddressPrintedAgainIsOneReference() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Wachtlijsten

            De regio's publiceren hun wachttijden per maand.7

            1️⃣7 Zie: https://www.voorbeeldregio.nl/jeugd/wachttijden-per-maand
            2️⃣https://www.voorbeeldregio.nl/jeugd/wachttijden-per-maand
            """)
        let found = items.filter { $0.surface?.contains("voorbeeldregio.nl") == true }
        #expect(found.count == 1)
        #expect(found.first?.line == lines["1️⃣"])
    }

    @Test func aCapitalisedAnnexOrTableIsAPointerOnlyInsideASentence() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Bijlage C

            Tabel 4

            De bedragen per regio staan in een overzicht (1️⃣Bijlage C bij dit advies).
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface?.contains("Bijlage C") == true })
        #expect(!items.contains { $0.line == 1 || $0.line == 3 })
    }

    @Test func aSeparateDocumentIsAPointerButAnUnnamedOneIsNot() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Toegang

            1️⃣In een aparte notitie is de inzet van de wijkteams verder uitgewerkt. Gemeenten sluiten
            een convenant met de aanbieders en maken een factsheet over de wachttijden.
            """)
        let apart = try #require(items.first { $0.line == lines["1️⃣"] })
        #expect(apart.surface == "In een aparte notitie is de inzet van de wijkteams verder uitgewerkt")
        #expect(apart.targetDoc == "fixture.txt")
        #expect(items.count == 1)
    }

    @Test func aPointerToTwoNumberedItemsIsTwoPointers() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Samenwerking

            Gemeenten spreken een vaste termijn af 1️⃣(zie ook punt 2.1 en 2.4). Daarna volgt de evaluatie.
            2️⃣De aanbevelingen 6 en 7 gaan over de wachttijden in de regio.
            """)
        let first = items.filter { $0.line == lines["1️⃣"] }.compactMap(\.surface)
        #expect(first == ["(zie ook punt 2.1", "en 2.4)"])
        let second = items.filter { $0.line == lines["2️⃣"] }.compactMap(\.surface)
        #expect(second == ["aanbevelingen 6", "en 7 gaan over de wachttijden in de regio"])
    }

    @Test func workingGroupsTheTextBuildsOn() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Inkoop

            De regio's kiezen een vast contractmodel. 1️⃣Dit sluit aan bij de inzet van de werkgroep Data en
            Monitoring. De termijnen worden korter 2️⃣(in afstemming met wkg toegang).
            3️⃣De uitvoering is afhankelijk van de uitkomsten van het traject Wachttijden.
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface?.hasPrefix("Dit sluit aan bij de inzet van de werkgroep Data") == true })
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "(in afstemming met wkg toegang)" })
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface?.contains("het traject Wachttijden") == true })
    }

    @Test func statisticsNotesAndQuotedTermsAreNoSources() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Zorggebruik

            Veel ouders vragen om ‘Eigen regie’ bij de keuze van hulp.3 Dat vraagt een ‘Lerende aanpak’.4

            3 In 2019 kregen ruim 40.000 jeugdigen in de regio een vorm van ambulante hulp.
            1️⃣4 Bron: Jeugdmonitor regio Noord (2020).
            """)
        #expect(items.count == 1)
        #expect(items.first?.line == lines["1️⃣"])
    }

    @Test func sourcesNamedInTheRunningText() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Kosten

            De uitvoeringskosten stijgen 1️⃣volgens een raming van Significant Public met een kwart.
            2️⃣Movisie heeft een berekening gemaakt van de kosten per wijkteam. De regio's volgen
            3️⃣het convenant Passende inzet jeugdhulp. Vaak kiezen zij voor korte trajecten
            4️⃣(bijvoorbeeld Kennisbank Jeugd, 2021). Voor volwassenen geldt de Wet langdurige zorg.
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "volgens een raming van Significant Public" })
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface?.hasPrefix("Movisie heeft een berekening gemaakt") == true })
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface == "het convenant Passende inzet jeugdhulp" }, "\(items.map { ($0.line, $0.surface ?? "") })")
        #expect(items.contains { $0.line == lines["4️⃣"] && $0.surface == "(bijvoorbeeld Kennisbank Jeugd, 2021)" })
        #expect(!items.contains { $0.surface?.contains("langdurige zorg") == true })
    }

    @Test func aListOfSourcesWithAuthorAndTitle() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Geraadpleegde bronnen

            1️⃣Kennisbank Jeugd — Werken in de wijk

            2️⃣Movisie — Samen sterker in de buurt

            Bijlage F — Overzicht van de regio's
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "Kennisbank Jeugd — Werken in de wijk" })
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "Movisie — Samen sterker in de buurt" })
        #expect(items.count == 2)
    }

    @Test func aCitationInParenthesesBelongsToTheReportBeforeIt() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Wijkteams

            Uit 1️⃣een rapport van het SCP (Jansen et al., 2022) blijkt dat wijkteams vaker doorverwijzen.
            De 2️⃣motie Van Dam (36100 XVI, nr. 42) vraagt om een landelijke norm; de motie Bakker steunt dat.
            Meer voorbeelden: 3️⃣zie ook www.wijkteamsvoorbeeld.nl zij werken met vaste contactpersonen.
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "een rapport van het SCP (Jansen et al., 2022)" })
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "motie Van Dam (36100 XVI, nr. 42)" })
        #expect(!items.contains { $0.surface?.contains("Bakker") == true })
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface == "zie ook www.wijkteamsvoorbeeld.nl" })
    }

    @Test func aPluralOrAOneWordQuoteIsNoTitle() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Programma's

            De regionale programma's voor de 'zwaarste' zorg lopen door. In deze brief ‘jeugdhulp’ genoemd.
            Gemeenten gebruiken 1️⃣de handreiking ‘Samen beslissen over hulp’ bij elke aanvraag.
            """)
        #expect(items.count == 1, "\(items.map { $0.surface ?? "" })")
        #expect(items.first?.line == lines["1️⃣"])
    }

    @Test func aSentenceOpeningWithZieAlwaysPoints() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Netwerken

            Jongeren helpen elkaar in lokale groepen. 1️⃣Zie ook de beweging samen sterk.
            Het convenant regelt hoe de regio's de kosten verdelen.
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "Zie ook de beweging samen sterk" })
        #expect(items.count == 1, "\(items.map { $0.surface ?? "" })")
    }
}
