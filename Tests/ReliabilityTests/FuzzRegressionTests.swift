import Foundation
import TestSupport
import Testing

/// Every input under Tests/Fuzz/<target>/ (crashes the fuzzer found, and tricky inputs we wrote) replays
/// through the normal build of `dwars-fuzz` without a trap.
@Suite struct FuzzRegressionTests {
    static let binary = Shared.root.appendingPathComponent(".build/debug/dwars-fuzz").path

    @Test(arguments: ["text", "html", "tagger", "tokenizer"])
    func savedInputsReplayCleanly(target: String) throws {
        let folder = Shared.root.appendingPathComponent("Tests/Fuzz/\(target)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .map { folder.appendingPathComponent($0).path }
        #expect(!files.isEmpty)
        let result = try ProcessRunner.run(Self.binary, [target] + files, timeout: 120,
                                           environment: ["DWARS_LEXICONS": Shared.root.appendingPathComponent("Lexicons").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("replayed \(files.count) input(s) through \(target)"))
    }
}
