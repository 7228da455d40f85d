import ArgumentParser
import DwarsModel
import Foundation
import Reports
import Store

/// `dwars matrix --db PATH`: the consensus matrix (and measures x parties) of a store, on stdout.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Print the consensus matrix of a store: CSV (Excel, Dutch), evidence CSV, Markdown, JSON or HTML.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, evidence, parties, md, json, html }

    @Option(help: "The store to read (as written by dwars ingest or dwars analyze).") var db: String = CorpusStore
        .defaultPath

    @Option(help: "csv (matrix.csv), evidence (matrix-evidence.csv), parties (measures-parties.csv), md, json or html.")
    var format: Format = .csv

    @Option(help: "CSV field separator: ';' (Excel on a Dutch system) or ','.") var separator: String = ";"

    @Option(help: "CSV cells as Dutch labels or as the codes of the shared vocabulary (labels, codes).")
    var values: CellValueStyle = .labels

    func validate() throws {
        guard separator == ";" || separator == "," else { throw ValidationError("--separator must be ';' or ','") }
    }

    func run() throws {
        let report = try StoredReport.load(db: db)
        let writer = MatrixReport(
            labels: report.labels, csv: CSVWriter(separator: Character(separator)), values: values)
        let text: String
        switch format {
        case .csv: text = writer.matrixCSV(report.matrix)
        case .evidence: text = writer.evidenceCSV(report.matrix)
        case .parties: text = writer.partiesCSV(report.parties, measures: report.catalog.measures)
        case .md: text = writer.markdown(report.matrix, parties: report.parties)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let json = AnalysisReport.MatrixJSON(
                columns: report.matrix.columns, rows: report.matrix.rows, measuresParties: report.parties)
            text = String(decoding: try encoder.encode(json), as: UTF8.self) + "\n"
        case .html: text = HTMLReport(labels: report.labels).page(report)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Builds the reports of an existing store for `dwars matrix` and `dwars outline`.
enum StoredReport {
    static func load(db: String) throws -> AnalysisReport {
        guard FileManager.default.fileExists(atPath: db) else {
            printError("error: \(db): no store there (run dwars analyze or dwars ingest first)")
            throw ExitCode.failure
        }
        do {
            return try AnalysisReport(snapshot: AnalysisPipeline.snapshot(of: try CorpusStore(path: db)))
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
