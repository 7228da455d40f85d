import DwarsModel

/// Groups linked items of different documents into consensus items: the rows of the consensus matrix.
///
/// Cross-document links at or above the consensus threshold join their ends, strongest first; a join
/// that would make a cluster larger than `maxMembers` is skipped, so weak chains do not melt topics
/// together. A cluster that spans at least two documents becomes a `ConsensusItem` whose id is a hash
/// of its member refs (stable across runs) and whose label is its shortest heading (or item text).
public struct ConsensusBuilder: Sendable {
    public var threshold: Double
    public var maxMembers = 12

    public init(threshold: Double = LinkWeights.load().consensusThreshold) {
        self.threshold = threshold
    }

    public func build(links: [ItemLink], units: [LinkUnit]) -> [ConsensusItem] {
        var unitByRef: [ItemRef: LinkUnit] = [:]
        for u in units where unitByRef[u.ref] == nil { unitByRef[u.ref] = u }
        var parent: [ItemRef: ItemRef] = [:]
        var size: [ItemRef: Int] = [:]
        func find(_ x: ItemRef) -> ItemRef {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }
        for link in links.sorted(by: { $0.score > $1.score }) where !link.sameDocument && link.score >= threshold {
            for r in [link.a, link.b] where parent[r] == nil { parent[r] = r; size[r] = 1 }
            let ra = find(link.a)
            let rb = find(link.b)
            guard ra != rb, size[ra]! + size[rb]! <= maxMembers else { continue }
            let (big, small) = size[ra]! >= size[rb]! ? (ra, rb) : (rb, ra)
            parent[small] = big
            size[big]! += size[small]!
        }
        var clusters: [ItemRef: [ItemRef]] = [:]
        for r in parent.keys { clusters[find(r), default: []].append(r) }
        var items: [ConsensusItem] = []
        for members in clusters.values {
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
