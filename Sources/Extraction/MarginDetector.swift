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
    }

    let rules: [Rule]

    init(rules: [Rule]) { self.rules = rules }

    /// The detector of `Lexicons/extraction-margin-lines.txt`, loaded once.
    static let shared = MarginDetector(
        rules: LinePattern.load("extraction-margin-lines.txt").map {
            let flags = ($0.fields.first ?? "").split(separator: " ")
            let tail = flags.contains("tail") ? LinePattern("(?:^|\\s)" + $0.pattern.source.dropFirst()) : nil
            return Rule(pattern: $0.pattern, always: flags.contains("always"), tail: tail)
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
        for line in lines where line.contains("\t") {
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
                guard let tail = r.tail, let m = tail.firstMatch(in: trimmed), let hit = m[0],
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

    /// Trimmed, tabs and runs of spaces as one space.
    static func normalize(_ line: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in line {
            if c == " " || c == "\t" || c == "\u{A0}" || c == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }
}
