import Foundation

/// An inverted index of unit vectors weighted by BM25 and compared by cosine.
///
/// A unit's raw vector holds its own terms at weight 1 (compound parts lower) and its context's
/// terms at the context weight. Sealing turns each into BM25 weights (idf times saturated,
/// length-normalised term frequency) scaled to unit length, so the dot product of two units is a
/// similarity in 0...1 whatever their lengths. Postings keep, per term, at most `postingCap` units with
/// the highest weights ("champion lists"), so a query costs a bounded amount however large the corpus
/// grows; that keeps linking close to linear in the number of units.
struct TermIndex: Sendable {
    struct Hit: Sendable {
        var unit: Int
        var score: Double
    }
    typealias Vector = [(term: Int32, weight: Float)]

    private(set) var vocabulary: [String: Int32] = [:]
    private(set) var surfaces: [String] = []
    /// Raw vectors while the index fills, end to end (term, frequency), and where each unit's entries end.
    private var raw: Vector = []
    private var rawEnds: [Int] = []
    /// Sealed vectors end to end, sorted by term within a unit, and where each unit's entries start
    /// (one more than there are units): no array, dictionary or string per unit.
    private var entries: Vector = []
    private var starts: [Int] = [0]
    /// Postings end to end, term after term, and where each term's list starts (one more than terms).
    private var postingEntries: [(unit: Int32, weight: Float)] = []
    private var postingStarts: [Int] = [0]
    /// Number of units added.
    private(set) var unitCount = 0
    private(set) var documentFrequency: [Int32] = []
    private(set) var averageLength: Float = 1
    let weights: LinkWeights
    let postingCap: Int
    /// Whether terms of a single group stay in the vectors (off: they could only link a group to itself).
    var singleGroupTermsKept = false

    init(weights: LinkWeights, postingCap: Int = 4000) {
        self.weights = weights
        self.postingCap = postingCap
    }

    var count: Int { unitCount }

    /// The sealed vectors, one per unit, sorted by term (reading one copies the unit's entries).
    struct Vectors: RandomAccessCollection, Sendable {
        let entries: Vector
        let starts: [Int]
        var startIndex: Int { 0 }
        var endIndex: Int { starts.count - 1 }
        subscript(i: Int) -> Vector { Array(entries[starts[i]..<starts[i + 1]]) }
    }

    var vectors: Vectors { Vectors(entries: entries, starts: starts) }

    /// The raw weighted vector of a text with its context, interning new terms when `intern` is set.
    mutating func vector(own: [Term], context: [Term], intern: Bool) -> [Int32: Float] {
        var v: [Int32: Float] = [:]
        let cw = Float(weights.compoundWeight)
        let xw = Float(weights.contextWeight)
        let kw = Float(weights.conceptWeight)
        for t in own { add(t, t.isConcept ? kw : t.isCompoundPart ? cw : 1, to: &v, intern: intern) }
        for t in context { add(t, (t.isConcept ? kw : t.isCompoundPart ? cw : 1) * xw, to: &v, intern: intern) }
        return v
    }

    /// The raw vector of a text that must not grow the vocabulary.
    func lookupVector(own: [Term]) -> [Int32: Float] {
        var v: [Int32: Float] = [:]
        let cw = Float(weights.compoundWeight)
        let kw = Float(weights.conceptWeight)
        for t in own { if let id = vocabulary[t.stem] { v[id, default: 0] += t.isConcept ? kw : t.isCompoundPart ? cw : 1 } }
        return v
    }

    private mutating func add(_ t: Term, _ w: Float, to v: inout [Int32: Float], intern: Bool) {
        let id: Int32
        if let known = vocabulary[t.stem] {
            id = known
        } else if intern {
            id = Int32(surfaces.count)
            vocabulary[t.stem] = id
            surfaces.append(t.isCompoundPart ? t.stem : t.surface)
            documentFrequency.append(0)
        } else {
            return
        }
        v[id, default: 0] += w
    }

    /// Groups (documents) each term occurs in, up to two: a term of one group cannot link groups.
    private(set) var groupSpread: [UInt8] = []
    private var lastGroup: [Int32] = []

