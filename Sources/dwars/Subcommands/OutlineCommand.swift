import ArgumentParser
import Foundation
import Reports
import Store

/// `dwars outline --db PATH`: the concept Hervormingsagenda outline of a store, as Markdown, HTML or JSON.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the concept Hervormingsagenda outline of a store (chapters by theme, measures, open points).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, json }

    @Option(help: "The store to read (as written by dwars ingest or dwars analyze).") var db: String = CorpusStore
        .defaultPath

    @Option(help: "md, html or json.") var format: Format = .md

    func run() throws {
        let report = try StoredReport.load(db: db)
        let outline = OutlineReport(labels: report.labels)
        let text: String
        switch format {
        case .md: text = outline.markdown(report.outline)
        case .html:
            text = HTMLReport(labels: report.labels).standalone(
                title: report.labels["heading.outline"], body: outline.htmlFragment(report.outline))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            text = String(decoding: try encoder.encode(report.outline), as: UTF8.self) + "\n"
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
