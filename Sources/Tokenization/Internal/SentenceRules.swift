/// The sentence-boundary decisions between two tokens, over the raw tokens of one text.
struct SentenceRules {
    let tokenizer: Tokenizer
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [RawToken]
    private var quoteOpen: [Bool] = []

    init(tokenizer: Tokenizer, bytes: UnsafeBufferPointer<UInt8>, tokens: [RawToken]) {
        self.tokenizer = tokenizer
        self.bytes = bytes
        self.tokens = tokens
    }

    /// Token index ranges of the sentences.
    mutating func split() -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        let width = typicalLineWidth()
        // For each token: is an ASCII double quote open before it (odd count since the last blank line)?
        var open = [Bool](repeating: false, count: tokens.count)
        var inside = false
        for (k, t) in tokens.enumerated() {
            if k > 0, lineBreaks(tokens[k - 1].end, t.start) >= 2 { inside = false }
            open[k] = inside
            if t.end - t.start == 1, bytes[t.start] == 0x22 { inside.toggle() }
        }
        quoteOpen = open
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count - 1 {
            if breaksAfter(i, width: width) {
                out.append(start..<(i + 1))
                start = i + 1
            }
            i += 1
        }
        out.append(start..<tokens.count)
        return out
    }

    private func breaksAfter(_ i: Int, width: Int) -> Bool {
        let cur = tokens[i]
        let next = tokens[i + 1]
        let newlines = lineBreaks(cur.end, next.start)
        if newlines >= 2 { return true }
        let first = firstClass(next)
        if isBullet(next), newlines >= 1 || bytes[next.start] >= 0x80 {
            // "voorzieningen, o.a.\n• afhakers": the abbreviation leads into the list.
            return !(cur.kind == .abbreviation && !tokenizer.sentenceFinalAbbreviations.contains(text(cur)))
        }
        if newlines == 1, next.kind == .sectionNumber, isLabelLike(next) { return true }
        // Terminal punctuation, possibly followed by closing quotes or brackets (already consumed).
        if isTerminal(cur) || (isCloser(cur) && endsAfterTerminal(i)) {
            if isCloser(next), next.start == cur.end || isClosingQuote(next) { return false }
            if next.end - next.start == 1, bytes[next.start] == 0x22, quoteOpen[i + 1] { return false }
            if isOpeningCommaQuote(next) || (first == .quote && next.end - next.start <= 3), i + 2 < tokens.count,
                firstClass(tokens[i + 2]) == .lower
            {
                return false  // "wist Jansen. ,,wij ..." goes on
            }
            return startsSentence(next, first)
        }
        if cur.kind == .abbreviation {
            let form = text(cur)
            if tokenizer.sentenceFinalAbbreviations.contains(form) {
                return first == .upper || (newlines == 1 && startsSentence(next, first))
            }
            return false
        }
        if newlines == 1 {
            if cur.kind == .word, cur.end - cur.start <= 8, tokenizer.continuationWords.contains(text(cur).lowercased())
            {
                return false
            }
            if endsLine(cur) && (first == .upper || first == .digit || isBullet(next)) {
                return lineLength(endingAt: cur.end) < width * 7 / 10
            }
        }
        return false
    }

    // MARK: token tests

    private func text(_ t: RawToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), as: UTF8.self)
    }

    private func firstClass(_ t: RawToken) -> CharClass {
        let (c, v, _) = ScalarReader.classify(bytes, at: t.start)
        if c == .letter, let s = Unicode.Scalar(v) {
            if s.properties.isUppercase { return .upper }
            if s.properties.isLowercase { return .lower }
        }
        return c
    }

    private func isTerminal(_ t: RawToken) -> Bool {
        guard t.kind == .punctuation else { return false }
        let c = ScalarReader.classify(bytes, at: t.start).0
        return c == .period || c == .terminal || c == .ellipsis
    }

    private func isCloser(_ t: RawToken) -> Bool {
        guard t.kind == .punctuation else { return false }
        let (c, v, _) = ScalarReader.classify(bytes, at: t.start)
        if c == .close || c == .apostrophe { return true }
        return c == .quote && v != 0x201E && v != 0x201A && v != 0xAB && v != 0x2018 && v != 0x2039
    }

    private func endsAfterTerminal(_ i: Int) -> Bool {
        var k = i
        while k > 0, isCloser(tokens[k]),
            tokens[k].start == tokens[k - 1].end || isClosingQuote(tokens[k])
                || (tokens[k].end - tokens[k].start == 1 && bytes[tokens[k].start] == 0x22 && quoteOpen[k])
        {
            k -= 1
        }
        return k < i && isTerminal(tokens[k])
    }

    /// "''", "”", "»": quotes that only close, so they stay with the sentence before them.
    private func isClosingQuote(_ t: RawToken) -> Bool {
        let length = t.end - t.start
        if length == 2 && bytes[t.start] == 0x27 && bytes[t.start + 1] == 0x27 { return true }
        guard length == 3 || length == 2 else { return false }
        let v = ScalarReader.read(bytes, at: t.start)
        return v.next == t.end && (v.scalar == 0x201D || v.scalar == 0xBB)
    }

    /// ",,": the Dutch opening quote.
    private func isOpeningCommaQuote(_ t: RawToken) -> Bool {
        t.end - t.start == 2 && bytes[t.start] == 0x2C && bytes[t.start + 1] == 0x2C
    }

    private func isBullet(_ t: RawToken) -> Bool {
        guard t.kind == .punctuation || t.kind == .symbol else { return false }
        let c = ScalarReader.classify(bytes, at: t.start).0
        if c == .bullet { return true }
        if (c == .hyphen || c == .dash) && t.end - t.start <= 3 { return atLineStart(t.start) }
        return false
    }

    private func isLabelLike(_ t: RawToken) -> Bool { bytes[t.end - 1] == UInt8(ascii: ".") && atLineStart(t.start) }

    /// Whether `next` may open a sentence after terminal punctuation.
    private func startsSentence(_ next: RawToken, _ first: CharClass) -> Bool {
        switch first {
        case .lower: return false
        case .comma: return isOpeningCommaQuote(next)
        case .semicolon, .colon, .close, .percent, .terminal, .period: return false
        case .letter: return true
        default: return true
        }
    }

    /// A line that ends without a word that continues on the next line (",", "-", ":" do continue).
    private func endsLine(_ t: RawToken) -> Bool {
        let last = bytes[t.end - 1]
        return
            !(last == UInt8(ascii: ",") || last == UInt8(ascii: "-") || last == UInt8(ascii: "(")
            || last == UInt8(ascii: ";"))
    }

    private func lineBreaks(_ a: Int, _ b: Int) -> Int {
        var count = 0
        var k = a
        while k < b {
            let byte = bytes[k]
            if byte == 10 || (byte == 13 && (k + 1 >= b || bytes[k + 1] != 10)) || byte == 12 || byte == 11 {
                count += 1
            } else if byte == 0xE2, k + 2 < b, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9 {
                count += bytes[k + 2] == 0xA9 ? 2 : 1
            }
            k += 1
        }
        return count
    }

    private func atLineStart(_ offset: Int) -> Bool {
        var k = offset - 1
        while k >= 0 {
            let b = bytes[k]
            if b == 10 || b == 13 { return true }
            if b != 32 && b != 9 { return false }
            k -= 1
        }
        return true
    }

    private func lineLength(endingAt end: Int) -> Int {
        var k = end - 1
        while k >= 0, bytes[k] != 10 { k -= 1 }
        return end - (k + 1)
    }

    /// The 90th percentile of line lengths in bytes: wrapped paragraph lines are about this long.
    private func typicalLineWidth() -> Int {
        var lengths: [Int] = []
        var start = 0
        for k in 0..<bytes.count where bytes[k] == 10 {
            if k - start > 0 { lengths.append(k - start) }
            start = k + 1
        }
        if bytes.count - start > 0 { lengths.append(bytes.count - start) }
        guard lengths.count >= 5 else { return Int.max / 10 }
        lengths.sort()
        return lengths[lengths.count * 9 / 10]
    }
}
