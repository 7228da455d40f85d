/// One printed line of a page after layout analysis: the spans at one baseline of one column,
/// left to right. A line with several spans separated by wide gaps is a table row candidate.
struct PDFLine: Sendable, Hashable {
    var spans: [PDFSpan]
    var page: Int
    /// True when the line lies in a column of a multi-column region.
    var inColumn: Bool = false

    var text: String { spans.map(\.text).joined(separator: " ") }
    var x0: Double { spans.map(\.x0).min() ?? 0 }
    var x1: Double { spans.map(\.x1).max() ?? 0 }
    var y0: Double { spans.map(\.y0).min() ?? 0 }
    var y1: Double { spans.map(\.y1).max() ?? 0 }
    /// The font size of the widest span (the line's text, not its superscripts).
    var fontSize: Double { spans.max { $0.text.count < $1.text.count }?.fontSize ?? 0 }
    /// True when every span is bold.
    var bold: Bool { spans.allSatisfy(\.bold) }
    /// True when every span is italic.
    var italic: Bool { spans.allSatisfy(\.italic) }
    /// Footnote references inside the line.
    var markers: [String] { spans.flatMap(\.markers) }
    /// A footnote number printed before the line's first letter.
    var leadingMarker: String? { spans.first?.leadingMarker }
}
