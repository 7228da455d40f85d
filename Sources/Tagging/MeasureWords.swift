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
        let raw = foldedRuns(text) { piece in
            let folded = piece.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            var out: [String] = []
            var current = ""
            for scalar in folded.unicodeScalars {
                if CharacterSet.alphanumerics.contains(scalar) {
                    current.unicodeScalars.append(scalar)
                } else if !current.isEmpty {
                    out.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { out.append(current) }
            return out
        }
        var out: [String] = []
        var pending = ""
        for word in raw {
            let isLetterFragment = word.utf8.count == 1 ? isASCIILetter(word.utf8.first!) : isLetters(word, single: true)
            if isLetterFragment {
                pending += word
                continue
            }
            if !pending.isEmpty {
                if isLetters(word, single: false) {
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

    /// Whether `word` is one character (when `single`) made of letters only (`CharacterSet.letters`).
    static func isLetters(_ word: String, single: Bool) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return (!single || word.utf8.count == 1) && word.utf8.allSatisfy(isASCIILetter)
        }
        return (!single || word.count == 1) && word.unicodeScalars.allSatisfy { CharacterSet.letters.contains($0) }
    }

    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isASCIILetter(b) || (b >= 0x30 && b <= 0x39) }

    /// The folded words of `text`: the text is cut at ASCII characters that are not letters or digits;
    /// an all-ASCII run is one word, lower-cased; a run holding other characters goes to `fold` (with
    /// the separator before it), which folds and splits it the slow way. The same words as folding and
    /// splitting the whole text, since folding maps character by character and leaves ASCII punctuation
    /// alone (`TaggingFastPathTests` checks it on the seeds).
    static func foldedRuns(_ text: String, fold: (Substring) -> [String]) -> [String] {
        var out: [String] = []
        let u = text.utf8
        var start = u.startIndex
        var ascii = true
        var i = u.startIndex
        func flush(_ end: String.Index) {
            guard start < end else { return }
            if ascii {
                let run = u[start..<end]
                out.append(
                    String(unsafeUninitializedCapacity: run.count) { buffer in
                        var k = 0
                        for b in run {
                            buffer[k] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                            k += 1
                        }
                        return k
                    })
            } else {
                // The separator before the run goes with it: a combining mark opening the run belongs to
                // that separator's character, and folds away with it as it does in the whole text.
                let from = start > u.startIndex ? u.index(before: start) : start
                out += fold(Substring(text.unicodeScalars[from..<end]))
            }
        }
        while i < u.endIndex {
            let b = u[i]
            let next = u.index(after: i)
            if b < 0x80 {
                if !isASCIIAlphanumeric(b) {
                    flush(i)
                    start = next
                    ascii = true
                }
            } else {
                ascii = false
            }
            i = next
        }
        flush(u.endIndex)
        return out
    }

    /// Whether two folded words are the same word for name matching (an inflection, not a compound:
    /// "kwaliteit" is not "kwaliteitsagenda").
    public static func match(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard min(a.utf8.count, b.utf8.count) >= 5 else { return false }
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in match(x, y) } }
    }

    static func match(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let shorter = min(x.count, y.count)
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
        x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in editDistance(a, b, limit: limit) } }
    }

    static func editDistance(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (y.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...y.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(y.count + 1)...])
            for j in 0...y.count { previous[j] = j }
            for i in 1...x.count {
                current[0] = i
                var rowMin = current[0]
                for j in 1...y.count {
                    let cost = x[i - 1] == y[j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    rowMin = min(rowMin, current[j])
                }
                if rowMin > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return previous[y.count]
        }
    }

    /// How many of `needles` match some word of `haystack`.
    public static func covered(_ needles: [String], in haystack: [String]) -> Int {
        needles.reduce(0) { count, word in
            haystack.contains { match($0, word) } ? count + 1 : count
        }
    }
}
