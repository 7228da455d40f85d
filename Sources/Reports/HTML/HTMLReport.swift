import DwarsModel
import Foundation

/// The self-contained `index.html`: the consensus matrix as a heat map whose cells show their evidence when
/// clicked, the measures table, the outline and a search box over the passages.
///
/// One file with inline CSS, JavaScript and data; it loads nothing from the network. Opening it with the
/// hash `#selftest` clicks the first filled cell, runs a search and writes the result into `document.title`
/// and `#selftest-result`, so a headless browser can check the page (see the ReportsTests).
public struct HTMLReport: Sendable {
    public var labels: ReportLabels

    public init(labels: ReportLabels) {
        self.labels = labels
    }

    /// The data the page's script reads.
    struct PageData: Encodable {
        /// Cell evidence keyed "row,col": level code, level label, citations as [doc, line, page, sentence].
        var cells: [String: CellData]
        var docs: [String]
        /// Passages as [doc index, line, page or 0, text].
        var passages: [[PassageField]]
        var text: [String: String]
    }

    struct CellData: Encodable {
        var level: String
        var label: String
        var row: String
        var doc: String
        var evidence: [[PassageField]]
    }

    /// A JSON scalar of a passage or citation tuple.
    enum PassageField: Encodable {
        case int(Int)
        case string(String)
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .int(let v): try c.encode(v)
            case .string(let s): try c.encode(s)
            }
        }
    }

    /// The whole page.
    public func page(_ report: AnalysisReport) -> String {
        let matrix = report.matrix
        var body = "<header><h1>\(esc(labels["heading.report"]))</h1><nav>"
        for (id, key) in [
            ("matrix", "heading.matrix"), ("measures", "heading.measures"),
            ("outline", "heading.outline"), ("search", "heading.search"), ("documents", "heading.documents"),
        ] {
            body += "<a href=\"#\(id)\">\(esc(labels[key]))</a>"
        }
        body += "</nav></header>\n<main>\n"
        body += matrixSection(matrix)
        body += measuresSection(report)
        body += OutlineReport(labels: labels).htmlFragment(report.outline)
        body +=
            "<section id=\"search\"><h2>\(esc(labels["heading.search"]))</h2>"
            + "<input id=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"\(esc(labels["phrase.searchPlaceholder"]))\">"
            + "<p id=\"hit-count\"></p><ol id=\"hits\"></ol></section>\n"
        body += documentsSection(report.snapshot.documents)
        body += "</main>\n<pre id=\"selftest-result\" hidden></pre>\n"
        body += "<script type=\"application/json\" id=\"data\">\(HTML.scriptSafe(pageData(report)))</script>\n"
        body += "<script>\(HTMLAssets.script)</script>\n"
        return document(title: labels["heading.report"], body: body)
    }

    /// A page around an HTML fragment (outline.html).
    public func standalone(title: String, body: String) -> String {
        document(title: title, body: "<main>\(body)</main>")
    }

    private func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>\(HTMLAssets.style)</style></head>
        <body>
        \(body)
        </body></html>

        """
    }

    private func matrixSection(_ matrix: ConsensusMatrix) -> String {
        var h = "<section id=\"matrix\"><h2>\(esc(labels["heading.matrix"]))</h2>"
        h +=
            "<p class=\"legend\">"
            + MatrixLevel.allCases.map {
                "<span class=\"cell level-\($0.rawValue)\">\(esc(labels.level($0)))</span>"
            }.joined(separator: " ") + "</p><p class=\"note\">\(esc(labels["phrase.clickCell"]))</p>"
        h +=
            "<div class=\"matrix-layout\"><div class=\"matrix-wrap\"><table class=\"heatmap\"><thead><tr><th>\(esc(labels.column("id")))</th>"
            + "<th>\(esc(labels.column("label")))</th>"
        for column in matrix.columns {
            h += "<th class=\"doc\" title=\"\(esc(column.title ?? column.file))\">\(esc(column.shortName))</th>"
        }
        h += "</tr></thead><tbody>\n"
        for (r, row) in matrix.rows.enumerated() {
            h +=
                "<tr class=\"matrix-row\" data-id=\"\(esc(row.id))\"><td class=\"rid\">\(esc(row.id))</td>"
                + "<td class=\"rlabel\">\(esc(row.label))</td>"
            for (c, cell) in row.cells.enumerated() {
                h +=
                    "<td class=\"cell level-\(cell.level.rawValue)\" data-row=\"\(r)\" data-col=\"\(c)\" "
                    + "title=\"\(esc(labels.level(cell.level)))\" tabindex=\"0\">\(symbol(cell.level))</td>"
            }
            h += "</tr>\n"
        }
        h += "</tbody></table></div>"
        h +=
            "<aside id=\"evidence\" aria-live=\"polite\"><h3>\(esc(labels["heading.evidence"]))</h3>"
            + "<p class=\"note\">\(esc(labels["phrase.clickCell"]))</p></aside></div></section>\n"
        return h
    }

    private func measuresSection(_ report: AnalysisReport) -> String {
        let measures = report.catalog.measures
        let years = measures.first(where: { !$0.years.isEmpty })?.years.map(\.year) ?? []
        var h = "<section id=\"measures\"><h2>\(esc(labels["heading.measures"]))</h2>"
        h +=
            "<p class=\"note\">\(esc(labels["heading.amounts"]))</p><div class=\"matrix-wrap\"><table class=\"measures\"><thead><tr>"
        h += ["bcode", "measure", "table", "agreement"].map { "<th>\(esc(labels.column($0)))</th>" }.joined()
        h += years.map { "<th>\($0)</th>" }.joined() + "<th>\(esc(labels.column("total")))</th>"
        h += report.parties.parties.map { "<th>\(esc(labels.party($0)))</th>" }.joined()
        h += "<th>\(esc(labels.column("file")))</th></tr></thead><tbody>\n"
        let rows = Dictionary(report.parties.rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for m in measures {
            let agreement = m.agreement.map { $0 ? labels["phrase.agree"] : labels["phrase.disagree"] } ?? ""
            h +=
                "<tr class=\"measure-row\"><td>\(esc(m.displayCode))</td><td>\(esc(m.name))</td>"
                + "<td>\(esc(m.table ?? labels["phrase.notInTables"]))</td><td>\(esc(agreement))</td>"
            if m.years.isEmpty {
                h += years.map { _ in "<td></td>" }.joined() + "<td></td>"
            } else {
                h +=
                    m.years.map { "<td class=\"num\">\(esc($0.display))</td>" }.joined()
                    + "<td class=\"num\">\(esc(m.total?.display ?? ""))</td>"
            }
            for cell in rows[m.key]?.cells ?? [] {
                let title = cell.evidence.map { "\($0.dutchReference): \($0.sentence)" }.joined(separator: "\n")
                h +=
                    "<td class=\"stance stance-\(cell.stance?.rawValue ?? "none")\" title=\"\(esc(title))\">"
                    + "\(esc(cell.stance == nil ? "" : labels.stance(cell.stance)))</td>"
            }
            h += "<td>\(esc(m.source?.dutchReference ?? m.mentions.first?.dutchReference ?? ""))</td></tr>\n"
        }
        return h + "</tbody></table></div></section>\n"
    }

    private func documentsSection(_ documents: [DocumentSummary]) -> String {
        var h = "<section id=\"documents\"><h2>\(esc(labels["heading.documents"]))</h2><table><thead><tr>"
        h += ["file", "title", "body", "date", "type"].map { "<th>\(esc(labels.column($0)))</th>" }.joined()
        h += "</tr></thead><tbody>"
        for d in documents {
            h +=
                "<tr>"
                + [d.file, d.title ?? "", d.body ?? "", d.date ?? "", d.type ?? ""].map { "<td>\(esc($0))</td>" }
                .joined() + "</tr>"
        }
        return h + "</tbody></table></section>\n"
    }

    private func pageData(_ report: AnalysisReport) -> String {
        let matrix = report.matrix
        var cells: [String: CellData] = [:]
        for (r, row) in matrix.rows.enumerated() {
            for (c, cell) in row.cells.enumerated() where cell.level != .absent {
                cells["\(r),\(c)"] = CellData(
                    level: cell.level.rawValue, label: labels.level(cell.level), row: "\(row.id) \(row.label)",
                    doc: matrix.columns[c].shortName,
                    evidence: cell.evidence.map {
                        [.string($0.doc), .int($0.line), .int($0.page ?? 0), .string($0.sentence)]
                    })
            }
        }
        let docs = report.snapshot.documents.map(\.file)
        let docIndex = Dictionary(docs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let passages: [[PassageField]] = report.snapshot.passages.compactMap { p in
            guard let d = docIndex[p.doc] else { return nil }
            return [.int(d), .int(p.line), .int(p.page ?? 0), .string(p.text)]
        }
        let text = [
            "source": labels["phrase.source"], "results": labels["phrase.results"],
            "line": labels.column("line"), "page": labels.column("page"), "evidence": labels["heading.evidence"],
            "absent": labels.level(.absent),
        ]
        let data = PageData(cells: cells, docs: docs, passages: passages, text: text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private func symbol(_ level: MatrixLevel) -> String {
        switch level {
        case .explicit: "●"
        case .supports: "◐"
        case .mentions: "○"
        case .opposes: "✕"
        case .absent: ""
        }
    }

    private func esc(_ s: String) -> String { HTML.escape(s) }
}
