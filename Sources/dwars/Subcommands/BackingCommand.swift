import ArgumentParser
import CrossReferencing
import DwarsModel
import Foundation
import Store

/// `dwars backing QUERY`: the passages in other documents that back a code, an item, a location or a text.
struct BackingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backing",
        abstract: "Which reports back a measure or recommendation: QUERY is a code (B5), an item id, FILE:LINE or text.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "A code (B5), an item id, a location FILE:LINE or free text.") var query: [String]
    @Option(help: "The store database.") var db: String = CorpusStore.defaultPath
    @Option(help: "Output format: text, json or csv.") var format: Format = .text
    @Option(help: "Most results to list.") var limit: Int = 15

    func validate() throws {
        if query.isEmpty { throw ValidationError("give a QUERY") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            printError("error: \(db): no store here; run `dwars ingest --db \(db) FILES` first")
            throw ExitCode.failure
        }
        let engine: BackingEngine
        do {
            engine = try BackingEngine(store: try CorpusStore(path: db), analyzer: TermAnalyzers.standard())
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let parsed = engine.parse(query.joined(separator: " "))
        if case .location(let file, let line) = parsed, engine.resolve(parsed) == nil {
            printError("error: \(file):\(line): no stored document or passage there")
            throw ExitCode.failure
        }
        let answer = engine.answer(parsed, limit: limit)
        switch format {
        case .json: try printJSONLine(BackingJSON(query: answer.query, results: answer.results))
        case .csv: printCSV(answer)
        case .text: printText(answer)
        }
    }

    private func printText(_ answer: BackingAnswer) {
        if let r = answer.resolved {
            print("Vraag: \(r.doc):\(r.line) [\(r.kind) \(r.id)] \(r.text.prefix(160))")
            print("   zoekwoorden: \(r.evidence.map { $0.replacingOccurrences(of: "query ", with: "") }.joined(separator: " "))")
        } else {
            print("Vraag: \(answer.query)")
        }
        if answer.results.isEmpty {
            print("Geen steun gevonden.")
            return
        }
        for (n, r) in answer.results.enumerated() {
            let page = r.page.map { ", p. \($0)" } ?? ""
            let stance = r.stance.map { ", \($0.rawValue)" } ?? ""
            print("\(n + 1). \(r.doc):\(r.line)\(page) [\(r.kind) \(r.id)] score \(String(format: "%.2f", r.score))\(stance)")
            if let sub = r.subdocument { print("   deel: \(sub)") }
            print("   \(r.text.prefix(300))")
            if !r.evidence.isEmpty { print("   bewijs: \(r.evidence.joined(separator: "; "))") }
        }
    }

    private func printCSV(_ answer: BackingAnswer) {
        func field(_ s: String) -> String {
            s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        print("rank,doc,line,page,kind,id,score,stance,text,evidence")
        for (n, r) in answer.results.enumerated() {
            print([
                "\(n + 1)", field(r.doc), "\(r.line)", r.page.map(String.init) ?? "", r.kind, field(r.id),
                String(format: "%.3f", r.score), r.stance?.rawValue ?? "", field(r.text),
                field(r.evidence.joined(separator: "; ")),
            ].joined(separator: ","))
        }
    }
}

/// The JSON of `dwars backing --format json`.
struct BackingJSON: Encodable {
    var query: String
    var results: [BackingResult]
}
