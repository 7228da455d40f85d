/// A code-like token of a text, read the ways OCR may have garbled a measure code.
///
/// "B16" is read only as 16; "(816)" as 16 ("B" printed as "8"), "03131" as 13 (brackets read as "0"
/// and "1", "B" as "3"), "(1318)" as 18 or 1, "BI/" as 17. Which reading is meant is decided by the
/// words around the token (`BCodeReader`), never by a list of seen garbles.
public struct BCodeToken: Sendable, Hashable {
    /// The token as printed, with its brackets and punctuation.
    public var surface: String
    /// UTF-8 offset of the token in the text it was read from.
    public var offset: Int
    /// True when the token is printed as a clean code ("B5", "(B15)").
    public var isClean: Bool
    /// True when the token starts with a letter B (clean or garbled after it: "BB", "BI/").
    public var hasLetterB: Bool
    /// True when the token stood in brackets.
    public var isBracketed: Bool
    /// The code numbers the token may stand for.
    public var readings: Set<Int>
    /// For a printed range ("820-822"), the readings of its upper end.
    public var rangeEndReadings: Set<Int>?

    /// Characters OCR prints for the letter B at the start of a code.
    static let letterBGarbles = ["B", "8", "13", "3"]
    /// Characters OCR prints for a bracket that opens or closes a code.
    static let openingGarbles: Set<Character> = ["0", "1", "("]
    static let closingGarbles: Set<Character> = ["1", "l", ")", ".", "|"]

    /// The code numbers a code-like string (brackets stripped) may stand for.
    public static func readings(of core: String) -> Set<Int> {
        var variants: Set<String> = [core]
        if let first = core.first, openingGarbles.contains(first), core.count > 2 {
            variants.insert(String(core.dropFirst()))
        }
        for v in Array(variants) {
            if let last = v.last, closingGarbles.contains(last), v.count > 2 {
                variants.insert(String(v.dropLast()))
            }
        }
        var out: Set<Int> = []
        for v in variants {
            for prefix in letterBGarbles where v.hasPrefix(prefix) {
                let rest = v.dropFirst(prefix.count).map(digit)
                guard (1...2).contains(rest.count), rest.allSatisfy({ $0 != nil }) else { continue }
                let n = rest.reduce(0) { $0 * 10 + $1! }
                if (1...99).contains(n), !(rest.count == 2 && rest[0] == 0) { out.insert(n) }
            }
        }
        return out
    }

    /// The digit that an OCR character in a code stands for.
    static func digit(_ c: Character) -> Int? {
        switch c {
        case "0"..."9": return c.wholeNumberValue
        case "I", "l", "|", "!": return 1
        case "/": return 7
        case "O": return 0
        case "B": return 8
        default: return nil
        }
    }

    /// Whether `core` could be a printed or garbled code at all.
    static func isCodeLike(_ core: String) -> Bool {
        guard (2...6).contains(core.count) else { return false }
        guard core.allSatisfy({ digit($0) != nil }) else { return false }
        return core.hasPrefix("B") || core.contains(where: \.isNumber)
    }

    /// Whether `core` is a clean code "B" + 1-2 digits.
    static func isCleanCode(_ core: String) -> Bool {
        guard core.hasPrefix("B"), (2...3).contains(core.count) else { return false }
        return core.dropFirst().allSatisfy(\.isNumber) && core.dropFirst().first != "0"
    }
}
