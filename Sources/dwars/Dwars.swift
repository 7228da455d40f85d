import ArgumentParser

/// The `dwars` command line: one tool that drives the whole pipeline.
@main
struct Dwars: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dwars",
        abstract: "Reads Dutch youth-care policy texts and shows who recommends what.",
        subcommands: [
            ExtractCommand.self,
            TokenizeCommand.self,
            TagCommand.self,
            EvalCommand.self,
            IngestCommand.self,
            BackingCommand.self,
            AnalyzeCommand.self,
            MatrixCommand.self,
            OutlineCommand.self,
            SamplesCommand.self,
            BenchCommand.self,
        ])
}
