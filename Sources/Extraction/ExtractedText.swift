import DwarsModel

/// The line-numbered text of a document: what `dwars extract FILE` prints, and what every `line` of
/// a block, tagged item, stored passage and matrix citation counts in.
///
/// A line is a 1-based line of this text, counting "\n" only (as sed and grep count):
/// - text input: the source line itself — line N of the text is the cleaned line N of the file
///   (furniture and blank lines print empty), so `sed -n Np FILE` shows the same line;
/// - PDF input: one line per printed line of the page, in reading order (running headers, footers and
///   page numbers removed), one empty line between blocks; `page` says on which page it is printed;
/// - HTML and XML input: one line per block (heading, paragraph, list item, table row, footnote), one
///   empty line between blocks.
///
/// `number(_:)` gives blocks that carry no source lines (PDF, HTML, XML) their lines in this text;
/// `text(of:)` prints it. A word that was hyphenated over two lines and joined in the block text prints
/// with its hyphen again at the end of the first line; labels of headings and list items and footnote
/// markers print in front of their text.
public enum ExtractedText {
    /// Numbers `blocks` in order: block k takes `lineStarts.count + 1` lines, one empty line after it.
    static func number(_ blocks: inout [Block]) {
        var line = 1
        for k in blocks.indices {
            let count = (blocks[k].lineStarts?.count ?? 0) + 1
            blocks[k].lines = LineRange(first: line, last: line + count - 1)
            if blocks[k].lineStarts == nil { blocks[k].lineStarts = [] }
            line += count + 1
        }
    }

    /// The text whose line numbers the blocks of `document` cite, ending in "\n".
    public static func text(of document: Document) -> String {
        lines(of: document).joined(separator: "\n") + "\n"
    }

    /// The lines of `text(of:)` (index 0 is line 1).
    public static func lines(of document: Document) -> [String] {
        var out: [String] = []
        func put(_ text: String, at line: Int) {
            while out.count < line { out.append("") }
            if out[line - 1].isEmpty { out[line - 1] = text } else if !text.isEmpty { out[line - 1] += " " + text }
        }
        for block in document.blocks {
            let first = block.lines?.first ?? (out.count + 2)
            let pieces = Self.pieces(of: block)
            for (k, piece) in pieces.enumerated() { put(piece, at: first + k) }
        }
        return out
    }

    /// The printed lines of one block: its text cut at `lineStarts`, label or marker in front (a line
    /// break inside a block's text, which no extractor leaves, prints as a space so lines stay counted).
    static func pieces(of block: Block) -> [String] {
        let bytes = Array(block.text.utf8)
        var bounds = [0] + (block.lineStarts ?? []).map { min(max($0, 0), bytes.count) }
        bounds.append(bytes.count)
        var pieces: [String] = []
        for k in 0..<(bounds.count - 1) {
            let lo = bounds[k]
            let hi = max(lo, bounds[k + 1])
            var piece = String(decoding: bytes[lo..<hi].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
                .trimmedWhitespace
            // A word joined over the line end: show the hyphen the line ended in.
            if !piece.isEmpty, hi > 0, hi < bytes.count, k + 1 < bounds.count - 1, isWordByte(bytes[hi - 1]), isWordByte(bytes[hi]) {
                piece += "-"
            }
            pieces.append(String(piece))
        }
        let prefix: String?
        switch block.kind {
        case .heading, .listItem: prefix = block.label
        case .footnote: prefix = block.footnoteMarkers?.first ?? block.label
        default: prefix = nil
        }
        if let prefix, !prefix.isEmpty, let head = pieces.first, !head.hasPrefix(prefix) {
            pieces[0] = head.isEmpty ? prefix : prefix + " " + head
        }
        return pieces
    }

    /// A letter byte (ASCII letter or part of a multi-byte scalar).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
