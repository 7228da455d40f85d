/// What a multi-token expression is.
public enum SpanKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An amount of money: "€ 1,6 mld.", "1.020 miljoen euro", "€ 300.000".
    case amount
    /// A date: "21 mei 2021", "mei 2021", "3 mrt.".
    case date
    /// A percentage: "5%", "12 %", "40 procent".
    case percentage
}
