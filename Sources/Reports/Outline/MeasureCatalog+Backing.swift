import DwarsModel

extension MeasureCatalog {
    /// Most backing citations kept per measure, best first.
    static let maxBacking = 25

    /// Added to the rank of backing from another document than the measure's table.
    static let otherDocumentBonus = 1.5

    /// Recommendations and passages that back a measure, best first: the snapshot's engine answers for its
    /// codes (when given), then far ends of cross-document links from its
    /// table rows (ranked higher) and from its mentions, by link score; recommendations that name its code;
    /// then members of consensus items about it; backing from other documents than the table's ranks first. An item that a link marks as opposing is not backing (its
    /// stance shows in the matrix instead).
    static func backing(of measure: MeasureSummary, _ snapshot: AnalysisSnapshot, _ index: SnapshotIndex) -> [Citation]
    {
        let rows = ([measure.source] + measure.copies.map(\.source)).compactMap { $0 }
        let own = rows + measure.mentions
        let codes = Set(measure.codes)
        func near(_ list: [Citation], _ ref: ItemRef) -> Bool {
            list.contains { $0.doc == ref.doc && abs($0.line - ref.line) <= 1 }
        }
        func isOwn(_ ref: ItemRef) -> Bool { near(own, ref) }
        let opposing = Set(snapshot.links.filter { $0.stance == .opposes }.map(\.b))
        var best: [String: (score: Double, citation: Citation)] = [:]
        let home = measure.source?.doc ?? measure.mentions.first?.doc
        func offer(_ ref: ItemRef, _ base: Double) {
            guard !isOwn(ref), !opposing.contains(ref) else { return }
            // Another report's word counts more than the bundle's own restatement of the measure.
            let score = base + (ref.doc != home ? otherDocumentBonus : 0)
            let item = index.item(ref)
            guard item == nil || item?.kind == .recommendation else { return }
            let citation = index.citation(ref)
            if score > best[citation.location]?.score ?? -1 { best[citation.location] = (score, citation) }
        }
        // The backing engine's ranked answers for the measure's codes come first, in their order; the table
        // rows themselves are the measure's source, not its backing.
        for (code, answers) in snapshot.backing where codes.contains(code) {
            for (rank, c) in answers.enumerated() where !near(rows, ItemRef(doc: c.doc, line: c.line, id: "")) {
                let score = 10 - Double(rank) * 0.01
                if score > best[c.location]?.score ?? -1 { best[c.location] = (score, c) }
            }
        }
        for link in snapshot.links where !link.sameDocument {
            if near(rows, link.a) {
                offer(link.b, 2 + link.score)
            } else if isOwn(link.a) {
                offer(link.b, 1 + link.score)
            }
            if near(rows, link.b) {
                offer(link.a, 2 + link.score)
            } else if isOwn(link.b) {
                offer(link.a, 1 + link.score)
            }
        }
        if !codes.isEmpty {
            for item in snapshot.items where item.kind == .recommendation {
                if let b = item.bcodes, !codes.isDisjoint(with: b.flatMap(BCode.expand)) {
                    offer(ItemRef(doc: item.doc, line: item.line, id: item.id ?? ""), 1.5)
                }
            }
        }
        for consensus in snapshot.consensusItems where isAbout(consensus, measure: measure, index: index, isOwn: isOwn)
        {
            for member in consensus.members { offer(member, 0.5) }
        }
        return best.values.sorted { ($0.score, $1.citation) > ($1.score, $0.citation) }.prefix(maxBacking).map(
            \.citation)
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
                // A table caption's stance ("... geen overeenstemming tussen Rijk en VNG") is the table's
                // agreement column, not a stance on the row above it.
                let folded = TextMatch.fold(position.text ?? "")
                if settings.tables.contains(where: { folded.hasPrefix(TextMatch.fold($0.name)) }) { return nil }
                let before = nearest[position.doc]?.last { $0.line <= position.line }
                guard let before, position.line - before.line <= settings.positionWindow,
                    !codes.isDisjoint(with: before.codes)
                else { return nil }
            }
            return PartyStance(party: party, stance: stance, source: index.citation(position))
        }
    }

    /// Coded measure mentions outside the amounts tables, per document, by line, for `stances` (a table row
    /// is followed by the next row, not by a stance on it).
    static func codedLines(_ snapshot: AnalysisSnapshot) -> [String: [(line: Int, codes: [String])]] {
        var tableLines: [String: Set<Int>] = [:]
        for item in snapshot.items where item.kind == .pm {
            tableLines[item.doc, default: []].formUnion([item.line - 1, item.line, item.line + 1])
        }
        var result: [String: [(line: Int, codes: [String])]] = [:]
        for item in snapshot.items where item.kind == .measure {
            guard let code = item.bcode, tableLines[item.doc]?.contains(item.line) != true else { continue }
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
