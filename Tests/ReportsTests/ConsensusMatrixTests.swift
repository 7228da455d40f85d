import DwarsModel
import Foundation
import Reports
import Testing

@Suite("Consensus matrix")
struct ConsensusMatrixTests {
    let report: AnalysisReport

    init() throws { report = try SampleSnapshot.report() }

    func row(_ id: String) throws -> MatrixRow { try #require(report.matrix.rows.first { $0.id == id }) }

    func level(_ id: String, _ doc: String) throws -> MatrixLevel {
        let row = try row(id)
        let column = try #require(report.matrix.columns.firstIndex { $0.file == doc })
        return row.cells[column].level
    }

    @Test("one column per document, one row per consensus item, widest rows first")
    func shape() throws {
        #expect(
            report.matrix.columns.map(\.file) == [SampleSnapshot.advies, SampleSnapshot.kern, SampleSnapshot.bundel])
        #expect(report.matrix.rows.count == 3)
        #expect(report.matrix.rows.first?.id == "C-selectie")
        #expect(report.matrix.rows.allSatisfy { $0.cells.count == 3 })
    }

    @Test(
        "levels: own recommendation, reported one, opposing link, party position, absent",
        arguments: [
            ("C-aanspreekpunt", SampleSnapshot.advies, MatrixLevel.explicit),
            ("C-aanspreekpunt", SampleSnapshot.kern, .explicit),
            ("C-aanspreekpunt", SampleSnapshot.bundel, .absent),
            ("C-wachttijden", SampleSnapshot.advies, .mentions),
            ("C-wachttijden", SampleSnapshot.kern, .explicit),
            ("C-selectie", SampleSnapshot.advies, .explicit),
            ("C-selectie", SampleSnapshot.kern, .opposes),
            ("C-selectie", SampleSnapshot.bundel, .supports),
        ])
    func levels(id: String, doc: String, expected: MatrixLevel) throws {
        #expect(try level(id, doc) == expected)
    }

    @Test("a cell's evidence cites document, line and page with the sentence, strongest first")
    func evidence() throws {
        let row = try row("C-selectie")
        let kern = row.cells[1]
        #expect(kern.evidence.first?.line == 60)
        #expect(kern.evidence.first?.sentence.contains("keuzevrijheid") == true)
        #expect(kern.evidence.map(\.line).sorted() == [40, 60])
        let bundel = row.cells[2]
        #expect(bundel.evidence.contains { $0.line == 205 && $0.sentence.contains("gemeenten steunen") })
        let fiche = try #require(bundel.evidence.first { $0.line == 200 })
        #expect(fiche.page == 9)
        #expect(fiche.sentence.hasPrefix("Maatregel: Selectie en contractering"))
        #expect(row.members.contains("012_bundel.txt:200"))
    }

    @Test("measures x parties: the vijfhoek columns, the most reserved stance per cell")
    func parties() throws {
        let parties = report.parties
        #expect(Array(parties.parties.prefix(5)) == PartyMatrix.vijfhoek)
        let b5 = try #require(parties.rows.first { $0.bcode == "B5" })
        let stance = Dictionary(uniqueKeysWithValues: b5.cells.map { ($0.party, $0.stance) })
        #expect(stance["gemeenten"] == .supports)
        #expect(stance["aanbieders"] == .conditional)
        #expect(stance["rijk"] == .some(nil))
        let b8 = try #require(parties.rows.first { $0.bcode == "B8" })
        #expect(b8.cells.first { $0.party == "gemeenten" }?.stance == .opposes)
        #expect(parties.parties.last == "werkgroep")
        #expect(b5.cells.first { $0.party == "werkgroep" }?.stance == .supports)
    }

    @Test("matrix.csv: id, label, members, one level column per document; accents intact in Excel's dialect")
    func matrixCSV() throws {
        let files = try Dictionary(uniqueKeysWithValues: report.files().map { ($0.name, $0.data) })
        let dir = try TestFiles.directory()
        let path = dir.appendingPathComponent("matrix.csv").path
        try #require(files["matrix.csv"]).write(to: URL(fileURLWithPath: path))
        let rows = try ExternalTool.readCSV(path)
        #expect(
            rows.first == [
                "Id", "Aanbeveling", "Leden (bestand:regel)", SampleSnapshot.advies, SampleSnapshot.kern,
                SampleSnapshot.bundel,
            ])
        #expect(rows.count == 4)
        let first = try #require(rows.first { $0.first == "C-aanspreekpunt" })
        #expect(first[1] == "Eén vast aanspreekpunt voor cliënten")
        #expect(first[2] == "010_advies.txt:10, 011_kern.txt:12")
        #expect(Array(first[3...]) == ["expliciete aanbeveling", "expliciete aanbeveling", "afwezig"])
        let quoted = try #require(rows.first { $0.first == "C-wachttijden" })
        #expect(quoted[1] == "Wachttijden \"per regio\" publiceren")
    }

    @Test("matrix-evidence.csv: one row per cell with level, file, line, page and sentence")
    func evidenceCSV() throws {
        let text = MatrixReport(labels: report.labels).evidenceCSV(report.matrix)
        let dir = try TestFiles.directory()
        let path = dir.appendingPathComponent("matrix-evidence.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let rows = try ExternalTool.readCSV(path)
        #expect(
            rows.first == [
                "Id", "Aanbeveling", "Document", "Niveau", "Bron", "Regel", "Pagina", "Zin", "Overige bronnen",
            ])
        #expect(rows.count == 1 + 3 * 3)
        let fiche = try #require(rows.first { $0[0] == "C-selectie" && $0[4] == SampleSnapshot.bundel })
        #expect(fiche[3] == "steunt")
        #expect(fiche[5] == "205")
        #expect(fiche[7].contains("gemeenten steunen"))
        let aanspreekpunt = try #require(rows.first { $0[0] == "C-aanspreekpunt" && $0[3] == "expliciete aanbeveling" })
        #expect(aanspreekpunt[7] == "1. Geef cliënten één vast aanspreekpunt")
    }

    @Test("measures-parties.csv with the comma separator and stance codes")
    func partiesCSV() throws {
        let writer = MatrixReport(labels: report.labels, csv: CSVWriter(separator: ","), values: .codes)
        let dir = try TestFiles.directory()
        let path = dir.appendingPathComponent("measures-parties.csv").path
        try Data(writer.partiesCSV(report.parties, measures: report.catalog.measures).utf8).write(
            to: URL(fileURLWithPath: path))
        let rows = try ExternalTool.readCSV(path, delimiter: ",")
        #expect(
            Array(rows[0].prefix(8)) == [
                "B-code", "Maatregel", "Tabel", "Rijk", "Gemeenten/VNG", "Aanbieders",
                "Professionals", "Cliënten",
            ])
        let b5 = try #require(rows.first { $0[0] == "B5" })
        #expect(b5[2] == "Tabel 1")
        #expect(b5[4] == "supports")
        #expect(b5[5] == "conditional")
        #expect(b5.last?.contains("012_bundel.txt:205") == true)
    }

    @Test("matrix.md has a table row per consensus item and the evidence per row")
    func markdown() {
        let md = MatrixReport(labels: report.labels).markdown(report.matrix, parties: report.parties)
        #expect(md.hasPrefix("# Consensusmatrix"))
        for row in report.matrix.rows { #expect(md.contains("| \(row.id) |")) }
        #expect(md.contains("011_kern.txt, r. 60"))
        #expect(md.contains("# Maatregelen en partijen"))
    }
}
