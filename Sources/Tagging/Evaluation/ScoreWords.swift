/// The word Dice of `score.py`: words are runs of `[0-9a-zà-ÿ]` under Python's `re.I`, lower-cased.
///
/// Python's case-insensitive class also matches the upper-case partners of its ranges and a few
/// folding oddities (İ, ı, Ÿ, ſ, the Kelvin and Ångström signs); the ranges below were read off
/// Python 3.11 by testing every code point, so both scorers cut words identically.
public enum ScoreWords {
    static let ranges: [ClosedRange<UInt32>] = [
        0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xDE, 0xE0...0xFF, 0x130...0x131,
        0x178...0x178, 0x17F...0x17F, 0x212A...0x212B,
    ]

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return ranges.contains { $0.contains(v) }
    }

    /// The lower-cased words of `text` (`words()` of score.py).
    public static func words(_ text: String?) -> [String] {
        guard let text else { return [] }
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current).lowercased()) }
        return result
    }

    /// Word Dice coefficient of two texts (0 when either has no words).
    public static func dice(_ a: String?, _ b: String?) -> Double {
        dice(words: words(a), words(b))
    }

    /// Word Dice coefficient of two word lists.
    public static func dice(words a: [String], _ b: [String]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        var counts: [String: Int] = [:]
        for w in a { counts[w, default: 0] += 1 }
        var inter = 0
        for w in b {
            if let c = counts[w], c > 0 {
                inter += 1
                counts[w] = c - 1
            }
        }
        return 2.0 * Double(inter) / Double(a.count + b.count)
    }
}
