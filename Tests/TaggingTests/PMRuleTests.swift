import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// The amounts-table rule on tables written for these tests in the style of the Commissie van Wijzen
/// overviews (Dutch labels, "PM", negative amounts, thousands with a dot, rows broken by OCR).
@Suite struct PMRuleTests {
    static let rule: PMRule? = try? PMRule.standard()

    func rows(_ text: String) throws -> [[TaggedItem]] {
        let rule = try #require(Self.rule)
        return try MeasureFixture.documents(text).map { rule.findings(in: $0).sorted { $0.line < $1.line } }
    }

    func cells(_ item: TaggedItem?) -> [String] {
        guard let years = item?.years else { return [] }
        return years.keys.sorted().map { key in
            switch years[key] ?? nil {
            case .pm: return "PM"
            case .amount(let v): return v == v.rounded() ? String(Int(v)) : String(v)
            case nil: return "-"
            }
        }
    }

    @Test func oneRowPerLineWithTotals() throws {
        for found in try rows(MeasureRuleTests.table) {
            #expect(found.map(\.bcode) == ["B2", "B15", "B18", "B6+B5", nil, nil])
            #expect(found.allSatisfy { $0.table == "Tabel 3" })
            #expect(cells(found[0]) == ["10", "20", "30", "40", "40", "40", "40"])
            #expect(cells(found[3]) == ["PM", "PM", "-5", "-5", "1020", "1020", "1020"])
            #expect(found[4].name == "Kwaliteitsagenda en kwaliteitscyclus")
            #expect(found[5].name == "Totaal")
            #expect(cells(found[5]) == ["10", "24", "33", "47", "1072", "1072", "1072"])
            #expect(found[5].context?.contains("klopt") == true, "the printed totals equal the sums of the rows")
            #expect(found[0].line == MeasureFixture.line(of: "Afbakening", in: MeasureRuleTests.table))
        }
    }

    static let shortRows = """
        Tabel 4 Geraamde opbrengst per maatregel 2022-2028

        2022 2023 2024 2025 2026 2027 2028

        Normaliseren voogdijondersteuning (B18) \t 5 \t10 \t15 \t20 \t20 \t20

        Een verkenning of de uitstroom uit verblijf kan worden bevorderd en of daarvoor
        maatregelen nodig zijn. \t PM \tPM \tPM \tPM \tPM

        Totaal \t 5 \t10 \t15 \t20 \t2-*0

        PM \t•Pt4 \t•PM \t•PM \t•PM
        """

    @Test func shortRowsAreRightAlignedAndLabelsBeforeTheirCellsJoin() throws {
        for found in try rows(Self.shortRows) {
            #expect(found.count == 4)
            #expect(cells(found.first) == ["-", "5", "10", "15", "20", "20", "20"])
            let verkenning = found.first { $0.line == MeasureFixture.line(of: "Een verkenning", in: Self.shortRows) }
            #expect(cells(verkenning) == ["-", "-", "PM", "PM", "PM", "PM", "PM"])
            let total = found.first { $0.name == "Totaal" }
            #expect(cells(total) == ["-", "-", "5", "10", "15", "20", "-"], "a garbled figure is a null cell")
            let pmTotal = found.first { $0.name == "Totaal (PM-posten)" }
            #expect(cells(pmTotal) == ["-", "-", "PM", "PM", "PM", "PM", "PM"])
        }
    }

    static let orphanCells = """
        Maatregelen 2022 2023 2024 2025 2026 2027 2028
        Regionalisering PM
        van de inkoop (B3)
        Tariefdifferentiatie 12
        naar aanbieder
        B6

        PM PM PM PM PM PM

        12 14 14 PM PM PM
        Inperken PM PM PM PM PM PM PM
        lichte zorgvormen (B1)
        """

    @Test func cellsPrintedBelowTheirRowsAreGivenBack() throws {
        for found in try rows(Self.orphanCells) {
            #expect(found.map(\.bcode) == ["B3", "B6", "B1"])
            #expect(cells(found[0]) == ["PM", "PM", "PM", "PM", "PM", "PM", "PM"])
            #expect(cells(found[1]) == ["12", "12", "14", "14", "PM", "PM", "PM"])
            #expect(found[1].line == MeasureFixture.line(of: "Tariefdifferentiatie", in: Self.orphanCells))
        }
    }

    static let scrambled = """
        Tabel 2 Maatregelen zonder overeenstemming met verwachte opbrengst
        2022-2028 (bedragen van Rijkszijde)

        2022

        PM

        -25

        2023 2024

        40 41

        Normeren behandelduur

        Leren en verbeteren (benchmarkmethode)

        Vergroten kostenbewustzijn/invoering eigen bijdragen (820-822)

        Totaal

        155 47

        PM PM
        Een nieuwe alinea begint hier met gewone tekst over iets anders dan de tabel.
        """

    @Test func scrambledColumnsKeepTheRowsWithNullCells() throws {
        for found in try rows(Self.scrambled) {
            #expect(found.map(\.bcode) == [nil, nil, "B20-B22", nil, nil])
            #expect(found.map(\.name).last == "Totaal (PM-posten)")
            #expect(found.allSatisfy { cells($0).allSatisfy { $0 == "-" } })
            #expect(found.first?.name == "Normeren behandelduur")
        }
    }

    @Test func percentageTablesAreNotAmounts() throws {
        let text = """
            Post 2015 2016 2017 2018

            Korting op het budget 0% 5% 10% 15%

            Ruimte voor vernieuwing 10% 10% 10% 10%
            """
        for found in try rows(text) { #expect(found.isEmpty) }
    }

    @Test func aSentenceThatPutsACodedMeasureOnPM() throws {
        let text = """
            Afspraken

            2. Neem de opbrengst van maatregel B12 voorlopig op als PM post in de meerjarenraming.
            De PM-posten uit de tabel worden later gekwantificeerd.
            """
        for found in try rows(text) {
            #expect(found.map(\.bcode) == ["B12"])
            #expect(found.first?.line == 3)
        }
    }
}

extension PMRuleTests {
    static let consecutiveRows = """
        Tabel 5 Maatregelen en opbrengst 2022-2028
        Maatregel 2022 2023 2024 2025 2026 2027 2028
        Afbakening reikwijdte (B2) 20 40 80 120 120 120 120
        Versterken normale leven/
        Veerkracht jeugdigen en hun omgeving (B16) PM PM PM PM PM PM PM
        Regionalisering (B3) -10 -10 −12 -12 -12 5 5
        """

    @Test func aLabelBrokenAfterACompleteRowOpensTheNextRow() throws {
        for found in try rows(Self.consecutiveRows) {
            #expect(found.map(\.bcode) == ["B2", "B16", "B3"])
            #expect(found[1].line == MeasureFixture.line(of: "Versterken normale", in: Self.consecutiveRows))
            #expect(cells(found[2]) == ["-10", "-10", "-12", "-12", "-12", "5", "5"])
        }
    }
}

extension PMRuleTests {
    @Test func euroSignsAreNoCells() throws {
        let text = """
            Maatregel 2024 2025 2026
            Tariefdifferentiatie (B6) € 12 €14 € 17,5
            """
        for found in try rows(text) {
            #expect(found.map(\.bcode) == ["B6"])
            #expect(cells(found.first) == ["12", "14", "17.5"])
        }
    }
}
