/// A scored link between two items, with the evidence that made it.
public struct ItemLink: Sendable, Hashable, Codable {
    public var a: ItemRef
    public var b: ItemRef
    public var score: Double
    /// Shared terms, codes, themes and pointers, readable ("code B5", "term kwaliteitseis", ...).
    public var evidence: [String]
    /// True when both ends lie in the same document (or the same bundle segment's document).
    public var sameDocument: Bool
    /// The stance of `b` towards `a`, where the text says so.
    public var stance: Stance?
    /// How the ends relate (`related` when their texts disagree), where it was judged.
    public var relation: LinkRelation?

    public init(
        a: ItemRef, b: ItemRef, score: Double, evidence: [String], sameDocument: Bool, stance: Stance? = nil,
        relation: LinkRelation? = nil
    ) {
        self.a = a
        self.b = b
        self.score = score
        self.evidence = evidence
        self.sameDocument = sameDocument
        self.stance = stance
        self.relation = relation
    }
}