    /// Adds a unit's raw vector, with the number of its group; returns its index.
    @discardableResult
    mutating func add(_ v: [Int32: Float], group: Int32 = 0) -> Int {
        if groupSpread.count < surfaces.count {
            groupSpread += Array(repeating: 0, count: surfaces.count - groupSpread.count)
            lastGroup += Array(repeating: -1, count: surfaces.count - lastGroup.count)
        }
        // In term order, so lengths and norms add up the same whatever the dictionary's hash seed.
        for (t, tf) in v.sorted(by: { $0.key < $1.key }) {
            let i = Int(t)
            documentFrequency[i] += 1
            if lastGroup[i] != group, groupSpread[i] < 2 {
                groupSpread[i] += 1
                lastGroup[i] = group
            }
            raw.append((t, tf))
        }
        rawEnds.append(raw.count)
        unitCount += 1
        return unitCount - 1
    }

    /// Finishes the index: BM25 weights, unit length, postings with champion lists.
    ///
    /// A term's champion list holds its `postingCap` heaviest units (ties: the earlier unit), heaviest
    /// first; a shorter list stays in unit order. Over-long lists are never built whole: a bounded heap
    /// per common term keeps the champions while the vectors are read.
    mutating func seal() {
        var lengths: [Float] = []
        lengths.reserveCapacity(rawEnds.count)
        var start = 0
        for end in rawEnds {
            var length: Float = 0
            for k in start..<end { length += raw[k].weight }
            lengths.append(length)
            start = end
        }
        averageLength = max(1, lengths.reduce(0, +) / Float(max(1, lengths.count)))
        entries = []
        entries.reserveCapacity(raw.count)
        starts = [0]
        starts.reserveCapacity(rawEnds.count + 1)
        var perTerm = [Int](repeating: 0, count: surfaces.count)
        start = 0
        for (i, end) in rawEnds.enumerated() {
            let w = weigh(raw[start..<end], count: end - start, length: lengths[i])
            for (t, _) in w { perTerm[Int(t)] += 1 }
            entries += w
            starts.append(entries.count)
            start = end
        }
        raw = []
        rawEnds = []
        // Postings: short lists filled in unit order, long ones through a heap of their champions.
        postingStarts = [0]
        postingStarts.reserveCapacity(surfaces.count + 1)
        var heapSlot = [Int32](repeating: -1, count: surfaces.count)
        var heaps: [[(unit: Int32, weight: Float)]] = []
        for t in perTerm.indices {
            postingStarts.append(postingStarts[t] + min(perTerm[t], postingCap))
            if perTerm[t] > postingCap {
                heapSlot[t] = Int32(heaps.count)
                heaps.append([])
            }
        }
        postingEntries = Array(repeating: (0, 0), count: postingStarts[surfaces.count])
        var cursor = Array(postingStarts.dropLast())
        for unit in 0..<unitCount {
            for k in starts[unit]..<starts[unit + 1] {
                let (t, x) = entries[k]
                let ti = Int(t)
                let slot = Int(heapSlot[ti])
                if slot < 0 {
                    postingEntries[cursor[ti]] = (Int32(unit), x)
                    cursor[ti] += 1
                } else {
                    Self.offer((Int32(unit), x), to: &heaps[slot], cap: postingCap)
                }
            }
        }
        for t in perTerm.indices where heapSlot[t] >= 0 {
            var champions = heaps[Int(heapSlot[t])]
            heaps[Int(heapSlot[t])] = []
            champions.sort(by: Self.heavier)
            for (k, e) in champions.enumerated() { postingEntries[postingStarts[t] + k] = e }
        }
    }

    /// Heavier first; of equal weights the earlier unit.
    static func heavier(_ a: (unit: Int32, weight: Float), _ b: (unit: Int32, weight: Float)) -> Bool {
        a.weight > b.weight || a.weight == b.weight && a.unit < b.unit
    }

    /// Keeps `e` among the `cap` heaviest of a min-heap (its root the lightest, the latest of equals).
    static func offer(_ e: (unit: Int32, weight: Float), to heap: inout [(unit: Int32, weight: Float)], cap: Int) {
        TopK.offer(e, to: &heap, cap: cap, better: heavier)
    }

