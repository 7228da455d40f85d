import DwarsModel

/// The concepts of `Lexicons/linking-concepts.tsv`: groups of words that express one idea of the domain
/// ("inspraak", "meepraten", "aan het roer" all say "zeggenschap"), so that texts that word an idea
/// differently still share a term.
///
/// A cue of one word matches a word (or a compound part) that starts with it or with one of its
/// inflected beginnings (`inflectedStems`); a cue of several words matches those words in a row, each
/// starting with its cue word.
public struct ConceptLexicon: Sendable {
    /// Concepts by cue prefix.
    let prefixes: [String: [String]]
    /// Multi-word cues by their first word (or one of its inflected beginnings): the remaining words,
    /// each as its beginnings, and the concept.
    let phrases: [String: [(rest: [[String]], concept: String)]]
    let longestPrefix: Int
    let longestPhraseHead: Int

    public init(rows: [[String]]) {
        var prefixes: [String: [String]] = [:]
        var phrases: [String: [(rest: [[String]], concept: String)]] = [:]
        for row in rows where row.count >= 2 {
            let concept = row[0]
            for cue in row[1].split(separator: ",") {
                let words = BasicTermAnalyzer.words(in: String(cue))
                if words.count == 1 {
                    for form in [words[0]] + Self.inflectedStems(of: words[0])
                    where !(prefixes[form]?.contains(concept) ?? false) {
                        prefixes[form, default: []].append(concept)
                    }
                } else if words.count > 1 {
                    let rest = words.dropFirst().map { [$0] + Self.inflectedStems(of: $0) }
                    for form in [words[0]] + Self.inflectedStems(of: words[0]) {
                        phrases[form, default: []].append((rest, concept))
                    }
                }
            }
        }
        self.prefixes = prefixes
        self.phrases = phrases
        longestPrefix = prefixes.keys.map(\.count).max() ?? 0
        longestPhraseHead = phrases.keys.map(\.count).max() ?? 0
    }

    /// The beginnings of a cue's inflected forms where Dutch spelling changes the end of the stem, so
    /// that a cue written as the singular also begins the plural and the inflected adjective:
    /// a final s or f after a vowel voices ("huis" -> "huizen", "tarief" -> "tarieven"), a doubled vowel
    /// before the last consonant is written once in an open syllable ("schaal" -> "schalen"), and a
    /// final consonant after a single short vowel doubles ("budget" -> "budgetten"). Each form ends in
    /// the "e" of the ending, so it never begins more words than the cue's own inflections.
    /// Source: Dutch spelling rules (Woordenlijst, spelling of plurals and inflected forms).
    static func inflectedStems(of cue: String) -> [String] {
        var w = Array(cue.unicodeScalars)
        guard w.count >= 4, let last = w.last, !vowels.contains(last), ("a"..."z").contains(last) else { return [] }
        func isVowel(_ k: Int) -> Bool {
            k >= 0 && (vowels.contains(w[k]) || w[k] == "j" && k > 0 && w[k - 1] == "i")
        }
        let n = w.count
        guard isVowel(n - 2) else { return [] }
        let voiced: Unicode.Scalar = last == "s" ? "z" : last == "f" ? "v" : last
        if w[n - 3] == w[n - 2], w[n - 2] != "i" {
            // Long vowel written twice in a closed syllable, once in an open one: schaal -> schalen.
            w.removeLast(2)
            w += [voiced, "e"]
        } else if isVowel(n - 3) {
            // Diphthong or long vowel of two letters: only the consonant voices (huis -> huizen).
            guard voiced != last else { return [] }
            w.removeLast()
            w += [voiced, "e"]
        } else {
            // Short vowel: the consonant doubles (budget -> budgetten).
            guard !"wjhxyq".unicodeScalars.contains(last) else { return [] }
            w += [last, "e"]
        }
        return [String(String.UnicodeScalarView(w))]
    }

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

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
                    for (j, forms) in rest.enumerated() where !forms.contains(where: { words[i + 1 + j].hasPrefix($0) }) {
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
