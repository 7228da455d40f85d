import DwarsModel
import Extraction
import Foundation
import TestSupport
import Testing

/// Clean-up on the five seed texts of `../shared/corpus`.
@Suite struct TextSeedTests {
    static let seeds = ["000", "001", "002", "003", "004"]

    static func extract(_ seed: String) throws -> (Document, [Substring]) {
        let path = try Shared.corpusFile(seed)
        let document = try Extractor().extract(path: path)
        let data = try #require(FileManager.default.contents(atPath: path))
        let lines = String(decoding: data, as: UTF8.self).utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { Substring(String(decoding: $0, as: UTF8.self)) }
        return (document, lines)
    }

    @Test(.enabled(if: Shared.runnable), arguments: seeds) func noStampOrMarginInsideText(_ seed: String) throws {
        let (document, lines) = try Self.extract(seed)
        let stamp = try Regex(#"\.book\s+Page\s+\d+"#)
        // Lines that are a margin label by themselves in the source.
        let marginLines = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces) == "Kenmerk" }.map { $0 + 1 }
        for b in document.blocks where b.kind != .tableRow {
            #expect(b.text.firstMatch(of: stamp) == nil, "stamp left in \(seed) block at \(b.lines?.first ?? 0)")
            #expect(!b.text.split(separator: " ").contains("Kenmerk"), "margin label left in \(seed) at \(b.lines?.first ?? 0)")
            if let r = b.lines {
                #expect(b.text != "Kenmerk" || !marginLines.contains(r.first))
            }
        }
        if seed == "001" {
            #expect(marginLines.count >= 10)
            #expect(document.blocks.contains { $0.text.hasPrefix("Kenmerken van de") }, "real text eaten by the margin detector")
        }
        if seed == "004" {
            #expect(!document.blocks.contains { $0.text.contains("advies_jeugdzorg_21_05.book") })
            #expect(!document.blocks.contains { $0.text == "32" })
        }
    }

    @Test(.enabled(if: Shared.runnable)) func tabSeparatedWordsRejoined() throws {
        let (document, lines) = try Self.extract("003")
        #expect(lines[0].contains("\t"))
        let first = try #require(document.blocks.first)
        #expect(first.kind == .paragraph)
        #expect(first.text.hasPrefix("Vanaf 2015 zijn gemeenten verantwoordelijk voor de financiering en uitvoering van de zorg voor jeugd."))
        let tabbed = lines.indices.filter { lines[$0].contains("\t") }.count
        #expect(tabbed >= 50)
        for b in document.blocks { #expect(!b.text.contains("\t")) }
        #expect(document.blocks.filter { $0.kind == .tableRow }.count <= 3)
    }

    @Test(.enabled(if: Shared.runnable)) func amountsTableRowsHaveCells() throws {
        let (document, _) = try Self.extract("001")
        let rows = document.blocks.filter { $0.kind == .tableRow }
        let tarief = try #require(rows.first { $0.cells?.first?.hasPrefix("Tariefdifferentiatie") ?? false })
        #expect(tarief.cells?.count == 8)
        #expect(tarief.cells?.dropFirst().first == "6")
        let bestaans = try #require(rows.first { $0.cells?.first?.hasPrefix("Versterking bestaanszekerheid") ?? false })
        #expect(bestaans.cells?.dropFirst().allSatisfy { $0 == "101" } == true)
        #expect(rows.filter { ($0.cells ?? []).contains("PM") }.count >= 8)
    }

    @Test(.enabled(if: Shared.runnable)) func numberedHeadingsAreSeparate() throws {
        let (document, _) = try Self.extract("000")
        let h = try #require(document.blocks.first { $0.label == "2.4" })
        #expect(h.kind == .heading)
        #expect(h.text == "VERSMALLEN: STEL LANDELIJKE KWALITEITSEISEN")
        #expect(h.lines == LineRange(first: 196, last: 196))
        let (ser, _) = try Self.extract("004")
        let headings = ser.blocks.filter { $0.kind == .heading && $0.level == 1 && $0.label != nil }
        let firstTen = headings.prefix(10).map(\.label)
        #expect(firstTen == ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."])
    }

    /// 004 holds a U+2028 LINE SEPARATOR at the end of its line 1985: it is no line break.
    @Test(.enabled(if: Shared.runnable)) func unicodeLineSeparatorCountsNoLine() throws {
        let (document, lines) = try Self.extract("004")
        #expect(lines.count == 2150)  // 2149 lines and the empty rest after the last "\n"
        #expect(lines[1984].unicodeScalars.contains { $0.value == 0x2028 })
        let b = try #require(document.blocks.first { $0.text.contains("(Anthony) Stigter (VNO NCW") })
        let r = try #require(b.text.range(of: "Stigter (VNO NCW"))
        #expect(b.line(atUTF8Offset: b.text.utf8.distance(from: b.text.startIndex, to: r.lowerBound)) == 1986)
        #expect(!b.text.unicodeScalars.contains { $0.value == 0x2028 })
    }

    /// For every block, the first words of each of its source lines are found in the block text, in
    /// order, at an offset `line(atUTF8Offset:)` maps back to that line.
    @Test(.enabled(if: Shared.runnable), arguments: seeds) func wordsMapBackToTheirSourceLine(_ seed: String) throws {
        let (document, lines) = try Self.extract(seed)
        var checked = 0
        var found = 0
        for b in document.blocks {
            guard let r = b.lines else { continue }
            #expect(b.line(atUTF8Offset: 0) == r.first)
            #expect((b.lineStarts ?? []).count == r.last - r.first)
            let tokens = Self.words(b.text)
            // Start past the first line's words (its label is not in the text).
            var cursor = max(0, Self.words(String(lines[r.first - 1])).count - 2)
            for n in (r.first + 1)...max(r.first + 1, r.last) where n <= r.last {
                let probe = Self.words(String(lines[n - 1])).map(\.word)
                guard probe.count >= 3 else { continue }
                checked += 1
                let head = Array(probe.prefix(3))
                var hit: Int? = nil
                var k = cursor
                while k + 2 < tokens.count {
                    if tokens[k].word.hasSuffix(head[0]) && tokens[k + 1].word == head[1] && tokens[k + 2].word == head[2] {
                        hit = k
                        break
                    }
                    k += 1
                }
                guard let k = hit else { continue }  // a footnote or furniture line, or its words were changed
                found += 1
                let t = tokens[k]
                let offset = t.end - head[0].utf8.count
                #expect(b.line(atUTF8Offset: offset) == n, "\(seed): '\(head.joined(separator: " "))' should cite line \(n)")
                // Past this line's words, so the next line's probe does not match inside this line.
                cursor = k + max(1, probe.count - 2)
            }
        }
        #expect(checked > 100)
        #expect(Double(found) >= 0.8 * Double(checked), "\(seed): only \(found) of \(checked) lines found in their block")
    }

    /// Lower-cased letter runs with their UTF-8 end offsets.
    static func words(_ text: String) -> [(word: String, end: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var offset = 0
        for c in text {
            if c.isLetter {
                current += c.lowercased()
            } else if !current.isEmpty {
                result.append((current, offset))
                current = ""
            }
            offset += c.utf8.count
        }
        if !current.isEmpty { result.append((current, offset)) }
        return result
    }
}
