import Foundation

/// Runs a peer tool (ucto, a Python snippet) for the tokenizer benchmarks, output to files, and times it.
enum PeerTool {
    struct Result {
        var status: Int32
        var seconds: Double
        var stdout: String
        var stderr: String
    }

    /// Runs `arguments` through `/usr/bin/env`; standard output and error go to temporary files, so a large
    /// output cannot stall the pipe.
    static func run(_ arguments: [String]) throws -> Result {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("dwars-peer-\(getpid())-\(UUID().uuidString)")
        let outURL = base.appendingPathExtension("out")
        let errURL = base.appendingPathExtension("err")
        fm.createFile(atPath: outURL.path, contents: nil)
        fm.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? fm.removeItem(at: outURL)
            try? fm.removeItem(at: errURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let start = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let out = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        let err = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return Result(status: process.terminationStatus, seconds: seconds, stdout: out, stderr: err)
    }

    /// `ucto -L nld -n` output (one sentence a line, blank line between paragraphs) as scorer input:
    /// one token a line, a blank line after each sentence.
    static func uctoToTokenLines(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let tokens = line.split(separator: " ", omittingEmptySubsequences: true)
            guard !tokens.isEmpty else { continue }
            out += tokens.joined(separator: "\n") + "\n\n"
        }
        return out
    }

    /// The folder `../shared` beside the checkout (or `$DWARS_SHARED`).
    static var sharedFolder: String {
        if let shared = ProcessInfo.processInfo.environment["DWARS_SHARED"] { return shared }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared").path
    }

    /// spaCy blank("nl") with its sentencizer, one doc per paragraph (blank-line separated, the same
    /// boundaries dwars and ucto get): writes one token a line, a blank line after each sentence, and prints
    /// the seconds spent in `nlp.pipe` (tokenizing and sentence splitting, no start-up).
    static let spacyUDScript = """
        import sys, time
        import spacy
        text = open(sys.argv[1], encoding="utf-8").read()
        paragraphs = [p for p in text.split("\\n\\n") if p.strip()]
        nlp = spacy.blank("nl")
        nlp.add_pipe("sentencizer")
        start = time.perf_counter()
        docs = list(nlp.pipe(paragraphs))
        elapsed = time.perf_counter() - start
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            for doc in docs:
                for sent in doc.sents:
                    forms = [t.text for t in sent if not t.is_space]
                    if forms:
                        out.write("\\n".join(forms) + "\\n\\n")
        print(elapsed)
        """

    /// spaCy blank("nl") tokenizer only: prints "seconds tokens" for `nlp.tokenizer(text)`, best of N.
    static let spacyTokenizeScript = """
        import sys, time
        import spacy
        text = open(sys.argv[1], encoding="utf-8").read()
        repeats = int(sys.argv[2])
        nlp = spacy.blank("nl")
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        best, count = None, 0
        for _ in range(repeats):
            start = time.perf_counter()
            doc = nlp.tokenizer(text)
            elapsed = time.perf_counter() - start
            count = sum(1 for t in doc if not t.is_space)
            best = elapsed if best is None else min(best, elapsed)
        print(best, count)
        """
}
