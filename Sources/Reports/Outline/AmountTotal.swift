/// The total of a measure's yearly amounts over the table's years.
public struct AmountTotal: Sendable, Hashable, Codable {
    /// Sum of the years that hold a number.
    public var sum: Double
    /// Years that are PM.
    public var pmYears: Int
    /// Years without a readable value.
    public var unknownYears: Int

    public init(_ years: [YearAmount]) {
        sum = years.compactMap { $0.value?.amount }.reduce(0, +)
        pmYears = years.filter { $0.value == .pm }.count
        unknownYears = years.filter { $0.value == nil }.count
    }

    /// Whether any year holds a number.
    public var hasAmount: Bool { sum != 0 || (pmYears + unknownYears) == 0 }

    /// "1.057", "PM", "900 + PM", "?" (all unknown), "33 + ?" ...
    public var display: String {
        var parts: [String] = []
        let allOpen = pmYears + unknownYears
        if sum != 0 || allOpen == 0 { parts.append(YearAmount.dutch(sum)) }
        if pmYears > 0 { parts.append("PM") }
        if unknownYears > 0 && pmYears == 0 { parts.append("?") }
        return parts.joined(separator: " + ")
    }
}
