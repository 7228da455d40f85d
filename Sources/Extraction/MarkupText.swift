import Foundation

/// Whitespace and Unicode normalisation of text taken from markup.
enum MarkupText {
    /// Collapses every run of whitespace (including no-break and other Unicode spaces) to one space,
    /// trims both ends, drops soft hyphens and zero-width characters, and returns the text in NFC.
    static func clean(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var sawNonASCII = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
                0x3000:
                pendingSpace = true
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            default:
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                if scalar.value >= 0x80 { sawNonASCII = true }
                out.append(scalar)
            }
        }
        let text = String(out)
        return sawNonASCII ? text.precomposedStringWithCanonicalMapping : text
    }

    /// True when the scalar is whitespace in the sense of `clean`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }
}
