/// Escaping for the Markdown the reports write.
enum Markdown {
    /// Text safe inside a table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        inline(text).replacingPipes()
    }

    /// Text on one line, with characters that would start markup escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{2028}": out.append(" ")
            case "*", "_", "`", "<", ">", "[", "]", "\\":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var out = ""
        for ch in self {
            if ch == "|" { out += "\\|" } else { out.append(ch) }
        }
        return out
    }
}
