/// Small text helpers for matching names: accent folding and word Dice.
public enum TextMatch {
    /// Lower case with the common Dutch accents folded (ë -> e, é -> e, ï -> i, ...).
    public static func fold(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "à", "á", "â", "ä": out.append("a")
            case "è", "é", "ê", "ë": out.append("e")
            case "ì", "í", "î", "ï": out.append("i")
            case "ò", "ó", "ô", "ö": out.append("o")
            case "ù", "ú", "û", "ü": out.append("u")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The folded words of `text` (letters and digits).
    public static func words(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Dice coefficient of the word sets of `a` and `b`.
    public static func dice(_ a: String, _ b: String) -> Double {
        let x = Set(words(a))
        let y = Set(words(b))
        guard !x.isEmpty || !y.isEmpty else { return 0 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }
}
