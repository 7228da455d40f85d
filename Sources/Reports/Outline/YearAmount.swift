import DwarsModel

/// One year of a measure's amounts: a number (millions of euros), PM, or unknown (nil `value`).
public struct YearAmount: Sendable, Hashable, Codable {
    public var year: String
    /// nil where the table does not let a reader attribute a value.
    public var value: YearValue?

    public init(year: String, value: YearValue?) {
        self.year = year
        self.value = value
    }

    /// "PM", the amount in Dutch notation ("1.057", "-47", "0,5"), or "?" when unknown.
    public var display: String {
        switch value {
        case .none: "?"
        case .pm: "PM"
        case .amount(let v): YearAmount.dutch(v)
        }
    }

    /// A number in Dutch notation: thousands with ".", decimals with ",".
    public static func dutch(_ v: Double) -> String {
        let negative = v < 0
        let magnitude = abs(v)
        let whole = Int(magnitude.rounded(.down))
        let fraction = magnitude - Double(whole)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if fraction > 0.0001 {
            let decimals = String(Int((fraction * 100).rounded()))
            let padded = decimals.count == 1 ? "0" + decimals : decimals
            var trimmed = padded
            while trimmed.hasSuffix("0") { trimmed.removeLast() }
            if !trimmed.isEmpty { grouped += "," + trimmed }
        }
        return (negative ? "-" : "") + grouped
    }
}
