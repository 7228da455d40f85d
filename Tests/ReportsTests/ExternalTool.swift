import Foundation

/// Runs a program found on PATH for the tests (python3's csv module, headless Chromium).
enum ExternalTool {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether `name` is on PATH.
    static func exists(_ name: String) -> Bool { find(name) != nil }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `name` with `arguments`; returns (status, stdout, stderr). Kills it after `timeout` seconds.
    static func run(_ name: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> (Int32, String, String)
    {
        guard let exe = find(name) else { throw Failure(description: "\(name) not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = arguments
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dwars-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, stdout, stderr)
    }

    /// Reads a CSV file through Python's csv module with Excel's dialect (`utf-8-sig`, the given delimiter)
    /// and returns its records.
    static func readCSV(_ path: String, delimiter: String = ";") throws -> [[String]] {
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                rows = list(csv.reader(f, dialect='excel', delimiter=sys.argv[2]))
            print(json.dumps(rows))
            """
        let (status, out, err) = try run("python3", ["-c", script, path, delimiter])
        guard status == 0 else { throw Failure(description: "python3 csv failed: \(err)") }
        return try JSONDecoder().decode([[String]].self, from: Data(out.utf8))
    }
}
