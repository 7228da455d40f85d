import Foundation

/// Finds the margin text of letters and notes that a text conversion interleaves with the running text.
///
/// A line is margin text when its whole (trimmed, white space collapsed) text matches a pattern of
/// `Lexicons/extraction-margin-lines.txt` and either that pattern is marked `always` or the same text
/// stands on its own line at least twice in the document: margin labels repeat on every page, real text
/// does not. Only whole lines are compared, so "Kenmerken van de overeenkomst" never matches "Kenmerk".
///
/// Margin text also ends up glued to a line of running text, after a tab ("... financiële \tDirectie
/// Jeugd") or as a last word ("... aansluiten op Kenmerk"); such tails are cut when they equal a margin
/// line found on its own in the same document.
struct MarginDetector: Sendable {
    struct Rule: Sendable {
        let pattern: LinePattern
        let always: Bool
        /// The same text at the end of a line of running text ("... buiten reikwijdte Fout! Onbekende naam").
        let tail: LinePattern?
        /// The literal first word of the pattern ("Fout!"), looked for before the regular expression runs.
        let tailWord: [UInt8]
    }

    let rules: [Rule]

    init(rules: [Rule]) { self.rules = rules }

    /// The detector of `Lexicons/extraction-margin-lines.txt`, loaded once.
    static let shared = MarginDetector(
        rules: LinePattern.load("extraction-margin-lines.txt").map {
            let flags = ($0.fields.first ?? "").split(separator: " ")
            let tail = flags.contains("tail") ? LinePattern("(?:^|\\s)" + $0.pattern.source.dropFirst()) : nil
            let word = $0.pattern.source.dropFirst().prefix { !" \\()[]{}.*+?|^$".contains($0) }
            return Rule(pattern: $0.pattern, always: flags.contains("always"), tail: tail, tailWord: Array(word.utf8))
        })

    /// What `detect` found.
    struct Result: Sendable {
        /// Indexes (into the given lines) of lines that are margin text as a whole.
        var marginLines: Set<Int> = []
        /// Indexes of lines of running text whose margin tail was cut, with the text that remains.
        var cutTails: [Int: String] = [:]
    }

    /// Finds margin lines and margin tails in `lines` (each without its line end).
    func detect(_ lines: [String]) -> Result {
        var result = Result()
        let normalized = lines.map { Self.normalize($0) }
        var counts: [String: Int] = [:]
        for t in normalized where !t.isEmpty && t.utf8.count <= 60 { counts[t, default: 0] += 1 }
        // Margin text glued after a tab counts as a repetition too.
        for line in lines where line.utf8.contains(0x09) {
            if let tail = line.split(separator: "\t").last.map({ Self.normalize(String($0)) }), !tail.isEmpty,
                tail.utf8.count <= 60, counts[tail] != nil
            {
                counts[tail, default: 0] += 1
            }
        }
        var marginTexts: Set<String> = []
        var alwaysTexts: Set<String> = []
        var cache: [String: Rule?] = [:]
        func rule(for t: String) -> Rule? {
            if let hit = cache[t] { return hit }
            let r = rules.first { $0.pattern.matches(t) }
            cache[t] = r
            return r
        }
        for (i, t) in normalized.enumerated() where !t.isEmpty && t.utf8.count <= 60 {
            guard let r = rule(for: t) else { continue }
            if r.always || (counts[t] ?? 0) >= 2 {
                result.marginLines.insert(i)
                marginTexts.insert(t)
                if r.always { alwaysTexts.insert(t) }
            }
        }
        // Tails after a tab, and single-word labels glued to the end of a sentence line.
        let wordLabels = marginTexts.filter { !$0.contains(" ") && ($0.first?.isUppercase ?? false) && (counts[$0] ?? 0) >= 3 }
        for (i, line) in lines.enumerated() where !result.marginLines.contains(i) {
            var text = Substring(line)
            var cut = false
            while let tab = text.lastIndex(of: "\t") {
                let tail = Self.normalize(String(text[text.index(after: tab)...]))
                guard !tail.isEmpty else {
                    text = text[..<tab]
                    continue
                }
                let isMargin = marginTexts.contains(tail) || (rule(for: tail)?.always ?? false)
                guard isMargin else { break }
                text = text[..<tab]
                cut = true
            }
            var trimmed = Self.normalize(String(text))
            for r in rules {
                guard let tail = r.tail, Self.containsBytes(trimmed, r.tailWord), let m = tail.firstMatch(in: trimmed), let hit = m[0],
                    let range = trimmed.range(of: hit, options: .backwards)
                else { continue }
                trimmed = Self.normalize(String(trimmed[..<range.lowerBound]))
                text = Substring(trimmed)
                cut = true
            }
            if let space = trimmed.lastIndex(of: " ") {
                let last = String(trimmed[trimmed.index(after: space)...])
                let before = trimmed[..<space].split(separator: " ").last
                if wordLabels.contains(last), let before, before.first?.isLowercase ?? false {
                    text = Substring(String(trimmed[..<space]))
                    cut = true
                }
            }
            if cut { result.cutTails[i] = String(text) }
        }
        return result
    }

    /// Whether the UTF-8 bytes of `text` contain `needle`.
    static func containsBytes(_ text: String, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        let hay = Array(text.utf8)
        guard hay.count >= needle.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Trimmed, tabs, carriage returns, no-break spaces and runs of spaces as one space (byte level).
    static func normalize(_ line: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        var changed = false
        var previous: UInt8 = 0
        for b in line.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0D {
                if b != 0x20 || pendingSpace || out.isEmpty { changed = true }
                pendingSpace = !out.isEmpty
            } else if b == 0xA0 && previous == 0xC2 {
                // U+00A0: drop the 0xC2 already written and treat it as a space.
                out.removeLast()
                if out.last == 0x20 { out.removeLast() }
                changed = true
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
            previous = b
        }
        if pendingSpace { changed = true }
        return changed ? String(decoding: out, as: UTF8.self) : line
    }
}
