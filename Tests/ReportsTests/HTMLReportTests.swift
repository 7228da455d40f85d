import Foundation
import Reports
import TestSupport
import Testing

@Suite("HTML report")
struct HTMLReportTests {
    let report: AnalysisReport

    init() throws { report = try SampleSnapshot.report() }

    func page() -> String { HTMLReport(labels: report.labels).page(report) }

    @Test("one self-contained file: inline style and script, nothing loaded from the network")
    func selfContained() {
        let html = page()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"nl\">"))
        for pattern in ["src=\"http", "href=\"http", "<link ", "@import", "url(http", "src=\"//"] {
            #expect(!html.contains(pattern), "page refers to the network: \(pattern)")
        }
        #expect(html.components(separatedBy: "class=\"matrix-row\"").count - 1 == report.matrix.rows.count)
        #expect(html.contains("<section id=\"outline\">"))
        #expect(html.contains("<input id=\"q\""))
    }

    @Test("text from the documents cannot break out of the page")
    func escaping() throws {
        var snapshot = SampleSnapshot.make()
        snapshot.consensusItems[0].label = "</script><script>alert(1)</script> & <b>"
        snapshot.passages.append(Passage(doc: SampleSnapshot.advies, line: 99, text: "</script><!-- einde"))
        let html = HTMLReport(labels: report.labels).page(try AnalysisReport(snapshot: snapshot))
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"))
    }

    @Test("analysis.json has the top-level keys the issue names")
    func json() throws {
        let data = try report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "documents", "items", "links", "consensusItems", "measures", "positions", "matrix", "outline",
            ])
        let matrix = try #require(object["matrix"] as? [String: Any])
        #expect((matrix["rows"] as? [Any])?.count == 3)
        #expect((object["positions"] as? [Any])?.count == 5)
    }

    /// Headless Chromium loads the page with `#selftest`: the page clicks its first filled cell, searches,
    /// and writes the result into its title and `#selftest-result`; console errors go to stderr.
    @Test(
        "in headless Chromium: loads without errors, a row per consensus item, a click shows evidence",
        .enabled(if: ExternalTool.exists("chromium")), .timeLimit(.minutes(2)))
    func chromium() throws {
        let dir = try TestFiles.directory()
        let file = dir.appendingPathComponent("index.html")
        try Data(page().utf8).write(to: file)
        let profile = dir.appendingPathComponent("profile").path
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
            "--enable-logging=stderr", "--v=0",
        ]
        let (status, dom, log) = try ExternalTool.run(
            "chromium", common + ["--virtual-time-budget=3000", "--dump-dom", "file://\(file.path)#selftest"],
            timeout: 90)
        #expect(status == 0)
        let consoleErrors = log.split(separator: "\n").filter {
            $0.contains("Uncaught") || ($0.contains("CONSOLE") && $0.contains("ERROR"))
        }
        #expect(consoleErrors.isEmpty, "console errors: \(consoleErrors)")
        #expect(dom.contains("<title>SELFTEST OK rows=3 evidence="), "title: \(dom.prefix(400))")
        let result = try #require(
            dom.components(separatedBy: "<pre id=\"selftest-result\">").last?
                .components(separatedBy: "</pre>").first)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.replacingOccurrences(of: "&quot;", with: "\"").utf8))
                as? [String: Any])
        #expect(json["rows"] as? Int == 3)
        #expect((json["evidence"] as? Int ?? 0) >= 1)
        #expect((json["firstSentence"] as? String)?.isEmpty == false)
        #expect((json["searchHits"] as? Int ?? 0) >= 1)
        #expect(dom.contains("class=\"evidence-item\""))

        // The screenshot is a test artefact: .build/artifacts/report.png.
        let artifacts = Shared.root.appendingPathComponent(".build/artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let png = artifacts.appendingPathComponent("report.png").path
        try? FileManager.default.removeItem(atPath: png)
        let (shotStatus, _, _) = try ExternalTool.run(
            "chromium",
            common + [
                "--virtual-time-budget=3000", "--window-size=1400,1000", "--screenshot=\(png)",
                "file://\(file.path)#selftest",
            ], timeout: 90)
        #expect(shotStatus == 0)
        #expect(FileManager.default.fileExists(atPath: png))
    }
}
