import ArgumentParser
import DwarsModel
import Extraction
import Foundation
import Tagging

/// `dwars tag FILE...`: recommendations, measures, PM rows, cross-references, positions and sub-documents
/// as JSON Lines in the gold schema (`../shared/gold/README.md`).
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Tag recommendations, measures, PM rows and cross-references (gold schema).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl }

    @Argument(help: "Files to tag (PDF, HTML, XML or text).") var files: [String]
    @Option(help: "Output format (jsonl: one TaggedItem per line).") var format: Format = .jsonl
    @Flag(help: "Also write recommendations the text only reports from someone else (reported: true).")
    var includeReported = false
    @Option(help: "Refuse files larger than this many bytes.") var maxFileSize: Int = 250 * 1024 * 1024

    func run() throws {
        let tagger: Tagger
        do { tagger = try Tagger() } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let extractor = Extractor(options: ExtractionOptions(maxFileSize: maxFileSize))
        var failed = 0
        var documents: [Document] = []
        for file in files {
            do {
                documents.append(try extractor.extract(path: file))
            } catch {
                failed += 1
                printError("error: \(error.description)")
            }
        }
        for items in tagger.tag(documents) {
            for item in items where includeReported || item.reported != true {
                try printJSONLine(item)
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }
}
