/// A typed expression over consecutive tokens, e.g. the amount "€ 1,6 mld.".
public struct TypedSpan: Sendable, Hashable, Codable {
    public var kind: SpanKind
    /// Index range into the tokens the span was found in.
    public var tokens: Range<Int>
    /// UTF-8 offsets into the source text, from the first token's start to the last one's end.
    public var range: Range<Int>

    public init(kind: SpanKind, tokens: Range<Int>, range: Range<Int>) {
        self.kind = kind
        self.tokens = tokens
        self.range = range
    }
}
