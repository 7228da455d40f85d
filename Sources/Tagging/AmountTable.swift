/// An amounts table found in a text: its caption, its year columns and its rows.
public struct AmountTable: Sendable, Hashable {
    /// The table's name as a reader cites it ("Tabel 1", "Bijlage 2 Tabel 1"), nil when uncaptioned.
    public var name: String?
    /// The caption line as printed.
    public var caption: String?
    /// The year of each column, in order.
    public var years: [Int]
    public var rows: [AmountTableRow]
    /// True when the extraction scrambled the columns beyond reading: rows are kept, cells are not.
    public var scrambled: Bool
    /// First and last source line of the table.
    public var firstLine: Int
    public var lastLine: Int

    public init(
        name: String?, caption: String?, years: [Int], rows: [AmountTableRow] = [], scrambled: Bool = false,
        firstLine: Int, lastLine: Int
    ) {
        self.name = name
        self.caption = caption
        self.years = years
        self.rows = rows
        self.scrambled = scrambled
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// The printed total row checked against the sum of the measure rows, per year where every
    /// term is a number: (year, printed, computed). Disagreement points at a misread cell.
    public func totalChecks() -> [(year: Int, printed: Double, computed: Double)] {
        guard !scrambled, let total = rows.first(where: { $0.total != nil }) else { return [] }
        let printed = total.values(for: years)
        var out: [(year: Int, printed: Double, computed: Double)] = []
        for y in years {
            guard let p = printed[String(y)] ?? nil, let pv = p.amount else { continue }
            var sum = 0.0
            for row in rows where row.total == nil {
                if let v = row.values(for: years)[String(y)] ?? nil, let a = v.amount { sum += a }
            }
            out.append((y, pv, sum))
        }
        return out
    }
}
