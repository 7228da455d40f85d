import DwarsModel
import Extraction
import Foundation
import TestSupport
import Testing

/// Bundle segmentation against the `subdoc` objects of `../shared/gold`, matched as score.py does:
/// one-to-one, greedy by best score (1 - 0.01 * |start_line difference|), within 3 lines.
@Suite struct SegmentTests {
    struct Counts {
        var gold = 0
        var predicted = 0
        var matched = 0
        var f1: Double {
            let p = predicted == 0 ? 0 : Double(matched) / Double(predicted)
            let r = gold == 0 ? 0 : Double(matched) / Double(gold)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// Gold subdoc start lines per corpus file name.
    static func goldStarts() throws -> [String: [Int]] {
        try Shared.require()
        var result: [String: [Int]] = [:]
        let dir = Shared.path("gold")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".jsonl") {
            let data = try #require(FileManager.default.contents(atPath: dir + "/" + name))
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    o["kind"] as? String == "subdoc", let doc = o["doc"] as? String, let start = o["start_line"] as? Int
                else { continue }
                result[(doc as NSString).lastPathComponent, default: []].append(start)
            }
        }
        return result
    }

    static func match(gold: [Int], predicted: [Int]) -> Int {
        var candidates: [(score: Double, g: Int, p: Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, p) in predicted.enumerated() where abs(g - p) <= 3 {
                candidates.append((1 - 0.01 * Double(abs(g - p)), i, j))
            }
        }
        candidates.sort { ($0.score, $0.g, $0.p) > ($1.score, $1.g, $1.p) }
        var usedG: Set<Int> = []
        var usedP: Set<Int> = []
        for c in candidates where !usedG.contains(c.g) && !usedP.contains(c.p) {
            usedG.insert(c.g)
            usedP.insert(c.p)
        }
        return usedG.count
    }

    @Test(.enabled(if: Shared.runnable)) func subdocBoundariesMatchGold() throws {
        let gold = try Self.goldStarts()
        #expect(gold.count >= 4)
        var total = Counts()
        for (name, starts) in gold.sorted(by: { $0.key < $1.key }) {
            let document = try Extractor().extract(path: Shared.path("corpus/" + name))
            let predicted = document.segments.map(\.startLine)
            let c = Counts(gold: starts.count, predicted: predicted.count, matched: Self.match(gold: starts, predicted: predicted))
            total.gold += c.gold
            total.predicted += c.predicted
            total.matched += c.matched
            if name.hasPrefix("001") {
                #expect(c.f1 >= 0.8, "001 subdoc F1 \(c.f1): \(c.matched) of \(c.gold) gold, \(c.predicted) predicted")
            }
            for s in document.segments {
                #expect(s.startLine >= 1 && s.endLine >= s.startLine && !s.title.isEmpty)
            }
        }
        #expect(total.f1 >= 0.8, "overall subdoc F1 \(total.f1)")
    }

    @Test(.enabled(if: Shared.runnable)) func bundleSegmentsCarryTypeOrgAndDate() throws {
        let document = try Extractor().extract(path: try Shared.corpusFile("001"))
        let segments = document.segments
        #expect(segments.count >= 30)
        // Consecutive and covering: each segment ends where the next begins.
        for (a, b) in zip(segments, segments.dropFirst()) { #expect(a.endLine == b.startLine - 1) }
        #expect(segments.contains { $0.type == "fiche" && $0.title.contains("B5") })
        #expect(segments.contains { $0.type == "bijlage" && $0.title.hasPrefix("Tabel 1") })
        #expect(segments.contains { $0.date == "2021-12-14" })
        #expect(segments.contains { $0.org == "VWS" })
    }

    @Test(.enabled(if: Shared.runnable)) func letterAndAnnexesAreParts() throws {
        let document = try Extractor().extract(path: try Shared.corpusFile("004"))
        let s = document.segments
        #expect(s.first?.startLine == 1)
        #expect(s.first?.endLine == 2149)
        #expect(s.first?.org == "SER")
        #expect(s.first?.date == "2021-05-21")
        #expect(document.metadata.issuingBody == "SER")
        #expect(document.metadata.date == "2021-05-21")
        #expect(s.contains { $0.type == "bijlage" && $0.startLine == 717 })
    }

    @Test func dutchDatesBecomeISO() throws {
        let text = "Kamerbrief\n\nDen Haag, 7 juni 2019\n\nGeachte voorzitter,\n\nHierbij ontvangt u de brief.\n"
        let document = try Extractor().extract(data: Data(text.utf8), path: "brief.txt")
        #expect(document.metadata.date == "2019-06-07")
        let other = "Verslag van 2 nov. 2021\n\nDe werkgroep kwam bijeen.\n"
        #expect(try Extractor().extract(data: Data(other.utf8), path: "v.txt").metadata.date == "2021-11-02")
    }
}
