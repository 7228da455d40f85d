/// A unit of content in reading order: a heading, paragraph, list item, table row or footnote.
///
/// `text` is cleaned (page furniture removed, line-end hyphenation joined, whitespace collapsed, NFC).
/// For text input `lines` is the source line range and `lineStarts` maps offsets in `text` back to
/// source lines, so a sentence inside a paragraph can be cited at its own line.
public struct Block: Sendable, Hashable, Codable {
    public var kind: BlockKind
    public var text: String
    /// 1-based page number, when known.
    public var page: Int?
    /// Source lines the block was read from (text input), when known.
    public var lines: LineRange?
    /// Heading level (1 = top), for headings.
    public var level: Int?
    /// List label as printed ("1.", "a)", "•", "2.4"), for list items and numbered headings.
    public var label: String?
    /// The cells of a table row, in column order.
    public var cells: [String]?
    /// Footnote markers taken out of a paragraph, or the marker of a footnote block.
    public var footnoteMarkers: [String]?
    /// UTF-8 offsets into `text` at which source lines 2, 3, ... of `lines` begin.
    public var lineStarts: [Int]?

    public init(
        kind: BlockKind, text: String, page: Int? = nil, lines: LineRange? = nil, level: Int? = nil,
        label: String? = nil, cells: [String]? = nil, footnoteMarkers: [String]? = nil,
        lineStarts: [Int]? = nil
    ) {
        self.kind = kind
        self.text = text
        self.page = page
        self.lines = lines
        self.level = level
        self.label = label
        self.cells = cells
        self.footnoteMarkers = footnoteMarkers
        self.lineStarts = lineStarts
    }

    /// The source line on which the UTF-8 offset `offset` of `text` lies, when lines are known.
    public func line(atUTF8Offset offset: Int) -> Int? {
        guard let lines else { return nil }
        guard let starts = lineStarts, !starts.isEmpty else { return lines.first }
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return min(lines.first + lo, lines.last)
    }
}
