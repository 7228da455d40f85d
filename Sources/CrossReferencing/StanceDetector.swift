import DwarsModel

/// Finds a stance a passage voices through its wording: the phrases of `Lexicons/linking-stance-cues.tsv`.
public struct StanceDetector: Sendable {
    let cues: [(stance: Stance, phrase: String)]

    public init(rows: [[String]]) {
        cues = rows.compactMap { row in
            guard row.count >= 2, let stance = Stance(rawValue: row[0]) else { return nil }
            return (stance, " " + BasicTermAnalyzer.words(in: row[1]).joined(separator: " ") + " ")
        }
    }

    /// The cues in `Lexicons/`, none when the file is missing.
    public static func load() -> StanceDetector {
        StanceDetector(rows: (try? LexiconDirectory.table("linking-stance-cues.tsv")) ?? [])
    }

    /// The stance `text` voices, with the phrase that shows it; opposition wins over a condition.
    public func stance(in text: String) -> (stance: Stance, cue: String)? {
        let joined = " " + BasicTermAnalyzer.words(in: text).joined(separator: " ") + " "
        var conditional: String?
        for (stance, phrase) in cues where joined.contains(phrase) {
            if stance == .opposes { return (.opposes, phrase.trimmingCharacters(in: .whitespaces)) }
            if conditional == nil { conditional = phrase.trimmingCharacters(in: .whitespaces) }
        }
        return conditional.map { (.conditional, $0) }
    }
}
