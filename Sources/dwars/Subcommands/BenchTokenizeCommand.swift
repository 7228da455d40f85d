import ArgumentParser
import Foundation
import Tokenization

/// `dwars bench tokenize`: tokenizer throughput of dwars, ucto and spaCy blank("nl") on the same input in one
/// run — the five seed texts concatenated `--copies` times (10: 8.8 MB) — with our peak memory.
///
/// dwars runs in process on one core (best of `--repeats`, building every `Token` with its String); ucto is
/// timed as a whole process (`ucto -L nld -n IN OUT`, start-up included, about 0.3 s); spaCy's time is
/// `nlp.tokenizer(text)` inside Python, without start-up. Token counts leave out white space.
struct BenchTokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize", abstract: "Tokens per second vs ucto and spaCy blank-nl on the seed texts x10.")

    @Option(help: "Folder with the seed texts (*.txt).") var corpus: String = PeerTool.sharedFolder + "/corpus"
    @Option(help: "How many times the seed texts are concatenated.") var copies: Int = 10
    @Option(help: "Timed runs of our tokenizer (the best counts).") var repeats: Int = 3
    @Flag(help: "Skip ucto (the slowest: about 80 s on 8.8 MB).") var skipUcto = false
    @Flag(help: "Skip spaCy.") var skipSpacy = false

    func run() throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: corpus).filter({ $0.hasSuffix(".txt") }).sorted(),
            !names.isEmpty
        else {
            printError("\(corpus): no .txt seed texts found (set --corpus)")
            throw ExitCode.failure
        }
        var one = ""
        for name in names {
            guard let data = fm.contents(atPath: corpus + "/" + name) else { continue }
            one += String(decoding: data, as: UTF8.self)
            if !one.hasSuffix("\n") { one += "\n" }
        }
        let text = String(repeating: one, count: max(1, copies))
        let megabytes = Double(text.utf8.count) / 1_000_000
        let dir = fm.temporaryDirectory.appendingPathComponent("dwars-bench-tokenize-\(getpid())").path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        let input = dir + "/input.txt"
        try text.write(toFile: input, atomically: true, encoding: .utf8)
        print(String(format: "input: %d seed texts x %d = %.2f MB", names.count, copies, megabytes))

        let tokenizer: Tokenizer
        do { tokenizer = try Tokenizer() } catch let error as TokenizationError {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
        var best = Double.infinity
        var count = 0
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            let tokens = tokenizer.tokenize(text)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            count = tokens.count
            best = min(best, seconds)
        }
        let splitter = SentenceSplitter(tokenizer: tokenizer)
        let sentenceStart = DispatchTime.now().uptimeNanoseconds
        let sentences = splitter.sentences(in: text).count
        let sentenceSeconds = Double(DispatchTime.now().uptimeNanoseconds - sentenceStart) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024

        var rows: [(String, Int, Double)] = [("dwars", count, best)]
        if !skipUcto {
            let out = dir + "/ucto.txt"
            let ucto = try PeerTool.run(["ucto", "-L", "nld", "-n", input, out])
            if ucto.status == 0, let data = fm.contents(atPath: out) {
                let n = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).count
                rows.append(("ucto", n, ucto.seconds))
            } else {
                printError("ucto failed (apt-get install ucto): \(ucto.stderr.suffix(300))")
            }
        }
        if !skipSpacy {
            let script = dir + "/spacy_tokenize.py"
            try PeerTool.spacyTokenizeScript.write(toFile: script, atomically: true, encoding: .utf8)
            let spacy = try PeerTool.run(["python3", script, input, "1"])
            let fields = spacy.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" })
            if spacy.status == 0, fields.count == 2, let s = Double(fields[0]), let n = Int(fields[1]) {
                rows.append(("spacy", n, s))
            } else {
                printError("spaCy failed (pip install spacy): \(spacy.stderr.suffix(300))")
            }
        }
        print("tool      tokens      seconds   tokens/s      MB/s     dwars speed-up")
        for (tool, n, seconds) in rows {
            let speedup = tool == "dwars" ? "" : String(format: "%.1fx", seconds / best)
            print(
                tool.padding(toLength: 8, withPad: " ", startingAt: 0)
                    + String(
                        format: "%9d  %9.3f  %10.0f  %8.2f     ", n, seconds, Double(n) / seconds, megabytes / seconds)
                    + speedup)
        }
        print(
            String(
                format: "dwars sentences: %d in %.3f s (%.2f MB/s); peak memory (maxrss) %.0f MB",
                sentences, sentenceSeconds, megabytes / sentenceSeconds, peakMB))
    }
}
