import DwarsModel

/// The concepts of `Lexicons/linking-concepts.tsv`: groups of words that express one idea of the domain
/// ("inspraak", "meepraten", "aan het roer" all say "zeggenschap"), so that texts that word an idea
/// differently still share a term.
///
/// A cue of one word matches a word (or a compound part) that starts with it; a cue of several words
/// matches those words in a row, each starting with its cue word.
public struct ConceptLexicon: Sendable {
    /// Concepts by cue prefix.
    let prefixes: [String: [String]]
    /// Multi-word cues by their first word: the remaining words and the concept.
    let phrases: [String: [(rest: [String], concept: String)]]
    let longestPrefix: Int
    let longestPhraseHead: Int

    public init(rows: [[String]]) {
        var prefixes: [String: [String]] = [:]
        var phrases: [String: [(rest: [String], concept: String)]] = [:]
        for row in rows where row.count >= 2 {
            let concept = row[0]
            for cue in row[1].split(separator: ",") {
                let words = BasicTermAnalyzer.words(in: String(cue))
                if words.count == 1 {
                    if !(prefixes[words[0]]?.contains(concept) ?? false) { prefixes[words[0], default: []].append(concept) }
                } else if words.count > 1 {
                    phrases[words[0], default: []].append((Array(words.dropFirst()), concept))
                }
            }
        }
        self.prefixes = prefixes
        self.phrases = phrases
        longestPrefix = prefixes.keys.map(\.count).max() ?? 0
        longestPhraseHead = phrases.keys.map(\.count).max() ?? 0
    }

    /// The lexicon in `Lexicons/`, empty when it is missing.
    public static func load() -> ConceptLexicon {
        ConceptLexicon(rows: (try? LexiconDirectory.table("linking-concepts.tsv")) ?? [])
    }

    public var isEmpty: Bool { prefixes.isEmpty && phrases.isEmpty }

    /// Concepts of one word: those whose cue begins it.
    func concepts(ofWord word: String, into found: inout [String]) {
        guard longestPrefix > 0 else { return }
        var prefix = ""
        for (i, c) in word.enumerated() {
            if i >= longestPrefix { break }
            prefix.append(c)
            if let hits = prefixes[prefix] {
                for h in hits where !found.contains(h) { found.append(h) }
            }
        }
    }

    /// Concepts of the multi-word cues in `words` (folded words in reading order), one per occurrence.
    func phraseConcepts(in words: [String]) -> [String] {
        guard !phrases.isEmpty else { return [] }
        var out: [String] = []
        for (i, word) in words.enumerated() {
            var prefix = ""
            for (k, c) in word.enumerated() {
                if k >= longestPhraseHead { break }
                prefix.append(c)
                guard let list = phrases[prefix] else { continue }
                for (rest, concept) in list where i + rest.count < words.count {
                    var ok = true
                    for (j, r) in rest.enumerated() where !words[i + 1 + j].hasPrefix(r) {
                        ok = false
                        break
                    }
                    if ok { out.append(concept) }
                }
            }
        }
        return out
    }
}
