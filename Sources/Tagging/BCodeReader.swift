import DwarsModel
import Foundation

/// Finds measure codes in a text, clean or garbled, and resolves each by the words around it.
///
/// A code-like token ("B5", "(816)", "03131", "(81 en 87)", "(820-822)", "BB") is a candidate; a clean
/// code stands as printed, a garbled one is kept only when one of its readings is a registry code whose
/// name the neighbouring words spell (or a measure cue word stands right before it). Codes printed
/// together ("B1 en B8") whose printed code names nothing nearby while another registered name is
/// spelled there are read as that name's code: a code is taken from the context it is printed in.
public struct BCodeReader: Sendable {
    /// One code found in the text.
    public struct Mention: Sendable, Hashable {
        /// The resolved code ("B13").
        public var code: String
        /// The registry entry of the code, when registered.
        public var entry: MeasureRegistry.Entry?
        /// The code as printed (the whole bracketed group for "(81 en 87)").
        public var surface: String
        /// UTF-8 offset of the printed token.
        public var offset: Int
        /// The group's combined code, as a table row writes it ("B1+B7", "B20-B22").
        public var groupCode: String
        /// UTF-8 range of the whole printed group.
        public var groupRange: Range<Int>
        /// True when the code is printed clean ("B5").
        public var isClean: Bool = false
    }

    public var registry: MeasureRegistry
    /// Lower-case word starts that make the next code-like token a code ("maatregel", "fiche").
    public var cues: [String]
    /// Words either side of a code taken as its context.
    public var windowBefore = 14
    public var windowAfter = 10

    public init(registry: MeasureRegistry, cues: [String]) {
        self.registry = registry
        self.cues = cues
    }

    /// A whitespace-separated word of the text with its UTF-8 offset.
    struct Word {
        var text: String
        var offset: Int
        var end: Int
    }

    /// One code-like part of a group: its token and its readings.
    struct Part {
        var token: BCodeToken
        var upper: Set<Int>?
    }

    /// The codes in `text`.
    public func mentions(in text: String) -> [Mention] {
        let words = Self.joiningSpacedCodes(Self.split(text), in: text)
        var groups: [(range: ClosedRange<Int>, parts: [Part])] = []
        var i = 0
        while i < words.count {
            guard let first = part(words[i]) else {
                i += 1
                continue
            }
            var parts = [first]
            var end = i
            var j = i + 1
            while j < words.count {
                if let p = part(words[j]), words[j - 1].text.hasSuffix(",") {
                    parts.append(p)
                    end = j
                    j += 1
                } else if Self.connectors.contains(words[j].text.lowercased()), j + 1 < words.count,
                    let p = part(words[j + 1])
                {
                    if Self.rangeConnectors.contains(words[j].text.lowercased()), parts[parts.count - 1].upper == nil {
                        parts[parts.count - 1].upper = p.token.readings
                    } else {
                        parts.append(p)
                    }
                    end = j + 1
                    j += 2
                } else {
                    break
                }
            }
            groups.append((i...end, parts))
            i = end + 1
        }
        var out: [Mention] = []
        for (g, group) in groups.enumerated() {
            let lower = g > 0 ? groups[g - 1].range.upperBound + 1 : 0
            let upper = g + 1 < groups.count ? groups[g + 1].range.lowerBound - 1 : words.count - 1
            let context = contextWords(words, group.range, lower: lower, upper: upper)
            let cued = isCued(words, before: group.range.lowerBound)
            out += resolve(group.parts, context: context, cued: cued, words: words, range: group.range, text: text)
        }
        return out
    }

    /// Whether `sentence` holds a measure cue word.
    public func isCueSentence(_ sentence: String) -> Bool {
        MeasureWords.words(sentence).contains { w in cues.contains { w.hasPrefix($0) } }
    }

    static let connectors: Set<String> = ["en", "&", "t/m", "of", "+", ",", "tot"]
    /// Connectors that print a range ("B20 t/m B22").
    static let rangeConnectors: Set<String> = ["t/m", "tot"]

