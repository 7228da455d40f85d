import DwarsModel

/// Finds a stance a passage voices through its wording: the phrases of `Lexicons/linking-stance-cues.tsv`.
public struct StanceDetector: Sendable {
    let cues: [(stance: Stance, words: [String])]

    public init(rows: [[String]]) {
        cues = rows.compactMap { row in
            guard row.count >= 2, let stance = Stance(rawValue: row[0]) else { return nil }
            let words = BasicTermAnalyzer.words(in: row[1])
            return words.isEmpty ? nil : (stance, words)
        }
    }

    /// The cues in `Lexicons/`, none when the file is missing.
    public static func load() -> StanceDetector {
        StanceDetector(rows: (try? LexiconDirectory.table("linking-stance-cues.tsv")) ?? [])
    }

    /// The stance `text` voices, with the phrase that shows it; opposition wins over a condition.
    public func stance(in text: String) -> (stance: Stance, cue: String)? {
        let words = BasicTermAnalyzer.words(in: text)
        var conditional: String?
        for (stance, cue) in cues where Self.contains(words, cue) {
            if stance == .opposes { return (.opposes, cue.joined(separator: " ")) }
            if conditional == nil { conditional = cue.joined(separator: " ") }
        }
        return conditional.map { (.conditional, $0) }
    }

    static func contains(_ words: [String], _ cue: [String]) -> Bool {
        guard words.count >= cue.count else { return false }
        for start in 0...(words.count - cue.count) where words[start] == cue[0] {
            var k = 1
            while k < cue.count, words[start + k] == cue[k] { k += 1 }
            if k == cue.count { return true }
        }
        return false
    }
}
