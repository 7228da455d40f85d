import DwarsModel

extension ConsensusBuilder {
    /// Union-find over item refs, with the size of each cluster.
    struct Clusters {
        var parent: [ItemRef: ItemRef] = [:]
        var size: [ItemRef: Int] = [:]

        mutating func find(_ x: ItemRef) -> ItemRef {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }

        func contains(_ x: ItemRef) -> Bool { parent[x] != nil }

        /// Joins the clusters of `a` and `b` unless the result would exceed `cap` members; true when joined.
        @discardableResult
        mutating func join(_ a: ItemRef, _ b: ItemRef, cap: Int) -> Bool {
            for r in [a, b] where parent[r] == nil { parent[r] = r; size[r] = 1 }
            let ra = find(a)
            let rb = find(b)
            guard ra != rb, size[ra]! + size[rb]! <= cap else { return false }
            let (big, small) = size[ra]! > size[rb]! || size[ra]! == size[rb]! && ra < rb ? (ra, rb) : (rb, ra)
            parent[small] = big
            size[big]! += size[small]!
            return true
        }

        mutating func groups() -> [[ItemRef]] {
            var out: [ItemRef: [ItemRef]] = [:]
            for r in parent.keys.sorted() { out[find(r), default: []].append(r) }
            return out.keys.sorted().map { out[$0]! }
        }
    }

    /// For each section head (a heading item) that no cross-document link at the threshold reaches, the
    /// item of another document it joins: the far end of its body's best link (score × `headingShare`
    /// at the threshold or more), else the best match of the whole section. Heads in reading order.
    func headJoins(links: [ItemLink], units: [LinkUnit], clustered: Clusters) -> [(ItemRef, ItemRef)] {
        let ordered = units.sorted { ($0.group, $0.ref) < ($1.group, $1.ref) }
        var bodies: [(head: Int, body: [Int])] = []
        for (i, u) in ordered.enumerated() where u.isHeading && u.isItem && !clustered.contains(u.ref) {
            var body: [Int] = []
            var j = i + 1
            while j < ordered.count, ordered[j].group == u.group, !ordered[j].isHeading, body.count < bodyLimit {
                body.append(j)
                j += 1
            }
            bodies.append((i, body))
        }
        guard !bodies.isEmpty else { return [] }
        var crossLinks: [ItemRef: [(other: ItemRef, score: Double)]] = [:]
        for link in links where !link.sameDocument {
            crossLinks[link.a, default: []].append((link.b, link.score))
            crossLinks[link.b, default: []].append((link.a, link.score))
        }
        var joins: [(ItemRef, ItemRef)] = []
        var searchLater: [(head: Int, body: [Int])] = []
        for (head, body) in bodies {
            var best: (other: ItemRef, score: Double)?
            for k in body {
                for (other, score) in crossLinks[ordered[k].ref] ?? [] {
                    let inherited = score * headingShare
                    guard inherited >= threshold else { continue }
                    if best.map({ inherited > $0.score || inherited == $0.score && other < $0.other }) ?? true {
                        best = (other, inherited)
                    }
                }
            }
            if let best {
                joins.append((ordered[head].ref, best.other))
            } else if !body.isEmpty {
                searchLater.append((head, body))
            }
        }
        joins += sectionMatches(searchLater, ordered: ordered)
        return joins
    }

    /// The best section head of another document for each section (head and body as one query), when
    /// it scores `sectionThreshold` or more. Only heads are indexed, which keeps the search cheap.
    func sectionMatches(_ sections: [(head: Int, body: [Int])], ordered: [LinkUnit]) -> [(ItemRef, ItemRef)] {
        guard !sections.isEmpty, sectionThreshold > 0 else { return [] }
        var w = weights
        w.queryTerms = min(weights.queryTerms, weights.linkQueryTerms)
        var pool = ordered.indices.filter { ordered[$0].isHeading }
        var slot: [Int: Int] = [:]
        for (k, i) in pool.enumerated() { slot[i] = k }
        for (_, body) in sections { for i in body where slot[i] == nil { slot[i] = pool.count; pool.append(i) } }
        // Own words and context only: the sections' long texts would cost more than they add here.
        let units = pool.map { i -> LinkUnit in
            var u = ordered[i]
            u.section = ""
            return u
        }
        let scorer = LinkScorer(
            units: units, analyzer: analyzer ?? TermAnalyzers.standard(), weights: w, postingCap: w.linkPostingCap)
        var scratch = LinkScorer.Scratch()
        var joins: [(ItemRef, ItemRef)] = []
        for (head, body) in sections {
            let group = ordered[head].group
            let q = scorer.query(units: ([head] + body).map { slot[$0]! })
            let found = scorer.candidates(
                query: q.own, section: nil, from: ordered[head], limit: 4, scratch: &scratch
            ) { units[$0].group != group && units[$0].isHeading }
            if let top = found.first, top.score >= sectionThreshold {
                joins.append((ordered[head].ref, units[top.unit].ref))
            }
        }
        return joins
    }
}
