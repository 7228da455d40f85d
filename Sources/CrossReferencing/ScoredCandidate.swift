/// A unit found for a query, with its relative score and the evidence that made it.
public struct ScoredCandidate: Sendable, Hashable {
    /// Index into `LinkScorer.units`.
    public var unit: Int
    /// Relative score: the BM25 score against the candidate over the query's score against itself,
    /// plus the code, theme, pointer and kind bonuses.
    public var score: Double
    /// "term kwaliteitseisen", "code B5", "theme inkoop", "pointer 004_....txt".
    public var evidence: [String]
}
