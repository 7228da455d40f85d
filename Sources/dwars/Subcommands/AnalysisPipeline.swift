import CrossReferencing
import DwarsModel
import Extraction
import Foundation
import Reports
import Store
import Tagging

/// The stages of `dwars analyze`: collect input files; extract, tag and store each one (a bad file is
/// reported and skipped); link the store; read the snapshot the reports use back from the store; write.
/// Times every stage for `dwars bench analyze`.
struct AnalysisPipeline {
    /// Seconds spent per stage, in order.
    struct StageTimes: Codable {
        /// Wall time per stage, in order; together they make the run.
        var stages: [(name: String, seconds: Double)] = []
        /// The steps that run on several workers inside a stage (`prepare`: extract, tag, sentences),
        /// their times summed over the workers.
        var workerStages: [(name: String, seconds: Double)] = []

        mutating func add(_ name: String, _ seconds: Double) { Self.add(name, seconds, to: &stages) }

        mutating func addWorker(_ name: String, _ seconds: Double) { Self.add(name, seconds, to: &workerStages) }

        static func add(_ name: String, _ seconds: Double, to list: inout [(name: String, seconds: Double)]) {
            if let i = list.firstIndex(where: { $0.name == name }) {
                list[i].seconds += seconds
            } else {
                list.append((name, seconds))
            }
        }

        var total: Double { stages.map(\.seconds).reduce(0, +) }

        var summary: String {
            let workers = workerStages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }
            return stages.map { s in
                let time = "\(s.name) \(String(format: "%.2f", s.seconds)) s"
                return s.name == "prepare" && !workers.isEmpty ? time + " (\(workers.joined(separator: ", ")))" : time
            }.joined(separator: ", ")
        }

