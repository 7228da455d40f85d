import Foundation
import Testing
import TestSupport

@testable import Tagging

/// The scorer behind `dwars eval`: the word regex, Dice, the greedy matching and the report must be
/// those of `../shared/gold/score.py`.
@Suite struct EvalTests {
    @Test(arguments: [
        ("Één ÿ-Ÿ test", ["één", "ÿ", "ÿ", "test"]),
        ("a×b a÷b", ["a", "b", "a÷b"]),  // × is no word character for Python's class, ÷ is (it lies in à-ÿ)
        ("Zorg–voor (de) Jeugd!", ["zorg", "voor", "de", "jeugd"]),
        ("ŁÓDŹ e\u{301}", ["ód", "e"]),  // outside the ranges: Ł, Ź and combining marks cut words
    ])
    func wordsAreCutAsPythonCutsThem(text: String, expected: [String]) {
        #expect(ScoreWords.words(text) == expected)
    }

    @Test func diceCountsWordsWithMultiplicity() {
        #expect(ScoreWords.dice("de de jeugd", "de jeugd") == 2.0 * 2 / 5)
        #expect(ScoreWords.dice("", "jeugd") == 0)
    }

    static func items(_ lines: [String]) throws -> [Evaluation.Item] {
        let dir = try Shared.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("x.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return try Evaluation.load(paths: [file.path])
    }

    @Test func matchingIsOneToOneGreedyByScore() throws {
        let gold = try Self.items([
            #"{"doc": "d/x.txt", "line": 10, "kind": "recommendation", "text": "stel een raad voor de jeugd in", "form": "bullet"}"#,
            #"{"doc": "x.txt", "line": 12, "kind": "recommendation", "text": "stel een raad in", "form": "numbered-heading"}"#,
        ])
        let pred = try Self.items([
            #"{"doc": "x.txt", "line": 11, "kind": "recommendation", "text": "stel een raad voor de jeugd in"}"#,
            #"{"doc": "x.txt", "line": 20, "kind": "recommendation", "text": "stel een raad in"}"#,
        ])
        let score = try #require(Evaluation.score(gold: gold, pred: pred).first)
        #expect(score.kind == "recommendation")
        #expect((score.gold, score.pred, score.matched) == (2, 2, 1))
        #expect(score.attributes.map(\.name) == ["recall bullet", "recall numbered-heading"])
        #expect(score.attributes.map(\.value) == [1.0, 0.0])
    }

    @Test func yearCellsCompareAsPythonStrings() throws {
        let gold = try Self.items([
            #"{"doc": "x.txt", "line": 5, "kind": "pm", "bcode": "B5", "years": {"2022": "PM", "2023": 5, "2024": 1.5}}"#
        ])
        let pred = try Self.items([
            #"{"doc": "x.txt", "line": 6, "kind": "pm", "bcode": "B5", "years": {"2022": "Pm", "2023": 5.0, "2024": "1,5"}}"#
        ])
        let pm = try #require(Evaluation.score(gold: gold, pred: pred).first { $0.kind == "pm" })
        // "Pm" is PM; 5.0 prints "5.0" -> "50", not "5"; "1,5" and 1.5 both normalise to "1.5" / "15" differently.
        #expect(pm.attributes.first?.name == "year cells")
        #expect(pm.attributes.first?.value == Evaluation.round3(1.0 / 3.0))
    }

    @Test(.enabled(if: Shared.runnable && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func printsWhatScorePyPrints() throws {
        try Shared.require()
        // A prediction file built from the gold with shifted lines and cut texts exercises every kind.
        let goldItems = try Evaluation.load(paths: [Shared.path("gold")])
        var lines: [String] = []
        var n = 0
        for item in goldItems where item.json["kind"] != nil {
            n += 1
            guard n % 5 != 0, case .object(var o) = item.json else { continue }
            if case .int(let l)? = o["line"], let v = Int(l) { o["line"] = .int(String(v + (n % 7) - 3)) }
            for key in ["text", "surface", "name"] {
                if case .string(let s)? = o[key] { o[key] = .string(String(s.split(separator: " ").prefix(1 + n % 6).joined(separator: " "))) }
            }
            lines.append(Self.encode(.object(o)))
        }
        let dir = try Shared.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pred = dir.appendingPathComponent("pred.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: pred, atomically: true, encoding: .utf8)
        let ours = Evaluation.report(Evaluation.score(gold: goldItems, pred: try Evaluation.load(paths: [pred.path])))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Shared.path("gold/score.py"), "--gold", Shared.path("gold"), "--pred", pred.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(ours == String(decoding: data, as: UTF8.self))
    }

    static func encode(_ v: EvaluationJSON) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let s): return s
        case .float(let d): return d.description
        case .string(let s):
            let data = try! JSONEncoder().encode(s)
            return String(decoding: data, as: UTF8.self)
        case .array(let a): return "[" + a.map(encode).joined(separator: ",") + "]"
        case .object(let o):
            return "{" + o.sorted { $0.key < $1.key }.map { encode(.string($0.key)) + ":" + encode($0.value) }
                .joined(separator: ",") + "}"
        }
    }
}
