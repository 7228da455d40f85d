import DwarsModel
import Foundation
import TestSupport
import Testing

/// End-to-end tests of `dwars analyze`, `dwars matrix` and `dwars outline` through the built binary
/// (`.build/debug/dwars`), on the small Dutch texts in `Fixtures/` (written for these tests).
@Suite("dwars analyze end to end", .serialized)
struct AnalyzeCommandTests {
    static let fixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static let reportFiles = [
        "index.html", "matrix.csv", "matrix-evidence.csv", "matrix.md", "measures-parties.csv", "outline.md",
        "outline.html", "analysis.json",
    ]

    /// Runs `dwars analyze` on the fixtures into a fresh folder.
    static func analyze(_ extra: [String] = []) throws -> (ProcessResult, URL) {
        let out = try Shared.temporaryDirectory().appendingPathComponent("out")
        let result = try ProcessRunner.dwars(["analyze", fixtures.path, "--out", out.path] + extra, timeout: 300)
        return (result, out)
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test("writes every report; a corrupt file gets one error line and the batch goes on")
    func writesReports() throws {
        let (result, out) = try Self.analyze()
        // One fixture is a corrupt PDF: the reports are written for the rest and the exit status says a file failed.
        #expect(result.status == 1, "stderr: \(result.stderr)")
        for name in Self.reportFiles {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "missing \(name)")
        }
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("104_kapot.pdf") == true)
        #expect(result.stdout.contains("analyzed 3 of 4 files"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("store.sqlite").path))
    }

    @Test(
        "analysis.json: the issue's top-level keys; matrix.csv has a row per consensus item and a column per document")
    func jsonAndCSV() throws {
        let (result, out) = try Self.analyze()
        try #require(result.status == 1, "stderr: \(result.stderr)")  // the corrupt fixture failed
        let json = try Self.json(out.appendingPathComponent("analysis.json"))
        for key in ["documents", "items", "links", "consensusItems", "measures", "positions", "matrix", "outline"] {
            #expect(json[key] != nil, "analysis.json lacks \(key)")
        }
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 3)
        let consensus = try #require(json["consensusItems"] as? [Any])
        let rows = try readCSV(out.appendingPathComponent("matrix.csv").path)
        #expect(rows.first.map { Array($0.prefix(3)) } == ["Id", "Aanbeveling", "Leden (bestand:regel)"])
        #expect(rows.first?.count == 3 + documents.count)
        #expect(rows.count - 1 == consensus.count)
        #expect(rows.dropFirst().allSatisfy { $0.count == 3 + documents.count })
    }

    @Test("--separator , writes comma CSV; --db names the store; matrix and outline read it back")
    func storeCommands() throws {
        let dir = try Shared.temporaryDirectory()
        let db = dir.appendingPathComponent("eigen.sqlite").path
        let (result, out) = try Self.analyze(["--db", db, "--separator", ","])
        try #require(result.status == 1, "stderr: \(result.stderr)")  // the corrupt fixture failed
        #expect(FileManager.default.fileExists(atPath: db))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("store.sqlite").path))
        let rows = try readCSV(out.appendingPathComponent("matrix.csv").path, delimiter: ",")
        #expect(rows.first?.first == "Id")

        let matrix = try ProcessRunner.dwars(["matrix", "--db", db, "--format", "csv"])
        #expect(matrix.status == 0, "stderr: \(matrix.stderr)")
        let printed = dir.appendingPathComponent("matrix-from-store.csv")
        try Data(matrix.stdout.utf8).write(to: printed)
        let fromStore = try readCSV(printed.path)
        #expect(fromStore.first == rows.first)
        #expect(fromStore.count == rows.count)
        let outline = try ProcessRunner.dwars(["outline", "--db", db])
        #expect(outline.status == 0, "stderr: \(outline.stderr)")
        #expect(outline.stdout.hasPrefix("# Concept-Hervormingsagenda"))
        let json = try ProcessRunner.dwars(["matrix", "--db", db, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["rows"] != nil)
    }

    @Test("a folder: one file per name stem (text first), README and hidden files skipped")
    func folderInputs() throws {
        let dir = try Shared.temporaryDirectory()
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("101_advies_raad.txt"), encoding: .utf8)
        try Data(text.utf8).write(to: dir.appendingPathComponent("advies.txt"))
        let html = "<html><body><h1>Advies</h1><p>Wij pleiten voor één vast aanspreekpunt.</p></body></html>"
        try Data(html.utf8).write(to: dir.appendingPathComponent("advies.html"))
        try Data("# Lees mij\n".utf8).write(to: dir.appendingPathComponent("README.md"))
        try Data("verborgen".utf8).write(to: dir.appendingPathComponent(".verborgen.txt"))
        let out = dir.appendingPathComponent("out")
        let result = try ProcessRunner.dwars(["analyze", dir.path, "--out", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("analyzed 1 of 1 files"))
        let json = try Self.json(out.appendingPathComponent("analysis.json"))
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["file"] as? String } == ["advies.txt"])
    }

    @Test("no readable input: a failure exit and a one-line error")
    func nothingReadable() throws {
        let out = try Shared.temporaryDirectory().appendingPathComponent("out")
        let result = try ProcessRunner.dwars([
            "analyze", Self.fixtures.appendingPathComponent("104_kapot.pdf").path,
            "--out", out.path,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }.count == 2)
    }
}

/// Reads a CSV file through Python's csv module with Excel's dialect (`utf-8-sig`).
func readCSV(_ path: String, delimiter: String = ";") throws -> [[String]] {
    let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
            print(json.dumps(list(csv.reader(f, dialect='excel', delimiter=sys.argv[2]))))
        """
    let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, path, delimiter])
    guard result.status == 0 else { throw CSVReadError(message: result.stderr) }
    return try JSONDecoder().decode([[String]].self, from: Data(result.stdout.utf8))
}

struct CSVReadError: Error { var message: String }
