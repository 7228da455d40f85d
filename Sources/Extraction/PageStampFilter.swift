/// Finds page furniture in converted text: layout-tool stamps and the page numbers printed near page breaks.
///
/// Stamps are whole lines matching a pattern of `Lexicons/extraction-page-stamps.txt`. A bare number of
/// one to three digits is a page number only where a page number stands: right after a stamp (blank lines
/// between), or right before the first line of the next page, or followed only by blank lines up to the
/// next page — never a number inside a table, which has more numbers around it.
struct PageStampFilter: Sendable {
    let stamps: [LinePattern]

    init(stamps: [LinePattern]) { self.stamps = stamps }

    /// The filter of `Lexicons/extraction-page-stamps.txt`, loaded once.
    static let shared = PageStampFilter(stamps: LinePattern.load("extraction-page-stamps.txt").map(\.pattern))

    /// Whether the trimmed line is a stamp.
    func isStamp(_ trimmed: String) -> Bool {
        // Every stamp holds a page number; most lines can be passed over without a regex.
        guard !trimmed.isEmpty, trimmed.utf8.count <= 120, trimmed.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
        else { return false }
        return stamps.contains { $0.matches(trimmed) }
    }

    /// Whether the trimmed line is nothing but a short number ("32", "3").
    static func isBareNumber(_ trimmed: String) -> Bool {
        let u = trimmed.utf8
        return !u.isEmpty && u.count <= 3 && u.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