    /// Words with a spaced code ("B 16", "(B 16)") joined into one word.
    static func joiningSpacedCodes(_ words: [Word], in text: String) -> [Word] {
        var out: [Word] = []
        var k = 0
        while k < words.count {
            let w = words[k]
            if w.text == "B" || w.text == "(B", k + 1 < words.count, words[k + 1].offset == w.end + 1 {
                let next = words[k + 1].text
                let digits = next.prefix { $0.isNumber }
                if (1...2).contains(digits.count), next.dropFirst(digits.count).allSatisfy({ ",.;:)".contains($0) }) {
                    out.append(Word(text: w.text + next, offset: w.offset, end: words[k + 1].end))
                    k += 2
                    continue
                }
            }
            let halves =
                w.text.utf8.contains(0x2F) ? w.text.split(separator: "/", omittingEmptySubsequences: false) : []
            if halves.count == 2, BCodeToken.isCleanCode(String(halves[0].drop { $0 == "(" })),
                BCodeToken.isCleanCode(String(halves[1].prefix { $0 != ")" && $0 != "," && $0 != "." }))
            {
                let cut = w.offset + halves[0].utf8.count
                out.append(Word(text: halves[0] + ",", offset: w.offset, end: cut))
                out.append(Word(text: String(halves[1]), offset: cut + 1, end: w.end))
                k += 1
                continue
            }
            out.append(w)
            k += 1
        }
        return out
    }
    /// The ASCII characters a code-like word can hold: OCR readings of code characters
    /// (`BCodeToken.digit`), range dashes, the brackets and punctuation around it. A word with any
    /// other ASCII character is no code (the test `part` makes first).
    static let codeBytes: [Bool] = (0..<128).map { b in
        let c = Character(Unicode.Scalar(UInt8(b)))
        return BCodeToken.digit(c) != nil || c == "-" || c == "." || leading.contains(c) || trailing.contains(c)
    }
    static let leading: Set<Character> = ["(", "[", "{", "'", "\"", "‘", "“"]
    static let trailing: Set<Character> = [")", "]", "}", ",", ";", ":", "'", "\"", "’", "”"]

    /// The code-like part a word holds, if any.
    func part(_ word: Word) -> Part? {
        for b in word.text.utf8 where b < 0x80 && !Self.codeBytes[Int(b)] { return nil }
        var core = Substring(word.text)
        var bracketed = false
        while let c = core.first, Self.leading.contains(c) {
            bracketed = bracketed || c == "("
            core = core.dropFirst()
        }
        while let c = core.last, Self.trailing.contains(c) || (c == "." && core.count > 1) {
            bracketed = bracketed || c == ")"
            core = core.dropLast()
            if c == "." { break }
        }
        let pieces = core.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard (1...2).contains(pieces.count), pieces.allSatisfy(BCodeToken.isCodeLike) else { return nil }
        if pieces.count == 1, core.contains("-") || core.contains("–") { return nil }
        let head = pieces[0]
        let clean = BCodeToken.isCleanCode(head)
        let token = BCodeToken(
            surface: word.text.trimmingCharacters(in: [",", ";", ":"]),
            offset: word.offset, isClean: clean, hasLetterB: head.hasPrefix("B"), isBracketed: bracketed,
            readings: clean ? [Int(head.dropFirst())!] : BCodeToken.readings(of: head))
        guard !token.readings.isEmpty else { return nil }
        var p = Part(token: token)
        if pieces.count == 2 {
            let tail = pieces[1]
            p.upper = BCodeToken.isCleanCode(tail) ? [Int(tail.dropFirst())!] : BCodeToken.readings(of: tail)
            if p.upper!.isEmpty { return nil }
        }
        return p
    }

    /// Folded content words around the group, within its sentence and not past the neighbouring groups.
    func contextWords(_ words: [Word], _ range: ClosedRange<Int>, lower: Int, upper: Int) -> [String] {
        var start = range.lowerBound
        while start > lower, range.lowerBound - start < windowBefore {
            let prev = words[start - 1].text
            if start - 1 < range.lowerBound - 1, Self.endsSentence(prev) { break }
            start -= 1
        }
        var end = range.upperBound
        while end < upper, end - range.upperBound < windowAfter {
            if Self.endsSentence(words[end].text), end > range.upperBound { break }
            end += 1
        }
        var text = ""
        for k in start..<range.lowerBound { text += words[k].text + " " }
        if end > range.upperBound {
            for k in (range.upperBound + 1)...end { text += words[k].text + " " }
        }
        return registry.contentWords(text)
    }

    static func endsSentence(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return last == "." || last == "?" || last == "!" || last == ";"
    }

    /// Whether a cue word ("maatregel") stands right before word `index`.
    func isCued(_ words: [Word], before index: Int) -> Bool {
        for k in max(0, index - 2)..<index {
            let w = MeasureWords.words(words[k].text).last ?? ""
            if cues.contains(where: { w.hasPrefix($0) }) { return true }
        }
        return false
    }

