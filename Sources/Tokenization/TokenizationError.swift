/// Why the tokenizer stage could not start.
public enum TokenizationError: Error, Sendable, CustomStringConvertible {
    /// A lexicon file is missing or unreadable.
    case lexiconMissing(name: String)
    /// libstemmer has no stemmer for this language and encoding.
    case stemmerUnavailable(language: String)
    /// The word list for compound splitting could not be read.
    case wordListUnreadable(path: String)

    public var description: String {
        switch self {
        case .lexiconMissing(let name):
            return "lexicon \(name) not found: set DWARS_LEXICONS to the project's Lexicons/ folder"
        case .stemmerUnavailable(let language):
            return "libstemmer has no UTF-8 stemmer for \(language)"
        case .wordListUnreadable(let path):
            return "\(path): cannot read the Dutch word list (install Debian package wdutch)"
        }
    }
}
