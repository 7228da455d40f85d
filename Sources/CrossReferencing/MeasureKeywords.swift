import DwarsModel

/// What each measure is about, from `Lexicons/linking-measures.tsv`: words by B-code and by canonical
/// measure name, added to the units that name the measure so a two-word table row carries its meaning.
public struct MeasureKeywords: Sendable {
    let byCode: [String: String]
    let byName: [String: String]

    public init(rows: [[String]]) {
        var byCode: [String: String] = [:]
        var byName: [String: String] = [:]
        for row in rows where row.count >= 3 {
            let words = row[2]
            if row[0] != "-" { byCode[row[0].uppercased()] = words }
            byName[Self.key(row[1])] = words
        }
        self.byCode = byCode
        self.byName = byName
    }

    /// The lexicon in `Lexicons/`, empty when it is missing.
    public static func load() -> MeasureKeywords {
        MeasureKeywords(rows: (try? LexiconDirectory.table("linking-measures.tsv")) ?? [])
    }

    static func key(_ name: String) -> String { BasicTermAnalyzer.words(in: name).joined(separator: " ") }

    /// The words of the measures with `codes`, else of the measure called `name`; empty when none is known.
    public func words(codes: [String], name: String?) -> String {
        var seen = Set<String>()
        var out: [String] = []
        for c in codes { if let w = byCode[c], seen.insert(w).inserted { out.append(w) } }
        if out.isEmpty, let name, let w = byName[Self.key(name)] { out.append(w) }
        return out.joined(separator: " ")
    }
}
