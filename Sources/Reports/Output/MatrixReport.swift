import DwarsModel

/// Renders the consensus matrix and the measures x parties matrix as CSV and Markdown.
public struct MatrixReport: Sendable {
    public var labels: ReportLabels
    public var csv: CSVWriter
    public var values: CellValueStyle

    public init(labels: ReportLabels, csv: CSVWriter = CSVWriter(), values: CellValueStyle = .labels) {
        self.labels = labels
        self.csv = csv
        self.values = values
    }

    /// `matrix.csv`: one row per consensus item: id, label, members as `FILE:LINE` list, one column per
    /// document holding the level.
    public func matrixCSV(_ matrix: ConsensusMatrix) -> String {
        let header =
            [labels.column("id"), labels.column("label"), labels.column("members")] + matrix.columns.map(\.file)
        let rows = matrix.rows.map { row in
            [row.id, row.label, row.members.joined(separator: ", ")] + row.cells.map { level($0.level) }
        }
        return csv.write(header: header, rows: rows)
    }

    /// `matrix-evidence.csv`: one row per cell: item id, document, level, file, line, page, sentence, and
    /// the other sources of the same cell.
    public func evidenceCSV(_ matrix: ConsensusMatrix) -> String {
        let header = ["id", "label", "document", "level", "file", "line", "page", "sentence", "more"].map(labels.column)
        var rows: [[String]] = []
        for row in matrix.rows {
            for (cell, column) in zip(row.cells, matrix.columns) {
                let first = cell.evidence.first
                rows.append([
                    row.id, row.label, column.shortName, level(cell.level), first?.doc ?? "",
                    first.map { String($0.line) } ?? "", first?.page.map(String.init) ?? "", first?.sentence ?? "",
                    cell.evidence.dropFirst().map(\.location).joined(separator: ", "),
                ])
            }
        }
        return csv.write(header: header, rows: rows)
    }

    /// `measures-parties.csv`: one row per measure: code, name, table, then the stance of each party and the
    /// sources of those stances.
    public func partiesCSV(_ matrix: PartyMatrix, measures: [MeasureSummary]) -> String {
        let header =
            [labels.column("bcode"), labels.column("measure"), labels.column("table")]
            + matrix.parties.map(labels.party) + [labels.column("file")]
        let tables = Dictionary(measures.map { ($0.key, $0.table ?? "") }, uniquingKeysWith: { a, _ in a })
        let rows = matrix.rows.map { row in
            [row.bcode ?? "", row.name, tables[row.key] ?? ""] + row.cells.map { stance($0.stance) }
                + [row.cells.flatMap(\.evidence).map(\.location).joined(separator: ", ")]
        }
        return csv.write(header: header, rows: rows)
    }

    /// `matrix.md`: the consensus matrix as a Markdown table, each row's evidence below it, then the
    /// measures x parties table.
    public func markdown(_ matrix: ConsensusMatrix, parties: PartyMatrix) -> String {
        var out = "# \(labels["heading.matrix"])\n\n"
        out +=
            "| \(labels.column("id")) | \(labels.column("label")) | "
            + matrix.columns.map { Markdown.cell($0.shortName) }.joined(separator: " | ") + " |\n"
        out += "|---|---|" + String(repeating: "---|", count: matrix.columns.count) + "\n"
        for row in matrix.rows {
            out +=
                "| \(row.id) | \(Markdown.cell(row.label)) | "
                + row.cells.map { Markdown.cell(labels.level($0.level)) }.joined(separator: " | ") + " |\n"
        }
        out += "\n## \(labels["heading.evidence"])\n"
        for row in matrix.rows {
            out += "\n### \(row.id) \(Markdown.inline(row.label))\n\n"
            for (cell, column) in zip(row.cells, matrix.columns) where cell.level != .absent {
                for citation in cell.evidence {
                    out +=
                        "- \(Markdown.inline(column.shortName)) (\(labels.level(cell.level))), "
                        + "\(citation.dutchReference): \(Markdown.inline(citation.sentence))\n"
                }
            }
        }
        out += "\n# \(labels["heading.measuresParties"])\n\n"
        out +=
            "| \(labels.column("bcode")) | \(labels.column("measure")) | "
            + parties.parties.map { Markdown.cell(labels.party($0)) }.joined(separator: " | ") + " |\n"
        out += "|---|---|" + String(repeating: "---|", count: parties.parties.count) + "\n"
        for row in parties.rows {
            out +=
                "| \(row.bcode ?? "—") | \(Markdown.cell(row.name)) | "
                + row.cells.map { Markdown.cell(labels.stance($0.stance)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func level(_ level: MatrixLevel) -> String { values == .codes ? level.rawValue : labels.level(level) }

    private func stance(_ stance: Stance?) -> String {
        values == .codes ? (stance?.rawValue ?? "") : labels.stance(stance)
    }
}
