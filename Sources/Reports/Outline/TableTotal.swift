/// A total row of an amounts table, as printed.
public struct TableTotal: Sendable, Hashable, Codable {
    public var table: String
    public var name: String
    public var years: [YearAmount]
    public var source: Citation

    public init(table: String, name: String, years: [YearAmount], source: Citation) {
        self.table = table
        self.name = name
        self.years = years
        self.source = source
    }
}
