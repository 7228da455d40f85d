import Foundation

/// Locates the project's folders and the read-only `../shared` beside the checkout for tests.
///
/// Tests that need `../shared` use `@Test(.enabled(if: Shared.runnable))` and then `try Shared.require()`:
/// where `../shared` is missing they are skipped with a message, except in CI (`CI=true`), where they
/// run and fail loudly.
public enum Shared {
    /// The checkout's root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared` next to the checkout (or `DWARS_SHARED` when set).
    public static let directory: URL = {
        if let env = ProcessInfo.processInfo.environment["DWARS_SHARED"] { return URL(fileURLWithPath: env) }
        return root.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("corpus").path)
    }

    /// True when a test that needs `../shared` should run: it is there, or we are in CI (and must fail).
    public static var runnable: Bool {
        if !isAvailable && !isCI {
            FileHandle.standardError.write(Data("note: ../shared not found; skipping tests that need it\n".utf8))
        }
        return isAvailable || isCI
    }

    /// Error thrown in CI when `../shared` is missing.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "../shared is missing at \(Shared.directory.path): CI needs it" }
    }

    /// Throws `Missing` when `../shared` is not there.
    public static func require() throws {
        if !isAvailable { throw Missing() }
    }

    /// Path of a file under `../shared`.
    public static func path(_ relative: String) -> String { directory.appendingPathComponent(relative).path }

    /// Path of the seed corpus file whose name starts with `prefix` ("004").
    public static func corpusFile(_ prefix: String) throws -> String {
        try require()
        let dir = directory.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else {
            throw Missing()
        }
        return dir.appendingPathComponent(name).path
    }

    /// The built `dwars` binary (debug build), for end-to-end tests.
    public static var dwarsBinary: String { root.appendingPathComponent(".build/debug/dwars").path }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dwars-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
