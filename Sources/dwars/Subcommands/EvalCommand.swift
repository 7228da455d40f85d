import ArgumentParser
import Foundation
import Tagging

/// `dwars eval --gold DIR --pred FILE`: precision, recall and F1 per kind as `score.py` prints them;
/// `dwars eval --links --db PATH --gold FILE`: recall@k of `backing` against `links.jsonl`.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Score tagger output against gold annotations (same rules as score.py).")

    @Option(parsing: .upToNextOption, help: "Gold JSON Lines files or folders (with --links: links.jsonl).")
    var gold: [String]
    @Option(parsing: .upToNextOption, help: "Predicted JSON Lines files (output of `dwars tag`).")
    var pred: [String] = []
    @Option(parsing: .upToNextOption, help: "Only these documents (base names).") var doc: [String] = []
    @Flag(help: "Print the scores as JSON, as `score.py --json` does.") var json = false
    @Flag(help: "Evaluate cross-document links of the store instead of tagged items.") var links = false
    @Option(help: "The store database (with --links).") var db: String?

    func validate() throws {
        if links {
            guard db != nil else { throw ValidationError("--links needs --db PATH") }
            guard gold.count == 1 else { throw ValidationError("--links needs exactly one --gold FILE") }
        } else if pred.isEmpty {
            throw ValidationError("--pred FILE is required")
        }
    }

    func run() throws {
        if links, let db {
            try runLinkEvaluation(db: db, gold: gold[0])
            return
        }
        do {
            let goldItems = try Evaluation.load(paths: gold)
            let predItems = try Evaluation.load(paths: pred)
            let scores = Evaluation.score(gold: goldItems, pred: predItems, docs: doc.isEmpty ? nil : Set(doc))
            print(json ? Evaluation.reportJSON(scores) : Evaluation.report(scores), terminator: "")
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
