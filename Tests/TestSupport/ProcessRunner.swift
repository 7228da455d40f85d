import Foundation

/// Runs a command line for end-to-end tests, with a time guard against hangs.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var timedOut: Bool
    public var seconds: Double
}

public enum ProcessRunner {
    /// Runs `executable` with `arguments`, killing it after `timeout` seconds.
    public static func run(
        _ executable: String, _ arguments: [String], timeout: Double = 120, environment: [String: String]? = nil,
        currentDirectory: String? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("dwars-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("dwars-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                process.terminate()
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return ProcessResult(status: process.terminationStatus, stdout: stdout, stderr: stderr, timedOut: timedOut,
                             seconds: Date().timeIntervalSince(start))
    }

    /// Runs the built `dwars` binary.
    public static func dwars(_ arguments: [String], timeout: Double = 120, environment: [String: String]? = nil)
        throws -> ProcessResult
    {
        try run(Shared.dwarsBinary, arguments, timeout: timeout, environment: environment)
    }
}
