/// A token as the scanner finds it: byte offsets and kind, no String yet.
struct RawToken: Sendable, Hashable {
    var start: Int
    var end: Int
    var kind: TokenKind
}

/// One decoded scalar of the chunk being scanned.
struct Unit {
    var start: Int
    var end: Int
    var cls: CharClass
    var scalar: UInt32
}
