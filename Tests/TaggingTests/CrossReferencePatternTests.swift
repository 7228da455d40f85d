import DwarsModel
import Foundation
import Testing

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
}