    /// BM25 weights of a raw vector, scaled to length 1, sorted by term.
    func weigh(_ v: [Int32: Float], length: Float? = nil) -> Vector {
        // Summed in term order: the same bits whatever the dictionary's hash seed.
        let sorted = v.map { (term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term }
        return weigh(sorted, count: sorted.count, length: length ?? sorted.reduce(0) { $0 + $1.weight })
    }

    /// BM25 weights of raw (term, frequency) entries of total frequency `length`, scaled to length 1, sorted by term.
    func weigh<S: Sequence>(_ v: S, count: Int, length len: Float) -> Vector where S.Element == (term: Int32, weight: Float) {
        let k1 = Float(weights.k1)
        let b = Float(weights.b)
        var out: Vector = []
        out.reserveCapacity(count)
        var norm: Float = 0
        for (t, tf) in v where singleGroupTermsKept || groupSpread[Int(t)] >= 2 {
            let w = idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / averageLength))
            out.append((t, w))
            norm += w * w
        }
        let scale = norm > 0 ? 1 / norm.squareRoot() : 0
        for i in out.indices { out[i].weight *= scale }
        out.sort { $0.term < $1.term }
        return out
    }

    func idf(_ term: Int32) -> Float {
        let n = Float(unitCount)
        let df = Float(documentFrequency[Int(term)])
        return pow(log(1 + (n - df + 0.5) / (df + 0.5)), Float(weights.idfExponent))
    }

    /// The query of a unit vector: its heaviest terms, without terms too common to help.
    func queryTerms(_ v: Vector) -> Vector {
        let maxDF = Int32(max(50, Double(unitCount) * weights.maxDocumentFrequencyFraction))
        var ranked = v.filter { documentFrequency[Int($0.term)] <= maxDF || v.count < 4 }
        ranked.sort { $0.weight > $1.weight || $0.weight == $1.weight && $0.term < $1.term }
        if ranked.count > weights.queryTerms { ranked.removeLast(ranked.count - weights.queryTerms) }
        return ranked
    }

    /// Cosine of a query against the unit at `unit`.
    func score(_ q: Vector, against unit: Int) -> Float {
        var s: Float = 0
        for (t, w) in q { if let x = weight(of: t, unit: unit) { s += w * x } }
        return s
    }

    /// The weight of `term` in the sealed vector of `unit`, if it has the term.
    func weight(of term: Int32, unit: Int) -> Float? {
        var lo = starts[unit]
        let end = starts[unit + 1]
        var hi = end
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].term < term { lo = mid + 1 } else { hi = mid }
        }
        return lo < end && entries[lo].term == term ? entries[lo].weight : nil
    }

    static func weight(of term: Int32, in v: Vector) -> Float? {
        var lo = 0
        var hi = v.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if v[mid].term < term { lo = mid + 1 } else { hi = mid }
        }
        return lo < v.count && v[lo].term == term ? v[lo].weight : nil
    }

    /// Units scored against `q` through the postings, best first, at most `limit`, those passing `keep`.
    func search(_ q: Vector, limit: Int, scratch: inout [Float], touched: inout [Int32], keep: (Int) -> Bool) -> [Hit] {
        if scratch.count < unitCount { scratch = [Float](repeating: 0, count: unitCount) }
        touched.removeAll(keepingCapacity: true)
        for (t, w) in q {
            for k in postingStarts[Int(t)]..<postingStarts[Int(t) + 1] {
                let (u, x) = postingEntries[k]
                let ui = Int(u)
                if scratch[ui] == 0 { touched.append(u) }
                scratch[ui] += w * x
            }
        }
        // Keep the best `limit` in a min-heap: no full sort of everything touched.
        var heap: [Hit] = []
        heap.reserveCapacity(limit + 1)
        func better(_ a: Hit, _ b: Hit) -> Bool { a.score > b.score || a.score == b.score && a.unit < b.unit }
        for u in touched {
            let ui = Int(u)
            let s = scratch[ui]
            scratch[ui] = 0
            let hit = Hit(unit: ui, score: Double(s))
            if heap.count == limit, !better(hit, heap[0]) { continue }
            guard keep(ui) else { continue }
            TopK.offer(hit, to: &heap, cap: limit, better: better)
        }
        heap.sort(by: better)
        return heap
    }

    /// The terms `q` shares with a unit, by contribution, as the words they came from.
    func sharedTerms(_ q: Vector, unit: Int, limit: Int = 6) -> [String] {
        var shared: [(String, Float)] = []
        for (t, w) in q { if let x = weight(of: t, unit: unit) { shared.append((surfaces[Int(t)], w * x)) } }
        shared.sort { $0.1 > $1.1 }
        return shared.prefix(limit).map(\.0)
    }
}
