import ArgumentParser
import CrossReferencing
import Foundation
import Store

/// `dwars eval --links`: recall@1/@3 of `backing` against `links.jsonl`, and the precision of the stored links.
func runLinkEvaluation(db: String, gold: String) throws {
    do {
        guard FileManager.default.fileExists(atPath: db) else {
            throw StoreError.cannotOpen(path: db, reason: "no store here; run `dwars ingest` first")
        }
        let store = try CorpusStore(path: db)
        let evaluation = try LinkEvaluation(goldPath: gold)
        let engine = try BackingEngine(store: store, analyzer: TermAnalyzers.standard())
        var proposed = try store.links()
        if proposed.isEmpty {
            try StoreLinker().run(store: store)
            proposed = try store.links()
        }
        let report = evaluation.evaluate(engine: engine, proposed: proposed)
        print("links     \(report.links)")
        print(String(format: "recall@1  %.3f  (%d/%d)", report.recallAt1, report.foundAt1, report.links))
        print(String(format: "recall@3  %.3f  (%d/%d)", report.recallAt3, report.foundAt3, report.links))
        print(String(format: "precision %.3f  (%d of %d proposed links in covered document pairs)", report.precision,
                     report.proposedCorrect, report.proposed))
        print("related   \(report.related) gold, \(report.relatedProposed) proposed, \(report.relatedOpposed) with stance opposes")
        print("relation  \(report.relationAgreed) of \(report.matched) proposed links that match a gold link carry its relation")
        if ProcessInfo.processInfo.environment["DWARS_EVAL_MISSED"] != nil {
            for m in report.missed { print("missed    \(m)") }
        }
    } catch {
        printError("error: \(error)")
        throw ExitCode.failure
    }
}
