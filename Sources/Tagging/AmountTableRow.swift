import DwarsModel
import Foundation

/// One row of an amounts table: its label (possibly printed over several lines) and its cells.
public struct AmountTableRow: Sendable, Hashable {
    /// The label's pieces with their source lines, in order.
    public var labelLines: [Int]
    public var labelTexts: [String]
    /// The cells as printed, in column order (fewer than the years when the row is short).
    public var cells: [AmountTableCell]
    /// The total label ("Totaal", "Totaal (PM-posten)") for a total row; nil for a measure row.
    public var total: String?
    /// Line of the first printed piece of the row (label or, for a label-less row, its cells).
    public var line: Int

    public init(
        line: Int, labelLines: [Int] = [], labelTexts: [String] = [], cells: [AmountTableCell] = [],
        total: String? = nil
    ) {
        self.line = line
        self.labelLines = labelLines
        self.labelTexts = labelTexts
        self.cells = cells
        self.total = total
    }

    /// The label joined, with the source line of every offset.
    public var passage: MeasurePassage {
        MeasurePassage(lines: Array(zip(labelLines, labelTexts)).map { (line: $0.0, text: $0.1) })
    }

    /// The label on one line, whitespace collapsed.
    public var label: String {
        labelTexts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The cells put on `years`, right-aligned when the row prints fewer cells than there are years
    /// (a row whose first years are blank), the surplus dropped from the left when it prints more.
    public func values(for years: [Int]) -> [String: YearValue?] {
        var out: [String: YearValue?] = [:]
        for y in years { out[String(y)] = .some(nil) }
        let shown = Array(cells.suffix(years.count))
        let skip = years.count - shown.count
        for (k, cell) in shown.enumerated() { out[String(years[skip + k])] = .some(cell.value) }
        return out
    }
}
