import CrossReferencing
import DwarsModel
import Foundation
import Store
import TestSupport
import Testing

/// The five seeds ingested once by the built `dwars`, shared by the tests below.
enum SeedStore {
    static let path: Result<String, any Error> = Result {
        try Shared.require()
        let dir = try Shared.temporaryDirectory()
        let db = dir.appendingPathComponent("seeds.sqlite").path
        let run = try ProcessRunner.dwars(["ingest", "--db", db, "--plain", Shared.path("corpus")], timeout: 600)
        guard run.status == 0 else { throw Failure(message: run.stderr) }
        return db
    }

    static let engine: Result<BackingEngine, any Error> = Result {
        try BackingEngine(store: try CorpusStore(path: try path.get()), analyzer: TermAnalyzers.standard())
    }

    struct Failure: Error { var message: String }
}

@Suite("Seed corpus: gold links and backing B5", .serialized)
struct SeedCorpusTests {
    /// The project's figure on links.jsonl: recall@3 0.57 with the concept and measure lexicons (the goal is 0.8,
    /// not reached). The bar guards against regressions; raise it as the linker improves.
    @Test(.enabled(if: Shared.runnable && FileManager.default.fileExists(atPath: Shared.dwarsBinary)))
    func recallOnTheGoldLinks() throws {
        let engine = try SeedStore.engine.get()
        let store = try CorpusStore(path: try SeedStore.path.get())
        let report = try LinkEvaluation(goldPath: Shared.path("gold/links.jsonl"))
            .evaluate(engine: engine, proposed: try store.links())
        #expect(report.links == 129)
        #expect(report.recallAt3 >= 0.55, "recall@3 \(report.recallAt3)")
        #expect(report.recallAt1 <= report.recallAt3)
        #expect(report.proposed > 0)
    }

    @Test(.enabled(if: Shared.runnable && FileManager.default.fileExists(atPath: Shared.dwarsBinary)))
    func backingB5ListsTheFicheTheTableRowAndTheReportsRecommendations() throws {
        let engine = try SeedStore.engine.get()
        let results = engine.answer(.code("B5"), limit: 20).results
        func has(_ prefix: String, _ line: Int) -> Bool {
            results.contains { $0.doc.hasPrefix(prefix) && abs($0.line - line) <= 3 && !$0.text.isEmpty }
        }
        #expect(has("001", 3897), "werkgroep fiche B5")
        #expect(has("001", 675), "Cie van Wijzen Tabel 1 row")
        #expect(results.contains { $0.doc.hasPrefix("004") }, "SER advies")
        #expect(results.contains { $0.doc.hasPrefix("000") }, "kerndocument")
        #expect(has("000", 196), "KERN 2.4 landelijke kwaliteitseisen")
        #expect(has("000", 223), "KERN 2.5 beperk het aantal aanbieders")
        #expect(has("004", 417), "SER R7 duurzaam partnerschap")
        for r in results { #expect(!r.evidence.isEmpty) }
    }
}
