import ArgumentParser
import DwarsModel
import Extraction
import Foundation
import Reports
import Store

/// `dwars analyze PATH... --out DIR`: ingest, tag, link and write every report into DIR — the README's main job.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Ingest, tag and link documents and write the consensus matrix, the outline and index.html.",
        discussion: """
            DIR receives index.html (open it in a browser; it needs no server or network), matrix.csv,
            matrix-evidence.csv, matrix.md, measures-parties.csv, outline.md, outline.html and analysis.json.
            A file that cannot be read gets a one-line error on stderr and the others go on.
            """)

    @Argument(help: "Files or folders to analyse (a folder's .pdf, .html, .xml and .txt files, one per name stem).")
    var paths: [String] = ["Corpus"]

    @Option(help: "Folder for the reports.") var out: String = "out"

    @Option(help: "Store to use (default: DIR/store.sqlite, so two analyses never mix).") var db: String?

    @Option(help: "CSV field separator: ';' (Excel on a Dutch system) or ','.") var separator: String = ";"

    @Option(help: "CSV cells as Dutch labels or as the codes of the shared vocabulary (labels, codes).")
    var values: CellValueStyle = .labels

    @Flag(help: "Print nothing but errors.") var quiet = false

    @Option(help: "Refuse files larger than this many bytes.") var maxFileSize: Int = 250 * 1024 * 1024

    @Option(help: "Stop a file's extraction after this many seconds (e.g. 30 or 0.5).") var timeoutPerFile: Double?

    @Flag(help: "Stop reading at the first file that fails: reports cover the files before it, exit status 1.")
    var failFast = false

    func validate() throws {
        guard separator == ";" || separator == "," else {
            throw ValidationError("--separator must be ';' or ','")
        }
        if let timeoutPerFile, !(timeoutPerFile > 0) { throw ValidationError("--timeout-per-file must be above 0") }
    }

    func run() throws {
        let files = AnalysisPipeline.inputFiles(paths)
        guard !files.isEmpty else {
            printError("error: no input files in \(paths.joined(separator: " "))")
            throw ExitCode.failure
        }
        var pipeline = AnalysisPipeline()
        pipeline.extraction = ExtractionOptions(maxFileSize: maxFileSize, timeoutPerFile: timeoutPerFile)
        pipeline.failFast = failFast
        let report: AnalysisReport
        do {
            report = try pipeline.run(
                files: files, out: out, db: db, csv: CSVWriter(separator: Character(separator)), values: values,
                log: printError)
        } catch let error as AnalysisPipeline.NothingRead {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        if !quiet {
            print(
                "analyzed \(pipeline.analysed.count) of \(files.count) files: \(report.snapshot.items.count) items, "
                    + "\(report.snapshot.links.count) links, \(report.matrix.rows.count) consensus items, "
                    + "\(report.catalog.measures.count) measures -> \(out)/index.html")
            print("times: \(pipeline.times.summary)")
            if !pipeline.failures.isEmpty { print("failed: \(pipeline.failures.count) file(s), see the errors above") }
        }
        // Keep-going is the default: the reports cover every file that could be read, and the exit status
        // still tells a script that some file failed.
        if !pipeline.failures.isEmpty { throw ExitCode.failure }
    }
}

extension CellValueStyle: ExpressibleByArgument {}

extension AnalysisPipeline {
    /// None of the input files could be read; no reports are written.
    struct NothingRead: Error, CustomStringConvertible {
        var count: Int
        var description: String { "none of the \(count) input files could be read; no reports written" }
    }

    /// The store `analyze` uses: `db` when given, else a fresh `out/store.sqlite` (an earlier run's store
    /// in the same folder is removed, so two analyses never mix).
    static func openStore(out: String, db: String?) throws -> CorpusStore {
        if let db { return try CorpusStore(path: db) }
        let path = (out as NSString).appendingPathComponent("store.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try CorpusStore(path: path)
    }

    /// All stages: ingest, link, snapshot, report, write. Returns the report that was written.
    mutating func run(
        files: [String], out: String, db: String?, csv: CSVWriter, values: CellValueStyle, log: (String) -> Void
    ) throws -> AnalysisReport {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let store = try Self.openStore(out: out, db: db)
        try ingest(files, into: store, report: log)
        if analysed.isEmpty { throw NothingRead(count: files.count) }
        try link(store)
        var start = Date()
        let snapshot = try Self.snapshot(of: store, backing: backing)
        times.add("snapshot", Date().timeIntervalSince(start))
        start = Date()
        let report = try AnalysisReport(snapshot: snapshot)
        times.add("report", Date().timeIntervalSince(start))
        start = Date()
        try Self.write(report, to: out, csv: csv, values: values)
        times.add("write", Date().timeIntervalSince(start))
        return report
    }
}
