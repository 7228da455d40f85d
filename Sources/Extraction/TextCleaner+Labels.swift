import DwarsModel

extension TextCleaner {
    /// The label a line of text opens with: a bullet glyph, a number ("1.", "2.4", "3)"), a letter ("a)",
    /// "b.") or a parenthesised label ("(2)", "(iv)").
    struct Label: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            case bullet
            /// A number with `depth` dot-separated parts ("2.4" has depth 2).
            case number(depth: Int, punctuated: Bool)
            case letter
            case parenthesised
        }

        /// The label as printed ("1.", "a)", "•", "2.4").
        var text: String
        var kind: Kind
        /// The line's text after the label.
        var rest: String
    }

    /// Reads labels; the bullet glyphs come from `Lexicons/extraction-bullets.txt`.
    struct Labels: Sendable {
        let bullets: Set<String>

        static let shared = Labels(
            bullets: Set((try? LexiconDirectory.entries("extraction-bullets.txt")) ?? ["•", "-", "–", "▪", "o"]))

        /// The label that opens `text` (cleaned, trimmed), if any.
        func label(of text: String) -> Label? {
            guard let first = text.first else { return nil }
            // Bullet glyph and a space.
            if bullets.contains(String(first)) {
                let rest = text.dropFirst()
                if let s = rest.first, s == " " {
                    let body = rest.drop { $0 == " " }
                    if !body.isEmpty { return Label(text: String(first), kind: .bullet, rest: String(body)) }
                }
                if first != "o" && first != "-" && first != "*", let s = rest.first, s.isLetter || s.isNumber {
                    // "•Tekst" without a space (OCR), but not "-47" or "o.a.".
                    if first != "–" && first != "−" { return Label(text: String(first), kind: .bullet, rest: String(rest)) }
                }
            }
            if first == "(" {
                let inner = text.dropFirst().prefix { $0 != ")" }
                let after = text.dropFirst(inner.count + 2)
                if !inner.isEmpty, inner.count <= 4, text.dropFirst(inner.count + 1).first == ")",
                    inner.allSatisfy({ $0.isNumber }) || inner.allSatisfy({ "ivx".contains($0) })
                        || (inner.count == 1 && inner.first!.isLowercase),
                    after.first == " ", let body = Optional(after.drop { $0 == " " }), !body.isEmpty
                {
                    return Label(text: "(\(inner))", kind: .parenthesised, rest: String(body))
                }
                return nil
            }
            if first.isASCII && first.isNumber { return number(text) }
            if first.isASCII && first.isLowercase {
                let chars = Array(text.prefix(3))
                if chars.count == 3, chars[1] == ")" || chars[1] == ".", chars[2] == " " {
                    let body = text.dropFirst(3).drop { $0 == " " }
                    // "a. de ..." and "a) ..." but not "o.a. " or "t.a.v.".
                    if !body.isEmpty && !(body.first == "a" || body.hasPrefix("v.")) || chars[1] == ")" {
                        if let f = body.first, f.isLetter || f.isNumber || f == "‘" || f == "“" {
                            return Label(text: String(chars[0...1]), kind: .letter, rest: String(body))
                        }
                    }
                }
            }
            return nil
        }

        /// "1.", "2.4", "3)", "1 INLEIDING": at most two digits per part, at most four parts.
        private func number(_ text: String) -> Label? {
            var i = text.startIndex
            var parts = 0
            while true {
                let start = i
                while i < text.endIndex, text[i].isASCII, text[i].isNumber { i = text.index(after: i) }
                let n = text.distance(from: start, to: i)
                guard n >= 1 && n <= 2 else { return nil }
                parts += 1
                guard parts <= 4 else { return nil }
                if i < text.endIndex, text[i] == ".", let j = Optional(text.index(after: i)), j < text.endIndex,
                    text[j].isASCII, text[j].isNumber
                {
                    i = j
                    continue
                }
                break
            }
            var punctuated = false
            if i < text.endIndex, text[i] == "." || text[i] == ")" {
                punctuated = true
                i = text.index(after: i)
            }
            let label = String(text[..<i])
            guard i < text.endIndex, text[i] == " " else { return nil }
            let body = text[i...].drop { $0 == " " }
            guard let f = body.first else { return nil }
            if !punctuated {
                // A bare number must be followed by a capital: "1 Inleiding", not "14 december".
                guard f.isUppercase || f == "‘" || f == "“" || f == "'" else { return nil }
                if parts == 1 && (Int(label) ?? 99) > 30 { return nil }
            } else {
                guard f.isLetter || f == "‘" || f == "“" || f == "'" || f == "\"" || f == "(" else { return nil }
            }
            return Label(text: label, kind: .number(depth: parts, punctuated: punctuated), rest: String(body))
        }

        /// Whether `s` is a label and nothing else ("1.", "2.4", "a)", "(3)", "•").
        func isLabel(_ s: String) -> Bool {
            if bullets.contains(s) { return true }
            if let l = label(of: s + " X") { return l.rest == "X" }
            return false
        }
    }
}
