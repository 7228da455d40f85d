import ArgumentParser
import CrossReferencing
import DwarsModel
import Extraction
import Foundation
import Store
import Tagging

/// `dwars ingest PATH...`: extract, tag and store files (and the files in folders), then relink the store.
///
/// Each document is stored in one transaction, keyed by its sha256: a file already stored is skipped.
/// A file that fails gets a one-line error and the batch goes on; the exit status is non-zero when any failed.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Store documents (PDF, HTML, XML, text) and link their items.")

    @Argument(help: "Files and folders to ingest.") var paths: [String]
    @Option(help: "The store database.") var db: String = CorpusStore.defaultPath
    @Flag(help: "Do not relink the store after ingesting.") var noLink = false
    @Flag(help: "Print one line per file even on a terminal.") var plain = false
    @Option(help: "Refuse files larger than this many bytes.") var maxFileSize: Int = 250 * 1024 * 1024
    @Option(help: "Stop a file's extraction after this many seconds (e.g. 30 or 0.5).") var timeoutPerFile: Double?
    @Flag(help: "Stop at the first file that fails (default: report it and go on; exit status 1 at the end).")
    var failFast = false

    func run() throws {
        let store: CorpusStore
        do { store = try CorpusStore(path: db) } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let files = DocumentFiles.expand(paths)
        let ingester = try DocumentIngester(
            options: ExtractionOptions(maxFileSize: maxFileSize, timeoutPerFile: timeoutPerFile))
        let progress = Progress(total: files.count, bar: !plain && isatty(STDERR_FILENO) == 1)
        var stored = 0, skipped = 0, failed = 0
        // A few files at a time are extracted, tagged and split on all cores; they are stored one at a
        // time in file order, each in its own transaction, and reported once committed.
        let workers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        batches: for start in stride(from: 0, to: files.count, by: 2 * workers) {
            let batch = Array(files[start..<min(files.count, start + 2 * workers)])
            for (file, preparation) in zip(batch, ingester.prepare(batch, skippingStoredIn: store, workers: workers)) {
                do {
                    switch try ingester.store(try preparation.get(), into: store) {
                    case .stored(let id, let counts):
                        stored += 1
                        progress.step(file, line: "stored \(file) (id \(id), \(counts))")
                    case .unchanged:
                        skipped += 1
                        progress.step(file, line: "skipped \(file) (already stored)")
                    }
                } catch {
                    failed += 1
                    progress.fail("error: \(error)")
                    if failFast { break batches }
                }
            }
        }
        progress.finish()
        writeLine("ingest: \(stored) stored, \(skipped) skipped, \(failed) failed")
        if !noLink && (stored > 0 || (try? store.links().isEmpty) == true) {
            do {
                let summary = try StoreLinker().run(store: store)
                writeLine("link: \(summary.units) items, \(summary.crossDocumentLinks) links across documents, \(summary.links - summary.crossDocumentLinks) within, \(summary.consensusItems) consensus items")
            } catch {
                printError("error: linking: \(error)")
                throw ExitCode.failure
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }
}

/// Extracts, tags, splits and stores one file.
struct DocumentIngester: Sendable {
    enum Outcome {
        case stored(id: Int64, counts: String)
        case unchanged
    }

    let extractor: Extractor
    let tagger: Tagger
    let sentences = SentenceCollector()

    init(options: ExtractionOptions = ExtractionOptions()) throws {
        extractor = Extractor(options: options)
        tagger = try Tagger()
    }

    /// A document ready to store.
    struct Prepared: Sendable {
        var document: Document
        var items: [TaggedItem]
        var sentences: [StoredSentence]
    }

    /// Extraction, tagging and sentence splitting of one file (no store access; safe on any thread).
    func prepare(path: String) throws -> Prepared {
        let document = try extractor.extract(path: path)
        return Prepared(document: document, items: tagger.tag(document), sentences: sentences.sentences(of: document))
    }

    /// A prepared file: a document to store, or one whose bytes are already stored (not tagged again).
    enum Preparation: Sendable {
        case ready(Prepared)
        case alreadyStored
    }

    /// Extraction, then (unless `store` already holds the bytes) tagging and sentence splitting.
    func prepare(path: String, skippingStoredIn store: CorpusStore) throws -> Preparation {
        let document = try extractor.extract(path: path)
        if try store.contains(sha256: document.metadata.sha256) { return .alreadyStored }
        return .ready(Prepared(document: document, items: tagger.tag(document), sentences: sentences.sentences(of: document)))
    }

    /// `prepare(path:skippingStoredIn:)` of each file on `workers` threads, in file order.
    func prepare(_ paths: [String], skippingStoredIn store: CorpusStore, workers: Int) -> [Result<Preparation, any Error>] {
        let slots = ResultSlots<[Result<Preparation, any Error>]>(count: workers, empty: [])
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            slots.set(w, stride(from: w, to: paths.count, by: workers).map { i in
                Result { try prepare(path: paths[i], skippingStoredIn: store) }
            })
        }
        let parts = slots.values
        return paths.indices.map { parts[$0 % workers][$0 / workers] }
    }

    /// Stores a prepared file in one transaction.
    func store(_ preparation: Preparation, into store: CorpusStore) throws -> Outcome {
        guard case .ready(let p) = preparation else { return .unchanged }
        switch try store.ingest(document: p.document, items: p.items, sentences: p.sentences) {
        case .stored(let id):
            return .stored(
                id: id, counts: "\(p.document.blocks.count) blocks, \(p.sentences.count) sentences, \(p.items.count) items")
        case .unchanged:
            return .unchanged
        }
    }

    func ingest(path: String, into store: CorpusStore) throws -> Outcome {
        try self.store(prepare(path: path, skippingStoredIn: store), into: store)
    }
}

/// The input files named by paths: files as given, folders walked for PDF, HTML, XML and text files.
enum DocumentFiles {
    static let extensions: Set<String> = ["pdf", "html", "htm", "xhtml", "xml", "txt", "text"]

    static func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            files += found.map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }
}

/// A progress bar on a terminal (standard error), plain lines on standard output otherwise.
final class Progress {
    let total: Int
    let bar: Bool
    var done = 0

    init(total: Int, bar: Bool) {
        self.total = total
        self.bar = bar
    }

    func step(_ file: String, line: String) {
        done += 1
        if bar {
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let name = (file as NSString).lastPathComponent
            let text = "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(done)/\(total) \(name.prefix(40))"
            FileHandle.standardError.write(Data((text + "\u{1B}[K").utf8))
        } else {
            writeLine(line)
        }
    }

    func fail(_ message: String) {
        done += 1
        if bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        printError(message)
    }

    func finish() {
        if bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// Writes a line to standard output unbuffered, so a line reported is a line seen even if the process dies next.
func writeLine(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
