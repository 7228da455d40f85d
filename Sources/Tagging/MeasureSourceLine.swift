import DwarsModel
import Foundation

/// One source line of a text document, rebuilt from its blocks: the unit table rows are read in.
///
/// Extraction may keep a table row on one line, break it over several (OCR), or group lines into
/// paragraphs; rebuilding the lines from `Block.lines` and `Block.lineStarts` lets the measure and amount
/// rules read rows the same way whatever the extractor made of them. Lines with nothing on them are
/// absent (their numbers are skipped).
public struct MeasureSourceLine: Sendable, Hashable {
    /// 1-based source line.
    public var number: Int
    /// The text of the line, trimmed; a list item's label is put back in front.
    public var text: String
    /// Index of the block the line came from.
    public var block: Int
    /// The kind of that block.
    public var kind: BlockKind
    /// True on the first line of a list item block.
    public var startsListItem: Bool

    public init(number: Int, text: String, block: Int, kind: BlockKind, startsListItem: Bool = false) {
        self.number = number
        self.text = text
        self.block = block
        self.kind = kind
        self.startsListItem = startsListItem
    }

    /// The lines of `document` in order (blocks without source lines are left out).
    public static func lines(of document: Document) -> [MeasureSourceLine] {
        var out: [MeasureSourceLine] = []
        for (index, block) in document.blocks.enumerated() {
            guard let range = block.lines else { continue }
            var pieces: [String]
            if let cells = block.cells, range.first == range.last, !cells.isEmpty {
                pieces = [cells.joined(separator: "\t")]
            } else {
                pieces = split(block.text, at: block.lineStarts ?? [])
            }
            if pieces.count > range.last - range.first + 1 {
                let keep = range.last - range.first
                pieces = Array(pieces[..<keep]) + [pieces[keep...].joined(separator: " ")]
            }
            for (k, piece) in pieces.enumerated() {
                var text = Self.trimmed(piece)
                if block.kind == .tableRow { text = text.replacingOccurrences(of: " | ", with: "\t") }
                if k == 0, block.kind == .listItem || block.kind == .heading, let label = block.label,
                    !text.hasPrefix(label)
                {
                    text = label + " " + text
                }
                guard !text.isEmpty else { continue }
                out.append(
                    MeasureSourceLine(
                        number: range.first + k, text: text, block: index, kind: block.kind,
                        startsListItem: k == 0 && block.kind == .listItem))
            }
        }
        return out.sorted { $0.number < $1.number }
    }

    /// `text` without leading and trailing tabs and spaces: the scalars of `CharacterSet.whitespaces`
    /// (U+0009, U+0020, U+00A0, U+1680, U+2000-U+200B, U+202F, U+205F, U+3000), as
    /// `trimmingCharacters(in: .whitespaces)` removes them, without the trip through `NSString`.
    public static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(Substring(scalars[first...last]))
    }

    public static func trimmed(_ text: String) -> String {
        if let f = text.utf8.first, let l = text.utf8.last, f != 0x20, f != 0x09, f < 0x80, l != 0x20, l != 0x09,
            l < 0x80
        {
            return text
        }
        return trimmed(text[...])
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09: return true
        case 0..<0x80: return false
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `text` cut at the UTF-8 offsets `starts`.
    static func split(_ text: String, at starts: [Int]) -> [String] {
        guard !starts.isEmpty else { return [text] }
        let u = text.utf8
        var out: [String] = []
        var from = u.startIndex
        for s in starts {
            guard s <= u.count else { break }
            let to = u.index(u.startIndex, offsetBy: s)
            guard to >= from else { continue }
            out.append(String(decoding: u[from..<to], as: UTF8.self))
            from = to
        }
        out.append(String(decoding: u[from...], as: UTF8.self))
        return out
    }
}
