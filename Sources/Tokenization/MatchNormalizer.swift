/// Normalises words for matching: case folding, diacritic folding (ë -> e, for matching only; the tokens
/// keep their spelling for display), Snowball Dutch stems and compound parts.
///
/// `matchKeys("kwaliteitseisen")` and the keys of the words of "eisen aan de kwaliteit" share the stems
/// "kwaliteit" and "eis", so the two phrasings meet.
public struct MatchNormalizer: Sendable {
    public let stemmer: Stemmer
    /// nil when the Dutch word list is not installed: compounds are then not split.
    public let compounds: CompoundSplitter?

    /// The Dutch stemmer and the shared compound splitter (when the word list is installed).
    public init() throws {
        self.stemmer = try Stemmer(language: "dutch")
        self.compounds = try? CompoundSplitter.shared()
    }

    public init(stemmer: Stemmer, compounds: CompoundSplitter?) {
        self.stemmer = stemmer
        self.compounds = compounds
    }

    /// Lower case without diacritics: "Cliënt" -> "client", "ĳs" -> "ijs", "’s" -> "'s".
    public static func fold(_ word: String) -> String {
        var ascii = true
        var hasUpper = false
        for b in word.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b >= 65 && b <= 90 { hasUpper = true }
        }
        if ascii {
            return hasUpper
                ? String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self) : word
        }
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                let v = lower.value
                if (0x300...0x36F).contains(v) { continue }  // combining marks
                if let folded = foldTable[v] {
                    out.append(contentsOf: folded.unicodeScalars)
                } else {
                    out.append(lower)
                }
            }
        }
        return String(out)
    }

    /// Latin letters with diacritics and typographic apostrophes, folded to ASCII.
    private static let foldTable: [UInt32: String] = {
        var t: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ĳ", "ij"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("’‘`´", "'"),
        ]
        for (letters, ascii) in groups {
            for s in letters.unicodeScalars { t[s.value] = ascii }
        }
        return t
    }()

    /// The stem of the folded word: "kwaliteiten" -> "kwaliteit", "eisen" -> "eis".
    public func stem(_ word: String) -> String {
        stemmer.stem(Self.fold(word))
    }

    /// The stems of the compound parts of `word` ("kwaliteitseisen" -> ["kwaliteit", "eis"]), or its stem.
    public func matchKeys(_ word: String) -> [String] {
        guard let compounds else { return [stem(word)] }
        return compounds.split(word).map { stemmer.stem($0) }
    }

    /// The match keys of every word-like token of `text`, in order (punctuation and symbols dropped).
    public func matchKeys(inText text: String, tokenizer: Tokenizer) -> [String] {
        tokenizer.tokenize(text).filter { $0.kind == .word }.flatMap { matchKeys($0.text) }
    }
}
