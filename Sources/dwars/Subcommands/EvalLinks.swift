import ArgumentParser

/// `dwars eval --links`: recall@1/@3 of `backing` against `links.jsonl` (filled in by the store/linking work).
func runLinkEvaluation(db: String, gold: String) throws {
    printError("error: link evaluation is not built yet")
    throw ExitCode.failure
}
