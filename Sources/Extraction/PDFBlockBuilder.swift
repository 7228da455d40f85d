import DwarsModel
import Foundation

/// Turns the cleaned lines of a PDF (reading order, furniture removed) into blocks.
///
/// Font sizes are compared with the body size (the size most text is set in): lines at least
/// `headingFactor` times larger are headings, levels by size; whole bold lines at body size are the
/// lowest heading level. Lines at the bottom of a page in a font at most `footnoteFactor` times the body
/// size, from the first that starts with a marker, are footnotes. A line of several spans apart is a table
/// row. Lines starting with a list label start a list item. Other lines join the open paragraph unless a
/// vertical gap, a change of size or a finished sentence before a column or page break ends it.
struct PDFBlockBuilder {
    static let headingFactor = 1.15
    static let footnoteFactor = 0.93

    let pages: [[PDFLine]]
    let dehyphenator: Dehyphenator
    let bodySize: Double
    let headingLevels: [Int: Int]
    let paragraphGap: Double

    init(pages: [[PDFLine]], dehyphenator: Dehyphenator = .shared) {
        self.pages = pages
        self.dehyphenator = dehyphenator
        var weights: [Double: Int] = [:]
        for line in pages.joined() {
            for span in line.spans { weights[(span.fontSize * 2).rounded() / 2, default: 0] += span.text.count }
        }
        let body = weights.max { $0.value < $1.value }?.key ?? 10
        bodySize = body
        let sizes = Set(pages.joined().filter { $0.fontSize >= body * Self.headingFactor && $0.text.count < 250 }
            .map { Int(($0.fontSize * 2).rounded()) })
        headingLevels = Dictionary(uniqueKeysWithValues: sizes.sorted(by: >).enumerated().map { ($1, $0 + 1) })
        // Typical gap between lines of one paragraph.
        var gaps: [Double] = []
        for lines in pages {
            for (a, b) in zip(lines, lines.dropFirst())
            where abs(a.fontSize - body) < 0.5 && abs(b.fontSize - body) < 0.5 && b.y0 > a.y1 - 1 && b.y0 - a.y1 < body * 2 {
                gaps.append(b.y0 - a.y1)
            }
        }
        gaps.sort()
        let typical = gaps.isEmpty ? body * 0.3 : gaps[gaps.count / 2]
        paragraphGap = typical + body * 0.45
    }

