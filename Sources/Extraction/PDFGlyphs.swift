/// The bounding box of one character on a page (points, origin top left).
struct PDFGlyphBox: Sendable, Hashable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
}

/// The characters of one page with their boxes and fonts, cut into `PDFSpan`s.
///
/// A page's text (poppler's reading order) is split at line breaks, and each line again at gaps wider
/// than `gapFactor` times the font size (table cells, the gutter of two columns). Superscript digits,
/// smaller than the line's text and raised above its baseline, become footnote markers of their span.
struct PDFGlyphs {
    let scalars: [Unicode.Scalar]
    let boxes: [PDFGlyphBox]
    let sizes: [Double]
    let bold: [Bool]
    let italic: [Bool]

    /// A gap wider than this many times the font size starts a new span.
    static let gapFactor = 1.5

    func spans() -> [PDFSpan] {
        var spans: [PDFSpan] = []
        var lineStart = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            if i > lineStart { cutLine(lineStart..<i, into: &spans) }
            lineStart = i + 1
        }
        return spans
    }

    /// Cuts one line (character range without "\n") into spans.
    private func cutLine(_ range: Range<Int>, into spans: inout [PDFSpan]) {
        let visible = range.filter { !scalars[$0].isSpace }
        guard !visible.isEmpty else { return }
        // The line's own size and baseline: the most common size among visible characters.
        var counts: [Double: Int] = [:]
        for i in visible { counts[sizes[i], default: 0] += 1 }
        let lineSize = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }!.key
        let atSize = visible.filter { sizes[$0] == lineSize }.map { boxes[$0].y1 }.sorted()
        let baseline = atSize[atSize.count / 2]

        var pieceStart = range.lowerBound
        var lastVisible: Int? = nil
        for i in range {
            guard !scalars[i].isSpace else { continue }
            if let last = lastVisible {
                let gap = boxes[i].x0 - boxes[last].x1
                let size = max(sizes[i], sizes[last], 1)
                let verticalJump = abs(boxes[i].y1 - boxes[last].y1) > size * 1.5
                if gap > size * Self.gapFactor || gap < -size * 2 || verticalJump {
                    appendSpan(pieceStart..<i, lineSize: lineSize, baseline: baseline, to: &spans)
                    pieceStart = i
                }
            }
            lastVisible = i
        }
        appendSpan(pieceStart..<range.upperBound, lineSize: lineSize, baseline: baseline, to: &spans)
    }

    private func isMarker(_ i: Int, lineSize: Double, baseline: Double) -> Bool {
        let s = scalars[i]
        guard ("0"..."9").contains(s) || s == "*" else { return false }
        return sizes[i] > 0 && sizes[i] <= lineSize * 0.8 && boxes[i].y1 < baseline - lineSize * 0.2
    }

    private func appendSpan(_ range: Range<Int>, lineSize: Double, baseline: Double, to spans: inout [PDFSpan]) {
        var text = String.UnicodeScalarView()
        var markers: [String] = []
        var marker = ""
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        var sizeCounts: [Double: Int] = [:]
        var boldCount = 0
        var italicCount = 0
        var visibleCount = 0
        var leading: String? = nil
        for i in range {
            let s = scalars[i]
            if isMarker(i, lineSize: lineSize, baseline: baseline) {
                marker.unicodeScalars.append(s)
                continue
            }
            if !marker.isEmpty {
                if visibleCount == 0 && leading == nil { leading = marker } else { markers.append(marker) }
                marker = ""
            }
            text.append(s)
            guard !s.isSpace else { continue }
            let b = boxes[i]
            x0 = min(x0, b.x0); y0 = min(y0, b.y0); x1 = max(x1, b.x1); y1 = max(y1, b.y1)
            sizeCounts[sizes[i], default: 0] += 1
            if bold[i] { boldCount += 1 }
            if italic[i] { italicCount += 1 }
            visibleCount += 1
        }
        if !marker.isEmpty { markers.append(marker) }
        let string = String(text).trimmedWhitespace
        guard visibleCount > 0, !string.isEmpty else {
            // A span of markers only (a footnote number set apart): attach to the previous span.
            if !markers.isEmpty, !spans.isEmpty { spans[spans.count - 1].markers += markers }
            return
        }
        let size = sizeCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }!.key
        spans.append(PDFSpan(text: String(string), x0: x0, y0: y0, x1: x1, y1: y1, fontSize: size,
                             bold: boldCount * 2 > visibleCount, italic: italicCount * 2 > visibleCount,
                             markers: markers, leadingMarker: leading))
    }
}

extension Unicode.Scalar {
    /// White space as poppler emits it (space, tab, line breaks, no-break and typographic spaces):
    /// a range check, much cheaper than `properties.isWhitespace` on every character of a page.
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
