import DwarsModel
import Extraction
import Foundation
import Testing

@testable import Tagging

/// Builds documents from Dutch sample text written for these tests, two ways: through the real text
/// extractor and as plain blank-line paragraphs (the simplest extraction), so every rule is checked to
/// read both.
enum MeasureFixture {
    /// Both documents of `text`.
    static func documents(_ text: String, name: String = "proef.txt") throws -> [Document] {
        let extracted = try Extractor().extract(data: Data(text.utf8), path: name)
        return [extracted, paragraphs(text, name: name)]
    }

    /// `text` cut into paragraphs at blank lines, one block per paragraph, with its line starts.
    static func paragraphs(_ text: String, name: String) -> Document {
        var blocks: [Block] = []
        var current: [String] = []
        var first = 0
        func flush() {
            guard !current.isEmpty else { return }
            var joined = ""
            var starts: [Int] = []
            for (i, l) in current.enumerated() {
                if i > 0 {
                    joined += " "
                    starts.append(joined.utf8.count)
                }
                joined += l
            }
            blocks.append(
                Block(
                    kind: .paragraph, text: joined, page: 1,
                    lines: LineRange(first: first, last: first + current.count - 1), lineStarts: starts))
            current = []
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                if current.isEmpty { first = n + 1 }
                current.append(String(line))
            }
        }
        flush()
        return Document(metadata: DocumentMetadata(sourcePath: name, sha256: "", format: .text), blocks: blocks)
    }

    /// The 1-based line of the first line of `text` that contains `needle`.
    static func line(of needle: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let k = lines.firstIndex(where: { $0.contains(needle) }) else {
            Issue.record("fixture has no line with \(needle)", sourceLocation: sourceLocation)
            return 0
        }
        return k + 1
    }
}

@Suite struct MeasureFixtureTests {
    @Test func paragraphDocumentKeepsLineStarts() {
        let doc = MeasureFixture.paragraphs("een\ntwee\n\ndrie", name: "x.txt")
        #expect(MeasureSourceLine.lines(of: doc).map(\.number) == [1, 2, 4])
        #expect(MeasureSourceLine.lines(of: doc).map(\.text) == ["een", "twee", "drie"])
    }
}

extension MeasureFixtureTests {
    @Test func tableRowBlocksReadAsCells() {
        let row = Block(
            kind: .tableRow, text: "Regionalisering (B3) | PM | 4 | 5 van de inkoop", page: 1,
            lines: LineRange(first: 7, last: 8), cells: ["Regionalisering (B3) van de inkoop", "PM", "4", "5"],
            lineStarts: [34])
        let doc = Document(
            metadata: DocumentMetadata(sourcePath: "t.txt", sha256: "", format: .text), blocks: [row])
        let lines = MeasureSourceLine.lines(of: doc)
        #expect(lines.first?.text == "Regionalisering (B3)\tPM\t4\t5")
        #expect(lines.map(\.number) == [7, 8])
        #expect(lines.last?.text == "van de inkoop")
    }
}
