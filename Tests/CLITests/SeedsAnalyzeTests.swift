import Foundation
import TestSupport
import Testing

/// `dwars analyze ../shared/corpus` on the five seeds, checked against the gold: the outline lists every
/// B-code of Tabel 1 and Tabel 2 with the Tabel 1 amounts of the gold pm rows; each of the SER's ten
/// recommendations is a member of a consensus item reaching another document; every measure that the gold
/// links tie to a passage has backing in the outline.
@Suite("dwars analyze on the seeds", .serialized)
struct SeedsAnalyzeTests {
    /// The analysis, run once for the suite.
    struct Run: Sendable {
        var status: Int32
        var stderr: String
        /// The bytes of analysis.json.
        var json: Data
        /// The report folder.
        var out: URL
    }

    static let run: Result<Run, any Error> = Result {
        try Shared.require()
        let out = try Shared.temporaryDirectory().appendingPathComponent("seeds")
        let result = try ProcessRunner.dwars(["analyze", Shared.path("corpus"), "--out", out.path], timeout: 600)
        let data = (try? Data(contentsOf: out.appendingPathComponent("analysis.json"))) ?? Data("{}".utf8)
        return Run(status: result.status, stderr: result.stderr, json: data, out: out)
    }

    static func analysis() throws -> [String: Any] {
        let run = try Self.run.get()
        try #require(run.status == 0, "dwars analyze failed: \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: run.json) as? [String: Any])
    }

