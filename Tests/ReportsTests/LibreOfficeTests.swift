import Foundation
import Reports
import Testing

/// The CSV as a spreadsheet program reads it: LibreOffice Calc converts `matrix.csv` (`;`, UTF-8) to xlsx,
/// and every cell of the workbook equals what Python's csv module reads from the file.
@Suite("CSV through LibreOffice")
struct LibreOfficeTests {
    @Test(
        "soffice --convert-to xlsx keeps every cell, accents included", .enabled(if: ExternalTool.exists("soffice")),
        .timeLimit(.minutes(2)))
    func convert() throws {
        let report = try SampleSnapshot.report()
        let dir = try TestFiles.directory()
        let csv = dir.appendingPathComponent("matrix-evidence.csv")
        try Data(MatrixReport(labels: report.labels).evidenceCSV(report.matrix).utf8).write(to: csv)
        let (status, _, err) = try ExternalTool.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(dir.path)/lo-profile", "--headless", "--infilter=CSV:59,34,76,1",
                "--convert-to", "xlsx", "--outdir", dir.path, csv.path,
            ], timeout: 100)
        #expect(status == 0, "soffice: \(err)")
        let xlsx = dir.appendingPathComponent("matrix-evidence.xlsx").path
        try #require(FileManager.default.fileExists(atPath: xlsx))
        let script = """
            import zipfile, sys, re, json
            import xml.etree.ElementTree as ET
            M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
            z = zipfile.ZipFile(sys.argv[1])
            shared = []
            if 'xl/sharedStrings.xml' in z.namelist():
                for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(M + 'si'):
                    shared.append(''.join(t.text or '' for t in si.iter(M + 't')))
            rows = []
            for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(M + 'row'):
                row = {}
                for c in r.iter(M + 'c'):
                    letters = re.match('[A-Z]+', c.get('r')).group(0)
                    n = 0
                    for ch in letters: n = n * 26 + ord(ch) - 64
                    v = c.find(M + 'v')
                    row[n - 1] = shared[int(v.text)] if c.get('t') == 's' else ('' if v is None else v.text)
                rows.append([row.get(i, '') for i in range(max(row) + 1)] if row else [])
            print(json.dumps(rows))
            """
        let (pyStatus, out, pyErr) = try ExternalTool.run("python3", ["-c", script, xlsx])
        try #require(pyStatus == 0, "reading xlsx: \(pyErr)")
        let sheet = try JSONDecoder().decode([[String]].self, from: Data(out.utf8))
        let expected = try ExternalTool.readCSV(csv.path)
        #expect(sheet.count == expected.count)
        for (a, b) in zip(sheet, expected) {
            // Calc drops trailing empty cells of a row.
            #expect(a == Array(b.prefix(a.count)) && b.dropFirst(a.count).allSatisfy(\.isEmpty), "\(a) != \(b)")
        }
        #expect(sheet.joined().contains("1. Geef cliënten één vast aanspreekpunt"))
    }
}
