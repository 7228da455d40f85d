import ArgumentParser
import DwarsModel
import Extraction
import Foundation

/// `dwars bench pdf`: the same PDFs through `pdftotext` (poppler-utils) and through our extractor, in
/// one run, several repetitions; prints both times, their ratio, and how much page furniture and
/// line-end hyphenation each leaves in its text.
///
/// Inputs: the text PDFs of `../shared/fixtures/real` and the sample PDFs (`Corpus/*.pdf`, rendered
/// from `Corpus/sources` into a temporary folder when missing). One untimed warm-up pass each (page
/// cache, and our one-time load of the Dutch word list), then `--repeats` timed passes. pdftotext runs
/// as one process per file, as it is used; ours runs in-process, and `--subprocess` also times
/// `dwars extract` as one process per file and as one process for all files (start-up and word-list
/// load included).
struct BenchPDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf", abstract: "PDF extraction vs pdftotext on the same files (time ratio, furniture left).")

    @Option(help: "Timed passes over all files.") var repeats: Int = 5
    @Option(help: "Folder with real PDFs (default ../shared/fixtures/real).") var fixtures: String?
    @Option(help: "Folder with the sample corpus (NAME.pdf, or sources/ to render).") var corpus: String = "Corpus"
    @Flag(help: "Also time `dwars extract` run as one process per file.") var subprocess = false

    func run() throws {
        let files = try inputs()
        guard !files.isEmpty else {
            printError("error: no PDFs found")
            throw ExitCode.failure
        }
        print("files: \(files.count) PDFs, \(files.reduce(0) { $0 + Self.size($1) } / 1024) KiB; repeats: \(repeats)")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dwars-bench-pdf-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: out) }

        // Warm-up (untimed), collecting the texts for the furniture count.
        var peerTexts: [String] = []
        var ourTexts: [String] = []
        let extractor = Extractor()
        for file in files {
            _ = try PeerTool.run(["pdftotext", "-enc", "UTF-8", file, out])
            peerTexts.append((try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
            let document = try? extractor.extract(path: file)
            ourTexts.append(document?.blocks.filter { $0.kind != .footnote }.map(\.text).joined(separator: "\n") ?? "")
        }

        var peer = 0.0
        var ours = 0.0
        for _ in 0..<repeats {
            for file in files {
                peer += try PeerTool.run(["pdftotext", "-enc", "UTF-8", file, out]).seconds
            }
            let start = Date()
            for file in files { _ = try? extractor.extract(path: file) }
            ours += Date().timeIntervalSince(start)
        }
        let perPass = { (t: Double) in t / Double(repeats) }
        print(String(format: "pdftotext (process per file):   %.3f s per pass", perPass(peer)))
        print(String(format: "dwars extractor (in process):   %.3f s per pass   ratio %.2fx", perPass(ours), ours / peer))
        if subprocess {
            let binary = CommandLine.arguments[0]
            var sub = 0.0
            for _ in 0..<repeats {
                for file in files { sub += try PeerTool.run([binary, "extract", file]).seconds }
            }
            print(String(format: "dwars extract (process per file): %.3f s per pass   ratio %.2fx", perPass(sub), sub / peer))
            var one = 0.0
            for _ in 0..<repeats { one += try PeerTool.run([binary, "extract"] + files).seconds }
            print(String(format: "dwars extract (one process, all files): %.3f s per pass   ratio %.2fx", perPass(one), one / peer))
        }
        let (peerStamps, peerHyphens) = Self.furniture(peerTexts)
        let (ourStamps, ourHyphens) = Self.furniture(ourTexts)
        print("page stamps left (\"Pagina N van M\", bare page numbers): pdftotext \(peerStamps), dwars \(ourStamps)")
        print("lines ending in a hyphen (hyphenation left):            pdftotext \(peerHyphens), dwars \(ourHyphens)")
    }

    /// Counts page-stamp lines and lines ending in letter + hyphen.
    static func furniture(_ texts: [String]) -> (Int, Int) {
        var stamps = 0
        var hyphens = 0
        for text in texts {
            for line in text.split(separator: "\n") {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t.range(of: #"^(Pagina \d+ van \d+|\d{1,3})$"#, options: .regularExpression) != nil { stamps += 1 }
                if t.range(of: #"\p{L}-$"#, options: .regularExpression) != nil { hyphens += 1 }
            }
        }
        return (stamps, hyphens)
    }

    private func inputs() throws -> [String] {
        let fm = FileManager.default
        let real = fixtures ?? PeerTool.sharedFolder + "/fixtures/real"
        var files = ((try? fm.contentsOfDirectory(atPath: real)) ?? []).sorted()
            .filter { $0.hasSuffix(".pdf") && !$0.hasPrefix("broken_") && $0 != "blg-1007826.pdf" }
            .map { real + "/" + $0 }
        var samples = ((try? fm.contentsOfDirectory(atPath: corpus)) ?? []).sorted().filter { $0.hasSuffix(".pdf") }
            .map { corpus + "/" + $0 }
        if samples.isEmpty {
            let dir = fm.temporaryDirectory.appendingPathComponent("dwars-bench-samples-\(getpid())").path
            samples = try SampleCorpus.render(sources: corpus + "/sources", out: dir).filter { $0.hasSuffix(".pdf") }
        }
        files += samples
        return files
    }

    private static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
