import Foundation

/// Cutting running text into the pieces measure names are looked for in: sentences, list-item
/// bodies, quoted spans and ";"-separated enumerations.
public enum MeasureText {
    /// A piece of a passage with its UTF-8 range.
    public struct Piece: Sendable, Hashable {
        public var text: String
        public var offset: Int
    }

    /// The sentences of `text` (cut after ".", "?", "!" before an upper-case letter or digit).
    public static func sentences(_ text: String) -> [Piece] {
        let words = BCodeReader.split(text)
        var out: [Piece] = []
        var start = 0
        for (k, w) in words.enumerated() {
            let ends = endsWithStop(w.text)
            let nextStarts = k + 1 < words.count ? opensSentence(words[k + 1].text) : true
            if (ends && nextStarts && characterCount(w.text) > 2) || k == words.count - 1 {
                let from = words[start].offset
                out.append(Piece(text: BCodeReader.slice(text, from, w.end), offset: from))
                start = k + 1
            }
        }
        return out
    }

    /// Whether the last character of `word` is ".", "?" or "!" (read from the last byte when the word
    /// is ASCII).
    static func endsWithStop(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let b = word.utf8.last else { return false }
            return b == 0x2E || b == 0x3F || b == 0x21
        }
        return word.last.map { ".?!".contains($0) } ?? false
    }

    /// Whether the first character of `word` is upper-case or a number.
    static func opensSentence(_ word: String) -> Bool {
        let u = word.utf8
        if let b = u.first, b < 0x80, u.count == 1 || u[u.index(after: u.startIndex)] < 0x80 {
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }
        return word.first.map { $0.isUppercase || $0.isNumber } ?? false
    }

    /// The number of characters of `word` (its bytes when it is ASCII).
    static func characterCount(_ word: String) -> Int {
        word.utf8.allSatisfy({ $0 < 0x80 }) ? word.utf8.count : word.count
    }

    /// Quoted spans ('…', "…", ‘…’, “…”) of `text`, without the quotes: an opening quote after a
    /// non-letter, a closing one before a non-letter, at most 200 characters apart.
    public static func quotes(_ text: String) -> [Piece] {
        guard mayHoldQuote(text) else { return [] }
        let openers: Set<Character> = ["'", "\"", "‘", "“"]
        let closers: Set<Character> = ["'", "\"", "’", "”"]
        let chars = Array(text)
        var offsets: [Int] = []
        var o = 0
        for c in chars {
            offsets.append(o)
            o += String(c).utf8.count
        }
        var out: [Piece] = []
        var k = 0
        while k < chars.count {
            guard openers.contains(chars[k]), k == 0 || !chars[k - 1].isLetter else {
                k += 1
                continue
            }
            var j = k + 1
            while j < chars.count, j - k < 200,
                !(closers.contains(chars[j]) && (j + 1 == chars.count || !chars[j + 1].isLetter))
            {
                j += 1
            }
            if j < chars.count, j - k < 200, j > k + 1 {
                out.append(Piece(text: String(chars[(k + 1)..<j]), offset: offsets[k + 1]))
                k = j + 1
            } else {
                k += 1
            }
        }
        return out
    }

    /// Whether `text` holds an opening quote character (', ", ‘ or “) at all.
    static func mayHoldQuote(_ text: String) -> Bool {
        var u = text.utf8.makeIterator()
        while let b = u.next() {
            if b == 0x27 || b == 0x22 { return true }
            // ‘ is E2 80 98, “ is E2 80 9C.
            if b == 0xE2, u.next() == 0x80, let c = u.next(), c == 0x98 || c == 0x9C { return true }
        }
        return false
    }

    /// The ";" / ":" separated parts of `text`.
    public static func enumeration(_ text: String) -> [Piece] {
        guard text.utf8.contains(where: { $0 == 0x3B || $0 == 0x3A }) else { return [] }
        var out: [Piece] = []
        var from = 0
        var o = 0
        var current = ""
        for c in text {
            if c == ";" || c == ":" {
                out.append(Piece(text: current, offset: from))
                current = ""
                from = o + 1
            } else {
                current.append(c)
            }
            o += String(c).utf8.count
        }
        out.append(Piece(text: current, offset: from))
        return out.count > 1 ? out : []
    }

    /// The body of a list item line ("- Normeren behandelduur", "2. Tariefdifferentiatie"), or nil.
    public static func listItemBody(_ line: String, bullets: Set<String>) -> String? {
        let trimmed = MeasureSourceLine.trimmed(line)
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let marker = String(trimmed[..<space])
        let body = MeasureSourceLine.trimmed(trimmed[space...])
        if bullets.contains(marker) { return body }
        var m = Substring(marker)
        if m.first == "(" { m = m.dropFirst() }
        guard let last = m.last, last == "." || last == ")" else { return nil }
        let core = m.dropLast()
        if !core.isEmpty, core.count <= 3, core.allSatisfy(\.isNumber) { return body }
        if core.count == 1, core.first!.isLowercase { return body }
        if !core.isEmpty, core.count <= 4, core.allSatisfy({ "ivx".contains($0) }) { return body }
        return nil
    }
}
