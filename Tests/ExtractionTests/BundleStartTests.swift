import DwarsModel
import Extraction
import Foundation
import Testing

/// Sub-document starts in a bundle that no document-type word opens: a chapter 1 at a page top, a title
/// ending in its genre, a title block naming its body and date. Written for the test; pages are
/// separated by form feeds.
@Suite struct BundleStartTests {
    static let pages: [[String]] = [
        ["Agenda Overleg Wonen en Zorg", "1. Opening en mededelingen", "2. Vaststelling van de agenda", "3. Rondvraag."],
        ["Verslag van het overleg van 4 april 2022", "De voorzitter heet iedereen welkom.", "Er zijn geen mededelingen."],
        ["Fiche maatregel B4", "Korte omschrijving doel maatregel", "Gemeenten bieden jongeren na hun achttiende een woning aan."],
        ["Bijlage 1 Deelnemers", "Een lijst van de gemeenten en aanbieders die meededen.", "Gemeente Deventer", "Gemeente Apeldoorn"],
        [
            "1 Programma woonvoorzieningen",
            "jongeren",
            "Naast de maatregelen uit de fiche heeft de werkgroep gekeken naar de woonvoorzieningen voor jongeren.",
            "Daaruit blijkt dat er in veel regio's te weinig plekken zijn.",
        ],
        ["De gemeenten hebben hierover al afspraken gemaakt met de corporaties.", "Die afspraken lopen tot 2025."],
        [
            "Woonvoorzieningen een korte toelichting",
            "Het programma begint in het voorjaar en loopt twee jaar.",
            "Het richt zich op jongeren die uit een instelling komen.",
        ],
        [
            "Perspectief op wonen en zorg",
            "voor jongeren",
            "Onderdeel werkgroep 3: Wonen en Zorg, Agenda Jeugd",
            "12 mei 2022",
            "De werkgroep schetst hier hoe wonen en zorg beter op elkaar kunnen aansluiten.",
        ],
        [
            "1. Zorg dat elke regio een woonplan heeft",
            "2. Maak afspraken met de corporaties over een vast aantal woningen.",
            "3. Volg de jongeren ook na hun verhuizing.",
        ],
    ]

    static func text(_ pages: [[String]]) -> String {
        pages.map { $0.joined(separator: "\n\n") }.joined(separator: "\n\u{0C}") + "\n"
    }

    @Test func untitledStartsAreFound() throws {
        let document = try Extractor().extract(data: Data(Self.text(Self.pages).utf8), path: "bundel.txt")
        let titles = document.segments.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Programma woonvoorzieningen") }, "\(titles)")
        #expect(titles.contains("Woonvoorzieningen een korte toelichting"), "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Perspectief op wonen en zorg") }, "\(titles)")
        // A continuation page and a list page are no documents.
        #expect(!titles.contains { $0.hasPrefix("De gemeenten hebben") })
        #expect(!titles.contains { $0.hasPrefix("1. Zorg dat") })
        #expect(document.segments.count == 7, "\(titles)")
    }

    @Test func aTitleWithoutDateOrBodyIsNoStart() throws {
        var pages = Self.pages
        pages[7] = ["Perspectief op wonen en zorg", "voor jongeren", "De werkgroep schetst hier hoe wonen en zorg aansluiten."]
        let document = try Extractor().extract(data: Data(Self.text(pages).utf8), path: "bundel.txt")
        #expect(!document.segments.contains { $0.title.hasPrefix("Perspectief op wonen") })
    }
}
