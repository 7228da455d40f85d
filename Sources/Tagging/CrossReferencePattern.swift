import DwarsModel
import Foundation

/// One row of `Lexicons/xref-patterns.tsv`: a regular expression that finds a reference, how its
/// surface is cut and where its target is looked for.
struct CrossReferencePattern: Sendable {
    /// How the surface is cut: the match itself; the whole (short) unit; the whole unit when it is a
    /// numbered note or source item; the whole (short) unit when the match ends it ("unit-end").
    /// "split" rows find no reference themselves: where one matches inside a found reference, that
    /// reference is cut in two after the match (one pointer per target). "list" rows match the
    /// lead-in of a list: every (short) item of a list announced as sources is a reference.
    enum Surface: String, Sendable {
        case match, unit, item, split, list
        case unitEnd = "unit-end"
    }
    enum Target: String, Sendable { case `self`, corpus, none }

    var name: String
    var surface: Surface
    var target: Target
    var pattern: String

    static func load() throws -> [CrossReferencePattern] {
        try LexiconDirectory.text("xref-patterns.tsv").split(separator: "\n").compactMap { raw in
            if raw.hasPrefix("#") || raw.allSatisfy(\.isWhitespace) { return nil }
            let f = raw.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4, let s = Surface(rawValue: f[1]), let t = Target(rawValue: f[2]) else { return nil }
            return CrossReferencePattern(name: f[0], surface: s, target: t, pattern: f[3])
        }
    }

    /// The compiled expression (nil when the lexicon row does not compile).
    func compiled() -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    }
}