    private static let listLabel = try! NSRegularExpression(
        pattern: #"^(\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\)|[•▪◦·●■–*-])\s+\S"#)
    private static let headingNumber = try! NSRegularExpression(pattern: #"^(\d{1,2}(\.\d{1,2})*\.?)\s+\S"#)
    private static let footnoteStart = try! NSRegularExpression(pattern: #"^(\d{1,3}|\*{1,3})\s+\S"#)

    /// An open block being filled line by line.
    private struct Pending {
        var kind: BlockKind
        var lines: [PDFLine]
        var texts: [String]
        var label: String?
        var level: Int?
        var marker: String?
    }

    func blocks() -> [Block] {
        var blocks: [Block] = []
        var pending: Pending? = nil
        var held: [Block] = []
        func flush() {
            if let p = pending, let block = makeBlock(p) { blocks.append(block) }
            pending = nil
            blocks += held
            held = []
        }
        for lines in pages {
            let split = footnoteStartIndex(lines)
            var hangX: Double? = nil
            for index in 0..<split {
                let line = lines[index]
                let next = index + 1 < split ? lines[index + 1] : nil
                var kind = classify(line)
                if case .tableRow = kind, let hang = hangingItem(line, next: next, previousHang: hangX) {
                    kind = hang
                    hangX = line.spans[1].x0
                } else if case .tableRow = kind {
                    hangX = nil
                }
                switch kind {
                case .heading(let level):
                    if var p = pending, p.kind == .heading, p.level == level, let last = p.lines.last,
                        last.page == line.page, line.y0 - last.y1 < paragraphGap
                    {
                        p.lines.append(line)
                        p.texts.append(line.text)
                        pending = p
                    } else {
                        flush()
                        let (label, text) = Self.split(line.text, by: Self.headingNumber)
                        pending = Pending(kind: .heading, lines: [line], texts: [text], label: label, level: level)
                    }
                case .tableRow:
                    flush()
                    pending = Pending(kind: .tableRow, lines: [line], texts: [line.text])
                    flush()
                case .hangingTerm:
                    flush()
                    pending = Pending(kind: .paragraph, lines: [line], texts: [line.text])
                case .listItem(let label, let text):
                    flush()
                    pending = Pending(kind: .listItem, lines: [line], texts: [text], label: label)
                case .text:
                    let opensBlock = pending.map { !($0.kind == .paragraph || $0.kind == .listItem) || !continues($0, with: line) } ?? true
                    if opensBlock, isEmphasisedHeading(line) {
                        flush()
                        pending = Pending(kind: .heading, lines: [line], texts: [line.text], level: headingLevels.count + 1)
                    } else if var p = pending, p.kind == .paragraph || p.kind == .listItem, continues(p, with: line) {
                        p.lines.append(line)
                        p.texts.append(line.text)
                        pending = p
                    } else {
                        flush()
                        pending = Pending(kind: .paragraph, lines: [line], texts: [line.text])
                    }
                }
            }
            var notes: [Pending] = []
            for line in lines[split...] {
                if let marker = Self.marker(of: line) {
                    notes.append(Pending(kind: .footnote, lines: [line], texts: [marker.text], marker: marker.marker))
                } else if var note = notes.last, note.texts == [""] {
                    // The marker stood on a line of its own (a superscript set apart): this is its text.
                    note.texts = [line.text]
                    note.lines.append(line)
                    notes[notes.count - 1] = note
                } else if !notes.isEmpty {
                    notes[notes.count - 1].lines.append(line)
                    notes[notes.count - 1].texts.append(line.text)
                }
            }
            // Footnotes follow the block that was open at the page end: when that block goes on on the
            // next page, they wait until it is complete.
            let noteBlocks = notes.compactMap { makeBlock($0) }
            if let open = pending, open.kind == .paragraph || open.kind == .listItem,
                !Self.endsSentence(open.texts.last ?? "")
            {
                held += noteBlocks
            } else {
                flush()
                blocks += noteBlocks
            }
        }
        flush()
        ExtractedText.number(&blocks)
        return blocks
    }

    private static let itemNumber = try! NSRegularExpression(pattern: #"^(\d{1,2}(\.\d{1,2})*\.?|[a-z]\)|\(\d{1,2}\))$"#)

    /// A two-span line that is a label or term with a hanging text, not a table row: "1.2  De
    /// Leverancier ..." or "Gemeente  : de ...", whose next line starts under the text (or whose
    /// previous line was such an item at the same indent). A number label makes a list item, a term a
    /// paragraph that keeps the term.
    private func hangingItem(_ line: PDFLine, next: PDFLine?, previousHang: Double?) -> LineKind? {
        guard line.spans.count == 2 else { return nil }
        let textX = line.spans[1].x0
        let label = line.spans[0].text
        // The text may open with a colon (": de ..."), so its next line starts a little further right.
        let slack = line.fontSize * 1.5
        let alignedNext = next.map { $0.spans.count == 1 && $0.x0 >= textX - 3 && $0.x0 <= textX + slack } ?? false
        let alignedPrevious = previousHang.map { abs($0 - textX) <= 3 } ?? false
        guard alignedNext || alignedPrevious else { return nil }
        let ns = label as NSString
        if Self.itemNumber.firstMatch(in: label, range: NSRange(location: 0, length: ns.length)) != nil {
            return .listItem(label: label, text: line.spans[1].text)
        }
        guard label.count <= 40 else { return nil }
        return .hangingTerm
    }

    private enum LineKind {
        case heading(Int)
        case tableRow
        /// A term with its text hanging at an indent: read as the start of a paragraph.
        case hangingTerm
        case listItem(label: String, text: String)
        case text
    }

    private func classify(_ line: PDFLine) -> LineKind {
        let text = line.text
        if line.spans.count >= 2 { return .tableRow }
        if line.fontSize >= bodySize * Self.headingFactor, text.count < 250 {
            return .heading(headingLevels[Int((line.fontSize * 2).rounded())] ?? 1)
        }
        if line.bold, abs(line.fontSize - bodySize) <= bodySize * 0.12, text.count < 120, text.last != "," {
            return .heading(headingLevels.count + 1)
        }
        if Self.mayStartWithLabel(text) {
            let (label, rest) = Self.split(text, by: Self.listLabel)
            if let label { return .listItem(label: label, text: rest) }
        }
        return .text
    }

    /// A short italic line at body size that opens a block and does not end a sentence: the subheading
    /// style of Dutch government letters ("Rapport", "Vrijwilligheid").
    private func isEmphasisedHeading(_ line: PDFLine) -> Bool {
        let text = line.text
        guard line.italic, abs(line.fontSize - bodySize) <= bodySize * 0.12, text.count < 80,
            let first = text.first, first.isUppercase, let last = text.last, !".,;:".contains(last)
        else { return false }
        return true
    }

    /// A cheap test before the list-label expression: a digit, "(" or a bullet first, or "." / ")" second.
    private static func mayStartWithLabel(_ text: String) -> Bool {
        var it = text.unicodeScalars.makeIterator()
        guard let first = it.next() else { return false }
        if ("0"..."9").contains(first) || "(•▪◦·●■–*-".unicodeScalars.contains(first) { return true }
        guard let second = it.next() else { return false }
        return second == "." || second == ")"
    }

    /// Whether `line` goes on with the open paragraph or list item `p`.
    private func continues(_ p: Pending, with line: PDFLine) -> Bool {
        guard let last = p.lines.last else { return false }
        let size = last.fontSize
        guard abs(line.fontSize - size) <= size * 0.12 else { return false }
        let flowBreak = line.page != last.page || line.y0 < last.y0 - 1
        if flowBreak {
            guard let first = line.text.first else { return false }
            return !Self.endsSentence(p.texts.last ?? "") && (first.isLowercase || first.isNumber)
        }
        let gap = line.y0 - last.y1
        return gap <= paragraphGap
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:;".contains(last)
    }

    /// Index of the first footnote line of a page: the small-font tail from its first marker line.
    private func footnoteStartIndex(_ lines: [PDFLine]) -> Int {
        var start = lines.count
        while start > 0, lines[start - 1].fontSize <= bodySize * Self.footnoteFactor, lines[start - 1].spans.count == 1 {
            start -= 1
        }
        while start < lines.count, Self.marker(of: lines[start]) == nil { start += 1 }
        return start
    }

    /// The footnote marker at the start of a line and the text after it.
    private static func marker(of line: PDFLine) -> (marker: String, text: String)? {
        if let m = line.leadingMarker { return (m, line.text) }
        let text = line.text
        let (label, rest) = split(text, by: footnoteStart)
        if let label { return (label, rest) }
        if text.count <= 3, text.allSatisfy(\.isNumber) { return (text, "") }
        return nil
    }

    /// Splits a leading label (group 1 of `regex`) from the text after it.
    private static func split(_ text: String, by regex: NSRegularExpression) -> (String?, String) {
        let ns = text as NSString
        guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else {
            return (nil, text)
        }
        let label = ns.substring(with: m.range(at: 1))
        let rest = ns.substring(from: m.range(at: 1).upperBound).trimmedWhitespace
        return (label, String(rest))
    }

    private func makeBlock(_ p: Pending) -> Block? {
        guard let first = p.lines.first else { return nil }
        if p.kind == .tableRow {
            let cells = first.spans.map { Self.clean($0.text) }
            let markers = first.markers
            return Block(kind: .tableRow, text: cells.joined(separator: "\t"), page: first.page, cells: cells,
                         footnoteMarkers: markers.isEmpty ? nil : markers)
        }
        // Each printed line is cleaned on its own, then the lines are joined, so that `lineStarts` point
        // into the final text (a line-end soft hyphen is kept for the dehyphenator to see).
        let cleaned = p.texts.map { raw -> String in
            let soft = raw.trimmedWhitespace.last == "\u{AD}"
            let line = Self.clean(raw)
            return soft && !line.isEmpty ? line + "\u{AD}" : line
        }
        var (text, starts) = dehyphenator.join(lines: cleaned)
        if text.last == "\u{AD}" { text.removeLast() }
        guard !text.isEmpty else { return nil }
        starts = starts.map { min($0, text.utf8.count) }
        var markers = p.lines.flatMap(\.markers)
        if p.kind == .footnote { markers = [p.marker ?? ""] }
        return Block(kind: p.kind, text: text, page: first.page, level: p.level, label: p.label,
                     footnoteMarkers: markers.isEmpty ? nil : markers, lineStarts: starts)
    }

    /// NFC, ligatures, and runs of white space collapsed to one space.
    static func clean(_ text: String) -> String {
        let normalized = Dehyphenator.normalize(text)
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in normalized.unicodeScalars {
            if scalar.isSpace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
