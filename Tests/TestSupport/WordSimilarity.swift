/// Word similarity as issue 2 defines it: Python difflib's `SequenceMatcher(None, a, b,
/// autojunk=False).ratio()` over the lower-cased `\w+` words of two texts.
///
/// The matching-blocks algorithm is difflib's (longest match, then recurse left and right), so the
/// figure equals what `python3 -c "import difflib; ..."` prints for the same word lists.
public enum WordSimilarity {
    /// The lower-cased `\w+` words (letters, digits, underscore) of `text`.
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "_" || c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                current.append(c)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// `2 * matches / (a.count + b.count)`, 1 for two empty lists.
    public static func ratio(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var ids: [String: Int] = [:]
        let ai = a.map { w -> Int in if let i = ids[w] { return i }; ids[w] = ids.count; return ids.count - 1 }
        let bi = b.map { w -> Int in if let i = ids[w] { return i }; ids[w] = ids.count; return ids.count - 1 }
        var b2j: [Int: [Int]] = [:]
        for (j, x) in bi.enumerated() { b2j[x, default: []].append(j) }

        func longest(_ alo: Int, _ ahi: Int, _ blo: Int, _ bhi: Int) -> (Int, Int, Int) {
            var besti = alo, bestj = blo, bestsize = 0
            var j2len: [Int: Int] = [:]
            for i in alo..<ahi {
                var newj2len: [Int: Int] = [:]
                for j in b2j[ai[i]] ?? [] {
                    if j < blo { continue }
                    if j >= bhi { break }
                    let k = (j2len[j - 1] ?? 0) + 1
                    newj2len[j] = k
                    if k > bestsize {
                        besti = i - k + 1
                        bestj = j - k + 1
                        bestsize = k
                    }
                }
                j2len = newj2len
            }
            return (besti, bestj, bestsize)
        }

        var matches = 0
        var queue = [(0, ai.count, 0, bi.count)]
        while let (alo, ahi, blo, bhi) = queue.popLast() {
            let (i, j, k) = longest(alo, ahi, blo, bhi)
            guard k > 0 else { continue }
            matches += k
            if alo < i && blo < j { queue.append((alo, i, blo, j)) }
            if i + k < ahi && j + k < bhi { queue.append((i + k, ahi, j + k, bhi)) }
        }
        return 2 * Double(matches) / Double(a.count + b.count)
    }

    /// The ratio over the words of two texts.
    public static func ratio(_ a: String, _ b: String) -> Double { ratio(words(a), words(b)) }
}
