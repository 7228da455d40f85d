import DwarsModel
import Foundation

/// Finds amounts tables (measure × year, "PM" or millions) in the source lines of a document.
///
/// A table opens at a caption ("Tabel 1 ...") or at a header line of consecutive years; its years come
/// from the header or from a range in the caption ("2022-2028"). Rows are read line by line: a label
/// followed by cells, a label printed over several lines (continuation lines follow their row without
/// a blank line; a label printed before its cells runs into a line that continues it in lower case), a
/// row whose cells the OCR printed later as a line of their own. Where cells cannot be put back on
/// their rows (the columns were scrambled) the rows are kept with empty cells.
public struct AmountTableReader: Sendable, Equatable {
    public var captionWords: [String]
    public var totalWords: [String]
    /// Words that open a section heading ("Bijlage 2 ..."): such a line ends a table.
    public var sectionWords: [String] = []
    /// Label-only lines with at least this many words, or half as many ending a sentence, end a table
    /// (running text), unless a line that continues them carries cells.
    public var proseWords = 16

    public init(captionWords: [String], totalWords: [String]) {
        self.captionWords = captionWords
        self.totalWords = totalWords
    }

    /// The reader with the words of `Lexicons/pm-tables.txt`.
    public static func standard() throws -> AmountTableReader {
        let rows = try LexiconDirectory.table("pm-tables.txt")
        var reader = AmountTableReader(
            captionWords: rows.filter { $0.first == "caption" && $0.count > 1 }.map { $0[1] },
            totalWords: rows.filter { $0.first == "total" && $0.count > 1 }.map { $0[1] })
        reader.sectionWords = rows.filter { $0.first == "section" && $0.count > 1 }.map { $0[1] }
        return reader
    }

    /// A line split into label words and trailing cells.
    struct Parsed {
        var label: [Substring]
        var cells: [AmountTableCell]
        var isValuesOnly: Bool { label.isEmpty && !cells.isEmpty }
    }

    /// All amounts tables in `lines`.
    public func tables(in lines: [MeasureSourceLine]) -> [AmountTable] {
        var out: [AmountTable] = []
        var i = 0
        while i < lines.count {
            guard let (table, next) = table(at: i, in: lines) else {
                i += 1
                continue
            }
            if !table.rows.isEmpty { out.append(table) }
            i = max(next, i + 1)
        }
        return out
    }

