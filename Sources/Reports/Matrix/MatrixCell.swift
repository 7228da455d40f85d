/// One cell of the consensus matrix: one document's level on one consensus item, with its evidence.
public struct MatrixCell: Sendable, Hashable, Codable {
    public var doc: String
    public var level: MatrixLevel
    /// The members and positions that gave the level, strongest first.
    public var evidence: [Citation]

    public init(doc: String, level: MatrixLevel, evidence: [Citation] = []) {
        self.doc = doc
        self.level = level
        self.evidence = evidence
    }
}
