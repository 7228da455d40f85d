import DwarsModel

/// Finds the parties a recommendation addresses, by the surface forms in `Lexicons/addressees.tsv`.
public struct AddresseeFinder: Sendable {
    var parties: [(name: String, forms: CueList)]

    public init() throws {
        parties = try LexiconDirectory.table("addressees.tsv").compactMap { row in
            guard row.count >= 2 else { return nil }
            return (row[0], CueList(row[1].split(separator: "|").map(String.init)))
        }
    }

    /// The canonical names of the parties `text` names, in lexicon order.
    public func addressees(in text: String) -> [String] {
        let words = CueWords.words(text)
        let set = Set(words)
        return parties.filter { $0.forms.matches(words, set: set) }.map(\.name)
    }
}
