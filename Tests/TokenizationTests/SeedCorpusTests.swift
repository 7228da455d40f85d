import Foundation
import TestSupport
import Testing
import Tokenization

@Suite("Tokenizer on the seed corpus")
struct SeedCorpusTests {
    static let splitter = try! SentenceSplitter()
    static let seeds = ["000", "001", "002", "003", "004"]
    /// The abbreviations that issue 3 names: none of them may end a sentence.
    static let neverFinal: Set<String> = [
        "o.a.", "t.a.v.", "d.w.z.", "bijv.", "m.b.t.", "i.p.v.", "e.d.", "jl.", "zgn.", "art.", "nr.", "blz.",
    ]

    static func text(_ prefix: String) throws -> String {
        let path = try Shared.corpusFile(prefix)
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test(.enabled(if: Shared.runnable), arguments: seeds)
    func listedAbbreviationsNeverEndASentence(_ seed: String) throws {
        let text = try Self.text(seed)
        let tokens = Self.splitter.tokenizer.tokenize(text)
        let sentences = Self.splitter.sentenceTokenRanges(in: text, tokens: tokens)
        for range in sentences.dropLast() {
            let last = tokens[range.upperBound - 1]
            if Self.neverFinal.contains(last.text.lowercased()) {
                Issue.record("\(seed): sentence ends after \(last.text) at byte \(last.range.lowerBound)")
            }
        }
        for token in tokens where Self.neverFinal.contains(token.text.lowercased()) {
            #expect(token.kind == .abbreviation)
        }
    }

    @Test(.enabled(if: Shared.runnable))
    func theSeedsHoldTheListedAbbreviations() throws {
        var found: Set<String> = []
        for seed in Self.seeds {
            for token in Self.splitter.tokenizer.tokenize(try Self.text(seed)) where token.kind == .abbreviation {
                if Self.neverFinal.contains(token.text.lowercased()) { found.insert(token.text.lowercased()) }
            }
        }
        #expect(found.count >= 8, "\(found.sorted())")
    }

    /// Codes, section numbers and amounts found by pattern in the raw text must each be inside one token.
    static let patterns: [(String, String)] = [
        ("code", #"(?<![\w.])[A-Z]{1,3}\d+(?:\.\d+)*(?:-[A-Z]{1,3}\d+)?(?![\w])"#),
        ("section number", #"(?<![\w.,])\d{1,2}(?:\.\d{1,2}){1,3}(?:\.[a-z])?(?![\w,]|\.\d)"#),
        ("amount", #"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w.,]\d)|(?<![\w.,])\d+,\d+(?![\w.,]\d)"#),
        ("ampersand code", #"(?<!\w)[A-Z]{1,4}&[A-Z]{1,4}(?!\w)"#),
    ]

    @Test(.enabled(if: Shared.runnable), arguments: seeds)
    func codesSectionNumbersAndAmountsStayWhole(_ seed: String) throws {
        let text = try Self.text(seed)
        let tokens = Self.splitter.tokenizer.tokenize(text)
        // For each byte, the index of the token covering it (or -1).
        let count = text.utf8.count
        var owner = [Int](repeating: -1, count: count)
        for (i, token) in tokens.enumerated() { for b in token.range { owner[b] = i } }
        let ns = text as NSString
        var checked = 0
        for (name, pattern) in Self.patterns {
            let regex = try NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                guard let r = Range(match.range, in: text) else { continue }
                let a = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                let b = text.utf8.distance(from: text.startIndex, to: r.upperBound)
                let first = owner[a]
                checked += 1
                if first < 0 || owner[b - 1] != first {
                    Issue.record("\(seed): \(name) \(text[r]) split: \(tokens[max(0, first)].text)")
                }
            }
        }
        #expect(checked > 10)
    }

    @Test(.enabled(if: Shared.runnable), arguments: seeds)
    func tokensReassembleTheSeedText(_ seed: String) throws {
        let text = try Self.text(seed)
        let tokens = Self.splitter.tokenizer.tokenize(text)
        let joined = tokens.map(\.text).joined()
        let nonSpace = String(String.UnicodeScalarView(text.unicodeScalars.filter { !PropertyTests.isSpace($0.value) }))
        #expect(joined == nonSpace)
    }
}
