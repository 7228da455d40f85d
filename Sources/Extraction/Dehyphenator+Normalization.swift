import Foundation

extension Dehyphenator {
    /// Replaces typographic ligatures by their letters, drops soft hyphens and zero-width characters,
    /// turns non-breaking hyphens into "-" and returns the text in Unicode NFC.
    ///
    /// PDF fonts often encode "fi" as U+FB01 and poppler passes it through; Dutch "geïnformeerd" can
    /// arrive decomposed (e + U+0308). Both would split or hide words from the tokenizer.
    static func normalize(_ text: String) -> String {
        var needsWork = false
        var combining = false
        for scalar in text.unicodeScalars where scalar.value >= 0xAD {
            switch scalar.value {
            case 0xAD, 0x2010, 0x2011, 0x200B...0x200D, 0xFEFF, 0xFB00...0xFB06: needsWork = true
            case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F, 0x212B, 0x2126:
                combining = true
            default: break
            }
        }
        // Without combining marks (or the Ångström and Ohm singletons) the text is NFC already.
        guard needsWork || combining else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFB00: out.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: out.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: out.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: out.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: out.append(contentsOf: "ffl".unicodeScalars)
            case 0xFB05, 0xFB06: out.append(contentsOf: "st".unicodeScalars)
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0xFEFF: break
            case 0x2010, 0x2011: out.append("-")
            default: out.append(scalar)
            }
        }
        return combining ? String(out).precomposedStringWithCanonicalMapping : String(out)
    }
}
