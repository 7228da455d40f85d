import DwarsModel
import Foundation

/// All reports of one analysis, computed once from a snapshot: the consensus matrix, the measures, the
/// measures x parties matrix and the outline, with their renderings as files.
public struct AnalysisReport: Sendable {
    public var snapshot: AnalysisSnapshot
    public var matrix: ConsensusMatrix
    public var catalog: MeasureCatalog
    public var parties: PartyMatrix
    public var outline: Outline
    public var labels: ReportLabels

    public init(snapshot: AnalysisSnapshot, labels: ReportLabels, settings: OutlineSettings) {
        let index = snapshot.index()
        self.snapshot = snapshot
        self.labels = labels
        matrix = ConsensusMatrix.build(snapshot, index: index)
        catalog = MeasureCatalog(snapshot, settings: settings, index: index)
        parties = PartyMatrix(measures: catalog.measures, positions: snapshot.positions)
        outline = Outline.build(snapshot, catalog: catalog, settings: settings, labels: labels, index: index)
    }

    /// The labels and settings of `Lexicons/`.
    public init(snapshot: AnalysisSnapshot) throws {
        self.init(snapshot: snapshot, labels: try ReportLabels.standard(), settings: try OutlineSettings.standard())
    }

    /// The `matrix` object of `analysis.json`.
    public struct MatrixJSON: Sendable, Codable {
        public var columns: [DocumentSummary]
        public var rows: [MatrixRow]
        public var measuresParties: PartyMatrix

        public init(columns: [DocumentSummary], rows: [MatrixRow], measuresParties: PartyMatrix) {
            self.columns = columns
            self.rows = rows
            self.measuresParties = measuresParties
        }
    }

    /// `analysis.json`'s top level.
    public struct JSONDocument: Sendable, Codable {
        public var documents: [DocumentSummary]
        public var items: [TaggedItem]
        public var links: [ItemLink]
        public var consensusItems: [ConsensusItem]
        public var measures: [MeasureSummary]
        public var positions: [TaggedItem]
        public var matrix: MatrixJSON
        public var outline: Outline
    }

    public var jsonDocument: JSONDocument {
        JSONDocument(
            documents: snapshot.documents, items: snapshot.items, links: snapshot.links,
            consensusItems: snapshot.consensusItems, measures: catalog.measures, positions: snapshot.positions,
            matrix: MatrixJSON(columns: matrix.columns, rows: matrix.rows, measuresParties: parties), outline: outline)
    }

    /// `analysis.json`, pretty-printed with sorted keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(jsonDocument)
    }

    /// Every file of the report folder, by name: index.html, matrix.csv, matrix-evidence.csv, matrix.md,
    /// measures-parties.csv, outline.md, outline.html, analysis.json.
    public func files(csv: CSVWriter = CSVWriter(), values: CellValueStyle = .labels) throws -> [(
        name: String, data: Data
    )] {
        let matrixReport = MatrixReport(labels: labels, csv: csv, values: values)
        let outlineReport = OutlineReport(labels: labels)
        let html = HTMLReport(labels: labels)
        return [
            ("index.html", Data(html.page(self).utf8)),
            ("matrix.csv", Data(matrixReport.matrixCSV(matrix).utf8)),
            ("matrix-evidence.csv", Data(matrixReport.evidenceCSV(matrix).utf8)),
            ("matrix.md", Data(matrixReport.markdown(matrix, parties: parties).utf8)),
            ("measures-parties.csv", Data(matrixReport.partiesCSV(parties, measures: catalog.measures).utf8)),
            ("outline.md", Data(outlineReport.markdown(outline).utf8)),
            (
                "outline.html",
                Data(html.standalone(title: labels["heading.outline"], body: outlineReport.htmlFragment(outline)).utf8)
            ),
            ("analysis.json", try json()),
        ]
    }
}
