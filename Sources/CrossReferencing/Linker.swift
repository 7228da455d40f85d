import DwarsModel
import Foundation

/// Proposes links between tagged items: for each item, its best matches in every other document
/// (and, kept apart, in its own document), found through the inverted index, never by comparing all pairs.
///
/// A link's score is the relative score of `LinkScorer`; its evidence lists the shared terms, codes,
/// themes and pointers; its stance is the one the `b` end voices (tagged, or by cue), else the `a` end's
/// opposition, else `supports` for a strong link.
public struct Linker: Sendable {
    public var analyzer: any TermAnalyzing
    public var weights: LinkWeights
    public var stances: StanceDetector
    /// Kinds of unit that are linked (sentences only stand in for a document without tagged items).
    public var kinds: Set<String> = ["recommendation", "measure", "pm", "position"]

    public init(analyzer: any TermAnalyzing, weights: LinkWeights = .load(), stances: StanceDetector = .load()) {
        self.analyzer = analyzer
        self.weights = weights
        self.stances = stances
    }

    /// The units that take part in linking: the items, and the section heads of documents without items.
    public func linkable(_ units: [LinkUnit]) -> [LinkUnit] {
        let docsWithItems = Set(units.filter { kinds.contains($0.kind) }.map(\.ref.doc))
        return units.filter { kinds.contains($0.kind) || !docsWithItems.contains($0.ref.doc) && $0.isHeading }
    }

    /// Links among `units` (pass all units; `linkable` picks the ones that take part).
    public func link(units all: [LinkUnit]) -> [ItemLink] {
        let units = linkable(all)
        guard units.count >= 2 else { return [] }
        var linkWeights = weights
        linkWeights.queryTerms = min(weights.queryTerms, weights.linkQueryTerms)
        let scorer = LinkScorer(units: units, analyzer: analyzer, weights: linkWeights, postingCap: weights.linkPostingCap)
        let perUnit = max(1, weights.linksPerUnit)
        let voiced: [(stance: Stance, cue: String)?] = units.map { stances.stance(in: $0.text) }
        let workers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        let chunk = (units.count + workers - 1) / workers
        let results = ResultSlots<[ItemLink]>(count: workers, empty: [])
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var found: [ItemLink] = []
            var scratch = LinkScorer.Scratch()
            let range = (w * chunk)..<min(units.count, (w + 1) * chunk)
            for i in range {
                let u = units[i]
                let candidates = scorer.candidates(
                    query: scorer.queries[i], section: scorer.sectionQueries[Int(scorer.sectionOf[i])], from: u,
                    limit: 24, scratch: &scratch) { $0 != i }
                var perGroup: [String: Int] = [:]
                var sameDocumentTaken = false
                var crossTaken = 0
                for c in candidates {
                    let v = units[c.unit]
                    let same = v.group == u.group
                    if same {
                        guard !sameDocumentTaken, c.score >= weights.sameDocumentThreshold else { continue }
                        sameDocumentTaken = true
                    } else {
                        guard c.score >= weights.linkThreshold, perGroup[v.group, default: 0] < perUnit,
                            crossTaken < weights.maxLinksPerUnit
                        else { continue }
                        perGroup[v.group, default: 0] += 1
                        crossTaken += 1
                    }
                    found.append(makeLink(u, v, c, sameDocument: same, voicedA: voiced[i], voicedB: voiced[c.unit]))
                }
            }
            results.set(w, found)
        }
        // One link per unordered pair, the higher score kept; a before b in reading order of the refs.
        var best: [PairKey: ItemLink] = [:]
        for link in results.values.joined() {
            let key = PairKey(link.a, link.b)
            if let old = best[key], old.score >= link.score { continue }
            best[key] = link
        }
        return best.values.sorted { $0.score > $1.score || $0.score == $1.score && ($0.a, $0.b) < ($1.a, $1.b) }
    }

    func makeLink(
        _ a: LinkUnit, _ b: LinkUnit, _ c: ScoredCandidate, sameDocument: Bool,
        voicedA: (stance: Stance, cue: String)?, voicedB: (stance: Stance, cue: String)?
    ) -> ItemLink {
        var evidence = c.evidence
        var stance = b.stance
        if stance == nil, let (s, cue) = voicedB {
            stance = s
            evidence.append("stance cue \"\(cue)\" in b")
        }
        if stance == nil, let (s, cue) = voicedA, s == .opposes {
            stance = .opposes
            evidence.append("stance cue \"\(cue)\" in a")
        }
        if stance == nil, c.score >= 0.45 { stance = .supports }
        return ItemLink(a: a.ref, b: b.ref, score: (c.score * 1000).rounded() / 1000, evidence: evidence,
                        sameDocument: sameDocument, stance: stance)
    }
}

/// An unordered pair of refs.
struct PairKey: Hashable {
    let low: ItemRef
    let high: ItemRef
    init(_ a: ItemRef, _ b: ItemRef) {
        if a < b { low = a; high = b } else { low = b; high = a }
    }
}

