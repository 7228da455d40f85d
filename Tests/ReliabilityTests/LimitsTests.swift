import Foundation
import TestSupport
import Testing

/// The limits a user sets (`--max-file-size`, `--timeout-per-file`) and the batch policy (`--keep-going`
/// by default, `--fail-fast` on request) of `extract`, `ingest` and `analyze`, through the built binary.
@Suite(.serialized) struct LimitsTests {
    let dir: URL
    /// A small text file that every command reads.
    let small: String
    /// A text file of a little over 4,000 bytes.
    let big: String

    init() throws {
        dir = try Shared.temporaryDirectory()
        small = dir.appendingPathComponent("kort.txt").path
        try Data("De gemeente verkort de wachtlijsten in de jeugdhulp.\n".utf8).write(to: URL(fileURLWithPath: small))
        big = dir.appendingPathComponent("lang.txt").path
        let line = "De regio koopt de specialistische jeugdzorg gezamenlijk in en maakt afspraken met aanbieders.\n"
        try Data(String(repeating: line, count: 45).utf8).write(to: URL(fileURLWithPath: big))
    }

    private func errorLines(_ result: ProcessResult) -> [Substring] {
        result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
    }

    private var db: String { dir.appendingPathComponent("store-\(UUID().uuidString).sqlite").path }

    // MARK: --max-file-size

    @Test func extractRefusesOverLimitFileAndGoesOn() throws {
        let result = try ProcessRunner.dwars(["extract", "--max-file-size", "4000", big, small], timeout: 60)
        #expect(result.status == 1 && !result.timedOut)
        let errors = errorLines(result)
        #expect(errors.count == 1)
        #expect(errors.first?.contains(big) == true)
        #expect(errors.first?.contains("over the limit of 4000 bytes") == true)
        #expect(result.stdout.contains("verkort de wachtlijsten"))
        #expect(!result.stdout.contains("gezamenlijk"))
        let raised = try ProcessRunner.dwars(["extract", "--max-file-size", "5000", big], timeout: 60)
        #expect(raised.status == 0 && raised.stdout.contains("gezamenlijk"))
    }

    @Test func ingestRefusesOverLimitFileAndGoesOn() throws {
        let result = try ProcessRunner.dwars(
            ["ingest", "--db", db, "--no-link", "--plain", "--max-file-size", "4000", big, small], timeout: 60)
        #expect(result.status == 1 && !result.timedOut)
        let errors = errorLines(result)
        #expect(errors.count == 1)
        #expect(errors.first?.contains(big) == true)
        #expect(errors.first?.contains("over the limit of 4000 bytes") == true)
        #expect(result.stdout.contains("stored \(small)"))
        #expect(result.stdout.contains("ingest: 1 stored, 0 skipped, 1 failed"))
    }

    @Test func analyzeRefusesOverLimitFileAndGoesOn() throws {
        let out = dir.appendingPathComponent("out-limit").path
        let result = try ProcessRunner.dwars(
            ["analyze", "--out", out, "--max-file-size", "4000", big, small], timeout: 120)
        #expect(!result.timedOut)
        let errors = errorLines(result)
        #expect(errors.count == 1)
        #expect(errors.first?.contains(big) == true)
        #expect(errors.first?.contains("over the limit of 4000 bytes") == true)
        #expect(result.stdout.contains("analyzed 1 of 2 files"))
        #expect(result.status == 1)  // reports written for the rest; the exit status says a file failed
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    // MARK: --timeout-per-file

    /// The 5,000-page PDF (about 7 s on a debug build) stopped after half a second, between two pages;
    /// the next file is still read.
    @Test func timeoutStopsLongPDFAndGoesOn() throws {
        let pdf = dir.appendingPathComponent("vijfduizend.pdf").path
        try GeneratedPDF.pages(5000).write(to: URL(fileURLWithPath: pdf))
        defer { try? FileManager.default.removeItem(atPath: pdf) }
        let result = try ProcessRunner.dwars(["extract", "--timeout-per-file", "0.5", pdf, small], timeout: 60)
        print("extract --timeout-per-file 0.5 on 5000 pages: \(String(format: "%.2f", result.seconds)) s")
        #expect(result.status == 1 && !result.timedOut)
        let errors = errorLines(result)
        #expect(errors == ["error: \(pdf): extraction stopped after 0.5 s (raise it with --timeout-per-file)"])
        #expect(result.stdout.contains("verkort de wachtlijsten"))
        #expect(result.seconds < 5)

        let ingest = try ProcessRunner.dwars(
            ["ingest", "--db", db, "--no-link", "--plain", "--timeout-per-file", "0.5", pdf, small], timeout: 60)
        #expect(ingest.status == 1)
        #expect(errorLines(ingest).first?.contains("\(pdf): extraction stopped after 0.5 s") == true)
        #expect(ingest.stdout.contains("ingest: 1 stored, 0 skipped, 1 failed"))
    }

    @Test func timeoutMustBePositive() throws {
        let result = try ProcessRunner.dwars(["extract", "--timeout-per-file", "0", small], timeout: 30)
        #expect(result.status != 0 && result.stderr.contains("--timeout-per-file"))
    }

    // MARK: --keep-going (default) and --fail-fast

    @Test func failFastStopsAtFirstFailure() throws {
        let missing = dir.appendingPathComponent("bestaat-niet.txt").path
        let keepGoing = try ProcessRunner.dwars(["extract", missing, small], timeout: 30)
        #expect(keepGoing.status == 1 && keepGoing.stdout.contains("verkort de wachtlijsten"))
        #expect(keepGoing.stderr.contains("extract: 1 of 2 file(s) failed"))

        let extract = try ProcessRunner.dwars(["extract", "--fail-fast", missing, small], timeout: 30)
        #expect(extract.status == 1)
        #expect(errorLines(extract).count == 1 && errorLines(extract).first?.contains(missing) == true)
        #expect(!extract.stdout.contains("verkort de wachtlijsten"))

        let ingest = try ProcessRunner.dwars(
            ["ingest", "--db", db, "--no-link", "--plain", "--fail-fast", missing, small], timeout: 60)
        #expect(ingest.status == 1)
        #expect(ingest.stdout.contains("ingest: 0 stored, 0 skipped, 1 failed"))

        let out = dir.appendingPathComponent("out-fail-fast").path
        let analyze = try ProcessRunner.dwars(["analyze", "--out", out, "--fail-fast", big, missing, small], timeout: 120)
        #expect(analyze.status == 1)
        #expect(errorLines(analyze).count == 1)
        #expect(analyze.stdout.contains("analyzed 1 of 3 files"))
    }
}