    /// The whitespace-separated words of `text` (split at `Character.isWhitespace`); ASCII text is cut
    /// at its bytes.
    func words(_ text: String) -> [Substring] {
        let u = text.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace) }
        var out: [Substring] = []
        var start: String.Index?
        var i = u.startIndex
        while i < u.endIndex {
            if Self.isASCIISpace(u[i]) {
                if let s = start { out.append(text[s..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            i = u.index(after: i)
        }
        if let s = start { out.append(text[s..<u.endIndex]) }
        return out
    }

    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Whether the first word of `text` can be one of `candidates`: false only when `text` opens with
    /// a visible ASCII character and starts with none of them (a cheap test before splitting).
    static func mayOpen(_ text: String, with candidates: [String]) -> Bool {
        guard let f = text.utf8.first, f < 0x80, !isASCIISpace(f) else { return true }
        return candidates.contains { text.hasPrefix($0) }
    }

    /// How many ASCII digits `text` holds, counting no further than `limit`.
    static func digitCount(_ text: String, limit: Int) -> Int {
        var n = 0
        for b in text.utf8 where b >= 0x30 && b <= 0x39 {
            n += 1
            if n >= limit { break }
        }
        return n
    }

    func isCaption(_ text: String) -> Bool {
        guard Self.mayOpen(text, with: captionWords) else { return false }
        let w = words(text)
        guard w.count >= 2, captionWords.contains(String(w[0])) else { return false }
        return w[1].first?.isNumber == true
    }

    func isSectionHeading(_ text: String) -> Bool {
        guard Self.mayOpen(text, with: sectionWords) else { return false }
        let w = words(text)
        guard w.count >= 2, sectionWords.contains(String(w[0])) else { return false }
        return w[1].first?.isNumber == true
    }

    func isTotal(_ label: [Substring]) -> Bool {
        guard let first = label.first else { return false }
        return totalWords.contains { first.lowercased().hasPrefix($0.lowercased()) }
    }

    /// The years of a header line ("Maatregelen 2022 2023 ... 2028"): at least three consecutive ones.
    func headerYears(_ text: String) -> [Int]? {
        guard Self.digitCount(text, limit: 12) >= 12 else { return nil }
        let w = words(text)
        let years = w.compactMap { t -> Int? in
            guard t.count == 4, let y = Int(t), (1990...2099).contains(y) else { return nil }
            return y
        }
        guard years.count >= 3, w.count - years.count <= 2 else { return nil }
        for k in 1..<years.count where years[k] != years[k - 1] + 1 { return nil }
        return years
    }

    /// Whether every word of `text` is a year (a header broken over lines).
    func isYearsOnly(_ text: String) -> Bool {
        for b in text.utf8 {
            if b >= 0x80 { break }
            if !(b >= 0x30 && b <= 0x39) && !Self.isASCIISpace(b) { return false }
        }
        let w = words(text)
        return !w.isEmpty && w.allSatisfy { $0.count == 4 && Int($0).map { (1990...2099).contains($0) } == true }
    }

    /// A year range in a caption ("2022-2028").
    func captionYears(_ text: String) -> [Int]? {
        let scalars = Array(text)
        var k = 0
        while k + 9 <= scalars.count {
            let a = String(scalars[k..<(k + 4)])
            if let y1 = Int(a), (1990...2099).contains(y1) {
                var j = k + 4
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if j < scalars.count, scalars[j] == "-" || scalars[j] == "–" {
                    j += 1
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    if j + 4 <= scalars.count, let y2 = Int(String(scalars[j..<(j + 4)])), y2 > y1, y2 - y1 <= 20 {
                        return Array(y1...y2)
                    }
                }
            }
            k += 1
        }
        return nil
    }

    func parse(_ text: String) -> Parsed {
        var w = words(text)
        var cells: [AmountTableCell] = []
        while let last = w.last {
            if last == "€" {
                w.removeLast()
                continue
            }
            let token = last.hasPrefix("€") ? last.dropFirst() : last
            guard let cell = AmountTableCell.parse(token) else { break }
            cells.insert(cell, at: 0)
            w.removeLast()
        }
        return Parsed(label: w, cells: cells)
    }

    /// The table that starts at line `start`, and the index after it.
    func table(at start: Int, in lines: [MeasureSourceLine]) -> (AmountTable, Int)? {
        var i = start
        var caption: String?
        var name: String?
        var years: [Int]?
        if isCaption(lines[i].text) {
            caption = lines[i].text
            name = words(lines[i].text).prefix(2).joined(separator: " ")
            if let prefix = annexPrefix(before: start, in: lines) { name = prefix + " " + name! }
            i += 1
            while i < lines.count, lines[i].number == lines[i - 1].number + 1, headerYears(lines[i].text) == nil,
                lines[i].text.first?.isUppercase != true, parse(lines[i].text).cells.isEmpty
            {
                caption! += " " + lines[i].text
                i += 1
            }
            years = captionYears(caption!)
            var k = i
            while k < lines.count, k < i + 4, !isCaption(lines[k].text) {
                if let h = headerYears(lines[k].text), years == nil || h.first == years!.first {
                    years = years.map { $0.count >= h.count ? $0 : h } ?? h
                    i = k + 1
                    break
                }
                k += 1
            }
        } else if let h = headerYears(lines[i].text) {
            years = h
            i += 1
        } else {
            return nil
        }
        guard let years else { return nil }
        var table = AmountTable(
            name: name, caption: caption, years: years, firstLine: lines[start].number,
            lastLine: lines[max(start, i - 1)].number)
        let (rows, end, scrambled) = readRows(from: i, in: lines, years: years)
        table.rows = rows
        table.scrambled = scrambled
        if end > i { table.lastLine = lines[end - 1].number }
        if rows.contains(where: { $0.cells.contains(.percentage) }) { table.rows = [] }
        return (table, end)
    }

    /// "Bijlage 2" when an annex heading stands just above a caption.
    func annexPrefix(before index: Int, in lines: [MeasureSourceLine]) -> String? {
        guard index > 0 else { return nil }
        let prev = lines[index - 1]
        guard lines[index].number - prev.number <= 3 else { return nil }
        let w = words(prev.text)
        guard w.count >= 2, w[0] == "Bijlage", w[1].first?.isNumber == true else { return nil }
        return "Bijlage \(w[1])"
    }

    /// Rows from line index `start`: the rows, the index after the table, and whether it is scrambled.
    func readRows(from start: Int, in lines: [MeasureSourceLine], years: [Int]) -> ([AmountTableRow], Int, Bool) {
        var rows: [AmountTableRow] = []
        var orphans: [(row: Int, line: Int, cells: [AmountTableCell], afterTotal: Bool)] = []
        var seenTotal = false
        var prefixRow: Int?
        var i = start
        var previous = start > 0 ? lines[start - 1].number : 0
        scan: while i < lines.count {
            let line = lines[i]
            let text = line.text
            if isCaption(text) || isSectionHeading(text) { break }
            if line.number - previous > 4 { break }
            if isYearsOnly(text) {
                previous = line.number
                i += 1
                continue
            }
            if headerYears(text) != nil, !rows.isEmpty { break }
            var parsed = parse(text)
            if parsed.cells.count > years.count, !parsed.label.isEmpty {
                let extra = parsed.cells.count - years.count
                parsed.label += words(text).dropLast(years.count).suffix(extra)
                parsed.cells.removeFirst(extra)
            }
            let gap = line.number - previous - 1
            let lowerStart = parsed.label.first?.first?.isLowercase == true
            if parsed.isValuesOnly {
                if let last = rows.indices.last, rows[last].cells.isEmpty, rows[last].total == nil, gap == 0,
                    parsed.cells.count == years.count
                {
                    rows[last].cells = parsed.cells
                } else {
                    orphans.append((rows.count - 1, line.number, parsed.cells, seenTotal))
                }
            } else if seenTotal && !isTotal(parsed.label) {
                break scan
            } else if isTotal(parsed.label) {
                seenTotal = true
                rows.append(
                    AmountTableRow(
                        line: line.number, labelLines: [line.number], labelTexts: [parsed.label.joined(separator: " ")],
                        cells: parsed.cells, total: parsed.label.joined(separator: " ")))
            } else if !parsed.cells.isEmpty {
                if let last = rows.indices.last, rows[last].cells.isEmpty, rows[last].total == nil,
                    lowerStart || prefixRow == last
                {
                    rows[last].labelLines.append(line.number)
                    rows[last].labelTexts.append(parsed.label.joined(separator: " "))
                    rows[last].cells = parsed.cells
                } else {
                    rows.append(
                        AmountTableRow(
                            line: line.number, labelLines: [line.number],
                            labelTexts: [parsed.label.joined(separator: " ")], cells: parsed.cells))
                }
            } else {
                let label = parsed.label.joined(separator: " ")
                let continues = continuedWithCells(after: i, in: lines)
                if let last = rows.indices.last, gap == 0, !rows[last].cells.isEmpty,
                    rows[last].labelTexts.last?.hasSuffix(")") == true, nextCarriesCells(after: i, in: lines)
                {
                    // The row above ended with its code: this line opens the next row, whose cells follow.
                    rows.append(AmountTableRow(line: line.number, labelLines: [line.number], labelTexts: [label]))
                    prefixRow = rows.count - 1
                } else if let last = rows.indices.last, rows[last].total == nil, gap == 0 || lowerStart,
                    rows[last].labelLines.count < 8, !(gap > 0 && continues)
                {
                    rows[last].labelLines.append(line.number)
                    rows[last].labelTexts.append(label)
                } else if !continues,
                    parsed.label.count >= proseWords
                        || (parsed.label.count >= proseWords / 2 && label.hasSuffix("."))
                {
                    break scan
                } else {
                    rows.append(AmountTableRow(line: line.number, labelLines: [line.number], labelTexts: [label]))
                }
            }
            previous = line.number
            i += 1
        }
        return (settle(rows, orphans: orphans, years: years), i, isScrambled(rows, orphans: orphans, years: years))
    }

    /// Whether the very next source line carries cells after a label.
    func nextCarriesCells(after index: Int, in lines: [MeasureSourceLine]) -> Bool {
        guard index + 1 < lines.count, lines[index + 1].number == lines[index].number + 1 else { return false }
        let p = parse(lines[index + 1].text)
        return !p.label.isEmpty && !p.cells.isEmpty
    }

    /// Whether one of the next two lines continues this one in lower case and carries cells.
    func continuedWithCells(after index: Int, in lines: [MeasureSourceLine]) -> Bool {
        for k in (index + 1)..<min(lines.count, index + 3) {
            let p = parse(lines[k].text)
            if p.label.first?.first?.isLowercase == true, !p.cells.isEmpty { return true }
            if !p.label.isEmpty { return false }
        }
        return false
    }

    func pendingOrphans(_ orphans: [(row: Int, line: Int, cells: [AmountTableCell], afterTotal: Bool)]) -> [(
        row: Int, line: Int, cells: [AmountTableCell], afterTotal: Bool
    )] {
        orphans.filter { !$0.afterTotal }
    }

    func incompleteRows(_ rows: [AmountTableRow], years: [Int]) -> [Int] {
        rows.indices.filter { rows[$0].total == nil && !rows[$0].cells.isEmpty && rows[$0].cells.count < years.count }
    }

    /// Orphan cell lines fit the short rows one by one (each completes its row, in order, after it).
    func orphansFit(
        _ rows: [AmountTableRow], orphans: [(row: Int, line: Int, cells: [AmountTableCell], afterTotal: Bool)],
        years: [Int]
    ) -> Bool {
        let pending = pendingOrphans(orphans)
        let short = incompleteRows(rows, years: years)
        guard !pending.isEmpty, pending.count == short.count else { return false }
        for (o, r) in zip(pending, short) {
            if o.row < r || rows[r].cells.count + o.cells.count != years.count { return false }
        }
        return true
    }

    func isScrambled(
        _ rows: [AmountTableRow], orphans: [(row: Int, line: Int, cells: [AmountTableCell], afterTotal: Bool)],
        years: [Int]
    ) -> Bool {
        !pendingOrphans(orphans).isEmpty && !orphansFit(rows, orphans: orphans, years: years)
    }

    /// Puts orphan cells back on their rows, adds a trailing all-PM line as the PM total, and empties
    /// the cells of a scrambled table.
    func settle(
        _ input: [AmountTableRow], orphans: [(row: Int, line: Int, cells: [AmountTableCell], afterTotal: Bool)],
        years: [Int]
    ) -> [AmountTableRow] {
        var rows = input
        let scrambled = isScrambled(rows, orphans: orphans, years: years)
        if orphansFit(rows, orphans: orphans, years: years) {
            for (o, r) in zip(pendingOrphans(orphans), incompleteRows(rows, years: years)) {
                rows[r].cells += o.cells
            }
        }
        if let pmTotal = orphans.last(where: { o in o.afterTotal && o.cells.allSatisfy { $0 == .value(.pm) } }) {
            let base = rows.first { $0.total != nil }?.total ?? "Totaal"
            rows.append(AmountTableRow(line: pmTotal.line, cells: pmTotal.cells, total: base + " (PM-posten)"))
        }
        if scrambled {
            for k in rows.indices { rows[k].cells = [] }
        }
        return rows
    }
}
