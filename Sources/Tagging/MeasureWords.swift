import Foundation

/// Word-level comparison for measure names: folded words and an OCR-tolerant word match.
///
/// Names are compared word by word: case and diacritics folded, split at anything that is not a letter
/// or digit, runs of single letters joined ("a a nbod" → "aanbod"). Two words match when they are equal,
/// share a long prefix (Dutch inflection and derivation: "verwijzing" / "verwijzen"), or differ by one
/// or two edits in a long word (OCR: "jeugdbescherrningsketen").
public enum MeasureWords {
    /// The folded words of `text`, single-letter OCR fragments joined to the next fragment.
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var raw: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                raw.append(current)
                current = ""
            }
        }
        if !current.isEmpty { raw.append(current) }
        var out: [String] = []
        var pending = ""
        for word in raw {
            let isLetterFragment =
                word.count == 1 && word.unicodeScalars.allSatisfy { CharacterSet.letters.contains($0) }
            if isLetterFragment {
                pending += word
                continue
            }
            if !pending.isEmpty {
                if word.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) }) {
                    out.append(pending + word)
                } else {
                    out.append(pending)
                    out.append(word)
                }
                pending = ""
            } else {
                out.append(word)
            }
        }
        if !pending.isEmpty { out.append(pending) }
        return out
    }

    /// Whether two folded words are the same word for name matching (an inflection, not a compound:
    /// "kwaliteit" is not "kwaliteitsagenda").
    public static func match(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        let shorter = min(x.count, y.count)
        guard shorter >= 5 else { return false }
        var prefix = 0
        while prefix < shorter && x[prefix] == y[prefix] { prefix += 1 }
        let longer = max(x.count, y.count)
        if prefix >= max(5, shorter - 3), prefix >= longer - 4 { return true }
        guard x[0] == y[0] || shorter >= 8 else { return false }
        let limit = shorter >= 8 ? 2 : 1
        return editDistance(x, y, limit: limit) <= limit
    }

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    static func editDistance(_ x: [UInt8], _ y: [UInt8], limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(y.count, 1) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// How many of `needles` match some word of `haystack`.
    public static func covered(_ needles: [String], in haystack: [String]) -> Int {
        needles.reduce(0) { count, word in
            haystack.contains { match($0, word) } ? count + 1 : count
        }
    }
}
