/// One sentence of a stored document, cited by file name, line and page.
///
/// Ingest receives these from the sentence splitter; `CorpusStore.sentences(...)` returns them with
/// `id` set to the row id (the full-text index is keyed by it).
public struct StoredSentence: Sendable, Hashable, Codable {
    /// Row id once stored; nil on input.
    public var id: Int64?
    /// File name of the document (`Document.fileName`).
    public var doc: String
    /// 1-based source line where the sentence starts (for paged input, the block's first line or 1).
    public var line: Int
    public var page: Int?
    /// Index of the block the sentence comes from, in reading order.
    public var block: Int
    public var text: String

    public init(id: Int64? = nil, doc: String, line: Int, page: Int?, block: Int, text: String) {
        self.id = id
        self.doc = doc
        self.line = line
        self.page = page
        self.block = block
        self.text = text
    }
}
