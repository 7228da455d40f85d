/// A cluster of linked items across documents: one row of the consensus matrix.
public struct ConsensusItem: Sendable, Hashable, Codable {
    /// Stable id derived from the members ("C-" followed by a short hash).
    public var id: String
    /// Short label for the row.
    public var label: String
    public var members: [ItemRef]
    public var themes: [String]
    public var bcodes: [String]

    public init(id: String, label: String, members: [ItemRef], themes: [String] = [], bcodes: [String] = []) {
        self.id = id
        self.label = label
        self.members = members
        self.themes = themes
        self.bcodes = bcodes
    }
}
