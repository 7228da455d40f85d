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
    var sectionIndex: TermIndex
    let sectionOf: [Int32]
    let unitsOfSection: [[Int32]]
    let sectionQueries: [[(term: Int32, weight: Float)]]
    /// Distinct own terms per unit: a unit of two words matches too easily and is damped.
    let ownSizes: [Int]
    let analyzer: any TermAnalyzing

    /// Indexes `units` with terms from `analyzer`.
    ///
    /// A compound part counts only when the corpus also uses it as a word of its own (three times or
    /// more, four letters or longer): "kwaliteit" in "kwaliteitseisen" stays, a chance split does not.
    public init(units: [LinkUnit], analyzer: any TermAnalyzing, weights: LinkWeights = .load(), postingCap: Int = 4000) {
        self.units = units
        self.weights = weights
        self.analyzer = analyzer
        // Each unit's own words and each distinct context, analysed on all cores (TermBatch).
        var contextIDs: [Int] = []
        var contextTexts: [String] = []
        var contextSlot: [String: Int] = [:]
        contextIDs.reserveCapacity(units.count)
        for unit in units {
            if let slot = contextSlot[unit.context] {
                contextIDs.append(slot)
            } else {
                contextSlot[unit.context] = contextTexts.count
                contextIDs.append(contextTexts.count)
                contextTexts.append(unit.context)
            }
        }
        contextSlot = [:]
        // Analysed a batch at a time on all cores and held as compact term ids until indexed.
        var own = CompactTerms()
        var contexts = CompactTerms()
        let batch = 4096
        for start in stride(from: 0, to: units.count, by: batch) {
            let texts = units[start..<min(units.count, start + batch)].map {
                $0.keywords.isEmpty ? $0.text : $0.text + " " + $0.keywords
            }
            for terms in TermBatch.terms(of: texts, analyzer: analyzer) { own.append(terms) }
        }
        for start in stride(from: 0, to: contextTexts.count, by: batch) {
            let texts = Array(contextTexts[start..<min(contextTexts.count, start + batch)])
            for terms in TermBatch.terms(of: texts, analyzer: analyzer) { contexts.append(terms) }
        }
        contextTexts = []
        // A word's count: the texts (own words, distinct contexts) it occurs in as a word of its own.
        var wordCount: [String: Int] = [:]
        for table in [own, contexts] {
            var counts = [Int](repeating: 0, count: table.stems.count)
            var lastText = [Int](repeating: -1, count: table.stems.count)
            for i in 0..<table.count {
                for k in table.range(i) where !table.isCompoundPart(at: k) {
                    let stem = table.stem(at: k)
                    if lastText[stem] != i {
                        lastText[stem] = i
                        counts[stem] += 1
                    }
                }
            }
            for (stem, n) in counts.enumerated() where n > 0 { wordCount[table.stems[stem], default: 0] += n }
        }
        func keep(_ terms: [Term]) -> [Term] {
            terms.filter { !$0.isCompoundPart || $0.isConcept || $0.stem.count >= 4 && wordCount[$0.stem, default: 0] >= 3 }
        }
        /// `keep` for the occurrences of a compact table.
        func keeper(_ table: CompactTerms) -> (Int) -> Bool {
            let parts = table.stems.map { $0.count >= 4 && wordCount[$0, default: 0] >= 3 }
            return { k in !table.isCompoundPart(at: k) || table.isConcept(at: k) || parts[table.stem(at: k)] }
        }
        var index = TermIndex(weights: weights, postingCap: postingCap)
        var sizes: [Int] = []
        sizes.reserveCapacity(units.count)
        var groupNumbers: [String: Int32] = [:]
        do {
            let keepOwn = keeper(own)
            let keepContext = keeper(contexts)
            var context = (id: -1, terms: [Term]())
            for i in units.indices {
                let group = groupNumbers[units[i].group] ?? Int32(groupNumbers.count)
                groupNumbers[units[i].group] = group
                let mine = own.terms(i, keep: keepOwn)
                sizes.append(Set(mine.map(\.stem)).count)
                if context.id != contextIDs[i] { context = (contextIDs[i], contexts.terms(contextIDs[i], keep: keepContext)) }
                index.add(index.vector(own: mine, context: context.terms, intern: true), group: group)
            }
        }
        own = CompactTerms()
        contexts = CompactTerms()
        index.seal()
        // Sections: one vector per distinct section text, compared section to section.
        var sectionIndex = TermIndex(weights: weights, postingCap: postingCap)
        var sectionSlot: [String: Int] = [:]
        var sectionOf: [Int32] = []
        var unitsOfSection: [[Int32]] = []
        sectionOf.reserveCapacity(units.count)
        for (i, unit) in units.enumerated() {
            if let slot = sectionSlot[unit.section] {
                sectionOf.append(Int32(slot))
                unitsOfSection[slot].append(Int32(i))
                continue
            }
            let slot = unitsOfSection.count
            sectionSlot[unit.section] = slot
            sectionOf.append(Int32(slot))
            unitsOfSection.append([Int32(i)])
        }
        sectionSlot = [:]
        // Section texts are long: analysed a batch at a time on all cores, added in section order.
        let sectionBatch = 512
        for start in stride(from: 0, to: unitsOfSection.count, by: sectionBatch) {
            let slots = start..<min(unitsOfSection.count, start + sectionBatch)
            let analysed = TermBatch.terms(of: slots.map { units[Int(unitsOfSection[$0][0])].section }, analyzer: analyzer)
            for (k, slot) in slots.enumerated() {
                let first = units[Int(unitsOfSection[slot][0])]
                sectionIndex.add(sectionIndex.vector(own: keep(analysed[k]), context: [], intern: true),
                                 group: groupNumbers[first.group] ?? 0)
            }
        }
        sectionIndex.seal()
        self.sectionIndex = sectionIndex
        self.sectionOf = sectionOf
        self.unitsOfSection = unitsOfSection
        self.sectionQueries = sectionIndex.vectors.map { sectionIndex.queryTerms($0) }
        self.queries = index.vectors.map { index.queryTerms($0) }
        self.selfScores = Array(repeating: 1, count: units.count)
        self.ownSizes = sizes
        self.index = index
    }

    /// The heaviest query words of a unit, as the words they came from (for showing what was searched).
    public func queryWords(of unit: Int, limit: Int = 12) -> [String] {
        queries[unit].prefix(limit).map { "\(index.surfaces[Int($0.term)])=\(String(format: "%.2f", $0.weight))" }
    }

    typealias Query = (own: [(term: Int32, weight: Float)], section: [(term: Int32, weight: Float)])

    /// The queries of a free text, for units and for sections (terms not in the index are dropped).
    func query(text: String) -> Query {
        let terms = analyzer.terms(in: text)
        return (index.queryTerms(index.weigh(index.lookupVector(own: terms))),
                sectionIndex.queryTerms(sectionIndex.weigh(sectionIndex.lookupVector(own: terms))))
    }

    /// The queries of several units taken together (their normalised vectors summed).
    func query(units members: [Int]) -> Query {
        func merge(_ vectors: [[(term: Int32, weight: Float)]], _ idx: TermIndex) -> [(term: Int32, weight: Float)] {
            var combined: [Int32: Float] = [:]
            for v in vectors { for (t, w) in v { combined[t, default: 0] += w } }
            // Normed in term order, so the result does not depend on the dictionary's hash seed.
            var merged = combined.map { (term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term }
            let norm = merged.reduce(Float(0)) { $0 + $1.weight * $1.weight }.squareRoot()
            for k in merged.indices { merged[k].weight /= max(norm, 1e-6) }
            return idx.queryTerms(merged)
        }
        let sections = Set(members.map { Int(sectionOf[$0]) }).sorted()
        return (merge(members.map { index.vectors[$0] }, index), merge(sections.map { sectionIndex.vectors[$0] }, sectionIndex))
    }

    /// The best `limit` candidates for the unit at `unit` that pass `keep`.
    public func candidates(for unit: Int, limit: Int, keep: (Int) -> Bool) -> [ScoredCandidate] {
        var scratch = Scratch()
        return candidates(
            query: queries[unit], section: sectionQueries[Int(sectionOf[unit])], from: units[unit], limit: limit,
            scratch: &scratch, keep: keep)
    }

    /// Reusable buffers of one search thread.
    struct Scratch {
        var units: [Float] = []
        var sections: [Float] = []
        var touched: [Int32] = []
    }

    /// The best candidates for a query: its own vector and its section's vector (nil: none);
    /// `from` (when given) supplies codes, themes and pointers.
    func candidates(
        query q: [(term: Int32, weight: Float)], section sq: [(term: Int32, weight: Float)]?, from origin: LinkUnit?,
        limit: Int, scratch: inout Scratch, keep: (Int) -> Bool
    ) -> [ScoredCandidate] {
        let sw = sq == nil ? 0 : weights.sectionWeight
        var pool: [Int: (own: Double, section: Double?)] = [:]
        for hit in index.search(q, limit: max(limit * 6, 60), scratch: &scratch.units, touched: &scratch.touched, keep: keep) {
            pool[hit.unit] = (hit.score, nil)
        }
        if let sq {
            let sectionHits = sectionIndex.search(sq, limit: 8, scratch: &scratch.sections, touched: &scratch.touched) { _ in true }
            for sh in sectionHits {
                let members = unitsOfSection[sh.unit]
                for (k, m) in members.enumerated() {
                    let u = Int(m)
                    guard k == 0 || units[u].isItem || units[u].isHeading, keep(u) else { continue }
                    if let old = pool[u] {
                        pool[u] = (old.own, sh.score)
                    } else {
                        pool[u] = (Double(index.score(q, against: u)), sh.score)
                    }
                }
            }
        }
        var scored: [(unit: Int, score: Double)] = pool.map { unit, parts in
            let c = units[unit]
            let sectionScore = sq.map { parts.section ?? Double(sectionIndex.score($0, against: Int(sectionOf[unit]))) } ?? 0
            var score = (1 - sw) * parts.own + sw * sectionScore
            let size = ownSizes[unit] + (c.isHeading ? 3 : 0)
            if size < weights.shortUnitTerms { score *= (Double(size) / Double(weights.shortUnitTerms)).squareRoot() }
            if let o = origin {
                if !o.bcodes.isEmpty, !c.bcodes.isEmpty {
                    let shared = o.bcodes.filter { c.bcodes.contains($0) }.count
                    score += weights.codeBonus * Double(min(2, shared))
                }
                if !o.themes.isEmpty, !c.themes.isEmpty {
                    score += weights.themeBonus * Double(min(3, o.themes.filter { c.themes.contains($0) }.count))
                }
                if !o.pointsAt.isEmpty || !c.pointsAt.isEmpty,
                    o.pointsAt.contains(c.ref.doc) || c.pointsAt.contains(o.ref.doc)
                {
                    score += weights.xrefBonus
                }
            }
            if c.isItem { score += weights.itemBonus }
            if c.isHeading { score += weights.headingBonus }
            return (unit, score)
        }
        scored.sort { $0.score > $1.score || $0.score == $1.score && $0.unit < $1.unit }
        if scored.count > limit { scored.removeLast(scored.count - limit) }
        // Evidence only for what is returned.
        return scored.map { unit, score in
            let c = units[unit]
            var evidence = index.sharedTerms(q, unit: unit).map { "term \($0)" }
            if let o = origin {
                let codes = o.bcodes.filter { c.bcodes.contains($0) }.sorted()
                evidence.insert(contentsOf: codes.map { "code \($0)" }, at: 0)
                evidence += o.themes.filter { c.themes.contains($0) }.sorted().map { "theme \($0)" }
                if o.pointsAt.contains(c.ref.doc) || c.pointsAt.contains(o.ref.doc) {
                    evidence.append("pointer \(o.pointsAt.contains(c.ref.doc) ? c.ref.doc : o.ref.doc)")
                }
            }
            return ScoredCandidate(unit: unit, score: score, evidence: evidence)
        }
    }
}
