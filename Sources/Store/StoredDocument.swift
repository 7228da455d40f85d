import DwarsModel

/// A document as the store holds it: metadata, bundle segments and counts.
public struct StoredDocument: Sendable, Hashable, Codable {
    public var id: Int64
    public var metadata: DocumentMetadata
    public var segments: [Segment]
    public var blockCount: Int
    public var sentenceCount: Int
    public var itemCount: Int

    public init(
        id: Int64, metadata: DocumentMetadata, segments: [Segment], blockCount: Int, sentenceCount: Int,
        itemCount: Int
    ) {
        self.id = id
        self.metadata = metadata
        self.segments = segments
        self.blockCount = blockCount
        self.sentenceCount = sentenceCount
        self.itemCount = itemCount
    }

    /// The file name, the `doc` field everywhere.
    public var fileName: String { metadata.fileName }
    public var sha256: String { metadata.sha256 }
}
