import DwarsModel
import Foundation

/// Proposes links between tagged items: for each item, its best matches in every other document
/// (and, kept apart, in its own document), found through the inverted index, never by comparing all pairs.
///
/// A link's score is the relative score of `LinkScorer`; its evidence lists the shared terms, codes,
/// themes and pointers; its stance is the one the `b` end voices (tagged, or by cue), else the `a` end's
/// opposition, else `supports` for a strong link.
///
/// Precision (`linking-weights.tsv`): a cross-document link stands only when the match is mutual, the
/// source among the target's best candidates in the source's document (`link-reverse-rank`); links
/// between sub-documents of one bundle need a higher score and are fewer per item (`bundle-link-*`).
/// A link whose ends ask for opposite things (a contrast) is proposed at a lower score
/// (`opposing-link-threshold`), and a disagreeing link needs no reverse match.
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
        // Units that share a ref count as one end: a pair is keyed by the first unit of each ref.
        let refClass: [Int32] = {
            var first: [ItemRef: Int32] = [:]
            first.reserveCapacity(units.count)
            return units.indices.map { i in
                if let c = first[units[i].ref] { return c }
                first[units[i].ref] = Int32(i)
                return Int32(i)
            }
        }()
        // Group numbers, for the reverse check: a unit's rank among a candidate's candidates of its group.
        let groupOf: [Int32] = {
            var numbers: [String: Int32] = [:]
            return units.map { u in
                if let n = numbers[u.group] { return n }
                numbers[u.group] = Int32(numbers.count)
                return Int32(numbers.count - 1)
            }
        }()
        let reverseRank = weights.linkReverseRank
        let opposingThreshold = min(weights.linkThreshold, weights.opposingLinkThreshold)
        let sides = units.map { stances.contrastSides(in: $0.text) }
        let bundleThreshold = max(weights.linkThreshold, weights.bundleLinkThreshold)
        typealias Part = (links: [ItemLink], pairs: [Int64], ends: [Int64], candidates: [[Int32]])
        var parts: [Part] = {
            let results = ResultSlots<Part>(count: workers, empty: ([], [], [], []))
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var found: [ItemLink] = []
                var pairs: [Int64] = []
                // The unit indices of each found link (source << 32 | target), for the reverse check.
                var ends: [Int64] = []
                // Each unit's candidates in rank order (kept only when the reverse check is on).
                var ranked: [[Int32]] = []
                // Evidence strings repeat ("term jeugdhulp", "code B5"): one copy of each per worker.
                var pool: [String: String] = [:]
                var scratch = LinkScorer.Scratch()
                let range = (w * chunk)..<min(units.count, (w + 1) * chunk)
                for i in range {
                    let u = units[i]
                    let candidates = scorer.candidates(
                        query: scorer.queries[i], section: scorer.sectionQueries[Int(scorer.sectionOf[i])], from: u,
                        limit: 24, scratch: &scratch) { $0 != i }
                    if reverseRank > 0 { ranked.append(candidates.map { Int32($0.unit) }) }
                    var perGroup: [String: Int] = [:]
                    var sameDocumentTaken = false
                    var crossTaken = 0
                    var bundleTaken = 0
                    for c in candidates {
                        let v = units[c.unit]
                        let same = v.group == u.group
                        if same {
                            guard !sameDocumentTaken, c.score >= weights.sameDocumentThreshold else { continue }
                            sameDocumentTaken = true
                        } else {
                            // Sub-documents of one bundle share their words: fewer and stronger links among them.
                            let bundle = v.ref.doc == u.ref.doc
                            // Two texts that ask for opposite things share fewer words: a lower bar.
                            let threshold = bundle ? bundleThreshold : weights.linkThreshold
                            guard c.score >= threshold || c.score >= opposingThreshold && sides[i].contrasts(with: sides[c.unit]),
                                perGroup[v.group, default: 0] < perUnit, crossTaken < weights.maxLinksPerUnit,
                                !bundle || bundleTaken < weights.bundleLinksPerUnit
                            else { continue }
                            perGroup[v.group, default: 0] += 1
                            crossTaken += 1
                            if bundle { bundleTaken += 1 }
                        }
                        var link = makeLink(u, v, c, sameDocument: same, voicedA: voiced[i], voicedB: voiced[c.unit])
                        link.evidence = link.evidence.map { e in
                            if let shared = pool[e] { return shared }
                            pool[e] = e
                            return e
                        }
                        found.append(link)
                        let (x, y) = (Int64(refClass[i]), Int64(refClass[c.unit]))
                        pairs.append(min(x, y) << 32 | max(x, y))
                        ends.append(Int64(i) << 32 | Int64(c.unit))
                    }
                }
                results.set(w, (found, pairs, ends, ranked))
            }
            return results.values
        }()
        var found: [ItemLink] = []
        var pairs: [Int64] = []
        var ends: [Int64] = []
        var ranked: [[Int32]] = []
        found.reserveCapacity(parts.reduce(0) { $0 + $1.links.count })
        pairs.reserveCapacity(found.capacity)
        for k in parts.indices {
            found += parts[k].links
            pairs += parts[k].pairs
            ends += parts[k].ends
            ranked += parts[k].candidates
            parts[k] = ([], [], [], [])
        }
        parts = []
        if reverseRank > 0 {
            // A cross-document link stands when its source is among the target's best candidates in the
            // source's document too (a place counts once: a table row and the measure on its line are one).
            // When the target's candidates do not reach the source's document at all, its score decides.
            func reverseHolds(_ source: Int, _ target: Int, score: Double) -> Bool {
                let place = (units[source].ref.doc, units[source].ref.line)
                var seen: [Int] = []
                for x in ranked[target] where groupOf[Int(x)] == groupOf[source] {
                    let line = units[Int(x)].ref.line
                    if (units[Int(x)].ref.doc, line) == place { return true }
                    guard !seen.contains(line) else { continue }
                    seen.append(line)
                    if seen.count >= reverseRank { return false }
                }
                return seen.isEmpty && score >= weights.linkReverseOpenScore
            }
            // A link that records disagreement stands without it: the opposing text need not return the favour.
            let judge = LinkJudge(stances: stances)
            var opposing: [Int: Bool] = [:]
            func opposes(_ i: Int) -> Bool {
                if let o = opposing[i] { return o }
                let o = judge.voice(units[i], end: "x")?.stance == .opposes
                opposing[i] = o
                return o
            }
            var keep = [Bool](repeating: true, count: found.count)
            for k in found.indices where !found[k].sameDocument {
                let (i, j) = (Int(ends[k] >> 32), Int(ends[k] & 0xffff_ffff))
                keep[k] = reverseHolds(i, j, score: found[k].score) || sides[i].contrasts(with: sides[j]) || opposes(i) || opposes(j)
            }
            var (f2, p2) = ([ItemLink](), [Int64]())
            for k in found.indices where keep[k] {
                f2.append(found[k])
                p2.append(pairs[k])
            }
            (found, pairs) = (f2, p2)
        }
        ranked = []
        ends = []
        return Self.bestPerPair(&found, &pairs)
    }

    /// One link per unordered pair: the higher score, of equal scores the one found first; then best
    /// first, a before b in reading order of the refs. Sorts indices instead of hashing refs.
    /// `pairs[i]` is the unordered pair of `found[i]`; both are emptied.
    static func bestPerPair(_ found: inout [ItemLink], _ pairs: inout [Int64]) -> [ItemLink] {
        var order = Array(0..<Int32(found.count))
        order.sort { x, y in
            let (i, j) = (Int(x), Int(y))
            if pairs[i] != pairs[j] { return pairs[i] < pairs[j] }
            if found[i].score != found[j].score { return found[i].score > found[j].score }
            return i < j
        }
        var winner = [Bool](repeating: false, count: found.count)
        var last: Int64 = -1
        for x in order where pairs[Int(x)] != last {
            winner[Int(x)] = true
            last = pairs[Int(x)]
        }
        order = []
        pairs = []
        var kept: [ItemLink] = []
        kept.reserveCapacity(winner.lazy.filter { $0 }.count)
        for i in found.indices where winner[i] { kept.append(found[i]) }
        found = []
        kept.sort { $0.score > $1.score || $0.score == $1.score && ($0.a, $0.b) < ($1.a, $1.b) }
        return kept
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

