@testable import CrossReferencing
import Testing

/// The compact term index (vectors and postings end to end, champion lists kept by a bounded heap)
/// against a naive reference: every posting list built whole, sorted by weight, cut at the cap.
@Suite("Term index")
struct TermIndexTests {
    /// Deterministic raw vectors over `terms` terms in `groups` groups; some terms are common, most rare,
    /// and some weights repeat exactly, so ties in the champion lists are exercised.
    static func corpus(units: Int, terms: Int, groups: Int) -> [(vector: [Int32: Float], group: Int32)] {
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<units).map { u in
            var v: [Int32: Float] = [:]
            for _ in 0..<(3 + next() % 12) {
                let r = Double(next() % 1000) / 1000
                let t = Int32(Double(terms) * r * r * r)
                v[t, default: 0] += [1, 0.6, 0.35, 0.21][next() % 4]
            }
            return (v, Int32(u % groups))
        }
    }

    static func build(_ corpus: [(vector: [Int32: Float], group: Int32)], terms: Int, cap: Int) -> TermIndex {
        var index = TermIndex(weights: LinkWeights(), postingCap: cap)
        // Intern the terms through the public path: one term per stem.
        let vocabulary = (0..<terms).map { Term(stem: "t\($0)", surface: "w\($0)") }
        _ = index.vector(own: vocabulary, context: [], intern: true)
        for (v, g) in corpus { index.add(v, group: g) }
        index.seal()
        return index
    }

    @Test(arguments: [1, 3, 40, 4000])
    func searchMatchesWholePostingLists(cap: Int) {
        let terms = 60
        let corpus = Self.corpus(units: 500, terms: terms, groups: 37)
        let index = Self.build(corpus, terms: terms, cap: cap)
        #expect(index.count == corpus.count)

        // Each sealed vector is the BM25 weighting of its raw vector.
        for (i, (v, _)) in corpus.enumerated() {
            let expected = index.weigh(v)
            let got = index.vectors[i]
            #expect(got.map(\.term) == expected.map(\.term))
            #expect(zip(got, expected).allSatisfy { abs($0.weight - $1.weight) < 1e-6 })
        }
        // Reference postings: all units of a term in unit order, then the heaviest `cap` (stable sort).
        var postings = [[(unit: Int32, weight: Float)]](repeating: [], count: terms)
        for i in 0..<index.count {
            for (t, w) in index.vectors[i] { postings[Int(t)].append((Int32(i), w)) }
        }
        for t in postings.indices where postings[t].count > cap {
            postings[t].sort { $0.weight > $1.weight }
            postings[t].removeLast(postings[t].count - cap)
        }
        var scratch: [Float] = []
        var touched: [Int32] = []
        for probe in stride(from: 0, to: index.count, by: 7) {
            let q = index.queryTerms(index.vectors[probe])
            var scores: [Int: Float] = [:]
            for (t, w) in q { for (u, x) in postings[Int(t)] { scores[Int(u), default: 0] += w * x } }
            let keep: (Int) -> Bool = { $0 != probe && $0 % 5 != 0 }
            let expected = scores.filter { keep($0.key) && $0.value != 0 }
                .sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }.prefix(10)
            let hits = index.search(q, limit: 10, scratch: &scratch, touched: &touched, keep: keep)
            #expect(hits.map(\.unit) == expected.map(\.key))
            #expect(zip(hits, expected).allSatisfy { abs($0.score - Double($1.value)) < 1e-5 })
            for hit in hits.prefix(3) {
                let dot = q.reduce(Float(0)) { s, e in
                    s + e.weight * (index.vectors[hit.unit].first { $0.term == e.term }?.weight ?? 0)
                }
                #expect(abs(index.score(q, against: hit.unit) - dot) < 1e-6)
                #expect(!index.sharedTerms(q, unit: hit.unit).isEmpty)
            }
        }
    }

    @Test func aTermOfOneGroupIsLeftOut() {
        var index = TermIndex(weights: LinkWeights(), postingCap: 10)
        let a = index.vector(own: [Term(stem: "inkoop", surface: "inkoop"), Term(stem: "eigen", surface: "eigen")],
                             context: [], intern: true)
        let b = index.vector(own: [Term(stem: "inkoop", surface: "inkoop")], context: [], intern: true)
        index.add(a, group: 0)
        index.add(b, group: 1)
        index.seal()
        #expect(index.vectors[0].count == 1)
        #expect(index.surfaces[Int(index.vectors[0][0].term)] == "inkoop")
        #expect(index.vectors[1].count == 1)
    }
}
