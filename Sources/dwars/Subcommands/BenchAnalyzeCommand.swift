import ArgumentParser
import Foundation
import Reports

/// `dwars bench analyze`: times `dwars analyze` stage by stage on a corpus (default the seeds in
/// `../shared/corpus`), with peak memory; the goal on the seeds is under 10 s in a release build.
struct BenchAnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Per-stage times of dwars analyze on a corpus (default ../shared/corpus).")

    @Argument(help: "Files or folders (default: ../shared/corpus beside the checkout, or ./Corpus).")
    var paths: [String] = []

    @Option(help: "Report folder (default: a temporary folder, removed afterwards).") var out: String?

    @Option(help: "How many runs; the best total is reported with its stages.") var runs: Int = 1

    @Flag(help: "Print the result as JSON.") var json = false

    func run() throws {
        let inputs = paths.isEmpty ? [Self.defaultCorpus()] : paths
        let files = AnalysisPipeline.inputFiles(inputs)
        guard !files.isEmpty else {
            printError("error: no input files in \(inputs.joined(separator: " "))")
            throw ExitCode.failure
        }
        let bytes = files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }.reduce(
            0, +)
        var best: (AnalysisPipeline, Double, AnalysisReport)?
        for _ in 0..<max(1, runs) {
            let dir = out ?? NSTemporaryDirectory() + "dwars-bench-analyze-\(UUID().uuidString)"
            defer { if out == nil { try? FileManager.default.removeItem(atPath: dir) } }
            var pipeline = AnalysisPipeline()
            let start = Date()
            let report = try pipeline.run(files: files, out: dir, db: nil, csv: CSVWriter(), values: .labels) {
                printError($0)
            }
            let wall = Date().timeIntervalSince(start)
            if best == nil || wall < best!.1 { best = (pipeline, wall, report) }
        }
        guard let (pipeline, wall, report) = best else { return }
        let peak = Self.peakMemoryMB()
        if json {
            var stages: [String: Double] = [:]
            for s in pipeline.times.stages { stages[s.name] = s.seconds }
            var workerStages: [String: Double] = [:]
            for s in pipeline.times.workerStages { workerStages[s.name] = s.seconds }
            let documents = pipeline.perFile.map { f -> [String: Any] in
                ["file": (f.file as NSString).lastPathComponent, "textBytes": f.bytes, "extractSeconds": f.extract,
                 "tagSeconds": f.tag, "tagCPUSeconds": f.tagCPU]
            }
            let object: [String: Any] = [
                "files": files.count, "bytes": bytes, "wallSeconds": wall, "stages": stages,
                "workerStages": workerStages, "workers": ProcessInfo.processInfo.activeProcessorCount,
                "documents": documents, "peakMemoryMB": peak,
                "items": report.snapshot.items.count, "links": report.snapshot.links.count,
                "consensusItems": report.matrix.rows.count, "measures": report.catalog.measures.count,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(
            "dwars analyze on \(files.count) files (\(String(format: "%.2f", Double(bytes) / 1_048_576)) MB), best of \(max(1, runs)):"
        )
        print(String(format: "  wall %.2f s, peak memory %.0f MB", wall, peak))
        for stage in pipeline.times.stages {
            print(
                "  " + stage.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: "%8.3f s", stage.seconds))
            guard stage.name == "prepare" else { continue }
            let workers = ProcessInfo.processInfo.activeProcessorCount
            for step in pipeline.times.workerStages {
                print(
                    "    " + step.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                        + String(format: "%8.3f s", step.seconds) + " summed over \(workers) workers")
            }
        }
        print("  per document: text KB, extract s, tag s (wall), tag s (CPU), tagger KB/s (wall), (CPU)")
        for f in pipeline.perFile {
            print(
                "    " + (f.file as NSString).lastPathComponent
                    + String(
                        format: "  %7.1f  %6.3f  %6.3f  %6.3f  %7.1f  %7.1f", Double(f.bytes) / 1024, f.extract, f.tag,
                        f.tagCPU, Double(f.bytes) / 1024 / max(f.tag, 1e-6), Double(f.bytes) / 1024 / max(f.tagCPU, 1e-6)))
        }
        print(
            "  \(report.snapshot.items.count) items, \(report.snapshot.links.count) links, "
                + "\(report.matrix.rows.count) consensus items, \(report.catalog.measures.count) measures")
    }

    /// `../shared/corpus` beside the checkout when it is there, else `Corpus`.
    static func defaultCorpus() -> String {
        let shared = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent()
            .appendingPathComponent("shared/corpus").path
        return FileManager.default.fileExists(atPath: shared) ? shared : "Corpus"
    }

    /// Peak resident memory of this process (VmHWM from /proc/self/status), in MB; 0 where unknown.
    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Double(String(digits)) ?? 0) / 1024
        }
        return 0
    }
}
