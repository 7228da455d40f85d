import DwarsModel
import Store

/// Splits a document's blocks into sentences cited at the source line where each starts.
///
/// A sentence ends at ".", "!" or "?" followed by a space and a capital, digit or bullet, and before a
/// bullet sign ("■", "•", "▪", "-" at a line start); a period after a one- or two-letter word or a
/// known abbreviation does not end one. Table rows are one sentence each.
public struct SentenceCollector: Sendable {
    static let abbreviations: Set<String> = [
        "bijv", "bv", "o.a", "oa", "m.b.t", "mbt", "i.p.v", "ipv", "t.a.v", "tav", "m.i", "e.d", "ca", "nr",
        "art", "jo", "resp", "incl", "excl", "evt", "blz", "zgn", "vgl", "dhr", "mevr", "mr", "dr", "prof", "e.a",
        "etc", "d.w.z", "dwz", "i.s.m", "ism", "t.b.v", "tbv", "m.n", "mn", "z.s.m", "zsm", "n.a.v", "nav",
    ]
    static let bullets: Set<Unicode.Scalar> = ["\u{25A0}", "\u{2022}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{F0B7}", "\u{2013}"]

    public init() {}

    /// The sentences of `document`, in reading order.
    public func sentences(of document: Document) -> [StoredSentence] {
        var out: [StoredSentence] = []
        for (index, block) in document.blocks.enumerated() {
            for (offset, text) in Self.split(block.kind == .tableRow ? block.text : block.text) {
                let line = block.line(atUTF8Offset: offset) ?? block.lines?.first ?? 1
                out.append(StoredSentence(doc: document.fileName, line: line, page: block.page, block: index, text: text))
            }
        }
        return out
    }

    /// Sentences of one block's text with their UTF-8 start offsets.
    static func split(_ text: String) -> [(Int, String)] {
        let bytes = Array(text.utf8)
        var result: [(Int, String)] = []
        var start = 0
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e, bytes[s] == 0x20 { s += 1 }
            while e > s, bytes[e - 1] == 0x20 { e -= 1 }
            if e - s >= 2 {
                result.append((s, String(decoding: bytes[s..<e], as: UTF8.self)))
            }
            start = end
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if (b == 0x2E || b == 0x21 || b == 0x3F), i + 2 < bytes.count, bytes[i + 1] == 0x20,
                startsSentence(bytes, i + 2), !isAbbreviation(bytes, before: i)
            {
                emit(i + 1)
            } else if b >= 0xE2, i > start + 1, bytes[i - 1] == 0x20, isBullet(bytes, at: i) {
                emit(i)
            }
            i += 1
        }
        emit(bytes.count)
        return result
    }

    static func startsSentence(_ bytes: [UInt8], _ i: Int) -> Bool {
        let c = bytes[i]
        if (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) || c == 0x22 || c == 0x27 || c == 0x28 { return true }
        if c >= 0xC3 { return isBullet(bytes, at: i) || c == 0xC3 && i + 1 < bytes.count && (0x80...0x9E).contains(bytes[i + 1]) }
        return false
    }

    static func isBullet(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i + 2 < bytes.count else { return false }
        let s = String(decoding: bytes[i..<min(bytes.count, i + 3)], as: UTF8.self)
        return s.unicodeScalars.first.map { bullets.contains($0) } ?? false
    }

    static func isAbbreviation(_ bytes: [UInt8], before dot: Int) -> Bool {
        var s = dot
        while s > 0, bytes[s - 1] != 0x20 { s -= 1 }
        let word = String(decoding: bytes[s..<dot], as: UTF8.self).lowercased()
        if word.count <= 1 { return true }
        if word.count == 2, word.allSatisfy(\.isLetter), word == word.lowercased() { return false }
        return abbreviations.contains(word)
    }
}
