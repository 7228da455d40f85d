import DwarsModel
import Foundation
import Reports
import Testing

@Suite("Hervormingsagenda outline")
struct OutlineTests {
    let report: AnalysisReport

    init() throws { report = try SampleSnapshot.report() }

    func measure(_ code: String) throws -> MeasureSummary {
        try #require(report.catalog.measures.first { $0.bcode == code })
    }

    @Test("every table code is a measure, with its table and agreement; a coded mention outside the tables too")
    func measures() throws {
        #expect(report.catalog.measures.compactMap(\.bcode) == ["B2", "B5", "B8", "B18", "B19", "B23"])
        #expect(try measure("B5").agreement == true)
        #expect(try measure("B8").agreement == false)
        #expect(try measure("B8").table == "Tabel 2")
        #expect(try measure("B23").table == nil)
        #expect(try measure("B5").source?.line == 100)
    }

    @Test("amounts come from the authoritative table, not the copy; totals add up with PM kept")
    func amounts() throws {
        let b2 = try measure("B2")
        #expect(b2.years.map(\.display) == ["33", "67", "133", "200", "200", "200", "200"])
        #expect(b2.total?.display == "1.033")
        let b18 = try measure("B18")
        #expect(b18.years.first?.value == .pm)
        #expect(b18.total?.display == "114 + PM")
        #expect(try measure("B5").total?.display == "PM")
        #expect(try measure("B8").total?.display == "?")
        #expect(report.catalog.totals.count == 1)
    }

    @Test("werkgroep copies: sign convention recognised, a real difference and a copy-only row flagged")
    func copies() throws {
        #expect(try measure("B2").copies.map(\.verdict) == [.negated])
        let b18 = try measure("B18").copies
        #expect(b18.map(\.verdict) == [.differs])
        #expect(b18.first?.differingYears == ["2028"])
        #expect(try measure("B19").copies.map(\.verdict) == [.copyOnly])
    }

    @Test("open points: PM to quantify, no agreement, copy differs, copy only, recommendations no measure takes up")
    func openPoints() throws {
        let points = report.outline.openPoints
        func about(_ kind: OpenPoint.Kind) -> [String] { points.filter { $0.kind == kind }.map(\.about) }
        #expect(about(.pm) == ["B5", "B18"])
        #expect(about(.noAgreement) == ["B8", "B19"])
        #expect(about(.copyDiffers) == ["B18"])
        #expect(about(.copyOnly) == ["B19"])
        #expect(about(.notTakenUp) == ["C-aanspreekpunt", "C-wachttijden"])
        #expect(points.allSatisfy { !$0.sources.isEmpty })
    }

    @Test("backing: linked and consensus recommendations with citations; an opposing one is not backing")
    func backing() throws {
        let b5 = try measure("B5")
        #expect(b5.backing.map(\.location) == ["010_advies.txt:20", "011_kern.txt:40"])
        #expect(b5.stances.map(\.party).sorted() == ["aanbieders", "gemeenten", "werkgroep"])
        // A position without `about` counts for the coded measure named just before it, not for another one,
        // and a table caption's stance (line 212, after B23's mention) for none.
        #expect(try measure("B23").stances.isEmpty)
        #expect(try measure("B23").backing.isEmpty)
    }

    @Test(
        "chapters by theme from the chapter lexicon",
        arguments: [
            ("B2", "reikwijdte"), ("B8", "reikwijdte"), ("B5", "inkoop"), ("B23", "inkoop"),
            ("B18", "jeugdbescherming"),
            ("B19", "toegang"),
        ])
    func chapters(code: String, theme: String) throws {
        let chapter = try #require(report.outline.chapters.first { $0.measures.contains { $0.bcode == code } })
        #expect(chapter.theme == theme)
    }

    @Test("outline.md: every measure with its code, amounts and a source on each statement")
    func markdown() throws {
        let md = OutlineReport(labels: report.labels).markdown(report.outline)
        #expect(md.hasPrefix("# Concept-Hervormingsagenda"))
        for code in ["B2", "B5", "B8", "B18", "B19", "B23"] { #expect(md.contains("### \(code) ")) }
        #expect(md.contains("| 33 | 67 | 133 | 200 | 200 | 200 | 200 | 1.033 |"))
        #expect(md.contains("Overeenstemming Rijk-VNG: ja (Tabel 1) (bron: 012_bundel.txt, blz. 4, r. 100)"))
        #expect(md.contains("## Open punten"))
        let openPart = try #require(md.components(separatedBy: "## Open punten").last)
        for line in openPart.split(separator: "\n") where line.hasPrefix("- ") { #expect(line.contains("(bron: ")) }
    }

    @Test(
        "BCode.expand",
        arguments: [
            ("B5", ["B5"]), ("b1+b7", ["B1", "B7"]), ("B20-B22", ["B20", "B21", "B22"]), ("B19", ["B19"]),
            ("Totaal", ["TOTAAL"]),
        ])
    func expand(raw: String, expected: [String]) {
        #expect(BCode.expand(raw) == expected)
    }

    @Test("citations: page and line (the line of `dwars extract`, a PDF's too); no line known: page alone")
    func references() {
        #expect(
            Citation(doc: "a.txt", line: 12, page: 2, kind: "sentence", sentence: "").dutchReference
                == "a.txt, blz. 2, r. 12")
        #expect(
            Citation(doc: "a.pdf", line: 48, page: 2, kind: "measure", sentence: "").dutchReference
                == "a.pdf, blz. 2, r. 48")
        #expect(
            Citation(doc: "a.pdf", line: 0, page: 3, kind: "sentence", sentence: "").dutchReference == "a.pdf, blz. 3")
        #expect(Citation(doc: "a.txt", line: 7, kind: "sentence", sentence: "").dutchReference == "a.txt, r. 7")
    }

    @Test(
        "Dutch number notation",
        arguments: [(1057.0, "1.057"), (-47.0, "-47"), (0.5, "0,5"), (1200000.0, "1.200.000"), (26.25, "26,25")])
    func dutch(value: Double, expected: String) {
        #expect(YearAmount.dutch(value) == expected)
    }
}
