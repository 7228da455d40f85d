/// What a token is: the tokenizer's type for each token.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A word, including hyphenated words ("jeugd-ggz"), elided compounds ("jeugd-") and clitics ("'s").
    case word
    /// A number in Dutch notation ("1.020", "0,15", "2022-2028", "-47", "5%"), or an ordinal ("18de").
    case number
    /// A measure or product code mixing letters and digits or joined by "&" ("B5", "B1.2", "B20-B22", "CD&V").
    case code
    /// A section or list number ("2.4", "5.1.2.e", "1." as a list label at the start of a line).
    case sectionNumber
    /// An abbreviation that keeps its period ("o.a.", "t.a.v.", "art.", "M.I.").
    case abbreviation
    /// A web address ("https://www.ser.nl/advies", "www.rijksoverheid.nl").
    case url
    /// An e-mail address.
    case email
    /// Punctuation: periods, commas, brackets, quotes (",," and "''" are one token each), dashes, bullets.
    case punctuation
    /// Any other symbol ("€", "%", "&", "+", "§", emoji).
    case symbol
}
