import DwarsModel
import Testing
import Tokenization

/// A small deterministic generator (SplitMix64 of DwarsModel), so failures reproduce from the seed.
typealias SeededGenerator = SplitMix64

@Suite("Tokenizer properties on arbitrary Unicode")
struct PropertyTests {
    static let tokenizer = try! Tokenizer()
    static let splitter = SentenceSplitter(tokenizer: tokenizer)

    /// Pieces that stress the scanner: traps of Dutch text, marks, emoji, controls, separators.
    static let pieces: [String] = [
        "o.a.", "t.a.v.", "€", "1,6", "mld.", "B1.2", "5.1.2.e", "CD&V", ",,", "''", "'s", "regio's", "jeugd-",
        "-", "--", "...", "…", "(", ")", "[", "\"", "“", "”", "‘", "’", "•", "–", "—", "%", "@", "www.", ".nl",
        "http://", "a@b.c", "e\u{301}", "\u{308}", "👩‍👧", "🇳🇱", "\u{0}", "\u{2028}", "\u{2029}", "\u{85}", "\u{A0}",
        "\u{200B}", "\u{FEFF}", "\u{FFFD}", "\u{E000}", "\t", "\n", "\n\n", " ", "\r\n", "1.", "a.", "2021.", "B20-B22",
        "x", "Z", "ĳ", "ß", "日本", "\u{1F}", "'", ":", ";", "!?", "/", "+", "18-/18+",
    ]

    static func randomText(seed: UInt64) -> String {
        var rng = SeededGenerator(state: seed)
        var s = ""
        for _ in 0..<Int.random(in: 1...60, using: &rng) {
            if Bool.random(using: &rng) {
                s += pieces.randomElement(using: &rng)!
            } else {
                // Any scalar, including rare planes; surrogates are not scalars and are skipped.
                let v = UInt32.random(in: 0...0x10FFFF, using: &rng)
                if let scalar = Unicode.Scalar(v) { s.unicodeScalars.append(scalar) }
            }
            if Int.random(in: 0..<4, using: &rng) == 0 { s += " " }
        }
        return s
    }

    /// Python's str.split() white space (the UD scorer's view), which the tokenizer also uses.
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 9...13, 28...32, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @Test(arguments: 0..<400)
    func tokensReassembleTheText(seed: Int) {
        let text = Self.randomText(seed: UInt64(seed))
        let bytes = Array(text.utf8)
        let tokens = Self.tokenizer.tokenize(text)
        var last = 0
        for token in tokens {
            #expect(token.range.lowerBound >= last, "seed \(seed)")
            #expect(token.range.upperBound <= bytes.count, "seed \(seed)")
            #expect(!token.range.isEmpty, "seed \(seed)")
            last = token.range.upperBound
        }
        let joined = tokens.map(\.text).joined()
        let nonSpace = String(String.UnicodeScalarView(text.unicodeScalars.filter { !Self.isSpace($0.value) }))
        #expect(joined == nonSpace, "seed \(seed): \(text.debugDescription)")
        let sentences = Self.splitter.sentences(in: text)
        var previous = 0
        for s in sentences {
            #expect(s.lowerBound >= previous && s.upperBound <= bytes.count, "seed \(seed)")
            previous = s.upperBound
        }
        #expect(sentences.isEmpty == tokens.isEmpty)
    }

    @Test func emptyAndSpaceOnlyInput() {
        #expect(Self.tokenizer.tokenize("").isEmpty)
        #expect(Self.tokenizer.tokenize(" \n\t\u{2028}\u{A0}").isEmpty)
        #expect(Self.splitter.sentences(in: "").isEmpty)
    }
}

@Suite("Tokenizer properties on arbitrary bytes")
struct ByteLevelPropertyTests {
    @Test(arguments: 0..<200)
    func arbitraryBytesNeverTrap(seed: Int) {
        var rng = SeededGenerator(state: UInt64(seed) &* 7919)
        let count = Int.random(in: 0...200, using: &rng)
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let tokens = PropertyTests.tokenizer.tokenize(utf8: bytes)
        var last = 0
        for token in tokens {
            #expect(token.range.lowerBound >= last && token.range.upperBound <= bytes.count && !token.range.isEmpty)
            last = token.range.upperBound
        }
    }
}
