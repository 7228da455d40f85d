/// One cell of an amounts table: "PM" (pro memorie, not yet quantified) or an amount in millions of euros.
public enum YearValue: Sendable, Hashable, Codable {
    case pm
    case amount(Double)

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .pm: try c.encode("PM")
        case .amount(let v):
            if v == v.rounded(), abs(v) < 1e15 { try c.encode(Int(v)) } else { try c.encode(v) }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) {
            if s.uppercased() == "PM" { self = .pm; return }
            if let v = Double(String(s.map { $0 == "," ? "." : $0 })) { self = .amount(v); return }
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not PM or a number: \(s)")
        }
        self = .amount(try c.decode(Double.self))
    }

    /// The amount, or nil for PM.
    public var amount: Double? {
        if case .amount(let v) = self { return v }
        return nil
    }
}
