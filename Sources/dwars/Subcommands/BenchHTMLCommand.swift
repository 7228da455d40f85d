import ArgumentParser
import DwarsModel
import Extraction
import Foundation

/// `dwars bench html`: main-text extraction on the article-extraction benchmark, ours and trafilatura's
/// on the same pages in one run, both scored with the benchmark's `score_aeb.py`.
///
/// Pages are decompressed once into a temporary folder (`gzip -dc`); extraction time excludes that and
/// counts only reading and extracting each page (trafilatura's time is measured the same way inside
/// Python, without interpreter start-up).
struct BenchHTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "HTML main text vs trafilatura on ../shared/bench/aeb (F1 with score_aeb.py, time ratio).")

    @Option(help: "The benchmark folder (html/*.html.gz, ground-truth.json, score_aeb.py).")
    var aeb: String = BenchHTMLCommand.defaultFolder

    @Option(help: "Where to write the prediction files (default: a temporary folder).")
    var output: String?

    @Flag(help: "Run only our extractor (no trafilatura).")
    var skipTrafilatura = false

    @Option(help: "Extract each page this many times for the timing (predictions come from the first).")
    var repeats: Int = 1

    static var defaultFolder: String {
        if let shared = ProcessInfo.processInfo.environment["DWARS_SHARED"] { return shared + "/bench/aeb" }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/bench/aeb").path
    }

    func run() throws {
        let fm = FileManager.default
        let htmlDir = aeb + "/html"
        guard let names = try? fm.contentsOfDirectory(atPath: htmlDir).filter({ $0.hasSuffix(".html.gz") }).sorted(),
            !names.isEmpty
        else {
            printError("\(htmlDir): no .html.gz pages found (set --aeb)")
            throw ExitCode.failure
        }
        let outDir = output ?? fm.temporaryDirectory.appendingPathComponent("dwars-bench-html-\(getpid())").path
        let pagesDir = outDir + "/pages"
        try fm.createDirectory(atPath: pagesDir, withIntermediateDirectories: true)
        var ids: [String] = []
        for name in names {
            let id = String(name.dropLast(".html.gz".count))
            let data = try Self.gunzip(htmlDir + "/" + name)
            fm.createFile(atPath: pagesDir + "/" + id + ".html", contents: data)
            ids.append(id)
        }

        // Ours.
        let extractor = Extractor()
        var predictions: [String: [String: String]] = [:]
        var failures = 0
        let start = Date()
        for round in 0..<max(1, repeats) {
            for id in ids {
                let path = pagesDir + "/" + id + ".html"
                do {
                    let document = try extractor.extract(path: path)
                    if round == 0 { predictions[id] = ["articleBody": Self.articleBody(document)] }
                } catch {
                    if round == 0 {
                        failures += 1
                        printError("error: \(error)")
                        predictions[id] = ["articleBody": ""]
                    }
                }
            }
        }
        let ours = Date().timeIntervalSince(start) / Double(max(1, repeats))
        let oursPath = outDir + "/dwars.json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(predictions).write(to: URL(fileURLWithPath: oursPath))
        print("pages: \(ids.count) (\(failures) failed)")
        print(String(format: "dwars        %.2f s  (%.1f ms/page)", ours, ours * 1000 / Double(ids.count)))

        var files = [oursPath]
        var theirs: Double?
        if !skipTrafilatura {
            let traPath = outDir + "/trafilatura.json"
            let script = outDir + "/run_trafilatura.py"
            try Self.trafilaturaScript.write(toFile: script, atomically: true, encoding: .utf8)
            let result = try Self.run("/usr/bin/env", ["python3", script, pagesDir, traPath, String(max(1, repeats))])
            if result.status != 0 {
                printError("trafilatura failed (scripts/install-deps.sh --bench installs it): \(result.stderr)")
            } else if let seconds = Double(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) {
                theirs = seconds
                files.append(traPath)
                print(
                    String(format: "trafilatura  %.2f s  (%.1f ms/page)", seconds, seconds * 1000 / Double(ids.count)))
            }
        }
        let score = try Self.run("/usr/bin/env", ["python3", aeb + "/score_aeb.py"] + files)
        print(score.stdout, terminator: "")
        if score.status != 0 { printError(score.stderr) }
        if let theirs, theirs > 0 {
            print(String(format: "time ratio dwars/trafilatura: %.2f", ours / theirs))
        }
        print("predictions: \(outDir)")
    }

    /// The benchmark's article body: every block but the page title (h1), one a line.
    static func articleBody(_ document: Document) -> String {
        document.blocks.filter { !($0.kind == .heading && $0.level == 1) }.map(\.text).joined(separator: "\n")
    }

    static let trafilaturaScript = """
        import json, os, sys, time
        import trafilatura
        pages, out, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
        ids = sorted(f[:-5] for f in os.listdir(pages) if f.endswith(".html"))
        pred = {}
        start = time.perf_counter()
        for r in range(repeats):
            for i in ids:
                with open(os.path.join(pages, i + ".html"), "rb") as f:
                    html = f.read()
                text = trafilatura.extract(html, include_comments=False) or ""
                if r == 0:
                    pred[i] = {"articleBody": text}
        elapsed = (time.perf_counter() - start) / repeats
        json.dump(pred, open(out, "w", encoding="utf-8"))
        print(elapsed)
        """

    static func gunzip(_ path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            printError("\(path): gzip -dc failed")
            throw ExitCode.failure
        }
        return data
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // stderr is drained on its own thread so a chatty tool cannot fill the pipe and stall us.
        let group = DispatchGroup()
        nonisolated(unsafe) var stderr = Data()
        group.enter()
        DispatchQueue.global().async {
            stderr = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }
}
