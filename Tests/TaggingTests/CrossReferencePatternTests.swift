import DwarsModel
import Foundation
import Testing
import TestSupport

@testable import Tagging

/// The cross-reference patterns added after the first rule set, each on Dutch sentences written for
/// these tests. Markers sit on the lines where a reference must start.
@Suite struct CrossReferencePatternTests {
    @Test func everyItemOfAListOfSourcesIsAReference() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Vertrekpunten

            De werkgroep heeft veel voorwerk gebruikt. Hieronder de belangrijkste brondocumenten:

            - 1️⃣Thuis in de wijk, een verkenning van het Kenniscentrum Wijkzorg over lokale teams.
            - 2️⃣Samen aan tafel: handreiking voor gesprekken met ouders
            - 3️⃣Het landelijke programma Kortere wachtlijsten.

            De werkgroep maakt de volgende afspraken:

            - Gemeenten melden elke maand hun wachttijden
            - Aanbieders leveren een vaste contactpersoon
            """)
        let surfaces = items.compactMap(\.surface)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "Thuis in de wijk, een verkenning van het Kenniscentrum Wijkzorg over lokale teams." }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "Samen aan tafel: handreiking voor gesprekken met ouders" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface == "Het landelijke programma Kortere wachtlijsten." }, "\(surfaces)")
        #expect(!surfaces.contains { $0.contains("wachttijden") || $0.contains("contactpersoon") }, "\(surfaces)")
    }

    @Test func aShortParenthesisAfterAPointerSaysWhatItNames() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Inkoop

            De regio's volgen 1️⃣maatregel B7 (vaste contactpersonen per gezin) bij de inkoop.
            Ook 2️⃣tabel 3 (bedragen per regio, zonder de PM-posten) blijft het vertrekpunt.
            Daarnaast geldt 3️⃣maatregel B9 (kortere wachttijden, een vaste termijn voor de toegang en minder administratieve lasten).
            """)
        let surfaces = items.map { ($0.line, $0.surface ?? "") }
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "maatregel B7 (vaste contactpersonen per gezin)" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "tabel 3 (bedragen per regio, zonder de PM-posten)" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface == "maatregel B9" }, "\(surfaces)")
    }

    @Test func anAgendaItemWithItsAnnexNoteIsOneReference() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Agenda overleg regio Noord

            1️⃣4) Planning van de werkgroepen, na de zomer herzien
            (bijlage 3)

            2️⃣b. Overzicht van de budgetten per gemeente (zie bijlage B). Ter bespreking.
            """)
        let surfaces = items.map { ($0.line, $0.surface ?? "") }
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface?.hasSuffix("Planning van de werkgroepen, na de zomer herzien (bijlage 3)") == true }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface?.hasSuffix("Overzicht van de budgetten per gemeente (zie bijlage B)") == true }, "\(surfaces)")
        #expect(items.count == 2, "\(surfaces)")
    }

    @Test func aListOfAttachmentsInOneParagraphIsOneReferencePerAttachment() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Bijlage A — Overzicht van de regio's

            Meegestuurd met deze brief:
            1️⃣Bijlage 2 - Verslag overleg regio Noord 4 mei 2022 2️⃣Bijlage 3 - Planning werkgroep Toegang
            """)
        let surfaces = items.map { ($0.line, $0.surface ?? "") }
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "Bijlage 2 - Verslag overleg regio Noord 4 mei 2022" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "Bijlage 3 - Planning werkgroep Toegang" }, "\(surfaces)")
        #expect(!items.contains { $0.line == 1 }, "\(surfaces)")
    }

    @Test func aSentenceSayingWhatTheAnnexHoldsIsAPointer() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Kosten

            De kosten stijgen. 1️⃣De berekening per gemeente is in de bijlage verder toegelicht.
            2️⃣Als bijlage bij deze notitie vindt u het overzicht van de wachttijden, dat maandelijks verschijnt.
            Gemeenten sturen hun cijfers in 3️⃣bijlage 4 van het verslag.
            """)
        let surfaces = items.map { ($0.line, $0.surface ?? "") }
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "De berekening per gemeente is in de bijlage verder toegelicht" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "Als bijlage bij deze notitie vindt u het overzicht van de wachttijden" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface?.contains("bijlage 4") == true }, "\(surfaces)")
    }

    @Test func reportsNamedByTheirCommissionOrTitle() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Achtergrond

            De regio volgt 1️⃣het rapport van de commissie Jansen over de kosten van de wijkteams.
            2️⃣In het rapport Kortere wachttijden jeugdhulp Noord staan drie scenario's voor de toegang.
            Ook 3️⃣het rapport `Samen aan de slag' van Movisie beschrijft de werkwijze van de teams.
            Het rapport is in het voorjaar besproken.
            """)
        let surfaces = items.map { ($0.line, $0.surface ?? "") }
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "het rapport van de commissie Jansen" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "het rapport Kortere wachttijden jeugdhulp Noord" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface?.contains("`Samen aan de slag'") == true }, "\(surfaces)")
        #expect(items.count == 3, "\(surfaces)")
    }

    @Test func aHeadingNamingSourcesAnnouncesTheBulletsUnderIt() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Overige te gebruiken rapporten en adviezen

            - 1️⃣Movisie-rapport 'Sterke teams in de wijk'
            - 2️⃣Handreiking kortere wachttijden van de regio Noord

            Uitwerking bronnen vraag 2

            - Vaste contactpersoon per gezin
            - Minder wisselingen in de teams
            """)
        let surfaces = items.map { ($0.line, $0.surface ?? "") }
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.surface == "Movisie-rapport 'Sterke teams in de wijk'" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "Handreiking kortere wachttijden van de regio Noord" }, "\(surfaces)")
        #expect(items.count == 2, "\(surfaces)")
    }

    @Test func aWorkingGroupThatWorksSomethingOutIsAPointer() throws {
        let (items, lines) = try TagFixture.xrefs("""
            Toegang

            1️⃣De Werkgroep Data en Monitoring zal de indicatoren verder uitwerken in een voorstel, daarna volgt overleg.
            2️⃣Daarvan zal de Werkgroep Inkoop een nadere uitwerking geven in het najaar.
            3️⃣De Werkgroep Toegang heeft beschreven hoe de wijkteams werken.
            De werkgroep vergadert elke maand.
            """)
        let surfaces = items.map { ($0.line, $0.surface ?? "") }
        #expect(!items.contains { $0.line == lines["1️⃣"] }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.surface == "Daarvan zal de Werkgroep Inkoop een nadere uitwerking geven in het najaar" }, "\(surfaces)")
        #expect(items.contains { $0.line == lines["3️⃣"] && $0.surface == "De Werkgroep Toegang heeft beschreven hoe de wijkteams werken" }, "\(surfaces)")
        #expect(items.count == 2, "\(surfaces)")
    }

    /// The literal prefilter (`xref-pattern-literals.tsv`) only skips work: on the seed corpus the rule
    /// finds the same references with and without it.
    @Test(.enabled(if: Shared.runnable)) func thePrefilterChangesNoFinding() throws {
        try Shared.require()
        let rule = try CrossReferenceRule()
        var unfiltered = rule
        unfiltered.usePrefilter = false
        var compared = 0
        for prefix in ["000", "001", "002", "003", "004"] {
            let path = try Shared.corpusFile(prefix)
            let document = try TagFixture.document(try String(contentsOfFile: path, encoding: .utf8),
                                                   name: URL(fileURLWithPath: path).lastPathComponent)
            let with = rule.findings(in: document)
            let without = unfiltered.findings(in: document)
            #expect(with.map { "\($0.line) \($0.surface ?? "")" } == without.map { "\($0.line) \($0.surface ?? "")" }, "\(prefix)")
            compared += with.count
        }
        #expect(compared > 400)
    }
}
