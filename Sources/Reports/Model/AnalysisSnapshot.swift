import DwarsModel

/// Everything the reports read: documents, their passages, tagged items, links and consensus items.
///
/// Built by `dwars analyze` from the pipeline or by `dwars matrix`/`outline` from a store; tests build
/// small ones by hand. A value of `DwarsModel` types only, so the reports never depend on a stage.
public struct AnalysisSnapshot: Sendable, Hashable, Codable {
    public var documents: [DocumentSummary]
    /// Source blocks, for evidence sentences and the search box (may be empty).
    public var passages: [Passage]
    public var items: [TaggedItem]
    public var links: [ItemLink]
    public var consensusItems: [ConsensusItem]
    /// Ranked backing passages per single measure code ("B5"), as a backing engine answers them; used
    /// before the outline's own derivation from links and consensus items (may be empty).
    public var backing: [String: [Citation]]

    public init(
        documents: [DocumentSummary], passages: [Passage] = [], items: [TaggedItem], links: [ItemLink] = [],
        consensusItems: [ConsensusItem] = [], backing: [String: [Citation]] = [:]
    ) {
        self.documents = documents
        self.passages = passages
        self.items = items
        self.links = links
        self.consensusItems = consensusItems
        self.backing = backing
    }

    /// The `position` items: who takes which stance on what.
    public var positions: [TaggedItem] { items.filter { $0.kind == .position } }

    /// Index for resolving `ItemRef`s to items and passages.
    public func index() -> SnapshotIndex { SnapshotIndex(self) }
}
