import Foundation
import Reports
import Testing

@Suite("CSV for Excel on a Dutch system")
struct CSVWriterTests {
    @Test(
        "quoting follows RFC 4180",
        arguments: [
            ("gewoon", "gewoon"),
            ("a;b", "\"a;b\""),
            ("zij zei \"nee\"", "\"zij zei \"\"nee\"\"\""),
            ("twee\nregels", "\"twee\nregels\""),
            ("crlf\r\nhier", "\"crlf\r\nhier\""),
            (" spatie", "\" spatie\""),
            ("cliënten één", "cliënten één"),
            ("=SOM(A1)", "'=SOM(A1)"),
            ("- Een opsomming", "'- Een opsomming"),
            ("-47", "-47"),
        ])
    func quoting(field: String, expected: String) {
        #expect(CSVWriter().quote(field) == expected)
    }

    @Test("comma separator quotes commas, not semicolons")
    func commaSeparator() {
        let writer = CSVWriter(separator: ",", byteOrderMark: false)
        #expect(writer.quote("a,b") == "\"a,b\"")
        #expect(writer.quote("a;b") == "a;b")
        #expect(writer.write(header: ["x"], rows: [["1"]]) == "x\r\n1\r\n")
    }

    @Test("starts with a byte order mark and ends records with CRLF")
    func bomAndLineEnds() {
        let text = CSVWriter().write(header: ["Id", "Zin"], rows: [["1", "één"]])
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("Id;Zin\r\n"))
    }

    @Test("hostile fields read back intact through Python's csv module (Excel dialect)")
    func roundTrip() throws {
        let fields = ["a;b", "zij zei \"nee\"", "twee\nregels", "cliënten, één; financiële", "", "€ 1,6 mld."]
        let dir = try TestFiles.directory()
        for (separator, name) in [(";", "semi.csv"), (",", "comma.csv")] {
            let path = dir.appendingPathComponent(name).path
            let text = CSVWriter(separator: Character(separator)).write(
                header: ["Kolom1", "Kolom2"], rows: fields.map { [$0, "x"] })
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let rows = try ExternalTool.readCSV(path, delimiter: separator)
            #expect(rows.count == fields.count + 1)
            #expect(rows.dropFirst().map { $0[0] } == fields)
            #expect(rows.allSatisfy { $0.count == 2 })
        }
    }
}

/// Temporary folders for test output.
enum TestFiles {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dwars-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
