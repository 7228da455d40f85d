import ArgumentParser
import Extraction
import Foundation

/// `dwars samples`: renders the sample corpus sources (Corpus/sources/*.sample) to PDF, HTML and text.
struct SamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samples",
        abstract: "Render the sample corpus (Corpus/sources/*.sample) to PDF, HTML and plain text.")

    @Option(help: "Folder that receives NAME.pdf, NAME.html and NAME.txt.") var out: String = "Corpus"
    @Option(help: "Folder with the markup sources (default: OUT/sources).") var sources: String?

    func run() throws {
        let from = sources ?? (out as NSString).appendingPathComponent("sources")
        do {
            for path in try SampleCorpus.render(sources: from, out: out) { print(path) }
        } catch {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
    }
}
