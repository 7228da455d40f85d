import DwarsModel
import Store

/// Answers backing queries over all units of a store: which passages in other documents back a code,
/// an item, a location or a text, ranked, each with its evidence.
///
/// "Other documents" are other files, and other sub-documents of the same bundle. Results closer than
/// four lines to a better result in the same document are left out, so the list shows distinct passages.
public struct BackingEngine: Sendable {
    public let scorer: LinkScorer
    let unitsByDoc: [String: [Int]]
    let unitByID: [String: Int]
    let stances: StanceDetector
    /// How many results of each group come before the second-best of any group.
    public var firstsPerGroup = 1
    /// Whether only tagged items and section heads are returned (sentences still resolve queries).
    public var itemsOnly = true
    /// The table row (pm unit) of each measure code per file ("001_....txt|B5"): a measure passage
    /// found elsewhere in that file is listed as its row, so one measure is one result.
    let measureRows: [String: Int]
    /// For a unit whose words a section heading of its file repeats, that heading.
    let headingTwin: [Int: Int]
    /// What each measure is about, for expanding a code query.
    let measureWords = MeasureKeywords.load()
    /// Whether measure passages are listed as their table rows (`measure-rows` in the weights).
    public var measureRowsShown = true
    /// Whether an answer to an item or location shows a summary item as the section heading it restates
    /// (`backing-twins`), so one passage does not take two places.
    public var twinsShown = false

    /// An engine over `units`.
    public init(units: [LinkUnit], analyzer: any TermAnalyzing, weights: LinkWeights = .load(),
                stances: StanceDetector = .load()) {
        scorer = LinkScorer(units: units, analyzer: analyzer, weights: weights.forBacking())
        var byDoc: [String: [Int]] = [:]
        var byID: [String: Int] = [:]
        for (i, u) in units.enumerated() {
            byDoc[u.ref.doc, default: []].append(i)
            if u.isItem, byID[u.ref.id] == nil { byID[u.ref.id] = i }
        }
        for key in byDoc.keys { byDoc[key]!.sort { units[$0].ref.line < units[$1].ref.line } }
        var rows: [String: Int] = [:]
        for (i, u) in units.enumerated() where u.kind == "pm" {
            for code in u.bcodes {
                let key = u.ref.doc + "|" + code
                // A row of one code beats a row of several (B1+B7) for that code.
                if let j = rows[key], units[j].bcodes.count <= u.bcodes.count { continue }
                rows[key] = i
            }
        }
        measureRows = rows
        // Twins: a summary's list item and the section heading it restates; shown as the heading.
        headingTwin = Self.twins(of: units, similarity: weights.twinSimilarity)
        unitsByDoc = byDoc
        unitByID = byID
        self.stances = stances
        firstsPerGroup = weights.firstsPerGroup
        measureRowsShown = weights.measureRows > 0
        twinsShown = weights.backingTwins > 0
    }

    /// An engine over every document of `store`.
    public init(store: CorpusStore, analyzer: any TermAnalyzing) throws {
        self.init(units: try UnitBuilder().units(from: store), analyzer: analyzer)
    }

    public var units: [LinkUnit] { scorer.units }
    /// Ids of the tagged items, for telling an item id from free text.
    public var itemIDs: Set<String> { Set(unitByID.keys) }

    /// Reads a query string the way `dwars backing` does.
    public func parse(_ raw: String) -> BackingQuery { BackingQuery(parsing: raw, knownIDs: itemIDs) }

    /// The unit a location resolves to: the one starting nearest the line (within 3 lines, items
    /// first on a tie), else the last one starting before it.
    public func resolve(file: String, line: Int) -> Int? {
        guard let doc = document(named: file), let list = unitsByDoc[doc] else { return nil }
        var best: (distance: Int, item: Bool, index: Int)?
        for i in list {
            let d = abs(units[i].ref.line - line)
            guard d <= 3 else { continue }
            let candidate = (d, units[i].isItem, i)
            if let b = best {
                if d < b.distance || d == b.distance && candidate.1 && !b.item { best = candidate }
            } else {
                best = candidate
            }
        }
        if let best { return best.index }
        return list.last { units[$0].ref.line <= line }
    }

