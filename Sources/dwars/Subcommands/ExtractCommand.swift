import ArgumentParser
import DwarsModel
import Extraction
import Foundation

/// `dwars extract FILE...`: clean text or the block model as JSON, one object per file.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract clean text or the block model from PDF, HTML, XML or text files.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @Argument(help: "Files to extract.") var files: [String]
    @Option(help: "Output format: text, json (block model) or jsonl (with --segments).") var format: Format = .text
    @Flag(help: "Write the bundle segments (subdoc objects) instead of the blocks.") var segments = false
    @Option(help: "Refuse files larger than this many bytes.") var maxFileSize: Int = 250 * 1024 * 1024
    @Option(help: "Stop a file's extraction after this many seconds (e.g. 30 or 0.5).") var timeoutPerFile: Double?
    @Flag(help: "Stop at the first file that fails (default: report it and go on; exit status 1 at the end).")
    var failFast = false

    func validate() throws {
        if let timeoutPerFile, !(timeoutPerFile > 0) { throw ValidationError("--timeout-per-file must be above 0") }
        if maxFileSize < 1 { throw ValidationError("--max-file-size must be at least 1") }
    }

    func run() throws {
        let extractor = Extractor(options: ExtractionOptions(maxFileSize: maxFileSize, timeoutPerFile: timeoutPerFile))
        var failed = 0
        for file in files {
            do {
                let document = try extractor.extract(path: file)
                try write(document)
            } catch let error as ExtractionError {
                failed += 1
                printError("error: \(error.description)")
                if failFast { break }
            }
        }
        if failed > 0 {
            printError("extract: \(failed) of \(files.count) file(s) failed")
            throw ExitCode.failure
        }
    }

    private func write(_ document: Document) throws {
        if segments {
            for segment in document.segments {
                try printJSONLine(SubdocRecord(doc: document.fileName, segment: segment))
            }
            return
        }
        switch format {
        case .text:
            // The text every cited `line` counts in (see `ExtractedText`).
            print(ExtractedText.text(of: document), terminator: "")
        case .json, .jsonl:
            try printJSONLine(ExtractedDocumentJSON(document))
        }
    }
}

/// The extraction JSON of one file, as issue 2 specifies it.
struct ExtractedDocumentJSON: Encodable {
    struct BlockJSON: Encodable {
        var kind: String
        var text: String
        var page: Int?
        var lines: [Int]?
        var level: Int?
        var label: String?
        var cells: [String]?
        var footnoteMarkers: [String]?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(text, forKey: .text)
            try c.encode(page, forKey: .page)
            try c.encode(lines, forKey: .lines)
            try c.encodeIfPresent(level, forKey: .level)
            try c.encodeIfPresent(label, forKey: .label)
            try c.encodeIfPresent(cells, forKey: .cells)
            try c.encodeIfPresent(footnoteMarkers, forKey: .footnoteMarkers)
        }
        enum CodingKeys: String, CodingKey { case kind, text, page, lines, level, label, cells, footnoteMarkers }
    }
    var doc: String
    var metadata: DocumentMetadata
    var blocks: [BlockJSON]

    init(_ d: Document) {
        doc = d.fileName
        metadata = d.metadata
        blocks = d.blocks.map {
            BlockJSON(kind: $0.kind.rawValue, text: $0.text, page: $0.page,
                      lines: $0.lines.map { [$0.first, $0.last] }, level: $0.level, label: $0.label,
                      cells: $0.cells, footnoteMarkers: $0.footnoteMarkers)
        }
    }
}

/// A `subdoc` object in the gold schema.
struct SubdocRecord: Encodable {
    var doc: String
    var line: Int
    var kind = "subdoc"
    var title: String
    var start_line: Int
    var end_line: Int
    var type: String
    var org: String?
    var date: String?

    init(doc: String, segment: Segment) {
        self.doc = doc
        line = segment.startLine
        title = segment.title
        start_line = segment.startLine
        end_line = segment.endLine
        type = segment.type
        org = segment.org
        date = segment.date
    }
}
