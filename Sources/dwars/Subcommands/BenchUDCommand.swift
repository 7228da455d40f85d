import ArgumentParser
import Foundation
import Tokenization

/// `dwars bench ud`: token and sentence F1 on the UD Dutch dev treebanks for dwars, ucto and spaCy, in one run.
///
/// For each treebank the raw text comes from the treebank's `ud_text.py`; dwars tokenizes it in process,
/// `ucto -L nld -n --filter=NO` (by default ucto rewrites "æ" as "ae" and the scorer loses
/// alignment) and spaCy `blank("nl")` + sentencizer run on the same text file, and `ud_score.py`
/// scores all three.
struct BenchUDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ud", abstract: "Token and sentence F1 on UD Dutch (Alpino, LassySmall dev) vs ucto and spaCy.")

    @Option(help: "Folder with the UD .conllu files, ud_text.py and ud_score.py.")
    var ud: String = PeerTool.sharedFolder + "/ud"

    @Option(help: "Where to write the texts and predictions (default: a temporary folder).")
    var output: String?

    @Flag(help: "Score only dwars.") var skipPeers = false

    struct Score: Decodable {
        struct PRF: Decodable {
            var f1: Double
            var precision: Double
            var recall: Double
        }
        var tokens: PRF
        var sentences: PRF
        var warning: String?
    }

    func run() throws {
        let fm = FileManager.default
        let outDir = output ?? fm.temporaryDirectory.appendingPathComponent("dwars-bench-ud-\(getpid())").path
        try fm.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        let splitter: SentenceSplitter
        do { splitter = try SentenceSplitter() } catch let error as TokenizationError {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
        let spacyScript = outDir + "/spacy_ud.py"
        try PeerTool.spacyUDScript.write(toFile: spacyScript, atomically: true, encoding: .utf8)
        let banks = ["nl_alpino-ud-dev", "nl_lassysmall-ud-dev"]
        print("treebank                tool    token P/R/F1              sentence P/R/F1           seconds")
        for bank in banks {
            let gold = "\(ud)/\(bank).conllu"
            guard fm.fileExists(atPath: gold) else {
                printError("\(gold): treebank not found (set --ud)")
                throw ExitCode.failure
            }
            let textPath = "\(outDir)/\(bank).txt"
            let made = try PeerTool.run(["python3", "\(ud)/ud_text.py", gold])
            guard made.status == 0 else {
                printError("\(ud)/ud_text.py failed: \(made.stderr)")
                throw ExitCode.failure
            }
            try made.stdout.write(toFile: textPath, atomically: true, encoding: .utf8)

            var rows: [(String, String, Double)] = []
            let start = Date()
            let tokens = splitter.tokenizer.tokenize(made.stdout)
            let sentences = splitter.sentenceTokenRanges(in: made.stdout, tokens: tokens)
            let ours = Date().timeIntervalSince(start)
            let oursPath = "\(outDir)/\(bank).dwars.conllu"
            try TokenizeCommand.conllu(text: made.stdout, tokens: tokens, sentences: sentences)
                .write(toFile: oursPath, atomically: true, encoding: .utf8)
            rows.append(("dwars", oursPath, ours))

            if !skipPeers {
                let uctoOut = "\(outDir)/\(bank).ucto.txt"
                // --filter=NO: keep special characters (ucto writes "ae" for "æ" otherwise, which misaligns the scoring).
                let ucto = try PeerTool.run(["ucto", "-L", "nld", "-n", "--filter=NO", textPath, uctoOut])
                if ucto.status == 0, let raw = fm.contents(atPath: uctoOut) {
                    let path = "\(outDir)/\(bank).ucto.conllu"
                    try PeerTool.uctoToTokenLines(String(decoding: raw, as: UTF8.self))
                        .write(toFile: path, atomically: true, encoding: .utf8)
                    rows.append(("ucto", path, ucto.seconds))
                } else {
                    printError("ucto failed (apt-get install ucto): \(ucto.stderr.suffix(300))")
                }
                let spacyPath = "\(outDir)/\(bank).spacy.conllu"
                let spacy = try PeerTool.run(["python3", spacyScript, textPath, spacyPath])
                if spacy.status == 0 {
                    let seconds = Double(spacy.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? spacy.seconds
                    rows.append(("spacy", spacyPath, seconds))
                } else {
                    printError("spaCy failed (pip install spacy): \(spacy.stderr.suffix(300))")
                }
            }
            for (tool, path, seconds) in rows {
                let scored = try PeerTool.run(["python3", "\(ud)/ud_score.py", gold, path, "--json"])
                guard scored.status == 0,
                    let score = try? JSONDecoder().decode(Score.self, from: Data(scored.stdout.utf8))
                else {
                    printError("ud_score.py failed on \(path): \(scored.stderr)")
                    continue
                }
                let t = score.tokens
                let s = score.sentences
                func f(_ x: Double) -> String { String(format: "%.4f", x) }
                let name = bank.padding(toLength: 23, withPad: " ", startingAt: 0)
                let toolName = tool.padding(toLength: 7, withPad: " ", startingAt: 0)
                let tokenColumns = "\(f(t.precision)) \(f(t.recall)) \(f(t.f1))"
                let sentenceColumns = "\(f(s.precision)) \(f(s.recall)) \(f(s.f1))"
                let warning = score.warning.map { "  (\($0))" } ?? ""
                print(
                    "\(name) \(toolName) \(tokenColumns)    \(sentenceColumns)    \(String(format: "%7.2f", seconds))\(warning)"
                )
            }
        }
        print("texts and predictions: \(outDir)")
    }
}
