/// Measure codes of the Commissie van Wijzen ("B5"), as the tagger writes them in `bcode`:
/// single ("B5"), combined ("B1+B7") or a range ("B20-B22").
public enum BCode {
    /// The single codes a `bcode` field stands for, upper-cased: "B1+B7" -> [B1, B7],
    /// "B20-B22" -> [B20, B21, B22]. Text that is not a code yields itself, upper-cased.
    public static func expand(_ raw: String) -> [String] {
        let text = raw.uppercased().filter { !$0.isWhitespace }
        var result: [String] = []
        for part in text.split(whereSeparator: { $0 == "+" || $0 == "," || $0 == "&" || $0 == "/" }) {
            let ends = part.split(separator: "-").map(String.init)
            if ends.count == 2, let a = number(ends[0]), let b = number(ends[1]), a <= b, b - a < 50 {
                result += (a...b).map { "B\($0)" }
            } else if let n = number(String(part)) {
                result.append("B\(n)")
            } else {
                result.append(String(part))
            }
        }
        return result
    }

    /// The number of a code "B12" (nil for anything else).
    public static func number(_ code: String) -> Int? {
        guard code.first == "B" || code.first == "b" else { return nil }
        return Int(code.dropFirst())
    }

    /// Sort key: codes by number, then others by text.
    public static func sortKey(_ raw: String?) -> (Int, String) {
        guard let raw else { return (Int.max, "") }
        return (expand(raw).first.flatMap(number) ?? Int.max - 1, raw)
    }
}
