import Testing

/// The word similarity of issue 2: difflib's `SequenceMatcher(None, a, b, autojunk=False).ratio()` over
/// the lower-cased `\w+` words of two texts.
enum WordSimilarity {
    /// Lower-cased runs of letters, digits and underscores (Python's Unicode `\w+`).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
                || scalar.properties.generalCategory == .nonspacingMark
            {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// 2 * matches / (|a| + |b|), matches counted as difflib's matching blocks (no junk, no autojunk).
    static func ratio(_ a: [String], _ b: [String]) -> Double {
        guard !(a.isEmpty && b.isEmpty) else { return 1 }
        var b2j: [String: [Int]] = [:]
        for (j, word) in b.enumerated() { b2j[word, default: []].append(j) }
        var matched = 0
        var queue = [(0, a.count, 0, b.count)]
        while let (alo, ahi, blo, bhi) = queue.popLast() {
            // find_longest_match
            var besti = alo
            var bestj = blo
            var bestsize = 0
            var j2len: [Int: Int] = [:]
            for i in alo..<ahi {
                var next: [Int: Int] = [:]
                for j in b2j[a[i]] ?? [] {
                    if j < blo { continue }
                    if j >= bhi { break }
                    let k = (j2len[j - 1] ?? 0) + 1
                    next[j] = k
                    if k > bestsize {
                        besti = i - k + 1
                        bestj = j - k + 1
                        bestsize = k
                    }
                }
                j2len = next
            }
            guard bestsize > 0 else { continue }
            matched += bestsize
            if alo < besti && blo < bestj { queue.append((alo, besti, blo, bestj)) }
            if besti + bestsize < ahi && bestj + bestsize < bhi {
                queue.append((besti + bestsize, ahi, bestj + bestsize, bhi))
            }
        }
        return 2 * Double(matched) / Double(a.count + b.count)
    }

    static func ratio(_ a: String, _ b: String) -> Double { ratio(words(a), words(b)) }
}

@Suite struct HTMLWordSimilarityTests {
    /// Figures from Python: `difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()`.
    @Test(arguments: [
        ("de raad beveelt aan", "de raad beveelt aan", 1.0),
        ("de raad beveelt aan", "de raad adviseert aan", 0.75),
        ("a b c d", "d c b a", 0.25),
        ("jeugd- en opvoedhulp", "jeugd en opvoedhulp in de regio", 0.6666666666666666),
        ("", "woord", 0.0),
    ])
    func matchesDifflib(a: String, b: String, expected: Double) {
        #expect(abs(WordSimilarity.ratio(a, b) - expected) < 1e-9)
    }

    @Test func wordsAreLowerCasedUnicodeRuns() {
        #expect(
            WordSimilarity.words("Financiële markten, ’s-Gravenhage 2021") == [
                "financiële", "markten", "s", "gravenhage", "2021",
            ])
    }
}
