import Foundation
import TestSupport
import Testing
import Tokenization

/// The UD Dutch dev treebanks as a regression guard: the same raw text as `ud_text.py`, the same span
/// scoring as `ud_score.py` (token and sentence spans over the non-space characters), done in Swift.
@Suite("UD Dutch dev: token and sentence F1")
struct UDScoreTests {
    struct Sentence {
        var id: String
        var text: String
        var forms: [String]
    }

    static func read(_ path: String) throws -> [Sentence] {
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        var out: [Sentence] = []
        var current = Sentence(id: "", text: "", forms: [])
        var skipUntil = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# sent_id") {
                current.id = String(line.split(separator: "=", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("# text =") {
                current.text = String(line.split(separator: "=", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("#") {
                continue
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.forms.isEmpty { out.append(current) }
                current = Sentence(id: "", text: "", forms: [])
                skipUntil = 0
            } else {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                let id = cols[0]
                if id.contains("-") {
                    skipUntil = Int(id.split(separator: "-")[1]) ?? 0
                    current.forms.append(String(cols[1]))
                } else if id.contains(".") {
                    continue
                } else if let n = Int(id), n <= skipUntil {
                    continue
                } else {
                    current.forms.append(String(cols[1]))
                }
            }
        }
        if !current.forms.isEmpty { out.append(current) }
        return out
    }

    /// Paragraph key as ud_text.py computes it ("...p.N" before ".s.M").
    static func paragraph(_ id: String) -> String {
        guard let r = id.range(of: #"\.s\.\d+$"#, options: .regularExpression),
            id[..<r.lowerBound].range(of: #"\.p\.\d+$"#, options: .regularExpression) != nil
        else {
            return id
        }
        return String(id[..<r.lowerBound])
    }

    static func rawText(_ sentences: [Sentence]) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        var last: String? = nil
        for s in sentences {
            let p = paragraph(s.id)
            if !current.isEmpty && p != last {
                paragraphs.append(current.joined(separator: " "))
                current = []
            }
            current.append(s.text)
            last = p
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// Token and sentence spans over the stream of non-space scalars.
    static func spans(_ sentences: [[String]]) -> (tokens: Set<[Int]>, sentences: Set<[Int]>) {
        var tokens = Set<[Int]>()
        var sents = Set<[Int]>()
        var pos = 0
        for s in sentences {
            let start = pos
            for form in s {
                let n = form.unicodeScalars.filter { !PropertyTests.isSpace($0.value) }.count
                if n == 0 { continue }
                tokens.insert([pos, pos + n])
                pos += n
            }
            if pos > start { sents.insert([start, pos]) }
        }
        return (tokens, sents)
    }

    static func f1(_ gold: Set<[Int]>, _ pred: Set<[Int]>) -> Double {
        let tp = Double(gold.intersection(pred).count)
        let p = tp / Double(max(1, pred.count))
        let r = tp / Double(max(1, gold.count))
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    @Test(
        .enabled(if: Shared.runnable),
        arguments: [
            ("ud/nl_alpino-ud-dev.conllu", 0.998, 0.99),
            ("ud/nl_lassysmall-ud-dev.conllu", 0.998, 0.94),
        ])
    func scoresAboveTheGoal(_ file: String, _ tokenGoal: Double, _ sentenceGoal: Double) throws {
        try Shared.require()
        let gold = try Self.read(Shared.path(file))
        let text = Self.rawText(gold)
        let splitter = try SentenceSplitter()
        let predicted = splitter.tokenizedSentences(in: text).map { $0.map(\.text) }
        let g = Self.spans(gold.map(\.forms))
        let p = Self.spans(predicted)
        let tokenF1 = Self.f1(g.tokens, p.tokens)
        let sentenceF1 = Self.f1(g.sentences, p.sentences)
        #expect(tokenF1 > tokenGoal, "\(file): token F1 \(tokenF1)")
        #expect(sentenceF1 >= sentenceGoal, "\(file): sentence F1 \(sentenceF1)")
    }
}
