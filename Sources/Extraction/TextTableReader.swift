/// Tells a table row from running text in a line of converted text, and splits the row into cells.
///
/// Converted text puts a tab between table cells ("Tariefdifferentiatie (B6) \t 6 \t12 \t14"), but also
/// between the words of justified running text ("Vanaf\t2015\tzijn\tgemeenten"). A tabbed line is a
/// table row when it has amount cells (numbers, "PM", "x") or when its cells read as separate entries;
/// it is running text when most tab-separated parts are single words or the part after a tab goes on in
/// lower case. A line of only amounts separated by spaces ("2022 2023 2024", "363 512", "•PM •PM") is a
/// row as well. A tab right after a list label ("1.\t Preventie") is not a cell boundary.
enum TextTableReader {
    /// The cells of `line` when it is a table row; nil when it is running text.
    static func cells(of line: String, isLabel: (String) -> Bool) -> [String]? {
        if line.utf8.contains(0x09) {
            let parts = line.split(separator: "\t").map { MarginDetector.normalize(String($0)) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { return nil }
            if isLabel(parts[0]) { return nil }
            let amounts = parts.filter(isAmount).count
            // Mostly amounts after a label cell: a row of an amounts table.
            if amounts >= 1 && amounts * 2 >= parts.count - 1 { return parts }
            let singles = parts.filter { !$0.contains(" ") }.count
            if parts.count >= 3 && singles * 10 >= parts.count * 6 { return nil }
            // Running text goes on in lower case after a tab.
            let lowerStarts = parts.dropFirst().filter { $0.first?.isLowercase ?? false }.count
            if lowerStarts * 2 >= parts.count - 1 { return nil }
            // Cells without amounts are short entries, not sentences.
            if parts.contains(where: { $0.split(separator: " ").count > 6 }) || parts[0].hasSuffix(".") { return nil }
            // "Frank\tCandel, bestuurder": a one-word first part is a word of the text, not a cell.
            if parts.count == 2 && !parts[0].contains(" ") && amounts == 0 { return nil }
            return parts
        }
        let tokens = line.split(separator: " ").map(String.init)
        if tokens.count >= 2 && tokens.allSatisfy(isAmount) { return tokens }
        return nil
    }

    /// An amount cell: a number ("-47", "1.057", "300"), "PM", "x", possibly with an OCR'd bullet before it.
    static func isAmount(_ cell: String) -> Bool {
        var s = Substring(cell)
        while let c = s.first, "•·.-–+*€".contains(c) { s.removeFirst() }
        if s.isEmpty { return false }
        if s.lowercased() == "pm" || s == "x" || s == "X" { return true }
        guard let f = s.first, f.isNumber else { return false }
        return s.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "*" || $0 == "%" }
    }
}
