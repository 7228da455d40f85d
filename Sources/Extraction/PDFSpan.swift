/// A run of characters on one text line of a PDF page with no wide gap inside, in page points
/// (origin top left, y growing downwards).
///
/// Spans are the unit of layout analysis: a table row or the two halves of a two-column line are
/// several spans at one baseline. Superscript digits (footnote references) are taken out of `text`
/// and kept in `markers`.
struct PDFSpan: Sendable, Hashable {
    var text: String
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    /// Font size of most of the span's characters.
    var fontSize: Double
    /// Whether most characters are set in a bold font.
    var bold: Bool
    /// Whether most characters are set in an italic font.
    var italic: Bool = false
    /// Footnote reference markers (superscript digits) removed from `text`.
    var markers: [String] = []
    /// A marker printed before the span's first letter (the number of a footnote at the page bottom).
    var leadingMarker: String? = nil

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    /// The bottom of the box, which is close to the baseline for Latin text.
    var baseline: Double { y1 }
}

/// The spans of one PDF page as read from poppler, with the page size.
struct PDFPageText: Sendable, Hashable {
    var number: Int
    var width: Double
    var height: Double
    var spans: [PDFSpan]
}
