/// One extracted input file: its metadata, its pages and its blocks in reading order.
///
/// Every later stage reads documents only through this value, whatever the input format was.
/// Blocks carry their page and, for text input, their 1-based source line range, so that a finding
/// can always be cited as "file, page, line".
public struct Document: Sendable, Hashable, Codable {
    /// What is known about the document as a whole.
    public var metadata: DocumentMetadata
    /// The pages, in order (one page for formats without pages).
    public var pages: [Page]
    /// The content blocks in reading order.
    public var blocks: [Block]
    /// Sub-documents of a bundle (empty when the document is not segmented).
    public var segments: [Segment]

    public init(metadata: DocumentMetadata, pages: [Page] = [], blocks: [Block] = [], segments: [Segment] = []) {
        self.metadata = metadata
        self.pages = pages
        self.blocks = blocks
        self.segments = segments
    }

    /// The file name of the source, used as the `doc` field everywhere.
    public var fileName: String { metadata.fileName }
}

extension Document {
    /// The page of the block whose lines hold `line` (or of the last block starting before it), when known.
    public func page(atLine line: Int) -> Int? {
        var best: Int? = nil
        for block in blocks {
            guard let range = block.lines else { continue }
            if range.contains(line) { return block.page }
            if range.first < line { best = block.page ?? best }
        }
        return best
    }
}
