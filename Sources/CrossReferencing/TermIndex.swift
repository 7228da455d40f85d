import Foundation

/// An inverted index of weighted term vectors with BM25 scoring.
///
/// Each unit is a vector: its own terms at weight 1 (compound parts lower), its context's terms at
/// the context weight. Postings keep, per term, at most `postingCap` units with the highest weights
/// ("champion lists"), so a query costs a bounded amount however large the corpus grows; that keeps
/// linking close to linear in the number of units.
struct TermIndex: Sendable {
    struct Hit: Sendable {
        var unit: Int
        var score: Double
    }

    private(set) var vocabulary: [String: Int32] = [:]
    private(set) var surfaces: [String] = []
    private(set) var vectors: [[(term: Int32, weight: Float)]] = []
    private(set) var lengths: [Float] = []
    private(set) var postings: [[(unit: Int32, weight: Float)]] = []
    private(set) var documentFrequency: [Int32] = []
    private(set) var averageLength: Float = 1
    let weights: LinkWeights
    let postingCap: Int

    init(weights: LinkWeights, postingCap: Int = 4000) {
        self.weights = weights
        self.postingCap = postingCap
    }

    var count: Int { vectors.count }

    /// The weighted vector of a text with its context, interning new terms when `intern` is set.
    mutating func vector(own: [Term], context: [Term], intern: Bool) -> [Int32: Float] {
        var v: [Int32: Float] = [:]
        func add(_ t: Term, _ w: Float) {
            let id: Int32
            if let known = vocabulary[t.stem] {
                id = known
            } else if intern {
                id = Int32(surfaces.count)
                vocabulary[t.stem] = id
                surfaces.append(t.isCompoundPart ? t.stem : t.surface)
                postings.append([])
                documentFrequency.append(0)
            } else {
                return
            }
            v[id, default: 0] += w
        }
        let cw = Float(weights.compoundWeight)
        let xw = Float(weights.contextWeight)
        for t in own { add(t, t.isCompoundPart ? cw : 1) }
        for t in context { add(t, (t.isCompoundPart ? cw : 1) * xw) }
        return v
    }

    /// Adds a unit's vector; returns its index.
    @discardableResult
    mutating func add(_ v: [Int32: Float]) -> Int {
        let index = vectors.count
        let entries = v.map { (term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term }
        vectors.append(entries)
        lengths.append(entries.reduce(0) { $0 + $1.weight })
        for (t, w) in entries {
            postings[Int(t)].append((Int32(index), w))
            documentFrequency[Int(t)] += 1
        }
        return index
    }

    /// Finishes the index: average length, champion lists.
    mutating func seal() {
        averageLength = max(1, lengths.reduce(0, +) / Float(max(1, lengths.count)))
        for t in postings.indices where postings[t].count > postingCap {
            postings[t].sort { $0.weight > $1.weight }
            postings[t].removeLast(postings[t].count - postingCap)
        }
    }

    func idf(_ term: Int32) -> Float {
        let n = Float(vectors.count)
        let df = Float(documentFrequency[Int(term)])
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    @inline(__always)
    func bm25(tf: Float, length: Float) -> Float {
        let k1 = Float(weights.k1)
        let b = Float(weights.b)
        return tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength))
    }

    /// The query's most informative terms (by weight times idf), without terms too common to help.
    func queryTerms(_ q: [Int32: Float]) -> [(term: Int32, weight: Float)] {
        let maxDF = Int32(max(50, Double(vectors.count) * weights.maxDocumentFrequencyFraction))
        var ranked: [(term: Int32, weight: Float, rank: Float)] = []
        for (t, w) in q where documentFrequency[Int(t)] <= maxDF || q.count < 4 {
            ranked.append((t, w, w * idf(t)))
        }
        ranked.sort { a, b in a.rank > b.rank || (a.rank == b.rank && a.term < b.term) }
        return ranked.prefix(weights.queryTerms).map { (term: $0.term, weight: $0.weight) }
    }

    /// BM25 score of `q` against the unit at `unit` (used for self-scores and re-scoring).
    func score(_ q: [(term: Int32, weight: Float)], against unit: Int) -> Float {
        let v = vectors[unit]
        let length = lengths[unit]
        var s: Float = 0
        for (t, w) in q {
            if let tf = Self.weight(of: t, in: v) { s += w * idf(t) * bm25(tf: tf, length: length) }
        }
        return s
    }

    /// BM25 score of `q` against a vector that is not in the index (a query's self-score).
    func score(_ q: [(term: Int32, weight: Float)], selfVector: [Int32: Float]) -> Float {
        let length = selfVector.values.reduce(0, +)
        var s: Float = 0
        for (t, w) in q {
            if let tf = selfVector[t] { s += w * idf(t) * bm25(tf: tf, length: length) }
        }
        return s
    }

    static func weight(of term: Int32, in v: [(term: Int32, weight: Float)]) -> Float? {
        var lo = 0
        var hi = v.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if v[mid].term < term { lo = mid + 1 } else { hi = mid }
        }
        return lo < v.count && v[lo].term == term ? v[lo].weight : nil
    }

    /// Units scored against `q` through the postings, best first, at most `limit`, those passing `keep`.
    func search(_ q: [(term: Int32, weight: Float)], limit: Int, scratch: inout [Float], touched: inout [Int32],
                keep: (Int) -> Bool) -> [Hit] {
        if scratch.count < vectors.count { scratch = [Float](repeating: 0, count: vectors.count) }
        touched.removeAll(keepingCapacity: true)
        for (t, w) in q {
            let idf = self.idf(t)
            for (u, tf) in postings[Int(t)] {
                let ui = Int(u)
                if scratch[ui] == 0 { touched.append(u) }
                scratch[ui] += w * idf * bm25(tf: tf, length: lengths[ui])
            }
        }
        var hits: [Hit] = []
        hits.reserveCapacity(min(touched.count, 256))
        for u in touched {
            let ui = Int(u)
            let s = scratch[ui]
            scratch[ui] = 0
            if keep(ui) { hits.append(Hit(unit: ui, score: Double(s))) }
        }
        hits.sort { $0.score > $1.score || $0.score == $1.score && $0.unit < $1.unit }
        if hits.count > limit { hits.removeLast(hits.count - limit) }
        return hits
    }

    /// The terms `q` shares with a unit, by contribution, as the words they came from.
    func sharedTerms(_ q: [(term: Int32, weight: Float)], unit: Int, limit: Int = 6) -> [String] {
        let v = vectors[unit]
        return q.compactMap { t, w -> (String, Float)? in
            guard let tf = Self.weight(of: t, in: v) else { return nil }
            return (surfaces[Int(t)], w * idf(t) * bm25(tf: tf, length: lengths[unit]))
        }.sorted { $0.1 > $1.1 }.prefix(limit).map(\.0)
    }
}
