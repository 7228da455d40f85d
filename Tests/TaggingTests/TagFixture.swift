import DwarsModel
import Extraction
import Foundation

@testable import Tagging

/// Test inputs with position markers, in the style of swift-format's tests: "1️⃣" before a line marks
/// where a finding must start. The markers are stripped before extraction.
enum TagFixture {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without markers and the 1-based line of each marker.
    static func parse(_ marked: String) -> (text: String, lines: [String: Int]) {
        var lines: [String: Int] = [:]
        var out: [String] = []
        for (n, raw) in marked.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            for m in markers where line.contains(m) {
                lines[m] = n + 1
                line = line.replacingOccurrences(of: m, with: "")
            }
            out.append(line)
        }
        return (out.joined(separator: "\n"), lines)
    }

    /// The extracted document of `text` (as a plain-text file named `name`).
    static func document(_ text: String, name: String = "fixture.txt") throws -> Document {
        try Extractor().extract(data: Data(text.utf8), path: name)
    }

    /// Recommendations (the text's own unless `reported`) of a marked text, and the marker lines.
    static func recommendations(_ marked: String, includeReported: Bool = false) throws
        -> (items: [TaggedItem], lines: [String: Int])
    {
        let (text, lines) = parse(marked)
        let items = try RecommendationRule().findings(in: document(text))
            .filter { $0.kind == .recommendation && (includeReported || $0.reported != true) }
        return (items, lines)
    }

    /// Cross-references of a marked text.
    static func xrefs(_ marked: String) throws -> (items: [TaggedItem], lines: [String: Int]) {
        let (text, lines) = parse(marked)
        return (try CrossReferenceRule().findings(in: document(text)), lines)
    }
}
