/// One source line of a plain-text file after clean-up: what it is and the text that remains of it.
///
/// Lines are split on the byte 0x0A only (a "\r" before it is dropped; U+2028 and other Unicode line
/// breaks stay inside the line), so `number` is the line number sed and grep give.
struct TextLine: Sendable, Hashable {
    /// What a source line turned out to be.
    enum Role: Sendable, Hashable {
        /// Running text, a heading, a list item or a table row.
        case content
        /// An empty line.
        case empty
        /// A line of white space only (a paragraph separator in double-spaced conversions).
        case whitespace
        /// A layout-tool stamp ("x.book  Page 31  Thursday, ...").
        case stamp
        /// A page number standing alone near a page break.
        case pageNumber
        /// Letter margin text ("Kenmerk", a reference number, "Directie Jeugd").
        case margin
        /// The rule above the footnotes of a page (a long run of spaces).
        case footnoteRule
        /// A footnote line; `footnoteMarker` is set on the line that starts a footnote.
        case footnote
    }

    /// 1-based line number ("\n" counted only).
    let number: Int
    /// The line as it stands in the file, without "\r".
    let raw: String
    /// The cleaned text: trimmed, tabs of running text and runs of spaces as one space, margin tail cut,
    /// NFC. Empty for lines that are not content or footnotes.
    var text: String
    var role: Role
    /// 1-based page, counted from page breaks found in the text (form feeds, stamps, page-start indents).
    var page: Int
    /// Whether the line is the first of a page.
    var startsPage: Bool
    /// The cells, when the line is a table row.
    var cells: [String]?
    /// The footnote marker ("1", "[4]") of the line that starts a footnote.
    var footnoteMarker: String?
    /// Footnote markers that were glued to words of this line ("teams5") and taken out of `text`.
    var footnoteRefs: [String] = []

    /// Page furniture that was taken out of the text.
    var isFurniture: Bool {
        switch role {
        case .stamp, .pageNumber, .margin, .footnoteRule: return true
        case .content, .empty, .whitespace, .footnote: return false
        }
    }

    /// Empty or white space only.
    var isBlank: Bool { role == .empty || role == .whitespace }
}