    static func gold(_ name: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: Shared.path("gold/\(name)"), encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    static func measures() throws -> [[String: Any]] {
        try #require(try analysis()["measures"] as? [[String: Any]])
    }

    @Test(
        "the outline lists every B-code of Tabel 1 and Tabel 2, with the Tabel 1 amounts of the gold pm rows",
        .enabled(if: Shared.runnable))
    func tables() throws {
        let measures = try Self.measures()
        let outline = try #require(try Self.analysis()["outline"] as? [String: Any])
        let chapters = try #require(outline["chapters"] as? [[String: Any]])
        let inOutline = Set(
            chapters.flatMap { ($0["measures"] as? [[String: Any]]) ?? [] }.compactMap { $0["bcode"] as? String })
        let gold = try Self.gold("boha.jsonl").filter {
            $0["kind"] as? String == "pm" && ["Tabel 1", "Tabel 2"].contains($0["table"] as? String ?? "")
                && $0["bcode"] is String
        }
        #expect(gold.count >= 15)
        for row in gold {
            let code = row["bcode"] as! String
            let table = row["table"] as! String
            #expect(inOutline.contains(code), "outline lacks \(code) of \(table)")
            guard let measure = measures.first(where: { $0["bcode"] as? String == code }) else { continue }
            #expect(measure["table"] as? String == table, "\(code): table \(measure["table"] ?? "none")")
            guard table == "Tabel 1", let years = row["years"] as? [String: Any] else { continue }
            let ours = Dictionary(
                uniqueKeysWithValues: ((measure["years"] as? [[String: Any]]) ?? []).map {
                    ($0["year"] as? String ?? "", $0["value"] as Any)
                })
            for (year, value) in years where !(value is NSNull) {
                #expect(same(ours[year], value), "\(code) \(year): gold \(value), outline \(ours[year] ?? "none")")
            }
        }
    }

    @Test(
        "each of the SER's ten recommendations is in a consensus item with another document",
        .enabled(if: Shared.runnable))
    func serRecommendations() throws {
        let consensus = try #require(try Self.analysis()["consensusItems"] as? [[String: Any]])
        let ser = try Self.gold("ser.jsonl").filter {
            ($0["id"] as? String)?.range(of: #"^SER21-R\d+$"#, options: .regularExpression) != nil
        }
        #expect(ser.count == 10)
        var missing: [String] = []
        for rec in ser {
            let doc = rec["doc"] as! String
            let line = rec["line"] as! Int
            let found = consensus.contains { item in
                let members = (item["members"] as? [[String: Any]]) ?? []
                let here = members.contains {
                    $0["doc"] as? String == doc && abs(($0["line"] as? Int ?? -99) - line) <= 3
                }
                return here && members.contains { $0["doc"] as? String != doc }
            }
            if !found { missing.append("\(rec["id"] ?? "") (\(doc):\(line))") }
        }
        // Issue 6's bar: all ten (a numbered recommendation joins through its body when its heading
        // alone matches nothing).
        #expect(missing.isEmpty, "in no consensus item with another document: \(missing)")
    }

    @Test(
        "links: each pair of places once; gold 'related' links proposed oppose where the text disagrees, 'same' ones never",
        .enabled(if: Shared.runnable))
    func linkStances() throws {
        let links = try #require(try Self.analysis()["links"] as? [[String: Any]])
        func end(_ link: [String: Any], _ key: String) -> (doc: String, line: Int) {
            let e = link[key] as? [String: Any] ?? [:]
            return (e["doc"] as? String ?? "", e["line"] as? Int ?? -1)
        }
        var places = Set<String>()
        for link in links {
            let (a, b) = (end(link, "a"), end(link, "b"))
            let key = [("\(a.doc):\(a.line)"), ("\(b.doc):\(b.line)")].sorted().joined(separator: "|")
            #expect(places.insert(key).inserted, "stored twice: \(key)")
        }
        var opposedRelated = 0
        for gold in try Self.gold("links.jsonl") {
            guard let ga = gold["a"] as? [String: Any], let gb = gold["b"] as? [String: Any] else { continue }
            func near(_ e: (doc: String, line: Int), _ g: [String: Any]) -> Bool {
                e.doc == g["doc"] as? String && abs(e.line - (g["line"] as? Int ?? -99)) <= 3
            }
            let hits = links.filter {
                let (a, b) = (end($0, "a"), end($0, "b"))
                return near(a, ga) && near(b, gb) || near(a, gb) && near(b, ga)
            }
            let relation = gold["relation"] as? String
            for hit in hits {
                if relation == "same" { #expect(hit["stance"] as? String != "opposes", "same link opposes: \(hit)") }
                if relation == "related", hit["stance"] as? String == "opposes" {
                    #expect(hit["relation"] as? String == "related")
                    opposedRelated += 1
                }
            }
        }
        // Of the gold "related" links the linker proposes today, one has a refusal in the passage of an end
        // (a passage cue of linking-stance-cues.tsv); the other carries none in its words.
        #expect(opposedRelated >= 1)
    }

    @Test(
        "every measure that the gold links tie to a passage has backing in the outline", .enabled(if: Shared.runnable))
    func backing() throws {
        let measures = try Self.measures()
        let rows = try Self.gold("boha.jsonl").filter { $0["kind"] as? String == "pm" }
        var codes = Set<String>()
        for link in try Self.gold("links.jsonl") {
            for end in ["a", "b"] {
                guard let e = link[end] as? [String: Any], let doc = e["doc"] as? String, let line = e["line"] as? Int
                else { continue }
                for row in rows where row["doc"] as? String == doc && abs((row["line"] as? Int ?? 0) - line) <= 1 {
                    if let code = row["bcode"] as? String,
                        ["Tabel 1", "Tabel 2"].contains(row["table"] as? String ?? "")
                    {
                        codes.insert(code)
                    }
                }
            }
        }
        #expect(codes.count >= 10)
        for code in codes.sorted() {
            let measure = measures.first { $0["bcode"] as? String == code }
            let backing = (measure?["backing"] as? [Any]) ?? []
            #expect(!backing.isEmpty, "\(code) has no backing passage in the outline")
        }
    }
}

extension SeedsAnalyzeTests {
    /// The seeds' index.html in headless Chromium with `#selftest`: no script errors, a row per consensus
    /// item, and the first filled cell shows its evidence; the screenshot goes to .build/artifacts/seeds-report.png.
    @Test("the seeds' index.html works in headless Chromium", .enabled(if: Shared.runnable && hasChromium))
    func page() throws {
        let json = try Self.analysis()
        let rows = try #require(json["consensusItems"] as? [Any]).count
        let run = try Self.run.get()
        let page = "file://" + run.out.appendingPathComponent("index.html").path + "#selftest"
        let profile = try Shared.temporaryDirectory().path
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
        ]
        let dom = try ProcessRunner.run("/usr/bin/chromium", common + ["--dump-dom", page], timeout: 120)
        #expect(dom.status == 0)
        #expect(
            !dom.stderr.contains("Uncaught"),
            "script error: \(dom.stderr.split(separator: "\n").filter { $0.contains("Uncaught") })")
        #expect(dom.stdout.contains("<title>SELFTEST OK rows=\(rows) evidence="), "title: \(dom.stdout.prefix(300))")
        #expect(!dom.stdout.contains("evidence=0 "))
        let artifacts = Shared.root.appendingPathComponent(".build/artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let png = artifacts.appendingPathComponent("seeds-report.png").path
        let shot = try ProcessRunner.run(
            "/usr/bin/chromium", common + ["--window-size=1400,1000", "--screenshot=\(png)", page], timeout: 120)
        #expect(shot.status == 0 && FileManager.default.fileExists(atPath: png))
    }
}

private let hasChromium = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")

/// Whether an outline year value equals a gold one ("PM" or a number).
private func same(_ ours: Any?, _ gold: Any) -> Bool {
    if let g = gold as? String { return (ours as? String) == g }
    if let g = gold as? NSNumber, let o = ours as? NSNumber { return o.doubleValue == g.doubleValue }
    return false
}
