import ArgumentParser

/// `dwars bench <suite>`: runs our code and the peer tool side by side on the same input and prints the ratio.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks against peer tools (pdftotext, trafilatura, ucto, spaCy) in one run.",
        subcommands: [BenchTagCommand.self, BenchTokenizeCommand.self, BenchUDCommand.self, BenchHTMLCommand.self, BenchAnalyzeCommand.self, BenchPDFCommand.self, BenchScaleCommand.self])
}
