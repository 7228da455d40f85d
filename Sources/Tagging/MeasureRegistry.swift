import DwarsModel
import Foundation

/// The registry of known measures (`Lexicons/measures.tsv`): codes, canonical names and aliases.
///
/// It serves two purposes: resolving a garbled code by the words around it (the code whose name those
/// words spell), and recognising a measure that a list, quote or table row names without a code.
public struct MeasureRegistry: Sendable {
    /// One registered measure.
    public struct Entry: Sendable, Hashable {
        /// Its codes ("B5"); several for a measure the tables give a code range; empty when uncoded.
        public var codes: [String]
        /// The canonical name.
        public var name: String
        /// The content words of the name and of each alias (stopwords removed).
        public var nameWords: [[String]]
        /// The first three letters of those words, per name (a cheap filter before fuzzy matching).
        var starts: [Set<Substring>] = []
    }

    /// How well an entry's name fits a piece of text.
    public struct NameFit: Sendable {
        public var entry: Entry
        /// Share of the best name's content words found in the text (0...1).
        public var coverage: Double
        /// Share of the text's content words that belong to that name (0...1).
        public var precision: Double
    }

    public var entries: [Entry]
    public var stopwords: Set<String>

    public init(entries: [Entry], stopwords: Set<String>) {
        self.entries = entries
        self.stopwords = stopwords
    }

    /// The registry from `Lexicons/measures.tsv` and `Lexicons/measure-stopwords.txt`.
    public static func standard() throws -> MeasureRegistry {
        let stop = Set(try LexiconDirectory.entries("measure-stopwords.txt").map { $0.lowercased() })
        var registry = MeasureRegistry(entries: [], stopwords: stop)
        for row in try LexiconDirectory.table("measures.tsv") where row.count >= 2 {
            let codes =
                row[0] == "-"
                ? []
                : row[0].split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces).uppercased()
                }
            let aliases = row.count > 2 ? row[2].split(separator: "|").map(String.init) : []
            registry.add(codes: codes, name: row[1], aliases: aliases)
        }
        return registry
    }

    /// Adds an entry (tests build small registries this way).
    public mutating func add(codes: [String], name: String, aliases: [String] = []) {
        let words = ([name] + aliases).map(contentWords).filter { !$0.isEmpty }
        entries.append(
            Entry(codes: codes, name: name, nameWords: words, starts: words.map { Set($0.map { $0.prefix(3) }) }))
    }

    /// The words of `text` that can carry a name.
    public func contentWords(_ text: String) -> [String] {
        MeasureWords.words(text).filter { !stopwords.contains($0) }
    }

    /// The entry that holds `code`.
    public func entry(code: String) -> Entry? {
        entries.first { $0.codes.contains(code) }
    }

    /// Share of the entry's best name found among `context` words.
    public func coverage(of entry: Entry, in context: [String]) -> Double {
        entry.nameWords.map { Double(MeasureWords.covered($0, in: context)) / Double($0.count) }.max() ?? 0
    }

    /// The entry whose name best fits `text`, with how well (by coverage, then precision).
    public func bestFit(for text: String) -> NameFit? {
        let words = contentWords(text)
        guard !words.isEmpty else { return nil }
        let starts = Set(words.map { $0.prefix(3) })
        var best: NameFit?
        for entry in entries {
            for (k, name) in entry.nameWords.enumerated()
            where 2 * entry.starts[k].intersection(starts).count >= entry.starts[k].count {
                let cov = Double(MeasureWords.covered(name, in: words)) / Double(name.count)
                let prec = Double(MeasureWords.covered(words, in: name)) / Double(words.count)
                let fit = NameFit(entry: entry, coverage: cov, precision: prec)
                if let b = best, (b.coverage + b.precision) >= (cov + prec) { continue }
                best = fit
            }
        }
        return best
    }

    /// The name of a table row's measure: the registry name its label spells (with or without the
    /// bracketed remark after it), else the label up to its first bracket.
    public func rowName(_ label: String) -> String {
        let plain = Self.plainLabel(label)
        for text in [label, plain] {
            if let fit = bestFit(for: text), fit.coverage >= 0.5, fit.precision >= 0.3 { return fit.entry.name }
        }
        return plain
    }

    /// A row label without its bracketed tail: "Normeren behandelduur (rapport ...)" → "Normeren behandelduur".
    public static func plainLabel(_ label: String) -> String {
        let head =
            label.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? label
        let trimmed = head.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        return trimmed.isEmpty ? label : trimmed
    }
}
