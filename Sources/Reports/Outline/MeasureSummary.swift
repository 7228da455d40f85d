import DwarsModel

/// Everything the reports say about one measure: its code and name, the authoritative table row with
/// its amounts, the werkgroep copies, where it is mentioned, what backs it and who stands where.
public struct MeasureSummary: Sendable, Hashable, Codable {
    /// Row key: the code as the table writes it ("B5", "B1+B7"), or "naam:" and the name when it has none.
    public var key: String
    /// The code as written ("B1+B7"), nil for a measure without a code.
    public var bcode: String?
    /// The single codes `bcode` stands for.
    public var codes: [String]
    public var name: String
    /// "Tabel 1", "Tabel 2", or nil when the measure is not in the Commissie van Wijzen tables.
    public var table: String?
    /// True in Tabel 1 (Rijk and VNG agree), false in Tabel 2, nil outside the tables.
    public var agreement: Bool?
    /// The authoritative row.
    public var source: Citation?
    /// Amounts per year, as printed in the authoritative table (positive = saving).
    public var years: [YearAmount]
    public var total: AmountTotal?
    public var copies: [CopyComparison]
    /// Where the measure is named (measure items).
    public var mentions: [Citation]
    /// Recommendations and passages of the reports that back it.
    public var backing: [Citation]
    public var stances: [PartyStance]
    /// Theme of the outline chapter it goes in.
    public var theme: String?

    public init(
        key: String, bcode: String?, codes: [String], name: String, table: String? = nil, agreement: Bool? = nil,
        source: Citation? = nil, years: [YearAmount] = [], total: AmountTotal? = nil, copies: [CopyComparison] = [],
        mentions: [Citation] = [], backing: [Citation] = [], stances: [PartyStance] = [], theme: String? = nil
    ) {
        self.key = key
        self.bcode = bcode
        self.codes = codes
        self.name = name
        self.table = table
        self.agreement = agreement
        self.source = source
        self.years = years
        self.total = total
        self.copies = copies
        self.mentions = mentions
        self.backing = backing
        self.stances = stances
        self.theme = theme
    }

    /// Whether any year of the authoritative row is PM.
    public var hasPM: Bool { years.contains { $0.value == .pm } }

    /// The code, or "—" without one.
    public var displayCode: String { bcode ?? "—" }
}
