import Foundation

/// Whitespace and Unicode normalisation of text taken from markup.
enum MarkupText {
    /// Collapses every run of whitespace (including no-break and other Unicode spaces) to one space,
    /// trims both ends, drops soft hyphens and zero-width characters, and returns the text in NFC.
    ///
    /// Works on UTF-8 bytes (one-line pages hold megabytes of text); NFC is applied only to text that
    /// holds characters outside the ranges that are NFC as they stand (Latin-1, Latin Extended A/B,
    /// general punctuation, currency signs).
    static func clean(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var needsNFC = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        pendingSpace = true
                    } else {
                        if pendingSpace && !out.isEmpty { out.append(0x20) }
                        pendingSpace = false
                        out.append(b)
                    }
                    i += 1
                    continue
                }
                let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(n, i + width)
                var scalar: UInt32 = 0
                if width == 2 && end == i + 2 {
                    scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                } else if width == 3 && end == i + 3 {
                    scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                }
                switch scalar {
                case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                    pendingSpace = true
                case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                    break
                default:
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    // Latin-1, Latin Extended and general punctuation/currency are NFC as they stand.
                    if !(scalar >= 0x80 && scalar < 0x300) && !(scalar >= 0x2000 && scalar <= 0x20CF) {
                        needsNFC = true
                    }
                    out.append(contentsOf: bytes[i..<end])
                }
                i = end
            }
            let text = String(decoding: out, as: UTF8.self)
            return needsNFC ? text.precomposedStringWithCanonicalMapping : text
        }
    }
}
