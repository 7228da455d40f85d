import DwarsModel

/// Scores units against each other: BM25 over stems and compound parts, plus shared B-codes,
/// shared themes, explicit pointers and a preference for tagged items and section heads.
///
/// Built once over all units; `candidates(for:...)` then answers in time bounded by the posting caps.
public struct LinkScorer: Sendable {
    public let units: [LinkUnit]
    public let weights: LinkWeights
    var index: TermIndex
    let queries: [[(term: Int32, weight: Float)]]
    let selfScores: [Float]
    let analyzer: any TermAnalyzing

    /// Indexes `units` with terms from `analyzer`.
    public init(units: [LinkUnit], analyzer: any TermAnalyzing, weights: LinkWeights = .load()) {
        self.units = units
        self.weights = weights
        self.analyzer = analyzer
        var index = TermIndex(weights: weights)
        var contextCache: [String: [Term]] = [:]
        var vectors: [[Int32: Float]] = []
        vectors.reserveCapacity(units.count)
        for unit in units {
            let own = analyzer.terms(in: unit.text)
            let context: [Term]
            if let cached = contextCache[unit.context] {
                context = cached
            } else {
                context = analyzer.terms(in: unit.context)
                contextCache[unit.context] = context
            }
            let v = index.vector(own: own, context: context, intern: true)
            index.add(v)
            vectors.append(v)
        }
        index.seal()
        var queries: [[(term: Int32, weight: Float)]] = []
        var selfScores: [Float] = []
        queries.reserveCapacity(units.count)
        for v in vectors {
            let q = index.queryTerms(v)
            queries.append(q)
            selfScores.append(max(1e-3, index.score(q, selfVector: v)))
        }
        self.index = index
        self.queries = queries
        self.selfScores = selfScores
    }

    /// The query of a free text (terms not in the index are dropped).
    public func query(text: String) -> (terms: [(term: Int32, weight: Float)], selfScore: Float) {
        var copy = index
        let v = copy.vector(own: analyzer.terms(in: text), context: [], intern: false)
        let q = index.queryTerms(v)
        return (q, max(1e-3, index.score(q, selfVector: v)))
    }

    /// The best `limit` candidates for the unit at `unit` that pass `keep`.
    public func candidates(for unit: Int, limit: Int, keep: (Int) -> Bool) -> [ScoredCandidate] {
        var scratch: [Float] = []
        var touched: [Int32] = []
        return candidates(
            query: queries[unit], selfScore: selfScores[unit], from: units[unit], limit: limit, scratch: &scratch,
            touched: &touched, keep: keep)
    }

    /// The best candidates for a query vector; `from` (when given) supplies codes, themes and pointers.
    func candidates(
        query q: [(term: Int32, weight: Float)], selfScore: Float, from origin: LinkUnit?, limit: Int,
        scratch: inout [Float], touched: inout [Int32], keep: (Int) -> Bool
    ) -> [ScoredCandidate] {
        let hits = index.search(q, limit: max(limit * 4, 40), scratch: &scratch, touched: &touched, keep: keep)
        var out: [ScoredCandidate] = hits.map { hit in
            let c = units[hit.unit]
            var score = hit.score / Double(selfScore)
            var evidence = index.sharedTerms(q, unit: hit.unit).map { "term \($0)" }
            if let o = origin {
                let codes = Set(o.bcodes).intersection(c.bcodes).sorted()
                if !codes.isEmpty {
                    score += weights.codeBonus * Double(min(2, codes.count))
                    evidence.insert(contentsOf: codes.map { "code \($0)" }, at: 0)
                }
                let themes = Set(o.themes).intersection(c.themes).sorted()
                score += weights.themeBonus * Double(min(3, themes.count))
                evidence += themes.map { "theme \($0)" }
                if o.pointsAt.contains(c.ref.doc) || c.pointsAt.contains(o.ref.doc) {
                    score += weights.xrefBonus
                    evidence.append("pointer \(o.pointsAt.contains(c.ref.doc) ? c.ref.doc : o.ref.doc)")
                }
            }
            if c.isItem { score += weights.itemBonus }
            if c.isHeading { score += weights.headingBonus }
            return ScoredCandidate(unit: hit.unit, score: score, evidence: evidence)
        }
        out.sort { $0.score > $1.score || $0.score == $1.score && $0.unit < $1.unit }
        if out.count > limit { out.removeLast(out.count - limit) }
        return out
    }
}
