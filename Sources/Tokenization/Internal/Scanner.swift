/// The tokenizer's byte-level scanner: splits UTF-8 text at white space into chunks, then each chunk into
/// tokens by peeling leading and trailing punctuation and splitting a few inner marks.
///
/// Works on the raw bytes; Characters are never built. Every loop advances its index (asserted), so the
/// scanner ends on any input.
struct Scanner {
    let abbreviations: AbbreviationSet
    private var units: [Unit] = []
    private var trailing: [RawToken] = []

    init(abbreviations: AbbreviationSet) {
        self.abbreviations = abbreviations
        units.reserveCapacity(64)
        trailing.reserveCapacity(8)
    }

    /// Appends the tokens of `bytes` to `out`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [RawToken]) {
        let n = bytes.count
        var i = 0
        var atLineStart = true
        let ascii = CharClass.ascii
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let c = ascii[Int(b)]
                if c == .space {
                    if b == 10 || b == 13 || b == 11 || b == 12 { atLineStart = true }
                    i += 1
                    continue
                }
                // Fast path: a chunk of plain ASCII letters followed by white space or the end.
                if c == .lower || c == .upper {
                    var j = i + 1
                    while j < n, bytes[j] < 0x80, ascii[Int(bytes[j])] == .lower || ascii[Int(bytes[j])] == .upper {
                        j += 1
                    }
                    if j == n || (bytes[j] < 0x80 && ascii[Int(bytes[j])] == .space) {
                        out.append(RawToken(start: i, end: j, kind: .word))
                        atLineStart = false
                        i = j
                        continue
                    }
                    // A word and one comma: "inkoop, ".
                    if bytes[j] == UInt8(ascii: ","),
                        j + 1 == n || (bytes[j + 1] < 0x80 && ascii[Int(bytes[j + 1])] == .space)
                    {
                        out.append(RawToken(start: i, end: j, kind: .word))
                        out.append(RawToken(start: j, end: j + 1, kind: .punctuation))
                        atLineStart = false
                        i = j + 1
                        continue
                    }
                }
            } else {
                let (c, v, next) = ScalarReader.classify(bytes, at: i)
                if c == .space {
                    if v == 0x2028 || v == 0x2029 || v == 0x85 { atLineStart = true }
                    i = next
                    continue
                }
            }
            // General path: decode the chunk into units.
            units.removeAll(keepingCapacity: true)
            var j = i
            while j < n {
                let (c, v, next) = ScalarReader.classify(bytes, at: j)
                if c == .space { break }
                units.append(Unit(start: j, end: next, cls: c, scalar: v))
                assert(next > j)
                j = next
            }
            let followedByBlank = j < n && (bytes[j] == 32 || bytes[j] == 9)
            splitChunk(bytes, labelPossible: atLineStart && followedByBlank, into: &out)
            atLineStart = false
            assert(j > i)
            i = j
        }
    }

    // MARK: chunk

    private mutating func splitChunk(
        _ bytes: UnsafeBufferPointer<UInt8>, labelPossible: Bool, into out: inout [RawToken]
    ) {
        var lo = 0
        var hi = units.count
        trailing.removeAll(keepingCapacity: true)
        if labelPossible, isListLabel() {
            emit(0, hi, .sectionNumber, into: &out)
            return
        }
        if let (a, b, kind) = addressSpan(bytes) {
            for k in 0..<a { emit(k, k + 1, Self.singleKind(units[k].cls), into: &out) }
            emit(a, b, kind, into: &out)
            for k in b..<hi { emit(k, k + 1, Self.singleKind(units[k].cls), into: &out) }
            return
        }
        peelLeading(&lo, hi, into: &out)
        peelTrailing(lo, &hi)
        if lo < hi { emitCore(lo, hi, into: &out) }
        for t in trailing.reversed() { out.append(t) }
    }

    /// "1.", "2.4.", "a." at the start of a line, followed by text on the same line.
    private func isListLabel() -> Bool {
        let n = units.count
        guard n >= 2, n <= 12, units[n - 1].cls == .period else { return false }
        if n == 2 && (units[0].cls == .lower) { return true }
        var sawDigit = false
        for k in 0..<(n - 1) {
            switch units[k].cls {
            case .digit: sawDigit = true
            case .period: if k == 0 || units[k - 1].cls != .digit { return false }
            default: return false
            }
        }
        // "2021." at a line start is a year ending a sentence more often than a label.
        return sawDigit && !(n == 5 && units[0].cls == .digit && units[3].cls == .digit)
    }

    private mutating func peelLeading(_ lo: inout Int, _ hi: Int, into out: inout [RawToken]) {
        while lo < hi {
            let start = lo
            let c = units[lo].cls
            if c == .open, bracketContinuesWord(lo, hi) { return }
            switch c {
            case .open, .quote, .dash, .bullet, .ellipsis, .terminal, .semicolon, .colon, .comma:
                if c == .comma, lo + 1 < hi, units[lo + 1].cls == .comma {
                    emit(lo, lo + 2, .punctuation, into: &out)
                    lo += 2
                } else {
                    emit(lo, lo + 1, Self.singleKind(c), into: &out)
                    lo += 1
                }
            case .apostrophe:
                if lo + 1 < hi, units[lo + 1].cls == .apostrophe {
                    emit(lo, lo + 2, .punctuation, into: &out)
                    lo += 2
                } else if isClitic(at: lo, hi) {
                    return
                } else {
                    emit(lo, lo + 1, .punctuation, into: &out)
                    lo += 1
                }
            case .hyphen:
                var k = lo
                while k < hi, units[k].cls == .hyphen { k += 1 }
                if k < hi, k - lo == 1, units[k].cls.isAlnum { return }
                emit(lo, k, .punctuation, into: &out)
                lo = k
            case .period:
                var k = lo
                while k < hi, units[k].cls == .period { k += 1 }
                if k - lo == 1 && k < hi { return }
                emit(lo, k, .punctuation, into: &out)
                lo = k
            case .plus:
                if lo + 1 < hi, units[lo + 1].cls == .digit { return }
                emit(lo, lo + 1, .symbol, into: &out)
                lo += 1
            case .currency, .symbol, .percent, .ampersand, .at, .other, .slash:
                if hi - lo == 1 { return }
                emit(lo, lo + 1, Self.singleKind(c), into: &out)
                lo += 1
            default:
                return
            }
            assert(lo > start)
        }
    }

    /// `'s`, `'t`, `'n`, `'k`, `'m`, `'r`, `'em`, `'ns`, `'er` or `'30` as a word of their own.
    private func isClitic(at lo: Int, _ hi: Int) -> Bool {
        var k = lo + 1
        if k < hi, units[k].cls == .digit {
            return k + 1 < hi && units[k + 1].cls == .digit && (k + 2 == hi || !units[k + 2].cls.isAlnum)
        }
        var letters: UInt32 = 0
        var count = 0
        while k < hi, units[k].cls == .lower || units[k].cls == .upper {
            letters = (letters << 8) | (units[k].scalar | 0x20)
            count += 1
            k += 1
            if count > 2 { return false }
        }
        guard count > 0, k == hi || !units[k].cls.isLetter else { return false }
        func packed(_ s: String) -> UInt32 { s.utf8.reduce(0) { ($0 << 8) | UInt32($1) } }
        switch count {
        case 1: return [0x73, 0x74, 0x6E, 0x6B, 0x6D, 0x72].contains(letters)  // s t n k m r
        default: return letters == packed("em") || letters == packed("ns") || letters == packed("er")
        }
    }

    private mutating func peelTrailing(_ lo: Int, _ hi: inout Int) {
        while hi > lo {
            let start = hi
            let c = units[hi - 1].cls
            switch c {
            case .close:
                if hasUnbalancedOpen(lo, hi - 1) { return }
                push(hi - 1, hi, .punctuation)
                hi -= 1
            case .quote, .comma, .semicolon, .terminal, .ellipsis, .dash, .bullet, .colon:
                if hi - 1 == lo { return }
                if c == .comma, units[hi - 2].cls == .comma {
                    if hi - 2 == lo { return }
                    push(hi - 2, hi, .punctuation)
                    hi -= 2
                    continue
                }
                push(hi - 1, hi, .punctuation)
                hi -= 1
            case .apostrophe:
                if hi - 1 == lo { return }
                if hi - 2 >= lo, units[hi - 2].cls == .apostrophe {
                    if hi - 2 == lo { return }
                    push(hi - 2, hi, .punctuation)
                    hi -= 2
                } else {
                    push(hi - 1, hi, .punctuation)
                    hi -= 1
                }
            case .period:
                var k = hi
                while k > lo, units[k - 1].cls == .period { k -= 1 }
                if k == lo { return }
                if hi - k >= 2 {
                    if units[k - 1].cls == .hyphen { return }  // "2004-..."
                    push(k, hi, .punctuation)
                    hi = k
                } else {
                    if isAbbreviation(lo, hi) { return }
                    push(hi - 1, hi, .punctuation)
                    hi -= 1
                }
            case .percent:
                if hi - 1 == lo || units[hi - 2].cls == .digit { return }
                push(hi - 1, hi, .symbol)
                hi -= 1
            case .plus:
                if hi - 1 == lo || units[hi - 2].cls == .digit { return }
                push(hi - 1, hi, .symbol)
                hi -= 1
            case .slash:
                if hi - 1 == lo || units[hi - 2].cls == .hyphen { return }
                push(hi - 1, hi, .punctuation)
                hi -= 1
            case .currency, .symbol, .other, .at, .ampersand:
                if hi - 1 == lo { return }
                push(hi - 1, hi, .symbol)
                hi -= 1
            default:
                return
            }
            assert(hi < start)
        }
    }

    /// "(tbs-)behandeling", "(a+b)+c": the bracket closes inside the chunk and the word goes on after it.
    private func bracketContinuesWord(_ lo: Int, _ hi: Int) -> Bool {
        var depth = 0
        for k in lo..<hi {
            if units[k].cls == .open {
                depth += 1
            } else if units[k].cls == .close {
                depth -= 1
                if depth == 0 {
                    guard k + 1 < hi else { return false }
                    switch units[k + 1].cls {
                    case .period, .comma, .colon, .semicolon, .terminal, .close, .quote, .apostrophe, .ellipsis:
                        return false
                    default:
                        return true
                    }
                }
            }
        }
        return false
    }

    private func hasUnbalancedOpen(_ lo: Int, _ hi: Int) -> Bool {
        var depth = 0
        for k in lo..<hi {
            if units[k].cls == .open { depth += 1 } else if units[k].cls == .close, depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// Whether `units[lo..<hi]`, ending in a single period, is an abbreviation that keeps the period.
    private func isAbbreviation(_ lo: Int, _ hi: Int) -> Bool {
        if abbreviations.contains(units: units, lo, hi) { return true }
        // Initials and letter abbreviations: "J.", "M.I.", "Ph.D.", "v.d."
        var groups = 0
        var groupLength = 0
        var sawUpper = false
        for k in lo..<hi {
            let c = units[k].cls
            if c.isLetter {
                groupLength += 1
                if c == .upper { sawUpper = true }
                if groupLength > 3 { return false }
            } else if c == .period {
                if groupLength == 0 { return false }
                groups += 1
                groupLength = 0
            } else {
                return false
            }
        }
        if groups >= 2 { return true }
        return groups == 1 && hi - lo == 2 && sawUpper
    }

    // MARK: core

    private mutating func emitCore(_ lo: Int, _ hi: Int, into out: inout [RawToken]) {
        var partStart = lo
        var k = lo
        while k < hi {
            let c = units[k].cls
            var split = false
            switch c {
            case .comma:
                if k + 1 < hi, units[k + 1].cls == .comma {
                    // ",,": an opening quote; ",,," is a comma and then one.
                    if partStart < k { emit(partStart, k, classify(partStart, k), into: &out) }
                    var run = k
                    while run < hi, units[run].cls == .comma { run += 1 }
                    if (run - k) % 2 == 1 {
                        emit(k, k + 1, .punctuation, into: &out)
                        k += 1
                    }
                    while k + 1 < run {
                        emit(k, k + 2, .punctuation, into: &out)
                        k += 2
                    }
                    partStart = k
                    continue
                }
                split = !(k > lo && k + 1 < hi && units[k - 1].cls == .digit && units[k + 1].cls == .digit)
            case .apostrophe:
                // "kiezen'',aldus": a closing "''" glued between words.
                if k + 1 < hi, units[k + 1].cls == .apostrophe {
                    if partStart < k { emit(partStart, k, classify(partStart, k), into: &out) }
                    emit(k, k + 2, .punctuation, into: &out)
                    k += 2
                    partStart = k
                    continue
                }
            case .colon:
                // "gravel:,,Dat" splits; "10:30" and "http:" stay.
                split = k + 1 < hi && !units[k + 1].cls.isAlnum && units[k + 1].cls != .slash
            case .terminal:
                split = k + 1 < hi && (units[k + 1].cls == .upper || units[k + 1].cls == .quote)
            case .semicolon, .quote, .ellipsis, .dash, .bullet:
                split = true
            case .period:
                // "zorg.Het": a missing space after a sentence.
                split =
                    k >= lo + 3 && k + 2 < hi && units[k - 1].cls == .lower && units[k - 2].cls == .lower
                    && units[k - 3].cls == .lower && units[k + 1].cls == .upper && units[k + 2].cls == .lower
                    && !(partStart..<k).contains { units[$0].cls == .period || units[$0].cls == .digit }
            default:
                split = false
            }
            if split {
                if partStart < k { emit(partStart, k, classify(partStart, k), into: &out) }
                emit(k, k + 1, Self.singleKind(c), into: &out)
                partStart = k + 1
            }
            k += 1
        }
        if partStart < hi { emit(partStart, hi, classify(partStart, hi), into: &out) }
    }

    /// The kind of a multi-unit part (or a lone unit) of a chunk.
    private func classify(_ a: Int, _ b: Int) -> TokenKind {
        if b - a == 1 {
            let c = units[a].cls
            if c.isLetter { return .word }
            if c == .digit { return .number }
            return Self.singleKind(c)
        }
        var letters = 0
        var uppers = 0
        var digits = 0
        var periods = 0
        var ampersands = 0
        for k in a..<b {
            switch units[k].cls {
            case .lower, .letter: letters += 1
            case .upper:
                letters += 1
                uppers += 1
            case .digit: digits += 1
            case .period: periods += 1
            case .ampersand: ampersands += 1
            default: break
            }
        }
        if units[b - 1].cls == .period && letters > 0 && digits == 0 { return .abbreviation }
        if letters == 0 && digits == 0 { return periods == b - a ? .punctuation : .symbol }
        if letters == 0 {
            return periods > 0 && isSectionPattern(a, b) ? .sectionNumber : .number
        }
        if digits > 0 {
            if units[a].cls == .digit {
                if periods > 0 { return .sectionNumber }
                if isOrdinal(a, b) { return .number }
                return uppers > 0 ? .code : .word
            }
            return uppers > 0 ? .code : .word
        }
        if ampersands > 0 && uppers > 0 { return .code }
        return .word
    }

    /// Digit groups joined by periods that are not a thousands pattern ("2.4", "21.73783"; not "1.020").
    private func isSectionPattern(_ a: Int, _ b: Int) -> Bool {
        var groups: [Int] = []
        var len = 0
        for k in a..<b {
            switch units[k].cls {
            case .digit: len += 1
            case .period:
                groups.append(len)
                len = 0
            default: return false
            }
        }
        groups.append(len)
        if groups.contains(0) { return false }
        let thousands = groups[0] <= 3 && groups.dropFirst().allSatisfy { $0 == 3 }
        return !thousands
    }

    /// "18de", "23ste", "1e", "2e".
    private func isOrdinal(_ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b, units[k].cls == .digit { k += 1 }
        var suffix: [UInt32] = []
        while k < b, units[k].cls == .lower {
            suffix.append(units[k].scalar)
            k += 1
        }
        guard k == b else { return false }
        let e: UInt32 = 0x65
        let d: UInt32 = 0x64
        let s: UInt32 = 0x73
        let t: UInt32 = 0x74
        return suffix == [e] || suffix == [d, e] || suffix == [s, t, e]
    }

    // MARK: addresses

    /// The unit range and kind of a URL or e-mail address inside the chunk, with edge punctuation outside.
    private func addressSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, TokenKind)? {
        var hasMark = false
        for u in units where u.cls == .at || u.cls == .slash || u.cls == .period {
            hasMark = true
            break
        }
        guard hasMark, units.count >= 4 else { return nil }
        var a = 0
        var b = units.count
        while a < b, [.open, .quote, .apostrophe].contains(units[a].cls) { a += 1 }
        while b > a,
            [.close, .quote, .apostrophe, .comma, .period, .semicolon, .colon, .terminal].contains(units[b - 1].cls)
        {
            b -= 1
        }
        guard b - a >= 4 else { return nil }
        var inner = false
        for k in (a + 1)..<(b - 1) where units[k].cls == .at || units[k].cls == .period || units[k].cls == .slash {
            inner = true
            break
        }
        guard inner else { return nil }
        // Keep a closing bracket that an opening one inside the address balances.
        if b < units.count, units[b].cls == .close, hasUnbalancedOpen(a, b) { b += 1 }
        let start = units[a].start
        let end = units[b - 1].end
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if AddressMatcher.isURL(text) { return (a, b, .url) }
        if AddressMatcher.isEmail(text) { return (a, b, .email) }
        return nil
    }

    // MARK: output

    private func emit(_ a: Int, _ b: Int, _ kind: TokenKind, into out: inout [RawToken]) {
        out.append(RawToken(start: units[a].start, end: units[b - 1].end, kind: kind))
    }

    private mutating func push(_ a: Int, _ b: Int, _ kind: TokenKind) {
        trailing.append(RawToken(start: units[a].start, end: units[b - 1].end, kind: kind))
    }

    static func singleKind(_ c: CharClass) -> TokenKind {
        switch c {
        case .lower, .upper, .letter: return .word
        case .digit: return .number
        case .period, .comma, .apostrophe, .quote, .hyphen, .dash, .open, .close, .terminal, .colon, .semicolon,
            .slash, .ellipsis, .bullet:
            return .punctuation
        case .ampersand, .at, .percent, .plus, .currency, .symbol, .space, .other: return .symbol
        }
    }
}
