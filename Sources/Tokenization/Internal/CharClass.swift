/// The tokenizer's class of one Unicode scalar, decided from its UTF-8 bytes without building Characters.
enum CharClass: UInt8 {
    case lower, upper, digit
    /// A non-ASCII letter, combining mark or any other scalar that belongs inside a word.
    case letter
    case period, comma
    /// `'` and `’`: inside a word an apostrophe ("regio's"), at its edges a quote.
    case apostrophe
    /// Other quotes: `"` “ ” „ ‚ ‘ « » ‹ › ` ´.
    case quote
    /// `-`, U+2010, U+2011: inside a word a hyphen.
    case hyphen
    /// – — ― ‒ − : always a token of their own.
    case dash
    case open, close
    /// `!` and `?`.
    case terminal
    case colon, semicolon, slash, ampersand, at, percent, plus
    case ellipsis, bullet, currency, symbol
    /// White space as Python's `str.split()` sees it (the UD scorer's view).
    case space
    /// Control characters and other scalars that stand alone.
    case other

    var isLetter: Bool { self == .lower || self == .upper || self == .letter }
    var isAlnum: Bool { self == .lower || self == .upper || self == .letter || self == .digit }

    /// Class of an ASCII byte.
    static let ascii: [CharClass] = {
        var table = [CharClass](repeating: .symbol, count: 128)
        for b in 0..<32 { table[b] = .other }
        for b in [9, 10, 11, 12, 13, 28, 29, 30, 31, 32] { table[b] = .space }
        table[127] = .other
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = .lower }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = .upper }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = .digit }
        let pairs: [(Character, CharClass)] = [
            (".", .period), (",", .comma), ("'", .apostrophe), ("\"", .quote), ("`", .quote), ("-", .hyphen),
            ("(", .open), ("[", .open), ("{", .open), (")", .close), ("]", .close), ("}", .close),
            ("!", .terminal), ("?", .terminal), (":", .colon), (";", .semicolon), ("/", .slash),
            ("&", .ampersand), ("@", .at), ("%", .percent), ("+", .plus), ("$", .currency),
            ("*", .bullet),
        ]
        for (c, k) in pairs { table[Int(c.asciiValue!)] = k }
        return table
    }()

    /// Class of a non-ASCII scalar.
    static func of(scalar v: UInt32) -> CharClass {
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x80...0x9F: return .other
        case 0x2019: return .apostrophe
        case 0x201C, 0x201D, 0x201E, 0x201A, 0x2018, 0x201B, 0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0xB4: return .quote
        case 0x2010, 0x2011: return .hyphen
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return .dash
        case 0x2026: return .ellipsis
        case 0x2022, 0x25AA, 0x25CF, 0x25E6, 0x25A0, 0x25A1, 0x2023, 0x2043, 0xB7, 0x25BA, 0x27A2, 0x2713, 0x2714,
            0xF0B7, 0xF0A7, 0xF0D8, 0xF0FC:
            return .bullet
        case 0x20AC, 0xA3, 0xA5, 0xA2: return .currency
        case 0xA7, 0xB0, 0xA9, 0xAE, 0x2122, 0xB1, 0xD7, 0xF7, 0xB6, 0x2030, 0x2190...0x21FF, 0x2200...0x22FF,
            0x2300...0x23FF, 0x25A2...0x25FF, 0x2600...0x27BF, 0x1F000...0x1FAFF, 0xA1, 0xBF, 0xAC, 0xA6, 0xA8,
            0xAF, 0xB8:
            return .symbol
        case 0xFFFD, 0xFEFF, 0x200B...0x200F, 0x2060...0x2064, 0xE000...0xF8FF, 0xD800...0xDFFF: return .other
        default: return .letter
        }
    }
}
