extension BackingEngine {
    /// Twins: items and headings of one file that say (nearly) the same words, such as a summary's list
    /// item and the section heading it restates ("5. Investeer in wat jonge mensen doet floreren;" and
    /// "5.5 INVESTEER IN WAT JONGE MENSEN DOET FLOREREN"). Maps each twin to its head, the heading.
    ///
    /// Words are compared by their first five letters (so "bied" and "biedt" agree); two texts are twins
    /// when their word sets overlap by at least `similarity` (Jaccard). The head is the twin that stands
    /// alone: a summary lists restated headings one after the other, while a real heading is followed by
    /// its body, so the twin with fewer other twins within a few lines heads; then the one its section
    /// opens with, a heading, the one with more context.
    static func twins(of units: [LinkUnit], similarity: Double) -> [Int: Int] {
        var tokensOf: [Int: Set<String>] = [:]
        var byDoc: [String: [Int]] = [:]
        for (i, u) in units.enumerated() where u.isItem || u.isHeading {
            let words = BasicTermAnalyzer.words(in: u.text).filter { $0.count >= 3 && !$0.allSatisfy(\.isNumber) }
            guard words.count >= 3, words.count <= 20 else { continue }
            tokensOf[i] = Set(words.map { String($0.prefix(5)) })
            byDoc[u.ref.doc, default: []].append(i)
        }
        // Union-find over the twin pairs of each file, candidates found through shared tokens.
        var parent: [Int: Int] = [:]
        func root(_ i: Int) -> Int {
            var r = i
            while let p = parent[r], p != r { r = p }
            return r
        }
        for doc in byDoc.keys.sorted() {
            let members = byDoc[doc]!
            var postings: [String: [Int]] = [:]
            for i in members {
                parent[i] = i
                for t in tokensOf[i]! { postings[t, default: []].append(i) }
            }
            for i in members {
                let mine = tokensOf[i]!
                var overlap: [Int: Int] = [:]
                for t in mine {
                    guard let list = postings[t], list.count <= 40 else { continue }
                    for j in list where j > i { overlap[j, default: 0] += 1 }
                }
                for (j, n) in overlap {
                    let union = mine.count + tokensOf[j]!.count - n
                    guard Double(n) >= similarity * Double(union) else { continue }
                    let (a, b) = (root(i), root(j))
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in parent.keys.sorted() { groups[root(i), default: []].append(i) }
        let twinned = Set(groups.values.filter { $0.count >= 2 }.flatMap { $0 })
        var twinLines: [String: [Int]] = [:]
        for i in twinned { twinLines[units[i].ref.doc, default: []].append(units[i].ref.line) }
        func crowd(_ i: Int) -> Int {
            let line = units[i].ref.line
            return (twinLines[units[i].ref.doc] ?? []).filter { $0 != line && abs($0 - line) <= 8 }.count
        }
        var out: [Int: Int] = [:]
        for key in groups.keys.sorted() {
            let list = groups[key]!
            guard list.count >= 2 else { continue }
            func rank(_ i: Int) -> (Int, Int, Int, Int, Int) {
                let u = units[i]
                let opens = u.section.prefix(u.text.count + 12).contains(u.text.prefix(30))
                return (-crowd(i), opens ? 1 : 0, u.isHeading ? 1 : 0, u.context.count, -i)
            }
            guard let head = list.max(by: { rank($0) < rank($1) }), units[head].isHeading else { continue }
            for i in list where i != head { out[i] = head }
        }
        return out
    }
}
