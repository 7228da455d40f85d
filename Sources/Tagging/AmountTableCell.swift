import DwarsModel
import Foundation

/// One printed cell of an amounts table: "PM", an amount in millions, or a cell whose figure is
/// unreadable (kept so the columns stay aligned).
public enum AmountTableCell: Sendable, Hashable {
    /// A readable cell ("PM", "-47", "1.057").
    case value(YearValue)
    /// A cell that is printed but cannot be read ("2-*27", "—").
    case unreadable
    /// A percentage: the table holds shares, not amounts.
    case percentage

    /// The value of a readable cell.
    public var value: YearValue? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// Bullets and dots OCR prints in front of a cell ("•PM", ".P34").
    static let leadingNoise: Set<Character> = ["•", "·", ".", "▪", "*"]

    /// The cell a token is, or nil when the token is a word of a label.
    public static func parse(_ raw: Substring) -> AmountTableCell? {
        var token = raw
        while let c = token.first, leadingNoise.contains(c), token.count > 1 { token = token.dropFirst() }
        if token.hasSuffix("."), token.count > 1, token.dropLast().allSatisfy(\.isNumber) { token = token.dropLast() }
        guard let first = token.first else { return nil }
        if token.uppercased() == "PM" { return .value(.pm) }
        if first == "P" || first == "p", (2...4).contains(token.count) {
            // OCR garbles of "PM": "Pt4", "P34", "Prn".
            let second = token.dropFirst().first!
            if "MmNt".contains(second) || token.contains(where: \.isNumber) { return .value(.pm) }
        }
        if token == "—" || token == "–" || token == "-" { return .unreadable }
        if token.hasSuffix("%"), token.dropLast().contains(where: \.isNumber) { return .percentage }
        if let amount = amount(token) { return .value(.amount(amount)) }
        let digits = token.filter(\.isNumber).count
        if digits > 0, token.count <= 6, !token.contains(where: \.isLetter),
            !token.contains(where: { "()[]".contains($0) })
        {
            return .unreadable
        }
        return nil
    }

    /// A Dutch-printed amount: optional minus, thousands with ".", decimals with ",".
    static func amount(_ token: Substring) -> Double? {
        var s = token
        var negative = false
        if let c = s.first, c == "-" || c == "−" || c == "–" {
            negative = true
            s = s.dropFirst()
        }
        guard let f = s.first, f.isNumber else { return nil }
        if s.count > 1, f == "0", !s.hasPrefix("0,") { return nil }
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard whole.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        if whole.count > 1 {
            guard whole[0].count <= 3, whole.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var text = whole.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return nil }
            text += "." + parts[1]
        }
        guard let v = Double(text) else { return nil }
        return negative ? -v : v
    }
}
