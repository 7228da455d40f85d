/// One row of the consensus matrix: a consensus item and one cell per document column.
public struct MatrixRow: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    /// Members as `FILE:LINE`.
    public var members: [String]
    public var themes: [String]
    public var bcodes: [String]
    /// One cell per column, in column order.
    public var cells: [MatrixCell]

    public init(id: String, label: String, members: [String], themes: [String], bcodes: [String], cells: [MatrixCell]) {
        self.id = id
        self.label = label
        self.members = members
        self.themes = themes
        self.bcodes = bcodes
        self.cells = cells
    }

    /// Number of documents whose cell is not absent.
    public var documentCount: Int { cells.filter { $0.level != .absent }.count }
}
