import DwarsModel

/// A block of source text that the HTML search box and the evidence look-ups read.
public struct Passage: Sendable, Hashable, Codable {
    public var doc: String
    /// First source line of the passage.
    public var line: Int
    /// Last source line of the passage.
    public var lastLine: Int
    public var page: Int?
    public var text: String

    public init(doc: String, line: Int, lastLine: Int? = nil, page: Int? = nil, text: String) {
        self.doc = doc
        self.line = line
        self.lastLine = lastLine ?? line
        self.page = page
        self.text = text
    }

    /// The passages of a document: one per non-empty block; a block without source lines (PDF, HTML)
    /// gets line 0 and is cited by its page.
    public static func passages(of document: Document) -> [Passage] {
        document.blocks.compactMap { block in
            guard !block.text.isEmpty else { return nil }
            return Passage(
                doc: document.fileName, line: block.lines?.first ?? 0, lastLine: block.lines?.last ?? 0,
                page: block.page,
                text: block.text)
        }
    }
}
