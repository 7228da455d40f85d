import DwarsModel
import Foundation

/// Scores backing and the proposed links against a gold `links.jsonl`, as its README counts them.
///
/// Recall@k: a gold link is found when, asking backing from `a.doc:a.line`, `b` (same document, line
/// within 3) is among the first k results; if not, asking from `b` finds `a`. Precision: of the proposed
/// cross-document links whose two documents form a pair the gold file covers, the share that matches a
/// gold link (both ends within 3 lines, either orientation).
public struct LinkEvaluation: Sendable {
    /// One end of a gold link.
    public struct End: Sendable, Hashable, Codable {
        public var doc: String
        public var line: Int
        public var id: String?
        public var text: String?
    }

    /// One line of `links.jsonl`.
    public struct GoldLink: Sendable, Hashable, Codable {
        public var a: End
        public var b: End
        public var relation: String
        public var note: String?
    }

    /// The figures `dwars eval --links` prints.
    public struct Report: Sendable, Hashable, Codable {
        public var links: Int
        public var foundAt1: Int
        public var foundAt3: Int
        public var proposed: Int
        public var proposedCorrect: Int
        /// Gold links of relation "related" and how many of those found among the proposed links carry `opposes`.
        public var related: Int
        public var relatedProposed: Int
        public var relatedOpposed: Int
        /// Proposed links that match a gold link, and how many of those carry the gold link's relation.
        public var matched: Int = 0
        public var relationAgreed: Int = 0
        /// Gold links not found in the first 3, as "a -> b" lines.
        public var missed: [String]

        public var recallAt1: Double { links == 0 ? 0 : Double(foundAt1) / Double(links) }
        public var recallAt3: Double { links == 0 ? 0 : Double(foundAt3) / Double(links) }
        public var precision: Double { proposed == 0 ? 0 : Double(proposedCorrect) / Double(proposed) }
    }

    public var gold: [GoldLink]

    public init(gold: [GoldLink]) {
        self.gold = gold
    }

    /// Reads a `links.jsonl` file.
    public init(goldPath: String) throws {
        guard let data = FileManager.default.contents(atPath: goldPath) else {
            throw EvaluationError.unreadable(path: goldPath)
        }
        var links: [GoldLink] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                links.append(try JSONDecoder().decode(GoldLink.self, from: Data(line.utf8)))
            } catch {
                throw EvaluationError.badLine(path: goldPath, line: n + 1)
            }
        }
        gold = links
    }

    /// Why the gold file could not be read.
    public enum EvaluationError: Error, CustomStringConvertible {
        case unreadable(path: String)
        case badLine(path: String, line: Int)
        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot read the gold links"
            case .badLine(let path, let line): return "\(path):\(line): not a gold link object"
            }
        }
    }

    /// Scores `engine` (recall) and `proposed` (precision).
    public func evaluate(engine: BackingEngine, proposed: [ItemLink]) -> Report {
        var at1 = 0
        var at3 = 0
        var missed: [String] = []
        for link in gold {
            let rankAB = rank(engine, from: link.a, to: link.b)
            let rankBA = rank(engine, from: link.b, to: link.a)
            let best = min(rankAB ?? .max, rankBA ?? .max)
            if best < 1 { at1 += 1 }
            if best < 3 {
                at3 += 1
            } else {
                missed.append("\(link.relation) \(link.a.doc.prefix(3)):\(link.a.line) -> \(link.b.doc.prefix(3)):\(link.b.line)  [\(rankAB.map { "\($0 + 1)" } ?? "-")/\(rankBA.map { "\($0 + 1)" } ?? "-")]  \(link.a.text?.prefix(50) ?? "") || \(link.b.text?.prefix(50) ?? "")")
            }
        }
        let pairs = Set(gold.map { Self.pair($0.a.doc, $0.b.doc) })
        let covered = proposed.filter { !$0.sameDocument && pairs.contains(Self.pair($0.a.doc, $0.b.doc)) }
        let correct = covered.filter { p in gold.contains { Self.matches(p, $0) } }.count
        let pairsMatched = covered.compactMap { p in gold.first { Self.matches(p, $0) }.map { (p, $0) } }
        let agreed = pairsMatched.filter { $0.0.relation?.rawValue == $0.1.relation }.count
        let related = gold.filter { $0.relation == "related" }
        let relatedHits = related.compactMap { g in covered.first { Self.matches($0, g) } }
        return Report(
            links: gold.count, foundAt1: at1, foundAt3: at3, proposed: covered.count, proposedCorrect: correct,
            related: related.count, relatedProposed: relatedHits.count,
            relatedOpposed: relatedHits.filter { $0.stance == .opposes }.count, matched: pairsMatched.count,
            relationAgreed: agreed, missed: missed)
    }

    /// Rank (0-based) of `to` among the backing results asked from `from`, within the first 10.
    func rank(_ engine: BackingEngine, from: End, to: End) -> Int? {
        let answer = engine.answer(.location(file: from.doc, line: from.line), limit: 10)
        return answer.results.firstIndex { $0.doc == to.doc && abs($0.line - to.line) <= 3 }
    }

    static func pair(_ a: String, _ b: String) -> String { a <= b ? "\(a)|\(b)" : "\(b)|\(a)" }

    static func matches(_ p: ItemLink, _ g: GoldLink) -> Bool {
        func near(_ r: ItemRef, _ e: End) -> Bool { r.doc == e.doc && abs(r.line - e.line) <= 3 }
        return near(p.a, g.a) && near(p.b, g.b) || near(p.a, g.b) && near(p.b, g.a)
    }
}
