import DwarsModel

/// Gathers the measures of a snapshot: the rows of the Commissie van Wijzen tables (authoritative), the
/// werkgroep copies, the coded measure mentions, and what backs each one.
public struct MeasureCatalog: Sendable {
    public var measures: [MeasureSummary]
    public var totals: [TableTotal]

    /// A pm row with its table classified.
    private struct Row {
        var item: TaggedItem
        /// Index into `settings.tables`.
        var table: Int
        var authoritative: Bool
    }

    public init(_ snapshot: AnalysisSnapshot, settings: OutlineSettings, index: SnapshotIndex? = nil) {
        let index = index ?? snapshot.index()
        var groups: [(key: String, rows: [Row])] = []
        var totals: [TableTotal] = []
        for item in snapshot.items where item.kind == .pm {
            guard let row = Self.classify(item, settings) else { continue }
            let name = item.name ?? ""
            if item.bcode == nil, TextMatch.fold(name).hasPrefix(settings.totalWord) {
                if row.authoritative {
                    totals.append(
                        TableTotal(
                            table: settings.tables[row.table].name, name: name,
                            years: Self.years(item, settings), source: index.citation(item)))
                }
                continue
            }
            if let g = groups.firstIndex(where: { Self.sameMeasure($0.rows[0].item, item) }) {
                groups[g].rows.append(row)
            } else {
                groups.append((Self.key(item), [row]))
            }
        }

        var measures: [MeasureSummary] = groups.map { group in
            let rows = group.rows.sorted {
                ($0.authoritative ? 0 : 1, $0.item.line) < ($1.authoritative ? 0 : 1, $1.item.line)
            }
            let main = rows[0]
            let years = Self.years(main.item, settings)
            // A copy is a later row of the same table; a row of another table under the same code is not.
            let copies = rows.dropFirst().filter { $0.table == main.table }.map { row -> CopyComparison in
                let copyYears = Self.years(row.item, settings)
                let (verdict, differing) = CopyComparison.verdict(authoritative: years, copy: copyYears)
                return CopyComparison(
                    source: index.citation(row.item), table: row.item.table ?? "", years: copyYears, verdict: verdict,
                    differingYears: differing)
            }
            let bcode = main.item.bcode ?? rows.lazy.compactMap(\.item.bcode).first
            return MeasureSummary(
                key: group.key, bcode: bcode, codes: bcode.map(BCode.expand) ?? [], name: main.item.name ?? "",
                table: settings.tables[main.table].name, agreement: settings.tables[main.table].agreement,
                source: index.citation(main.item), years: years, total: AmountTotal(years), copies: copies)
        }

        // Coded measure mentions: attach to their row, or add a measure outside the tables.
        for item in snapshot.items where item.kind == .measure {
            guard let code = item.bcode else { continue }
            let codes = BCode.expand(code)
            if let m = measures.firstIndex(where: { !Set($0.codes).isDisjoint(with: codes) }) {
                measures[m].mentions.append(index.citation(item))
                if measures[m].name.isEmpty, let name = item.name { measures[m].name = name }
            } else {
                measures.append(
                    MeasureSummary(
                        key: code, bcode: code, codes: codes, name: item.name ?? "", mentions: [index.citation(item)]))
            }
        }

        let coded = Self.codedLines(snapshot)
        for m in measures.indices {
            measures[m].backing = Self.backing(of: measures[m], snapshot, index)
            measures[m].stances = Self.stances(of: measures[m], snapshot, index, settings, nearest: coded)
            measures[m].theme = Self.theme(of: measures[m], snapshot, index, settings)
        }
        measures.sort { BCode.sortKey($0.bcode ?? "~" + $0.name) < BCode.sortKey($1.bcode ?? "~" + $1.name) }
        self.measures = measures
        self.totals = totals
    }

    private static func classify(_ item: TaggedItem, _ settings: OutlineSettings) -> Row? {
        guard let table = item.table else { return nil }
        let folded = TextMatch.fold(table).trimmingCharacters(in: .whitespaces)
        for (i, t) in settings.tables.enumerated() {
            let name = TextMatch.fold(t.name)
            if folded == name { return Row(item: item, table: i, authoritative: true) }
            if folded.hasSuffix(name) || folded.contains(name + " ") {
                return Row(item: item, table: i, authoritative: false)
            }
        }
        return nil
    }

    private static func key(_ item: TaggedItem) -> String {
        item.bcode.map { $0.uppercased().filter { !$0.isWhitespace } } ?? "naam:" + (item.name ?? "\(item.line)")
    }

    private static func sameMeasure(_ a: TaggedItem, _ b: TaggedItem) -> Bool {
        if let x = a.bcode, let y = b.bcode { return Set(BCode.expand(x)) == Set(BCode.expand(y)) }
        return TextMatch.dice(a.name ?? "", b.name ?? "") >= 0.6
    }

    static func years(_ item: TaggedItem, _ settings: OutlineSettings) -> [YearAmount] {
        settings.years.map { year in YearAmount(year: year, value: (item.years?[year]) ?? nil) }
    }
}
