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
    private(set) var raw: [[Int32: Float]] = []
    private(set) var vectors: [Vector] = []
    private(set) var postings: [[(unit: Int32, weight: Float)]] = []
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

    var count: Int { raw.count + vectors.count }

    /// The raw weighted vector of a text with its context, interning new terms when `intern` is set.
    mutating func vector(own: [Term], context: [Term], intern: Bool) -> [Int32: Float] {
        var v: [Int32: Float] = [:]
        let cw = Float(weights.compoundWeight)
        let xw = Float(weights.contextWeight)
        for t in own { add(t, t.isCompoundPart ? cw : 1, to: &v, intern: intern) }
        for t in context { add(t, (t.isCompoundPart ? cw : 1) * xw, to: &v, intern: intern) }
        return v
    }

    /// The raw vector of a text that must not grow the vocabulary.
    func lookupVector(own: [Term]) -> [Int32: Float] {
        var v: [Int32: Float] = [:]
        let cw = Float(weights.compoundWeight)
        for t in own { if let id = vocabulary[t.stem] { v[id, default: 0] += t.isCompoundPart ? cw : 1 } }
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
        for t in v.keys {
            let i = Int(t)
            documentFrequency[i] += 1
            if lastGroup[i] != group, groupSpread[i] < 2 {
                groupSpread[i] += 1
                lastGroup[i] = group
            }
        }
        raw.append(v)
        return raw.count - 1
    }

    /// Finishes the index: BM25 weights, unit length, postings with champion lists.
    mutating func seal() {
        let lengths = raw.map { $0.values.reduce(0, +) }
        averageLength = max(1, lengths.reduce(0, +) / Float(max(1, lengths.count)))
        postings = Array(repeating: [], count: surfaces.count)
        vectors.reserveCapacity(raw.count)
        for (i, v) in raw.enumerated() {
            let w = weigh(v, length: lengths[i])
            vectors.append(w)
            for (t, x) in w { postings[Int(t)].append((Int32(i), x)) }
        }
        raw = []
        for t in postings.indices where postings[t].count > postingCap {
            postings[t].sort { $0.weight > $1.weight }
            postings[t].removeLast(postings[t].count - postingCap)
        }
    }

    /// BM25 weights of a raw vector, scaled to length 1, sorted by term.
    func weigh(_ v: [Int32: Float], length: Float? = nil) -> Vector {
        let len = length ?? v.values.reduce(0, +)
        let k1 = Float(weights.k1)
        let b = Float(weights.b)
        var out: Vector = []
        out.reserveCapacity(v.count)
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
        let n = Float(max(raw.count, vectors.count))
        let df = Float(documentFrequency[Int(term)])
        return pow(log(1 + (n - df + 0.5) / (df + 0.5)), Float(weights.idfExponent))
    }

    /// The query of a unit vector: its heaviest terms, without terms too common to help.
    func queryTerms(_ v: Vector) -> Vector {
        let maxDF = Int32(max(50, Double(vectors.count) * weights.maxDocumentFrequencyFraction))
        var ranked = v.filter { documentFrequency[Int($0.term)] <= maxDF || v.count < 4 }
        ranked.sort { $0.weight > $1.weight || $0.weight == $1.weight && $0.term < $1.term }
        if ranked.count > weights.queryTerms { ranked.removeLast(ranked.count - weights.queryTerms) }
        return ranked
    }

    /// Cosine of a query against the unit at `unit`.
    func score(_ q: Vector, against unit: Int) -> Float {
        let v = vectors[unit]
        var s: Float = 0
        for (t, w) in q { if let x = Self.weight(of: t, in: v) { s += w * x } }
        return s
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
        if scratch.count < vectors.count { scratch = [Float](repeating: 0, count: vectors.count) }
        touched.removeAll(keepingCapacity: true)
        for (t, w) in q {
            for (u, x) in postings[Int(t)] {
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
            if heap.count < limit {
                heap.append(hit)
                var c = heap.count - 1
                while c > 0 {
                    let p = (c - 1) / 2
                    if better(heap[p], heap[c]) { heap.swapAt(p, c); c = p } else { break }
                }
            } else {
                heap[0] = hit
                var p = 0
                while true {
                    let l = 2 * p + 1
                    let r = l + 1
                    var worst = p
                    if l < heap.count, better(heap[worst], heap[l]) { worst = l }
                    if r < heap.count, better(heap[worst], heap[r]) { worst = r }
                    if worst == p { break }
                    heap.swapAt(p, worst)
                    p = worst
                }
            }
        }
        heap.sort(by: better)
        return heap
    }

    /// The terms `q` shares with a unit, by contribution, as the words they came from.
    func sharedTerms(_ q: Vector, unit: Int, limit: Int = 6) -> [String] {
        let v = vectors[unit]
        var shared: [(String, Float)] = []
        for (t, w) in q { if let x = Self.weight(of: t, in: v) { shared.append((surfaces[Int(t)], w * x)) } }
        shared.sort { $0.1 > $1.1 }
        return shared.prefix(limit).map(\.0)
    }
}
