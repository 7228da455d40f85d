import DwarsModel

extension MeasureCatalog {
    /// Recommendations and passages that back a measure: members of consensus items that share its code or
    /// hold one of its rows, far ends of links from its rows, and recommendations that name its code.
    /// An item that a link marks as opposing is not backing (its stance shows in the matrix instead).
    static func backing(of measure: MeasureSummary, _ snapshot: AnalysisSnapshot, _ index: SnapshotIndex) -> [Citation] {
        let own = ownLocations(measure)
        let codes = Set(measure.codes)
        func isOwn(_ ref: ItemRef) -> Bool { own.contains { $0.doc == ref.doc && abs($0.line - ref.line) <= 1 } }
        let opposing = Set(snapshot.links.filter { $0.stance == .opposes }.map(\.b))
        func backs(_ ref: ItemRef) -> Citation? {
            guard !isOwn(ref), !opposing.contains(ref) else { return nil }
            let item = index.item(ref)
            switch item?.kind {
            case .none, .recommendation: return index.citation(ref)
            default: return nil
            }
        }
        var found: [Citation] = []
        for consensus in snapshot.consensusItems where isAbout(consensus, measure: measure, index: index, isOwn: isOwn) {
            found += consensus.members.compactMap(backs)
        }
        for link in snapshot.links {
            if isOwn(link.a), let c = backs(link.b) { found.append(c) }
            if isOwn(link.b), let c = backs(link.a) { found.append(c) }
        }
        if !codes.isEmpty {
            for item in snapshot.items where item.kind == .recommendation {
                if let b = item.bcodes, !codes.isDisjoint(with: b.flatMap(BCode.expand)) {
                    found.append(index.citation(item))
                }
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.location).inserted }.sorted()
    }

    /// Whether a consensus item is about this measure: it holds one of the measure's rows or shares its code,
    /// and every coded measure or table row among its members shares a code with it (a cluster that mixes
    /// several measures backs none of them in particular).
    static func isAbout(
        _ consensus: ConsensusItem, measure: MeasureSummary, index: SnapshotIndex, isOwn: (ItemRef) -> Bool
    ) -> Bool {
        let codes = Set(measure.codes)
        let shares = !codes.isEmpty && !codes.isDisjoint(with: consensus.bcodes.flatMap(BCode.expand))
        guard shares || consensus.members.contains(where: isOwn) else { return false }
        for member in consensus.members {
            guard let item = index.item(member), item.kind == .measure || item.kind == .pm else { continue }
            if isOwn(member) { continue }
            guard let code = item.bcode else { continue }
            if codes.isDisjoint(with: BCode.expand(code)) { return false }
        }
        return true
    }

    /// Positions whose `about` names one of the measure's codes or the id of one of its items; a position
    /// without `about` counts for the measure named nearest before it in its document, within
    /// `positionWindow` lines (a stance in a measure's fiche).
    static func stances(
        of measure: MeasureSummary, _ snapshot: AnalysisSnapshot, _ index: SnapshotIndex, _ settings: OutlineSettings,
        nearest: [String: [(line: Int, codes: [String])]]
    ) -> [PartyStance] {
        let codes = Set(measure.codes)
        let ids = Set(([measure.source] + measure.copies.map(\.source) + measure.mentions).compactMap { $0?.itemId })
        return snapshot.positions.compactMap { position in
            guard let stance = position.stance, let party = position.party else { return nil }
            if let about = position.about {
                guard ids.contains(about) || !codes.isDisjoint(with: BCode.expand(about)) else { return nil }
            } else {
                let before = nearest[position.doc]?.last { $0.line <= position.line }
                guard let before, position.line - before.line <= settings.positionWindow,
                    !codes.isDisjoint(with: before.codes)
                else { return nil }
            }
            return PartyStance(party: party, stance: stance, source: index.citation(position))
        }
    }

    /// Coded measure mentions and table rows per document, by line, for `stances`.
    static func codedLines(_ snapshot: AnalysisSnapshot) -> [String: [(line: Int, codes: [String])]] {
        var result: [String: [(line: Int, codes: [String])]] = [:]
        for item in snapshot.items where item.kind == .measure || item.kind == .pm {
            guard let code = item.bcode else { continue }
            result[item.doc, default: []].append((item.line, BCode.expand(code)))
        }
        for key in result.keys { result[key]?.sort { $0.line < $1.line } }
        return result
    }

    /// The chapter theme: a keyword of a chapter in the measure's name, else the commonest theme of the
    /// recommendations that back it.
    static func theme(
        of measure: MeasureSummary, _ snapshot: AnalysisSnapshot, _ index: SnapshotIndex, _ settings: OutlineSettings
    ) -> String? {
        let name = " " + TextMatch.fold(measure.name) + " "
        if let chapter = settings.chapters.first(where: { chapter in
            chapter.keywords.contains { name.contains($0) }
        }) {
            return chapter.theme
        }
        var counts: [String: Int] = [:]
        for citation in measure.backing {
            let ref = ItemRef(doc: citation.doc, line: citation.line, id: citation.itemId ?? "")
            for theme in index.item(ref)?.themes ?? [] { counts[theme, default: 0] += 1 }
        }
        let known = Set(settings.chapters.map(\.theme))
        return counts.filter { known.contains($0.key) }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    private static func ownLocations(_ measure: MeasureSummary) -> [Citation] {
        ([measure.source] + measure.copies.map(\.source)).compactMap { $0 } + measure.mentions
    }
}
