import DwarsModel
import Foundation

/// Plain text: decodes the bytes and cuts paragraphs at blank lines, keeping source line ranges.
struct TextExtractor {
    func extract(_ source: SourceBytes, metadata: DocumentMetadata) throws(ExtractionError) -> Document {
        guard let text = String(data: source.data, encoding: .utf8) else {
            throw .invalidEncoding(path: source.path, reason: "not valid UTF-8")
        }
        var blocks: [Block] = []
        var current: [Substring] = []
        var firstLine = 0
        var lineNumber = 0
        func flush() {
            guard !current.isEmpty else { return }
            var joined = ""
            var starts: [Int] = []
            for (i, l) in current.enumerated() {
                if i > 0 {
                    joined += " "
                    starts.append(joined.utf8.count)
                }
                joined += l.trimmingCharacters(in: .whitespaces)
            }
            blocks.append(Block(kind: .paragraph, text: joined, page: 1,
                                lines: LineRange(first: firstLine, last: firstLine + current.count - 1),
                                lineStarts: starts))
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0.isWhitespace }) {
                flush()
            } else {
                if current.isEmpty { firstLine = lineNumber }
                current.append(line)
            }
        }
        flush()
        return Document(metadata: metadata, pages: [Page(number: 1)], blocks: blocks)
    }
}
