import ArgumentParser
import CrossReferencing
import DwarsModel
import Extraction
import Foundation
import Store
import Tagging

/// `dwars bench scale`: ingest and link a generated corpus at growing sizes; time and peak memory per stage.
///
/// The corpus (about `--kilobytes` per document) is written by `ScaleCorpusGenerator` from the lexicons.
/// The store grows step by step (250, 500, 1000, 2000 documents by default): each step ingests the new
/// documents (extraction, tagging and sentence splitting on all cores, writing in one transaction per
/// document), then relinks the whole store. Peak memory is the resident high-water mark of the stage
/// (reset through `/proc/self/clear_refs` before it).
///
/// `--stage ingest` only ingests, copying the store to `store-N.sqlite` after each step; `--stage link
/// --db store-N.sqlite` then links one size in a process of its own, so each size's time and peak
/// are measured alone and the sizes can run as separate invocations.
struct BenchScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale", abstract: "Ingest and link a generated corpus at 250..2000 documents: time and peak memory.")

    @Option(help: "Corpus sizes to measure, comma-separated.") var steps: String = "250,500,1000,2000"
    @Option(help: "Approximate size of a generated document in kilobytes.") var kilobytes: Int = 100
    @Option(help: "Folder for the generated corpus and the store.") var dir: String = "/tmp/dwars-bench-scale"
    @Option(help: "all: ingest and link each step; ingest: ingest only, copying the store to store-N.sqlite after each step; link: link the store given by --db.")
    var stage: String = "all"
    @Option(help: "The store to link (with --stage link).") var db: String?
    @Flag(help: "Keep the store and corpus afterwards.") var keep = false

    func run() throws {
        if stage == "link" {
            guard let db else { throw ValidationError("--stage link needs --db PATH") }
            writeLine("docs\titems\tlink s\tlink peak MB\tlinks\tµs/item\tstore MB")
            try link(dbPath: db, documents: try CorpusStore(path: db).documents().count)
            return
        }
        guard stage == "all" || stage == "ingest" else { throw ValidationError("--stage is all, ingest or link") }
        let sizes = steps.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.sorted()
        guard let largest = sizes.last, largest > 0 else { throw ValidationError("--steps needs sizes like 250,500") }
        let corpusDir = (dir as NSString).appendingPathComponent("corpus")
        let dbPath = (dir as NSString).appendingPathComponent("store.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }

        var clock = Stopwatch()
        Memory.resetPeak()
        let files = try ScaleCorpusGenerator().write(count: largest, bytes: kilobytes * 1024, into: corpusDir)
        let corpusBytes = files.reduce(0) { $0 + Self.size(of: $1) }
        writeLine(String(format: "generate: %d documents, %.1f MB in %.1f s (peak %.0f MB)", largest,
                         Double(corpusBytes) / 1e6, clock.lap(), Memory.peakMB()))

        let store = try CorpusStore(path: dbPath)
        let ingester = try DocumentIngester()
        writeLine("docs\tMB\tingest s\tdocs/s\tingest peak MB\tstore MB" + (stage == "all" ? "\titems\tlink s\tlink peak MB\tlinks\tµs/item" : ""))
        var done = 0
        var bytesDone = 0
        for size in sizes {
            let batch = Array(files[done..<size])
            Memory.resetPeak()
            clock.lap()
            try ingest(batch, ingester: ingester, into: store)
            let ingestSeconds = clock.lap()
            let ingestPeak = Memory.peakMB()
            bytesDone += batch.reduce(0) { $0 + Self.size(of: $1) }
            done = size
            var line = String(
                format: "%d\t%.0f\t%.1f\t%.2f\t%.0f\t%.0f", size, Double(bytesDone) / 1e6, ingestSeconds,
                Double(batch.count) / max(ingestSeconds, 1e-9), ingestPeak, Double(Self.size(of: dbPath)) / 1e6)
            if stage == "ingest" {
                let copy = (dir as NSString).appendingPathComponent("store-\(size).sqlite")
                try? FileManager.default.removeItem(atPath: copy)
                try store.snapshot(to: copy)
                writeLine(line + "\t-> " + copy)
                continue
            }
            Memory.resetPeak()
            clock.lap()
            let summary = try StoreLinker().run(store: store)
            let linkSeconds = clock.lap()
            line += String(
                format: "\t%d\t%.1f\t%.0f\t%d\t%.0f", summary.units, linkSeconds, Memory.peakMB(), summary.links,
                linkSeconds * 1e6 / Double(max(1, summary.units)))
            writeLine(line)
        }
        writeLine("(ingest s and peak are for the documents added in that step" + (stage == "all" ? "; link s relinks the whole store)" : ")"))
        if !keep && stage == "all" { try? FileManager.default.removeItem(atPath: dir) }
    }

    /// Links the store at `dbPath` and prints one row: units, time, peak memory, links.
    private func link(dbPath: String, documents: Int) throws {
        let store = try CorpusStore(path: dbPath)
        var clock = Stopwatch()
        Memory.resetPeak()
        let summary = try StoreLinker().run(store: store)
        let seconds = clock.lap()
        writeLine(String(
            format: "%d\t%d\t%.1f\t%.0f\t%d\t%.0f\t%.0f", documents, summary.units, seconds, Memory.peakMB(),
            summary.links, seconds * 1e6 / Double(max(1, summary.units)), Double(Self.size(of: dbPath)) / 1e6))
    }

    static func size(of path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Extracts, tags and splits in parallel, in batches; writes each document in its own transaction.
    private func ingest(_ files: [String], ingester: DocumentIngester, into store: CorpusStore) throws {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: files.count, by: 32) {
            let chunk = Array(files[start..<min(files.count, start + 32)])
            let prepared = PreparedSlots(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for i in stride(from: w, to: chunk.count, by: workers) {
                    prepared.set(i, Result { try ingester.prepare(path: chunk[i]) })
                }
            }
            for result in prepared.all {
                let p = try result.get()
                _ = try store.ingest(document: p.document, items: p.items, sentences: p.sentences)
            }
        }
    }
}

/// Results of parallel preparation, one slot per file, each written by one worker.
final class PreparedSlots: @unchecked Sendable {
    private var slots: [Result<DocumentIngester.Prepared, any Error>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<DocumentIngester.Prepared, any Error>) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }
    var all: [Result<DocumentIngester.Prepared, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// Wall-clock laps.
struct Stopwatch {
    var last = DispatchTime.now().uptimeNanoseconds
    @discardableResult
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}

/// The process's resident-memory high-water mark (Linux `/proc/self/status` VmHWM).
enum Memory {
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func peakMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }
}
