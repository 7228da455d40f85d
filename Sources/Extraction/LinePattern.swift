import DwarsModel
import Foundation

/// A regular expression from a lexicon file, matched against whole trimmed lines.
///
/// Lexicon files hold ICU patterns; a pattern that does not compile is skipped (and reported once on
/// standard error) rather than stopping extraction.
struct LinePattern: Sendable {
    let source: String
    private let regex: NSRegularExpression

    init?(_ source: String) {
        guard let regex = try? NSRegularExpression(pattern: source, options: []) else {
            FileHandle.standardError.write(Data("warning: lexicon pattern does not compile: \(source)\n".utf8))
            return nil
        }
        self.source = source
        self.regex = regex
    }

    /// Whether the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The capture groups of the first match (group 0 first), nil for groups that did not take part.
    func firstMatch(in text: String) -> [String?]? {
        guard let m = regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) else {
            return nil
        }
        return (0..<m.numberOfRanges).map { i in
            Range(m.range(at: i), in: text).map { String(text[$0]) }
        }
    }

    /// The patterns of the first column of a lexicon (other columns are returned beside them).
    static func load(_ lexicon: String) -> [(pattern: LinePattern, fields: [String])] {
        let rows = (try? LexiconDirectory.table(lexicon)) ?? []
        return rows.compactMap { row in
            guard let first = row.first, let p = LinePattern(first) else { return nil }
            return (p, Array(row.dropFirst()))
        }
    }
}