    /// The stored file name that `file` names: exact, by last path component, or by leading part ("004").
    public func document(named file: String) -> String? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if unitsByDoc[name] != nil { return name }
        return unitsByDoc.keys.sorted().first { $0.hasPrefix(name) }
    }

    /// The unit index a query resolves to, when it names one.
    public func resolve(_ query: BackingQuery) -> Int? {
        switch query {
        case .itemID(let id): return unitByID[id]
        case .location(let file, let line): return resolve(file: file, line: line)
        case .code, .text: return nil
        }
    }

    /// The ranked answer to `query`, at most `limit` results.
    public func answer(_ query: BackingQuery, limit: Int = 10) -> BackingAnswer {
        switch query {
        case .code(let code):
            return BackingAnswer(query: query.description, resolved: nil, results: answer(code: code, limit: limit))
        case .text(let text):
            let q = scorer.query(text: text)
            var scratch = LinkScorer.Scratch()
            let found = scorer.candidates(query: q.own, section: q.section, from: nil, limit: limit * 4,
                                          scratch: &scratch) { _ in true }
            return BackingAnswer(query: text, resolved: nil, results: diversified(found, limit: limit, origin: nil))
        case .itemID, .location:
            guard let i = resolve(query) else { return BackingAnswer(query: query.description, resolved: nil, results: []) }
            let group = units[i].group
            let found = scorer.candidates(for: i, limit: max(limit * 4, scorer.weights.backingPool)) {
                units[$0].group != group && (!itemsOnly || units[$0].isItem || units[$0].isHeading)
            }.map { asMeasureRow($0, outside: group, twins: twinsShown) }
            return BackingAnswer(
                query: query.description,
                resolved: result(ScoredCandidate(unit: i, score: 1, evidence: scorer.queryWords(of: i).map { "query \($0)" }), origin: nil),
                results: diversified(found, limit: limit, origin: units[i]))
        }
    }

    /// A code: the passages carrying it (one per sub-document, the heading or table row first), then the
    /// passages elsewhere that match what those passages say.
    func answer(code: String, limit: Int) -> [BackingResult] {
        let carriers = units.indices.filter { units[$0].bcodes.contains(code) }
        var perGroup: [String: Int] = [:]
        func rank(_ i: Int) -> Int {
            let u = units[i]
            if u.kind == "pm" { return 0 }
            if u.isHeading { return 1 }
            if u.kind == "measure" { return 2 }
            return u.isItem ? 3 : 4
        }
        for i in carriers {
            let g = units[i].group
            if let j = perGroup[g] {
                if (rank(i), units[i].ref.line) < (rank(j), units[j].ref.line) { perGroup[g] = i }
            } else {
                perGroup[g] = i
            }
        }
        let heads = perGroup.values.sorted { (rank($0), units[$0].ref.doc, units[$0].ref.line) < (rank($1), units[$1].ref.doc, units[$1].ref.line) }
        var results = heads.map { i in
            result(ScoredCandidate(unit: i, score: 1 + scorer.weights.codeBonus, evidence: ["code \(code)"]), origin: nil)
        }
        // Expansion: the words of every carrier, weighted alike, against units outside the carriers' groups.
        // The carriers that head a passage about the code (a fiche title, a table row) say most about it.
        let heading = carriers.filter { units[$0].isHeading }
        var q = scorer.query(units: heading.isEmpty ? carriers : heading)
        // What the measure is about (linking-measures.tsv) counts as much as all the carriers together.
        let about = measureWords.words(codes: [code], name: nil)
        if !about.isEmpty {
            let w = scorer.query(text: about)
            q = (Self.merge(q.own, w.own), Self.merge(q.section, w.section))
        }
        // The carriers stand for their documents; the expansion looks in the documents that do not print the code.
        let carrierDocs = Set(carriers.map { units[$0].ref.doc })
        var scratch = LinkScorer.Scratch()
        let found = scorer.candidates(query: q.own, section: q.section, from: nil, limit: limit * 6,
                                      scratch: &scratch) { !carrierDocs.contains(units[$0].ref.doc) && (units[$0].isItem || units[$0].isHeading) }
        let pseudo = LinkUnit(ref: ItemRef(doc: "", line: 0, id: code), kind: "code", text: "", group: "", bcodes: [code])
        results += diversified(found.map { asMeasureRow($0, outside: "", twins: true) }, limit: max(0, limit - results.count), origin: pseudo, perGroup: 5).map {
            var r = $0
            r.evidence.insert("words of \(code)", at: 0)
            return r
        }
        return Array(results.prefix(max(limit, heads.count)))
    }

    /// Two unit-length query vectors summed and scaled back to unit length, sorted by weight.
    static func merge(_ a: [(term: Int32, weight: Float)], _ b: [(term: Int32, weight: Float)]) -> [(term: Int32, weight: Float)] {
        var sum: [Int32: Float] = [:]
        for (t, w) in a { sum[t, default: 0] += w }
        for (t, w) in b { sum[t, default: 0] += w }
        // Normed in term order, so the result does not depend on the dictionary's hash seed.
        let terms = sum.keys.sorted()
        let norm = terms.reduce(Float(0)) { $0 + sum[$1]! * sum[$1]! }.squareRoot()
        return terms.map { (term: $0, weight: sum[$0]! / max(norm, 1e-6)) }
            .sorted { $0.weight > $1.weight || $0.weight == $1.weight && $0.term < $1.term }
    }

    /// A measure passage (a measure named in a fiche or a list) as the table row of its measure in the
    /// same file, when there is one outside `group`; anything else as it is.
    func asMeasureRow(_ c: ScoredCandidate, outside group: String, twins: Bool = false) -> ScoredCandidate {
        let u = units[c.unit]
        if twins, let twin = headingTwin[c.unit], units[twin].group != group {
            return ScoredCandidate(unit: twin, score: c.score, evidence: c.evidence + ["heading of line \(u.ref.line)"])
        }
        guard measureRowsShown, u.kind == "measure", let code = u.bcodes.first,
            let row = measureRows[u.ref.doc + "|" + code], row != c.unit, units[row].group != group
        else { return c }
        return ScoredCandidate(unit: row, score: c.score, evidence: c.evidence + ["measure row of \(code) for line \(u.ref.line)"])
    }

    /// Results without near-duplicates (within 3 lines of a better one in the same document): first the
    /// best of each group (document or sub-document), by score, then the rest by score.
    func diversified(_ found: [ScoredCandidate], limit: Int, origin: LinkUnit?, perGroup: Int = .max) -> [BackingResult] {
        var distinct: [ScoredCandidate] = []
        for c in found {
            let u = units[c.unit]
            if distinct.contains(where: { units[$0.unit].ref.doc == u.ref.doc && abs(units[$0.unit].ref.line - u.ref.line) <= 3 }) {
                continue
            }
            distinct.append(c)
        }
        var firsts: [ScoredCandidate] = []
        var rest: [ScoredCandidate] = []
        var groupCounts: [String: Int] = [:]
        var fileCounts: [String: Int] = [:]
        for c in distinct {
            let g = units[c.unit].group
            let n = groupCounts[g, default: 0]
            guard n < perGroup else { continue }
            groupCounts[g] = n + 1
            // The first places go to the best passage of each file, so one large bundle does not crowd out
            // the other reports; its sub-documents follow by score.
            let f = units[c.unit].ref.doc
            let m = fileCounts[f, default: 0]
            fileCounts[f] = m + 1
            if m < firstsPerGroup { firsts.append(c) } else { rest.append(c) }
        }
        return (firsts + rest).prefix(limit).map { result($0, origin: origin) }
    }

    func result(_ c: ScoredCandidate, origin: LinkUnit?) -> BackingResult {
        let u = units[c.unit]
        var evidence = c.evidence
        var stance = u.stance
        if stance == nil, let (s, cue) = stances.stance(in: u.text) {
            stance = s
            evidence.append("stance cue \"\(cue)\"")
        }
        return BackingResult(
            doc: u.ref.doc, line: u.ref.line, page: u.page, kind: u.kind, id: u.ref.id, text: u.text,
            score: c.score, stance: stance, evidence: evidence, subdocument: u.groupTitle)
    }
}
