import DwarsModel
import Foundation

/// Removes running headers, footers and page numbers from the lines of a PDF.
///
/// A line is furniture when it lies in the top or bottom band of its page (`band` of the page height)
/// and either matches a page-number pattern of `Lexicons/pdf-furniture.txt` or repeats, with digits
/// ignored and at the same font size, in the band of at least `minRepeatShare` of the pages (and on at
/// least two pages).
struct PDFFurniture: Sendable {
    static let band = 0.1
    static let minRepeatShare = 0.4

    let patterns: [NSRegularExpression]

    static let shared = PDFFurniture(
        patterns: ((try? LexiconDirectory.entries("pdf-furniture.txt")) ?? []).compactMap {
            try? NSRegularExpression(pattern: "^(?:" + $0 + ")$", options: [.caseInsensitive])
        })

    /// `pages[i]` are the lines of page i in reading order; `heights[i]` its height.
    func remove(from pages: [[PDFLine]], heights: [Double]) -> [[PDFLine]] {
        var counts: [String: Int] = [:]
        for (i, lines) in pages.enumerated() {
            var seen = Set<String>()
            for line in lines where inBand(line, height: heights[i]) {
                let k = key(line)
                if seen.insert(k).inserted { counts[k, default: 0] += 1 }
            }
        }
        let threshold = max(2, Int((Double(pages.count) * Self.minRepeatShare).rounded(.up)))
        return pages.enumerated().map { i, lines in
            lines.filter { line in
                guard inBand(line, height: heights[i]) else { return true }
                if (counts[key(line)] ?? 0) >= threshold { return false }
                return !isPageNumber(line.text)
            }
        }
    }

    private func inBand(_ line: PDFLine, height: Double) -> Bool {
        height > 0 && (line.y1 <= height * Self.band || line.y0 >= height * (1 - Self.band))
    }

    /// Digits replaced by "#", lower case, with the rounded font size.
    private func key(_ line: PDFLine) -> String {
        var out = ""
        for c in line.text.lowercased() { out.append(c.isNumber ? "#" : c) }
        return out + "@\(Int(line.fontSize.rounded()))"
    }

    func isPageNumber(_ text: String) -> Bool {
        let ns = text.trimmingCharacters(in: .whitespaces)
        let range = NSRange(ns.startIndex..., in: ns)
        return patterns.contains { $0.firstMatch(in: ns, range: range) != nil }
    }
}
