import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// The measure rule on tables and sentences written for these tests (Dutch, in the style of the
/// Hervormingsagenda papers, not copied from them).
@Suite struct MeasureRuleTests {
    static let rule: MeasureRule? = try? MeasureRule.standard()

    func measures(_ text: String) throws -> [[TaggedItem]] {
        let rule = try #require(Self.rule)
        return try MeasureFixture.documents(text).map {
            rule.findings(in: $0).sorted { ($0.line, $0.bcode ?? "") < ($1.line, $1.bcode ?? "") }
        }
    }

    static let table = """
        Tabel 3 Overzicht van maatregelen met verwachte opbrengst 2022-2028

        2022 2023 2024 2025 2026 2027 2028

        Afbakening van de reikwijdte (82) \t 10 \t20 \t30 \t40 \t40 \t40 \t40

        Versterking bestaanszekerheid 0B151 \t PM \tPM \tPM \tPM \tPM \tPM \tPM

        Normaliseren voogdij ondersteuning (1318) \t PM \t4 \t8 \t12 \t12 \t12 \t12

        Tariefdifferentiatie en selectie en contractering (86 en 85) \t Pm \tPM \t-5 \t-5 \t1.020 \t1.020 \t1.020

        Kwaliteitsagenda en kwaliteitscyclus \t PM \tPM \tPM \tPM \tPM \tPM \tPM

        Totaal \t 10 \t24 \t33 \t47 \t1.072 \t1.072 \t1.072
        """

    @Test func garbledCodesInTableRowsAreResolvedByTheirNames() throws {
        for found in try measures(Self.table) {
            let coded = found.filter { $0.bcode != nil }
            #expect(coded.map(\.bcode) == ["B2", "B15", "B18", "B5", "B6"])
            #expect(coded.first?.surface == "(82)")
            #expect(coded.first?.line == MeasureFixture.line(of: "Afbakening", in: Self.table))
            #expect(found.contains { $0.bcode == nil && $0.name == "Kwaliteitsagenda en kwaliteitscyclus" })
            #expect(!found.contains { $0.name == "Totaal" })
        }
    }

    static let prose = """
        Toelichting bij de werkgroepen

        De werkgroep heeft de maatregelen B3 en B12 verder uitgewerkt in een eigen notitie.
        Voor de uitwerking van de inkoop verwijzen we naar fiche 823, die in januari volgt.
        In 2023 zijn 85 gemeenten met de pilot gestart (zie tabel 1, rij 13).
        Maatregel B31 is na het overleg nieuw toegevoegd.

        Relatie met de maatregelen uit de tabel van de commissie:

        - Normeren behandelduur
        - regionalisering
        - Een nieuwe manier van samenwerken in de wijk

        Betrek hierbij ook het onderwerp 'vereenvoudiging jeugdbeschermingsketen' uit de uitspraak.
        """

    @Test func codesAndNamedMeasuresInRunningText() throws {
        for found in try measures(Self.prose) {
            let line = { (needle: String) in MeasureFixture.line(of: needle, in: Self.prose) }
            #expect(found.contains { $0.bcode == "B3" && $0.surface == "B3" && $0.line == line("B3 en B12") })
            #expect(found.contains { $0.bcode == "B12" && $0.line == line("B3 en B12") })
            #expect(
                found.contains { $0.bcode == "B23" && $0.surface == "823" }, "a garbled code right after a cue word")
            #expect(
                !found.contains { $0.bcode == "B5" || $0.bcode == "B13" && $0.surface != nil }, "numbers are not codes")
            #expect(found.contains { $0.bcode == "B31" && $0.name == nil }, "an unknown code is still a code")
            #expect(
                found.contains { $0.bcode == nil && $0.name == "Normeren behandelduur" && $0.line == line("Normeren") })
            #expect(found.contains { $0.bcode == "B3" && $0.surface == nil && $0.line == line("- regionalisering") })
            #expect(!found.contains { $0.line == line("Een nieuwe manier") })
            #expect(
                found.contains { $0.bcode == "B13" && $0.surface == nil && $0.line == line("jeugdbeschermingsketen") })
            #expect(found.count == 7)
        }
    }

    static let brokenRows = """
        Maatregelen 2022 2023 2024 2025 2026 2027 2028
        Inperken PM PM PM PM PM PM PM
        lichte zorgvormen en
        niet werkende of schadelijke
        interventies uitsluiten B1 en B8
        Afbakening -20 -40 -60 -80 -80 -80 -80
        Reikwijdte B2
        """

    @Test func rowsBrokenOverLinesAndAMisprintedCodeInAPair() throws {
        for found in try measures(Self.brokenRows) {
            let codeLine = MeasureFixture.line(of: "B1 en B8", in: Self.brokenRows)
            #expect(found.map(\.bcode) == ["B1", "B7", "B2"], "B8 names nothing here; the row spells B7's name")
            #expect(found.first?.line == codeLine)
            #expect(found.last?.line == MeasureFixture.line(of: "Reikwijdte B2", in: Self.brokenRows))
        }
    }

    @Test(arguments: [
        ("(816)", "Versterken normale leven/veerkracht jeugdigen en hun omgeving", ["B16"]),
        ("03131", "Vereenvoudiging jeugdbeschermingsketen", ["B13"]),
        ("182)", "Afbakening reikwijdte", ["B2"]),
        ("(8191.", "Inzet en verwijzen volwassen GGZ", ["B19"]),
        ("(820-822)", "Vergroten kostenbewustzijn/invoering eigen bijdragen", ["B20", "B21", "B22"]),
        ("(BB,", "Zaken vanuit de Jeugdwet niet meer te doen", ["B8"]),
        ("(86)", "Regionalisering", []),
    ])
    func codeReadingsNeedTheirName(code: String, name: String, expected: [String]) throws {
        let rule = try #require(Self.rule)
        #expect(rule.codes.mentions(in: "\(name) \(code)").map(\.code) == expected)
    }
}

extension MeasureRuleTests {
    @Test(arguments: [
        ("De maatregelen B20 t/m B22 worden samen uitgewerkt.", ["B20", "B21", "B22"]),
        ("Zie de fiches B5/B6 en de notitie over maatregel B 16.", ["B5", "B6", "B16"]),
        ("In de jaren 2022-2024 stijgen de kosten met 13 procent (zie B-lijst).", []),
    ])
    func printedCodeVariants(sentence: String, expected: [String]) throws {
        let rule = try #require(Self.rule)
        #expect(rule.codes.mentions(in: sentence).map(\.code) == expected)
    }
}

extension MeasureRuleTests {
    @Test func strictReadingLeavesNamedMeasuresUncoded() throws {
        var rule = try #require(Self.rule)
        rule.codesFromNames = false
        for document in try MeasureFixture.documents(Self.prose) {
            let found = rule.findings(in: document)
            #expect(found.contains { $0.bcode == nil && $0.name == "Regionalisering" })
            #expect(found.filter { $0.surface == nil }.allSatisfy { $0.bcode == nil })
            #expect(found.contains { $0.bcode == "B12" })
        }
    }
}
