import DwarsModel

/// Measures (rows) against the vijfhoek parties (columns): each cell the party's stance, with its sources.
public struct PartyMatrix: Sendable, Hashable, Codable {
    /// One cell: a party's stance on a measure (nil: no stance found).
    public struct Cell: Sendable, Hashable, Codable {
        public var party: String
        public var stance: Stance?
        public var evidence: [Citation]
    }

    /// One row: a measure and one cell per party.
    public struct Row: Sendable, Hashable, Codable {
        public var key: String
        public var bcode: String?
        public var name: String
        public var cells: [Cell]
    }

    /// Party codes in column order: the vijfhoek first, then any other party the positions name.
    public var parties: [String]
    public var rows: [Row]

    /// The vijfhoek parties, in column order, as the tagger codes them.
    public static let vijfhoek = ["rijk", "gemeenten", "aanbieders", "professionals", "clienten"]

    /// Builds the matrix from the measures' stances. When a party takes several stances on one measure the
    /// cell shows the most reserved one (opposes > conditional > supports > neutral); all are evidence.
    public init(measures: [MeasureSummary], positions: [TaggedItem]) {
        var parties = Self.vijfhoek
        for party in positions.compactMap(\.party) where !parties.contains(party) { parties.append(party) }
        self.parties = parties
        rows = measures.map { measure in
            let byParty = Dictionary(grouping: measure.stances, by: \.party)
            let cells = parties.map { party -> Cell in
                let stances = byParty[party] ?? []
                let stance = stances.map(\.stance).max { Self.reserve($0) < Self.reserve($1) }
                return Cell(party: party, stance: stance, evidence: stances.map(\.source))
            }
            return Row(key: measure.key, bcode: measure.bcode, name: measure.name, cells: cells)
        }
    }

    static func reserve(_ stance: Stance) -> Int {
        switch stance {
        case .neutral: 0
        case .supports: 1
        case .conditional: 2
        case .opposes: 3
        }
    }
}
