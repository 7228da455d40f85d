/// A sentence inside a block of the block model: the block's index and UTF-8 offsets into its `text`.
public struct BlockSentence: Sendable, Hashable, Codable {
    /// Index into the blocks passed to `SentenceSplitter.sentences(in:)`.
    public var block: Int
    /// UTF-8 offsets into that block's `text`.
    public var range: Range<Int>

    public init(block: Int, range: Range<Int>) {
        self.block = block
        self.range = range
    }
}
