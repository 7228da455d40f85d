/// Decodes one UTF-8 scalar at a byte offset; tolerant of truncated or invalid sequences (one byte each).
enum ScalarReader {
    /// The scalar value starting at `i` and the offset just after it.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, next: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), i + 1) }
        let n = bytes.count
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            guard k < n, bytes[k] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(i + 1) {
            return ((UInt32(b0 & 0x1F) << 6) | c1, i + 2)
        }
        if b0 & 0xF0 == 0xE0, let c1 = cont(i + 1), let c2 = cont(i + 2) {
            return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, i + 3)
        }
        if b0 & 0xF8 == 0xF0, let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) {
            return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, i + 4)
        }
        return (0xFFFD, i + 1)
    }

    /// The class of the scalar at `i` and the offset just after it.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (CharClass, UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (CharClass.ascii[Int(b0)], UInt32(b0), i + 1) }
        let (v, next) = read(bytes, at: i)
        return (CharClass.of(scalar: v), v, next)
    }
}
