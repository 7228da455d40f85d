/// Puts the spans of a page into reading order and groups them into lines.
///
/// Single-column text is read top to bottom. A two-column region is found from its gutter: a left edge
/// `xR` in the middle of the page where at least `minColumnLines` spans start, no span crosses `xR`
/// between the region's first and last such span, and the right side holds one span per baseline
/// (a table's amount columns have several, so a table is not mistaken for columns). Inside the region
/// the left column is read before the right one; a full-width span (a heading across both columns)
/// ends the region part above it.
enum PDFLayout {
    static let minColumnLines = 4

    /// The lines of `page` in reading order.
    static func lines(of page: PDFPageText) -> [PDFLine] {
        let spans = page.spans.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
        guard let gutter = gutter(spans, width: page.width) else {
            return group(spans, page: page.number, inColumn: false)
        }
        let right = spans.filter { $0.x0 >= gutter - 2 }
        let top = right.map(\.y0).min() ?? 0
        let bottom = right.map(\.y1).max() ?? 0
        var result: [PDFLine] = []
        var left: [PDFSpan] = []
        var rightPart: [PDFSpan] = []
        func flush() {
            result += group(left, page: page.number, inColumn: true)
            result += group(rightPart, page: page.number, inColumn: true)
            left = []
            rightPart = []
        }
        for span in spans {
            let inside = span.y1 >= top && span.y0 <= bottom
            if !inside {
                if span.y0 > bottom { flush() }
                result += group([span], page: page.number, inColumn: false)
            } else if span.x0 >= gutter - 2 {
                rightPart.append(span)
            } else if span.x1 <= gutter + 2 {
                left.append(span)
            } else {
                flush()
                result += group([span], page: page.number, inColumn: false)
            }
        }
        flush()
        return mergeSingles(result)
    }

    /// Joins consecutive one-span lines that share a baseline (spans outside the column region are
    /// grouped one by one above).
    private static func mergeSingles(_ lines: [PDFLine]) -> [PDFLine] {
        var out: [PDFLine] = []
        for line in lines {
            if let last = out.last, !last.inColumn, !line.inColumn, sameBaseline(last.spans[0], line.spans[0]) {
                out[out.count - 1].spans.append(contentsOf: line.spans)
                out[out.count - 1].spans.sort { $0.x0 < $1.x0 }
                out[out.count - 1].spans = joinClose(out[out.count - 1].spans)
            } else {
                out.append(line)
            }
        }
        return out
    }

    private static func sameBaseline(_ a: PDFSpan, _ b: PDFSpan) -> Bool {
        abs(a.baseline - b.baseline) <= max(a.fontSize, b.fontSize) * 0.4
    }

    /// Groups spans (sorted by top) into lines by baseline, each line's spans left to right.
    static func group(_ spans: [PDFSpan], page: Int, inColumn: Bool) -> [PDFLine] {
        var lines: [PDFLine] = []
        for span in spans.sorted(by: { ($0.baseline, $0.x0) < ($1.baseline, $1.x0) }) {
            if let last = lines.last, let first = last.spans.first, sameBaseline(first, span) {
                lines[lines.count - 1].spans.append(span)
            } else {
                lines.append(PDFLine(spans: [span], page: page, inColumn: inColumn))
            }
        }
        for i in lines.indices {
            lines[i].spans.sort { $0.x0 < $1.x0 }
            lines[i].spans = joinClose(lines[i].spans)
        }
        return lines
    }

    /// Joins neighbouring spans of one line whose gap is narrower than a cell gap (poppler sometimes
    /// puts a list label and its text in different blocks).
    static func joinClose(_ spans: [PDFSpan]) -> [PDFSpan] {
        guard spans.count > 1 else { return spans }
        var out: [PDFSpan] = [spans[0]]
        for span in spans.dropFirst() {
            let last = out[out.count - 1]
            let size = max(last.fontSize, span.fontSize, 1)
            if span.x0 - last.x1 < size * PDFGlyphs.gapFactor, span.x0 >= last.x0 {
                var merged = last
                merged.text += " " + span.text
                merged.x1 = max(last.x1, span.x1)
                merged.y0 = min(last.y0, span.y0)
                merged.y1 = max(last.y1, span.y1)
                merged.markers += (span.leadingMarker.map { [$0] } ?? []) + span.markers
                merged.bold = last.bold && span.bold
                merged.italic = last.italic && span.italic
                if span.text.count > last.text.count { merged.fontSize = span.fontSize }
                out[out.count - 1] = merged
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// The left edge of a right-hand column, when the page has a two-column region.
    static func gutter(_ spans: [PDFSpan], width: Double) -> Double? {
        guard width > 0, spans.count >= minColumnLines * 2 else { return nil }
        var starts: [Int: Int] = [:]
        for span in spans where span.x0 > width * 0.3 && span.x0 < width * 0.85 {
            starts[Int(span.x0.rounded()), default: 0] += 1
        }
        // Tolerate sub-point jitter: count neighbours together.
        let candidates = starts.keys.map { x in (x, (starts[x - 1] ?? 0) + starts[x]! + (starts[x + 1] ?? 0)) }
            .filter { $0.1 >= minColumnLines }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        for (x, _) in candidates.prefix(3) {
            let xR = Double(x) - 1.5
            let right = spans.filter { $0.x0 >= xR - 1 }
            let top = right.map(\.y0).min() ?? 0
            let bottom = right.map(\.y1).max() ?? 0
            let region = spans.filter { $0.y1 >= top && $0.y0 <= bottom }
            let left = region.filter { $0.x1 <= xR }
            let crossing = region.filter { $0.x0 < xR - 1 && $0.x1 > xR + 1 }
            guard left.count >= minColumnLines, crossing.count * 4 <= region.count else { continue }
            // A table: many baselines on the right side carry more than one span.
            let rightLines = group(right.filter { $0.y0 >= top }, page: 0, inColumn: true)
            let multi = rightLines.filter { $0.spans.count > 1 }.count
            if multi * 10 > rightLines.count * 3 { continue }
            // Left spans of a column reach towards the gutter; table labels mostly do not.
            let leftEdge = left.map(\.x0).min() ?? 0
            let columnWidth = xR - leftEdge
            let full = left.filter { $0.x1 >= xR - columnWidth * 0.35 }.count
            if full * 2 < left.count { continue }
            return xR
        }
        return nil
    }
}
