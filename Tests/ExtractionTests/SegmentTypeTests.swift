import DwarsModel
import Extraction
import Foundation
import Testing

/// Sub-document types in a bundle decided by the fields of a document's opening, on a bundle written
/// for the test (pages separated by form feeds).
@Suite struct SegmentTypeTests {
    static let pages: [[String]] = [
        [
            "Agenda Bestuurlijk Overleg Jeugd en Onderwijs",
            "1. Opening en mededelingen",
            "2. Vaststelling van de agenda",
            "3. Voortgang van de werkgroepen.",
        ],
        [
            "Verslag van het overleg van 3 maart 2022",
            "Aanwezig",
            "Wethouders van vier gemeenten en de directeur Jeugd.",
            "De voorzitter opent de vergadering om tien uur.",
        ],
        [
            "Ministerie van Onderwijs, Cultuur en Wetenschap",
            "Betreft",
            "Vergaderdatum en tijd",
            "Vergaderplaats",
            "Deelnemers overleg",
            "Gemeente Zwolle",
            "1) Opening en mededelingen",
            "2) Stand van zaken onderwijszorg.",
        ],
        [
            "Werkgroep Wonen en Zorg Onderdeel",
            "Het probleem is het tekort aan plekken voor jongeren die zelfstandig gaan wonen.",
            "Probleemanalyse",
            "Jongeren blijven te lang in een instelling omdat er geen woning is.",
            "Maatregel",
            "Gemeenten reserveren een deel van de sociale huurwoningen.",
            "Kanttekeningen:",
            "Het aanbod verschilt sterk per regio.",
        ],
        [
            "Werkgroep Onderwijs en Jeugdhulp",
            "Probleemstelling",
            "Scholen en jeugdhulp werken nog te weinig samen in de klas.",
            "Kerntaken van de werkgroep",
            "De werkgroep brengt in kaart welke afspraken er al zijn.",
        ],
        [
            "Bijlage 1 Deelnemers van de werkgroepen",
            "Een overzicht van alle deelnemers per werkgroep.",
        ],
    ]

    static var text: String { pages.map { $0.joined(separator: "\n\n") }.joined(separator: "\n\u{0C}") + "\n" }

    @Test func openingFieldsTypeTheDocument() throws {
        let document = try Extractor().extract(data: Data(Self.text.utf8), path: "bundel.txt")
        let types = document.segments.map(\.type)
        #expect(types == ["agenda", "verslag", "agenda", "fiche", "taakopdracht", "bijlage"], "\(document.segments)")
    }

    @Test func aLetterheadWithoutMeetingFieldsStaysALetter() throws {
        var pages = Self.pages
        pages[2] = ["Ministerie van Onderwijs, Cultuur en Wetenschap", "Betreft", "Nieuwe afspraken over onderwijszorg.",
            "Wij informeren u over de afspraken die zijn gemaakt."]
        let text = pages.map { $0.joined(separator: "\n\n") }.joined(separator: "\n\u{0C}") + "\n"
        let document = try Extractor().extract(data: Data(text.utf8), path: "bundel.txt")
        #expect(document.segments.count == 6)
        #expect(document.segments.dropFirst(2).first?.type == "brief")
    }
}
