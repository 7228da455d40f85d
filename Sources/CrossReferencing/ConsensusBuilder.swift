import DwarsModel

/// Groups linked items of different documents into consensus items: the rows of the consensus matrix.
///
/// Cross-document links at or above the consensus threshold join their ends, strongest first; a join
/// that would make a cluster larger than `maxMembers` is skipped, so weak chains do not melt topics
/// together. A section head (a numbered recommendation, a fiche title) that no such link reaches then
/// joins through its section: the best link of an item under it, scaled by `headingShare`, or, when
/// none of them is linked, the best match of the whole section (heading and body as one query) in
/// another document at `sectionThreshold` or more. Each head joins one cluster at most, so a section
/// does not tie its body's topics together. A cluster that spans at least two documents becomes a
/// `ConsensusItem` whose id is a hash of its member refs (stable across runs) and whose label is its
/// shortest heading (or item text).
public struct ConsensusBuilder: Sendable {
    public var threshold: Double
    public var maxMembers = 12
    /// Share of a body item's link score that its section head inherits (`consensus-heading-share`).
    public var headingShare = 0.9
    /// Smallest score of a whole-section match that joins a head nobody links (`consensus-section-threshold`;
    /// 0 or less: no section search).
    public var sectionThreshold = 0.3
    /// Most items after a head that count as its body (`consensus-heading-body`).
    public var bodyLimit = 40
    /// Members a cluster may take beyond `maxMembers` through heads joining it (`consensus-head-room`).
    public var headRoom = 4
    /// Analyzer for the section search (built only when a head is left alone).
    public var analyzer: (any TermAnalyzing)?
    public var weights: LinkWeights

    public init(threshold: Double = LinkWeights.load().consensusThreshold, weights: LinkWeights = .load(),
                analyzer: (any TermAnalyzing)? = nil) {
        self.threshold = threshold
        self.weights = weights
        self.analyzer = analyzer
        let rows = (try? LexiconDirectory.table("linking-weights.tsv")) ?? []
        for row in rows where row.count >= 2 {
            guard let v = Double(row[1]) else { continue }
            switch row[0] {
            case "consensus-heading-share": headingShare = v
            case "consensus-section-threshold": sectionThreshold = v
            case "consensus-heading-body": bodyLimit = Int(v)
            case "consensus-max-members": maxMembers = Int(v)
            case "consensus-head-room": headRoom = Int(v)
            default: continue
            }
        }
    }

    public func build(links: [ItemLink], units: [LinkUnit]) -> [ConsensusItem] {
        var unitByRef: [ItemRef: LinkUnit] = [:]
        for u in units where unitByRef[u.ref] == nil { unitByRef[u.ref] = u }
        var clusters = Clusters()
        for link in links.sorted(by: { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) })
        where !link.sameDocument && link.score >= threshold {
            clusters.join(link.a, link.b, cap: maxMembers)
        }
        // A head joins alone, so it grows one cluster by one member: it may pass the cap by `headRoom`.
        for (head, other) in headJoins(links: links, units: Array(unitByRef.values), clustered: clusters) {
            clusters.join(head, other, cap: maxMembers + headRoom)
        }
        var items: [ConsensusItem] = []
        for members in clusters.groups() {
            let sorted = members.sorted()
            let groups = Set(sorted.map { unitByRef[$0]?.group ?? $0.doc })
            guard groups.count >= 2 else { continue }
            let memberUnits = sorted.compactMap { unitByRef[$0] }
            var themeCounts: [String: Int] = [:]
            for u in memberUnits { for t in u.themes { themeCounts[t, default: 0] += 1 } }
            let themes = themeCounts.filter { $0.value * 2 >= memberUnits.count }.keys.sorted()
            let codes = Set(memberUnits.flatMap(\.bcodes)).sorted()
            items.append(ConsensusItem(
                id: Self.id(for: sorted), label: Self.label(memberUnits), members: sorted, themes: themes,
                bcodes: codes))
        }
        return items.sorted { $0.members.count > $1.members.count || $0.members.count == $1.members.count && $0.id < $1.id }
    }

    /// "C-" and 10 hex digits of an FNV-1a hash over the members' locations and ids.
    static func id(for members: [ItemRef]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for m in members {
            for b in "\(m.doc):\(m.line):\(m.id);".utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
        }
        let hex = String(h, radix: 16)
        return "C-" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex.prefix(10)
    }

    /// The shortest heading among the members (else the shortest text), trimmed to about 70 characters.
    static func label(_ units: [LinkUnit]) -> String {
        let pool = units.filter(\.isHeading).isEmpty ? units : units.filter(\.isHeading)
        guard var text = pool.map(\.text).filter({ $0.count >= 8 }).min(by: { $0.count < $1.count })
            ?? pool.first?.text
        else { return "" }
        // Drop a leading number ("2.5 ", "7. ") and shout-case.
        while let f = text.first, f.isNumber || f == "." { text.removeFirst() }
        text = text.trimmingCharacters(in: .whitespaces)
        if text.uppercased() == text { text = text.prefix(1) + text.dropFirst().lowercased() }
        if text.count > 70 {
            let cut = text.prefix(70)
            text = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
        }
        return text
    }
}
