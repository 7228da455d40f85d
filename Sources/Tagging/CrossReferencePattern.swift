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
    /// Literals of `Lexicons/xref-pattern-literals.tsv` (lower-case ASCII bytes): the pattern can only
    /// match a text holding one of them. Empty: no prefilter, the expression always runs.
    var literals: [[UInt8]] = []

    static func load() throws -> [CrossReferencePattern] {
        try LexiconDirectory.text("xref-patterns.tsv").split(separator: "\n").compactMap { raw in
            if raw.hasPrefix("#") || raw.allSatisfy(\.isWhitespace) { return nil }
            let f = raw.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4, let s = Surface(rawValue: f[1]), let t = Target(rawValue: f[2]) else { return nil }
            return CrossReferencePattern(name: f[0], surface: s, target: t, pattern: f[3])
        }
    }

    /// The patterns with their prefilter literals (`xref-pattern-literals.tsv`: name, then literals).
    static func loadWithLiterals() throws -> [CrossReferencePattern] {
        var literals: [String: [[UInt8]]] = [:]
        for row in try LexiconDirectory.table("xref-pattern-literals.tsv") where row.count >= 2 {
            let lits = row.dropFirst().filter { !$0.isEmpty }.map { Array($0.lowercased().utf8) }
            if !lits.isEmpty { literals[row[0]] = lits }
        }
        return try load().map { p in
            var p = p
            p.literals = literals[p.name] ?? []
            return p
        }
    }

    /// Whether `lowered` (a text's UTF-8 bytes with ASCII letters lower-cased) holds one of the
    /// literals, or the pattern has none.
    func mayMatch(_ lowered: [UInt8]) -> Bool {
        guard !literals.isEmpty else { return true }
        return literals.contains { Self.contains(lowered, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The compiled expression (nil when the lexicon row does not compile).
    func compiled() -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    }
}