    func resolve(
        _ parts: [Part], context: [String], cued: Bool, words: [Word], range: ClosedRange<Int>, text: String
    ) -> [Mention] {
        var resolved: [(part: Part, codes: [Int], printed: String)] = []
        for p in parts {
            guard let n = pick(p.token, context: context, cued: cued) else { continue }
            var codes = [n]
            if let upper = p.upper {
                let ends = upper.filter { $0 > n && $0 - n <= 10 }
                guard let m = ends.first(where: { registry.entry(code: "B\($0)") != nil }) ?? ends.min() else {
                    continue
                }
                codes = Array(n...m)
            }
            resolved.append((p, codes, "B\(n)"))
        }
        guard !resolved.isEmpty else { return [] }
        if resolved.count >= 2 { reassign(&resolved, context: context) }
        let groupStart = words[range.lowerBound].offset
        let groupEnd = words[range.upperBound].end
        let groupSurface = Self.slice(text, groupStart, groupEnd)
        let wholeBracketed = groupSurface.hasPrefix("(") && parts.count > 1
        let groupCode = resolved.map { r in
            r.codes.count > 1 ? "B\(r.codes.first!)-B\(r.codes.last!)" : "B\(r.codes[0])"
        }.joined(separator: "+")
        var out: [Mention] = []
        for r in resolved {
            let surface =
                (wholeBracketed || r.part.upper != nil)
                ? groupSurface.trimmingCharacters(in: [",", ";"]) : r.part.token.surface
            for n in r.codes {
                out.append(
                    Mention(
                        code: "B\(n)", entry: registry.entry(code: "B\(n)"), surface: surface,
                        offset: r.part.token.offset, groupCode: groupCode, groupRange: groupStart..<groupEnd,
                        isClean: r.part.token.isClean))
            }
        }
        return out
    }

    /// The reading of `token` the context supports, or nil.
    func pick(_ token: BCodeToken, context: [String], cued: Bool) -> Int? {
        if token.isClean { return token.readings.first }
        var best: (n: Int, cov: Double)?
        for n in token.readings.sorted() {
            guard let entry = registry.entry(code: "B\(n)") else { continue }
            let cov = registry.coverage(of: entry, in: context)
            if cov > (best?.cov ?? 0) { best = (n, cov) }
        }
        let threshold = (token.isBracketed || token.hasLetterB) ? 0.6 : 0.75
        if let b = best, b.cov >= threshold { return b.n }
        if cued {
            let known = token.readings.filter { registry.entry(code: "B\($0)") != nil }
            if known.count == 1 { return known.first }
            if token.readings.count == 1 { return token.readings.first }
        }
        return nil
    }

    /// Codes printed together whose own name is absent while another registered name is spelled in
    /// the same words take that name's code.
    func reassign(_ resolved: inout [(part: Part, codes: [Int], printed: String)], context: [String]) {
        let claimed = Set(resolved.flatMap { $0.codes.map { "B\($0)" } })
        var spelled = registry.entries.filter { e in
            !e.codes.isEmpty && claimed.isDisjoint(with: e.codes) && registry.coverage(of: e, in: context) >= 0.6
        }
        for k in resolved.indices where resolved[k].codes.count == 1 {
            let code = "B\(resolved[k].codes[0])"
            let own = registry.entry(code: code).map { registry.coverage(of: $0, in: context) } ?? 0
            guard own < 0.4, spelled.count == 1, let target = spelled.first?.codes.first,
                let n = Int(target.dropFirst())
            else { continue }
            resolved[k].codes = [n]
            spelled.removeAll()
        }
    }

    static func slice(_ text: String, _ from: Int, _ to: Int) -> String {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: from)
        let b = u.index(u.startIndex, offsetBy: to)
        return String(text[a..<b])
    }

    /// The whitespace-separated words of `text` with their UTF-8 offsets.
    static func split(_ text: String) -> [Word] {
        var out: [Word] = []
        var start: Int?
        var offset = 0
        var startIndex = text.utf8.startIndex
        var index = text.utf8.startIndex
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if space {
                if let s = start {
                    out.append(Word(text: String(text[startIndex..<index]), offset: s, end: offset))
                    start = nil
                }
            } else if start == nil {
                start = offset
                startIndex = index
            }
            offset += 1
            index = text.utf8.index(after: index)
        }
        if let s = start { out.append(Word(text: String(text[startIndex..<index]), offset: s, end: offset)) }
        return out
    }
}
