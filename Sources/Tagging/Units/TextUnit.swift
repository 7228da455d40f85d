import DwarsModel

/// A unit of reading for the cue rules: a heading, a list item or a run of paragraph text.
///
/// Built from the blocks by `TextUnitReader`, so the rules see the same units whether the extractor
/// already split numbered headings and list items into blocks of their own or left them inside a
/// paragraph cut at blank lines. `text` is cleaned (whitespace collapsed, line-end hyphenation joined)
/// and keeps, through `lineStarts`, the source line of every offset.
struct TextUnit: Sendable {
    enum Shape: Sendable { case heading, item, paragraph, footnote, tableRow }

    /// How an item or heading is labelled.
    enum Marker: Sendable { case none, number, letter, roman, bullet, noun }

    var shape: Shape
    var marker: Marker = .none
    /// The label as the gold writes it ("1", "2.4", "a", "ii"), nil for bullets and plain text.
    var label: String?
    /// For `noun` labels ("Uitgangspunt 2:"), the noun; the text then keeps "Uitgangspunt 2: ...".
    var labelNoun: String?
    var text: String
    /// UTF-8 offsets in `text` where source lines start, with their line numbers (first at offset 0).
    var lineStarts: [(offset: Int, line: Int)]
    var page: Int?
    /// True for a labelled line that stands alone like a heading (no closing punctuation, body follows).
    var standsAlone = false
    /// The sentence ending in ":" that introduces the list this item belongs to.
    var leadIn: String?
    /// The latest heading above this unit.
    var section: String?
    /// For a paragraph: the body of the list item before it (whose heading line became a unit of its own).
    var continuesItem = false
    /// Index of this unit in reading order.
    var index = 0

    /// The source line of a UTF-8 offset in `text`.
    func line(atUTF8Offset offset: Int) -> Int {
        var result = lineStarts.first?.line ?? 0
        for start in lineStarts {
            if start.offset <= offset { result = start.line } else { break }
        }
        return result
    }

    /// The first source line.
    var firstLine: Int { lineStarts.first?.line ?? 0 }
}
