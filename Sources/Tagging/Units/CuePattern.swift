/// A cue phrase from a lexicon: lower-case words, "..." for a gap of up to `maxGap` words, ".." for a
/// short gap of up to `shortGap` words, and a trailing "*" on a word for any ending ("noodzakelijk*").
struct CuePattern: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case word(String)
        case prefix(String)
        case gap
        case shortGap
    }

    var source: String
    var parts: [Part]
    static let maxGap = 8
    static let shortGap = 4

    init(_ source: String) {
        self.source = source
        let marked = source.replacingOccurrences(of: "...", with: " … ").replacingOccurrences(of: "..", with: " ‥ ")
        parts = CueWords.words(marked).map { w in
            if w == "…" { return .gap }
            if w == "‥" { return .shortGap }
            if w.hasSuffix("*") { return .prefix(String(w.dropLast())) }
            return .word(w)
        }
    }

    /// The whole words the pattern needs: a text lacking one of them cannot match (a cheap pre-check).
    var literals: [String] {
        parts.compactMap { if case .word(let w) = $0 { return w } else { return nil } }
    }

    /// Whether every literal word of the pattern occurs in `set`.
    func mayMatch(_ set: Set<String>) -> Bool {
        literals.allSatisfy { set.contains($0) }
    }

    /// Number of literal words (for trying specific patterns first).
    var weight: Int { parts.filter { $0 != .gap && $0 != .shortGap }.count }

    /// The first match in `words`: the index range of the matched words.
    func firstMatch(in words: [String], from start: Int = 0) -> Range<Int>? {
        guard !parts.isEmpty else { return nil }
        var s = start
        while s < words.count {
            if let end = match(words, at: s, part: 0) { return s..<end }
            s += 1
        }
        return nil
    }

    private func matches(_ part: Part, _ word: String) -> Bool {
        switch part {
        case .word(let w): return word == w
        case .prefix(let p): return word.hasPrefix(p)
        case .gap, .shortGap: return true
        }
    }

    private func match(_ words: [String], at i: Int, part p: Int) -> Int? {
        if p == parts.count { return i }
        let part = parts[p]
        if part == .gap || part == .shortGap {
            let limit = part == .gap ? Self.maxGap : Self.shortGap
            var k = i
            while k <= words.count, k - i <= limit {
                if let end = match(words, at: k, part: p + 1) { return end }
                k += 1
            }
            return nil
        }
        guard i < words.count, matches(part, words[i]) else { return nil }
        return match(words, at: i + 1, part: p + 1)
    }
}

/// Lower-case words for cue matching: runs of letters and digits with inner "-", "'", "/" and "+" (a
/// trailing "-" of an elided compound, "preventie- en", or a broken "we-" is dropped);
/// "…" and "*" are kept for patterns.
enum CueWords {
    static func words(_ text: some StringProtocol) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            var w = current
            while let f = w.first, f == "'" || f == "-" || f == "/" { w.removeFirst() }
            while let l = w.last, l == "'" || l == "/" || l == "-" { w.removeLast() }
            if !w.isEmpty { result.append(w) }
            current = ""
        }
        for c in text {
            if let a = c.asciiValue {
                // ASCII fast path: letters and digits lower-cased without allocating a String per character.
                if (a >= 0x41 && a <= 0x5A) {
                    current.unicodeScalars.append(Unicode.Scalar(a + 0x20))
                    continue
                }
                if (a >= 0x61 && a <= 0x7A) || (a >= 0x30 && a <= 0x39) || a == 0x2A {
                    current.unicodeScalars.append(Unicode.Scalar(a))
                    continue
                }
            }
            if c.isLetter || c.isNumber || c == "*" || c == "…" || c == "‥" {
                current.append(contentsOf: c.lowercased())
            } else if c == "-" || c == "'" || c == "’" || c == "/" || c == "+" {
                if current.isEmpty && c != "-" && c != "+" { continue }
                current.append(c == "’" ? "'" : c)
            } else {
                flush()
            }
        }
        flush()
        return result
    }
}

/// A list of cue patterns tried longest first.
struct CueList: Sendable {
    var patterns: [CuePattern]

    init(_ entries: [String]) {
        patterns = entries.map(CuePattern.init).filter { !$0.parts.isEmpty }.sorted { $0.weight > $1.weight }
    }

    /// The most specific pattern that occurs in `words`, with where.
    func firstMatch(in words: [String]) -> (pattern: CuePattern, range: Range<Int>)? {
        let set = Set(words)
        for p in patterns where p.mayMatch(set) {
            if let r = p.firstMatch(in: words) { return (p, r) }
        }
        return nil
    }

    func matches(_ words: [String]) -> Bool { firstMatch(in: words) != nil }

    /// Whether a pattern occurs, with the word set already built (for many lists over one text).
    func matches(_ words: [String], set: Set<String>) -> Bool {
        patterns.contains { $0.mayMatch(set) && $0.firstMatch(in: words) != nil }
    }
}
