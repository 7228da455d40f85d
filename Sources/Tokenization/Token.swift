/// One token of a text: never contains white space, typed, with exact UTF-8 offsets into its source.
///
/// `range` indexes the source's `utf8` view, so `text` equals the source bytes in `range`; tokens of one
/// text are in increasing order and never overlap.
public struct Token: Sendable, Hashable, Codable {
    public var kind: TokenKind
    /// UTF-8 offsets into the source text.
    public var range: Range<Int>
    /// The token as it appears in the source.
    public var text: String

    public init(kind: TokenKind, range: Range<Int>, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// True for a word, number, code, section number, abbreviation, URL or e-mail address.
    public var isWordLike: Bool {
        switch kind {
        case .punctuation, .symbol: return false
        default: return true
        }
    }
}
