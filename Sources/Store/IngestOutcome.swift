/// What `CorpusStore.ingest` did with one document.
public enum IngestOutcome: Sendable, Hashable {
    /// The document was new and is now stored whole, under this row id.
    case stored(documentID: Int64)
    /// A document with the same sha256 was already stored; nothing changed.
    case unchanged(documentID: Int64)

    /// The row id of the document in the store.
    public var documentID: Int64 {
        switch self {
        case .stored(let id), .unchanged(let id): return id
        }
    }
}
