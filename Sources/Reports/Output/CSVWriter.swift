/// Writes CSV that Excel opens correctly on a Dutch system: UTF-8 with a byte order mark, `;` between
/// fields (Excel's list separator where the decimal mark is a comma), CRLF line ends, and RFC 4180 quoting
/// (a field holding the separator, a quote, CR or LF is quoted, quotes doubled).
public struct CSVWriter: Sendable {
    /// Field separator: `;` (default, Dutch Excel) or `,`.
    public var separator: Character
    /// Whether to start the text with U+FEFF so Excel reads it as UTF-8.
    public var byteOrderMark: Bool

    public init(separator: Character = ";", byteOrderMark: Bool = true) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }

    /// The CSV text of `header` and `rows`.
    public func write(header: [String], rows: [[String]]) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out += line(header)
        for row in rows { out += line(row) }
        return out
    }

    /// One record and its CRLF.
    public func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: String(separator)) + "\r\n"
    }

    /// A field, quoted where RFC 4180 needs it (and where leading or trailing spaces would be trimmed).
    /// Text that Excel would read as a formula ("=...", "+...", "@...", "- tekst") gets a leading `'`.
    public func quote(_ field: String) -> String {
        let field = Self.protectingFormula(field)
        let sep = String(separator).unicodeScalars.first!
        let needs =
            field.unicodeScalars.contains { $0 == sep || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needs else { return field }
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// `field` with a `'` in front when Excel would take it for a formula; numbers ("-47") stay as they are.
    static func protectingFormula(_ field: String) -> String {
        guard let first = field.unicodeScalars.first else { return field }
        switch first {
        case "=", "+", "@": return "'" + field
        case "-":
            let rest = field.unicodeScalars.dropFirst()
            if let next = rest.first, ("0"..."9").contains(next) || next == "," || next == "." { return field }
            return rest.isEmpty ? field : "'" + field
        default: return field
        }
    }
}
