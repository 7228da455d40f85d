import DwarsModel

/// Assigns the gold theme vocabulary to a text by keywords from `Lexicons/themes.tsv`.
public struct ThemeClassifier: Sendable {
    var themes: [(name: String, keywords: CueList)]

    public init() throws {
        themes = try LexiconDirectory.table("themes.tsv").compactMap { row in
            guard row.count >= 2 else { return nil }
            return (row[0], CueList(row[1].split(separator: "|").map(String.init)))
        }
    }

    /// The themes whose keywords occur in `text`, in lexicon order.
    public func themes(of text: String) -> [String] {
        let words = CueWords.words(text)
        let set = Set(words)
        return themes.filter { $0.keywords.matches(words, set: set) }.map(\.name)
    }
}
