import DwarsModel
import Extraction
import Foundation
import TestSupport
import Testing

@testable import Tagging

/// The measure and PM bars on the seed gold (`../shared/gold/boha.jsonl`), scored with the same
/// matching as `score.py` (`Evaluation`).
@Suite struct MeasureGoldTests {
    /// Scores of the measure and PM rules on the Woo bundle, read by the text extractor or (`plain`)
    /// cut into blank-line paragraphs only.
    static func scores(plain: Bool) throws -> [String: Evaluation.KindScore] {
        let path = try Shared.corpusFile("001")
        let document =
            plain
            ? MeasureFixture.paragraphs(
                try String(contentsOfFile: path, encoding: .utf8), name: (path as NSString).lastPathComponent)
            : try Extractor().extract(path: path)
        let tagger = Tagger(rules: [try MeasureRule.standard(), try PMRule.standard()])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var jsonl = ""
        for item in tagger.tag(document) {
            jsonl += String(decoding: try encoder.encode(item), as: UTF8.self) + "\n"
        }
        let dir = try Shared.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pred = dir.appendingPathComponent("pred.jsonl")
        try jsonl.write(to: pred, atomically: true, encoding: .utf8)
        let gold = try Evaluation.load(paths: [Shared.path("gold/boha.jsonl")])
        let predicted = try Evaluation.load(paths: [pred.path])
        return Dictionary(uniqueKeysWithValues: Evaluation.score(gold: gold, pred: predicted).map { ($0.kind, $0) })
    }

    @Test(.enabled(if: Shared.runnable), arguments: [false, true])
    func measuresAndPMRowsMeetTheBars(plain: Bool) throws {
        try Shared.require()
        let scores = try Self.scores(plain: plain)
        let measure = try #require(scores["measure"])
        #expect(measure.f1 >= 0.95, "measure F1 \(measure.f1) (P \(measure.precision), R \(measure.recall))")
        let pm = try #require(scores["pm"])
        #expect(pm.f1 >= 0.9, "pm F1 \(pm.f1)")
        let cells = pm.attributes.first { $0.name == "year cells" }?.value ?? 0
        #expect(cells >= 0.9, "year cells \(cells)")
    }
}