        enum CodingKeys: CodingKey { case stages }
        init() {}
        init(from decoder: any Decoder) throws { stages = [] }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(Dictionary(uniqueKeysWithValues: stages.map { ($0.name, $0.seconds) }), forKey: .stages)
        }
    }

    /// One input that could not be read, with the one-line reason.
    struct Failure {
        var path: String
        var message: String
    }

    /// File name endings read when a folder is given (a named file is always read), in order of preference
    /// when a folder holds the same document in several formats (`report.txt`, `report.pdf`, `report.html`):
    /// plain text first, because only text input carries the source lines that `FILE:LINE` citations need.
    static let folderExtensions = ["txt", "pdf", "html", "xhtml", "htm", "xml"]

    var times = StageTimes()
    /// Per file read: its path, the UTF-8 bytes of its text, its extraction and tagging seconds (wall)
    /// and the tagging thread's CPU seconds.
    var perFile: [(file: String, bytes: Int, extract: Double, tag: Double, tagCPU: Double)] = []
    var failures: [Failure] = []
    /// Files that were read (extracted, tagged and stored, or already in the store).
    var analysed: [String] = []
    /// Size and time limits per file (`--max-file-size`, `--timeout-per-file`).
    var extraction = ExtractionOptions()
    /// Stop ingesting at the first file that fails (`--fail-fast`).
    var failFast = false
    /// Ranked backing per measure code, from the backing engine (filled by `link`).
    var backing: [String: [Citation]] = [:]

    /// The files under `paths`: named files as given; of a folder, its files (not hidden, not README) with a
    /// known ending, sorted by name, one per name stem: the same document in several formats is read once,
    /// from the format first in `folderExtensions`.
    static func inputFiles(_ paths: [String]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
                files.append(path)
                continue
            }
            var byStem: [String: (rank: Int, name: String)] = [:]
            for name in (try? fm.contentsOfDirectory(atPath: path)) ?? [] {
                let lower = name.lowercased()
                guard !name.hasPrefix("."), !lower.hasPrefix("readme"), let dot = lower.lastIndex(of: ".") else {
                    continue
                }
                guard let rank = folderExtensions.firstIndex(of: String(lower[lower.index(after: dot)...])) else {
                    continue
                }
                var sub: ObjCBool = false
                let full = (path as NSString).appendingPathComponent(name)
                guard fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue else { continue }
                let stem = String(
                    name[..<name.index(name.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: dot))])
                if let known = byStem[stem], known.rank <= rank { continue }
                byStem[stem] = (rank, name)
            }
            files += byStem.values.map(\.name).sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }

    /// One file prepared by a worker: the document ready to store (or the error), and the seconds each
    /// step took.
    struct PreparedFile: Sendable {
        var result: Result<DocumentIngester.Prepared, any Error>
        var bytes = 0
        var extract = 0.0
        var tag = 0.0
        /// CPU seconds of the tagging thread (what the tagger costs whatever else runs on the machine).
        var tagCPU = 0.0
        var sentences = 0.0
    }

    /// CPU seconds used by the calling thread so far.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Extracts, tags and splits `path` with the ingester's extractor, tagger and sentence collector
    /// (the steps of `DocumentIngester.prepare`), timing each.
    static func prepare(_ path: String, with ingester: DocumentIngester) -> PreparedFile {
        var file = PreparedFile(result: .failure(CancellationError()))
        var start = Date()
        let document: Document
        do {
            document = try ingester.extractor.extract(path: path)
        } catch {
            file.extract = Date().timeIntervalSince(start)
            file.result = .failure(error)
            return file
        }
        file.extract = Date().timeIntervalSince(start)
        file.bytes = document.blocks.reduce(0) { $0 + $1.text.utf8.count }
        start = Date()
        let cpu = threadCPUSeconds()
        let items = ingester.tagger.tag(document)
        file.tagCPU = threadCPUSeconds() - cpu
        file.tag = Date().timeIntervalSince(start)
        start = Date()
        let sentences = ingester.sentences.sentences(of: document)
        file.sentences = Date().timeIntervalSince(start)
        file.result = .success(DocumentIngester.Prepared(document: document, items: items, sentences: sentences))
        return file
    }

    /// Extracts, tags and splits the files on every core, a batch at a time, then stores each in file
    /// order, one transaction per document; a file that fails is recorded in `failures` and `report` is
    /// called with its one-line error. `prepare` is the wall time of the parallel steps; extract, tag and
    /// sentences are their times summed over the workers (`times.workerStages`).
    mutating func ingest(_ files: [String], into store: CorpusStore, report: (String) -> Void) throws {
        let ingester = try DocumentIngester(options: extraction)
        let batch = 8 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        for first in stride(from: 0, to: files.count, by: batch) {
            if failFast && !failures.isEmpty { break }
            let chunk = Array(files[first..<min(files.count, first + batch)])
            var start = Date()
            let slots = ResultSlots<PreparedFile?>(count: chunk.count, empty: nil)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { i in
                slots.set(i, Self.prepare(chunk[i], with: ingester))
            }
            times.add("prepare", Date().timeIntervalSince(start))
            for (file, slot) in zip(chunk, slots.values) {
                if failFast && !failures.isEmpty { break }
                guard let prepared = slot else { continue }
                times.addWorker("extract", prepared.extract)
                times.addWorker("tag", prepared.tag)
                times.addWorker("sentences", prepared.sentences)
                start = Date()
                do {
                    let p = try prepared.result.get()
                    perFile.append((file, prepared.bytes, prepared.extract, prepared.tag, prepared.tagCPU))
                    _ = try store.ingest(document: p.document, items: p.items, sentences: p.sentences)
                } catch {
                    times.add("store", Date().timeIntervalSince(start))
                    let message = "error: \(error)"
                    failures.append(Failure(path: file, message: message))
                    report(message)
                    continue
                }
                times.add("store", Date().timeIntervalSince(start))
                analysed.append(file)
            }
        }
    }

    /// Ranked backing per measure code of a store's items, over its linkable units (tagged items and the
    /// section heads of documents without items), as `link` computes it.
    static func backing(of store: CorpusStore) throws -> [String: [Citation]] {
        let analyzer = TermAnalyzers.standard()
        let units = Linker(analyzer: analyzer).linkable(try UnitBuilder().units(from: store, includeSentences: true))
        return backing(units: units, items: try store.items(kinds: [.measure, .pm]), analyzer: analyzer)
    }

    /// Ranked backing per measure code of `items`, from the cross-referencer's backing engine over `units`.
    static func backing(units: [LinkUnit], items: [TaggedItem], analyzer: any TermAnalyzing, limit: Int = 12)
        -> [String: [Citation]]
    {
        let codes = Set(
            items.filter { $0.kind == .measure || $0.kind == .pm }.compactMap(\.bcode).flatMap(BCode.expand)
        )
        .filter { BCode.number($0) != nil }
        guard !codes.isEmpty, !units.isEmpty else { return [:] }
        let engine = BackingEngine(units: units, analyzer: analyzer)
        let sorted = codes.sorted()
        let answers = ResultSlots<[Citation]>(count: sorted.count, empty: [])
        DispatchQueue.concurrentPerform(iterations: sorted.count) { i in
            answers.set(
                i,
                engine.answer(.code(sorted[i]), limit: limit).results.map {
                    Citation(
                        doc: $0.doc, line: $0.line, page: $0.page, itemId: $0.id.isEmpty ? nil : $0.id, kind: $0.kind,
                        sentence: $0.text)
                })
        }
        return Dictionary(uniqueKeysWithValues: zip(sorted, answers.values))
    }

    /// Links every item of the store and saves links and consensus items back.
    mutating func link(_ store: CorpusStore) throws {
        var start = Date()
        let analyzer = TermAnalyzers.standard()
        let linker = Linker(analyzer: analyzer)
        let all = try UnitBuilder().units(from: store, includeSentences: true)
        let units = linker.linkable(all)
        times.add("units", Date().timeIntervalSince(start))
        start = Date()
        let links = LinkJudge(stances: linker.stances).judge(linker.link(units: units), units: units)
        times.add("link", Date().timeIntervalSince(start))
        start = Date()
        let consensus = ConsensusBuilder(threshold: linker.weights.consensusThreshold).build(links: links, units: units)
        times.add("consensus", Date().timeIntervalSince(start))
        start = Date()
        try store.save(links: links, consensus: consensus)
        times.add("store", Date().timeIntervalSince(start))
        start = Date()
        backing = Self.backing(units: units, items: try store.items(kinds: [.measure, .pm]), analyzer: analyzer)
        times.add("backing", Date().timeIntervalSince(start))
    }

    /// The snapshot of everything in `store`: documents, their blocks as passages, items, links, consensus items.
    static func snapshot(of store: CorpusStore, backing: [String: [Citation]]? = nil) throws -> AnalysisSnapshot {
        var documents: [DocumentSummary] = []
        var passages: [Passage] = []
        for stored in try store.documents() {
            let m = stored.metadata
            documents.append(
                DocumentSummary(file: stored.fileName, title: m.title, body: m.issuingBody, date: m.date, type: m.type))
            passages += Passage.passages(of: Document(metadata: m, blocks: try store.blocks(documentID: stored.id)))
        }
        return AnalysisSnapshot(
            documents: documents, passages: passages, items: try store.items(), links: try store.links(),
            consensusItems: try store.consensusItems(),
            backing: try backing ?? Self.backing(of: store))
    }

    /// Writes every report file into `directory`.
    static func write(_ report: AnalysisReport, to directory: String, csv: CSVWriter, values: CellValueStyle) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for file in try report.files(csv: csv, values: values) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file.name)
            try file.data.write(to: url, options: .atomic)
        }
    }
}
