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
        var stages: [(name: String, seconds: Double)] = []

        mutating func add(_ name: String, _ seconds: Double) {
            if let i = stages.firstIndex(where: { $0.name == name }) {
                stages[i].seconds += seconds
            } else {
                stages.append((name, seconds))
            }
        }

        var total: Double { stages.map(\.seconds).reduce(0, +) }

        var summary: String {
            stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", ")
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

    /// Extracts, tags and stores every file; a file that fails is recorded in `failures` and `report` is
    /// called with its one-line error.
    mutating func ingest(_ files: [String], into store: CorpusStore, report: (String) -> Void) throws {
        let extractor = Extractor(options: extraction)
        let tagger = try Tagger()
        let sentences = SentenceCollector()
        for file in files {
            if failFast && !failures.isEmpty { break }
            var start = Date()
            let document: Document
            do {
                document = try extractor.extract(path: file)
            } catch {
                times.add("extract", Date().timeIntervalSince(start))
                let message = "error: \(error)"
                failures.append(Failure(path: file, message: message))
                report(message)
                continue
            }
            times.add("extract", Date().timeIntervalSince(start))
            start = Date()
            let tagged = tagger.tag(document)
            times.add("tag", Date().timeIntervalSince(start))
            start = Date()
            do {
                _ = try store.ingest(document: document, items: tagged, sentences: sentences.sentences(of: document))
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
        let links = linker.link(units: units)
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
