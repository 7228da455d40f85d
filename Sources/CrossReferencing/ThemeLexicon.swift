import DwarsModel
import Foundation

/// The themes of `Lexicons/linking-themes.tsv`: a theme is present when a word starts with one of its
/// beginnings, or the text holds one of its multi-word cues.
public struct ThemeLexicon: Sendable {
    let prefixes: [String: [String]]
    let phrases: [(theme: String, phrase: String)]
    let longestPrefix: Int

    public init(rows: [[String]]) {
        var prefixes: [String: [String]] = [:]
        var phrases: [(String, String)] = []
        for row in rows where row.count >= 2 {
            for cue in row[1].split(separator: ",") {
                let words = BasicTermAnalyzer.words(in: String(cue))
                if words.count == 1 {
                    prefixes[words[0], default: []].append(row[0])
                } else if words.count > 1 {
                    phrases.append((row[0], " " + words.joined(separator: " ")))
                }
            }
        }
        self.prefixes = prefixes
        self.phrases = phrases
        longestPrefix = prefixes.keys.map(\.count).max() ?? 0
    }

    /// The lexicon in `Lexicons/`, empty when it is missing.
    public static func load() -> ThemeLexicon {
        ThemeLexicon(rows: (try? LexiconDirectory.table("linking-themes.tsv")) ?? [])
    }

    /// The themes of `text`, sorted.
    public func themes(in text: String) -> [String] {
        let words = BasicTermAnalyzer.words(in: text)
        var found = Set<String>()
        for word in words {
            var prefix = ""
            for (i, c) in word.enumerated() {
                if i >= longestPrefix { break }
                prefix.append(c)
                if let themes = prefixes[prefix] { found.formUnion(themes) }
            }
        }
        if !phrases.isEmpty {
            let joined = " " + words.joined(separator: " ")
            for (theme, phrase) in phrases where !found.contains(theme) && joined.contains(phrase) {
                found.insert(theme)
            }
        }
        return found.sorted()
    }
}
