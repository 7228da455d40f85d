import Foundation
import TestSupport
import Testing

@testable import Tagging

/// The byte-level fast paths of the tagger give what the Foundation / `Character` code they replace
/// gives: on every line of the seed texts and on strings written to hit the edges (accents, decomposed
/// letters, non-breaking and zero-width spaces, curly quotes, OCR fragments).
@Suite struct TaggingFastPathTests {
    static let edges = [
        "", " ", "\t", "B5", "(B 16)", "B1/B7,", "Cliënten en één ÉÉN coöperatie", "e\u{301}en cafe\u{301}",
        "\u{A0}Tabel 1\u{A0}", "\u{200B}x\u{200B}", "\u{3000}全角\u{3000}", "a a nbod voor j e u g d", "“Normeren behandelduur”",
        "‘quote’ en 'quote' en \"quote\"", "Maatregelen 2022 2023 2024 2025", "2022\u{2028}2023 2024",
        "x\r\ny", "ÀÉÎÕÜ ß ﬁ Ǆ", "–47 −12 € 1.057,5", "a;b:c", "-\u{301}x", " \u{301}abc", "ĳsbeer IJsbeer",
        "Straße STRASSE", "İstanbul", "١٢٣ ٤", "Ⅻ ½ ²", "🙂 jeugd👍🏽zorg",
    ]

    static func seedLines() throws -> [String] {
        try Shared.require()
        let dir = Shared.directory.appendingPathComponent("corpus")
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines + edges
    }

    /// The reference implementations, as they were before the fast paths.
    enum Reference {
        static func positionWords(_ text: String) -> [String] {
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }

        static func measureWords(_ text: String) -> [String] {
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            var raw: [String] = []
            var current = ""
            for scalar in folded.unicodeScalars {
                if CharacterSet.alphanumerics.contains(scalar) {
                    current.unicodeScalars.append(scalar)
                } else if !current.isEmpty {
                    raw.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { raw.append(current) }
            var out: [String] = []
            var pending = ""
            for word in raw {
                if word.count == 1 && word.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) }) {
                    pending += word
                    continue
                }
                if !pending.isEmpty {
                    if word.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) }) {
                        out.append(pending + word)
                    } else {
                        out.append(pending)
                        out.append(word)
                    }
                    pending = ""
                } else {
                    out.append(word)
                }
            }
            if !pending.isEmpty { out.append(pending) }
            return out
        }
    }

    @Test(.enabled(if: Shared.runnable)) func foldedWordsMatchFoundation() throws {
        var differences: [String] = []
        for line in try Self.seedLines() {
            if PositionPhrases.words(line) != Reference.positionWords(line) { differences.append("position: \(line)") }
            if MeasureWords.words(line) != Reference.measureWords(line) { differences.append("measure: \(line)") }
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }

    @Test(.enabled(if: Shared.runnable)) func trimmingAndSplittingMatchFoundation() throws {
        let reader = try AmountTableReader.standard()
        var differences: [String] = []
        for line in try Self.seedLines() {
            if MeasureSourceLine.trimmed(line) != line.trimmingCharacters(in: .whitespaces) {
                differences.append("trim: \(line)")
            }
            if reader.words(line) != line.split(whereSeparator: \.isWhitespace) { differences.append("words: \(line)") }
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }

    @Test(.enabled(if: Shared.runnable)) func sentenceCutTestsMatchCharacters() throws {
        var differences: [String] = []
        // The words as `sentences` sees them: cut at spaces, tabs and line ends.
        let words = try Self.seedLines().flatMap { BCodeReader.split($0).map(\.text) }
            + ["A\u{301}", "e.", ".\u{301}", "É", "1", "x", "?", "Ab!"]
        for w in words {
            if MeasureText.endsWithStop(w) != (w.last.map { ".?!".contains($0) } ?? false) { differences.append(w) }
            if MeasureText.opensSentence(w) != (w.first.map { $0.isUppercase || $0.isNumber } ?? false) {
                differences.append(w)
            }
            if MeasureText.characterCount(w) != w.count { differences.append(w) }
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }

    @Test func contextBuildsEachSharedValueOnce() throws {
        let document = try #require(try MeasureFixture.documents("Tabel 1 Maatregelen\nB5 Selectie 2022").first)
        let context = Tagger.Context(document)
        var builds = 0
        let first = context.shared("count") { d -> Int in
            builds += 1
            return d.blocks.count
        }
        let second = context.shared("count") { _ -> Int in
            builds += 1
            return -1
        }
        #expect(first == second && builds == 1)
        #expect(context.sourceLines == MeasureSourceLine.lines(of: document))
    }

    @Test func wordMatchAndEditDistance() {
        #expect(MeasureWords.match("verwijzing", "verwijzen"))
        #expect(MeasureWords.match("jeugdbescherrningsketen", "jeugdbeschermingsketen"))
        #expect(!MeasureWords.match("kwaliteit", "kwaliteitsagenda"))
        #expect(!MeasureWords.match("zorg", "zorgt"))
        #expect(MeasureWords.editDistance(Array("kitten".utf8), Array("sitting".utf8), limit: 5) == 3)
        #expect(MeasureWords.editDistance(Array("".utf8), Array("abc".utf8), limit: 5) == 3)
        #expect(MeasureWords.editDistance(Array("abcdef".utf8), Array("uvwxyz".utf8), limit: 2) == 3)
    }

    @Test func quickTestsOnlyRuleOutWhatTheFullTestRejects() {
        // A quote or enumeration test that says "none" agrees with the full cut.
        for text in Self.edges + ["geen aanhalingstekens hier", "een lijst; met delen: drie"] {
            if !MeasureText.mayHoldQuote(text) { #expect(MeasureText.quotes(text).isEmpty) }
        }
        #expect(MeasureText.quotes("de ‘Normeren behandelduur’ maatregel").map(\.text) == ["Normeren behandelduur"])
        #expect(MeasureText.enumeration("geen scheiding").isEmpty)
        #expect(MeasureText.enumeration("a; b").count == 2)
        #expect(PMRule.contains("maak hier een pm post van", "pm post"))
        #expect(!PMRule.contains("maak hier een pm-post van", "pm post"))
        #expect(PMRule.contains("cliënten op pm", "op pm"))
    }
}
