import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// The position rule on Dutch sentences written for these tests (the gold has no positions yet).
@Suite struct PositionRuleTests {
    static let rule: PositionRule? = try? PositionRule.standard()

    func positions(_ text: String) throws -> [[TaggedItem]] {
        let rule = try #require(Self.rule)
        return try MeasureFixture.documents(text).map { rule.findings(in: $0) }
    }

    @Test(
        arguments: [
            ("De VNG steunt het voorstel om maatregel B12 in te voeren.", ["gemeenten"], Stance.supports, "B12"),
            (
                "Het Rijk kan instemmen met B6, mits de opbrengst jaarlijks wordt gemonitord.", ["rijk"], .conditional,
                "B6"
            ),
            (
                "Voor de aanbieders is een verplichte standaard zonder overgangstermijn niet acceptabel.",
                ["aanbieders"], .opposes, nil
            ),
            (
                "Over maatregel B20 bestaat geen overeenstemming tussen Rijk en VNG.", ["rijk", "gemeenten"], .opposes,
                "B20"
            ),
            ("Cliëntenorganisaties hebben geen bezwaar tegen de uitwerking van B3.", ["clienten"], .supports, "B3"),
            ("De beroepsverenigingen nemen kennis van het voorstel over B18.", ["professionals"], .neutral, "B18"),
            ("Voor deze aanpak is er geen draagvlak bij de gemeenten.", ["gemeenten"], .opposes, nil),
            ("Ouders en jongeren staan achter een landelijke klachtenregeling.", ["clienten"], .supports, nil),
        ] as [(String, [String], Stance, String?)])
    func stanceSentences(sentence: String, parties: [String], stance: Stance, about: String?) throws {
        for found in try positions("Verslag\n\n" + sentence) {
            #expect(found.map(\.party) == parties)
            #expect(found.allSatisfy { $0.stance == stance && $0.about == about && $0.line == 3 })
            #expect(found.first?.text == sentence)
        }
    }

    @Test func sentencesWithoutStanceOrHolderGiveNothing() throws {
        let text = """
            Toelichting

            Gemeenten kopen jeugdhulp in bij aanbieders in hun regio.
            Er is brede consensus in de sector dat het nodig is de positie van ouders te versterken.
            De procedure van bezwaar en beroep blijft ongewijzigd.
            """
        for found in try positions(text) { #expect(found.isEmpty) }
    }

    static let fiche = """
        Fiche maatregel B23

        Concreet voorstel
        De werkgroep stelt voor de uitvoeringsvarianten te standaardiseren.

        Draagvlak binnen de werkgroep
        • Er is een hoge mate van consensus over het verplichten van de varianten.
        • Wel plaatsen de aanbieders de kanttekening dat de invoering tijd kost; zie ook B5.

        Afhankelijkheden
        Er is geen consensus nodig voor de planning.
        """

    @Test func theWerkgroepsStanceUnderItsHeadingIsAboutTheFichesMeasure() throws {
        for found in try positions(Self.fiche) {
            let consensus = found.first { $0.line == MeasureFixture.line(of: "hoge mate", in: Self.fiche) }
            #expect(consensus?.party == "werkgroep")
            #expect(consensus?.stance == .supports)
            #expect(consensus?.about == "B23")
            let remark = found.first { $0.line == MeasureFixture.line(of: "kanttekening", in: Self.fiche) }
            #expect(remark?.party == "aanbieders")
            #expect(remark?.stance == .conditional)
            #expect(remark?.about == "B23", "a 'zie ook' pointer is not what the stance is about")
            #expect(found.count == 2, "after the section a stance sentence without a party is nobody's")
        }
    }
}
