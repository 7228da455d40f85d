/// A 1-based, inclusive range of source lines ("\n" counted only, as sed and grep count).
public struct LineRange: Sendable, Hashable, Codable, Comparable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        precondition(first >= 1 && last >= first, "line range must be 1-based and ordered")
        self.first = first
        self.last = last
    }

    public static func < (lhs: LineRange, rhs: LineRange) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }

    /// Whether `line` lies inside the range.
    public func contains(_ line: Int) -> Bool { line >= first && line <= last }
}

extension LineRange {
    /// Encoded as `[first, last]`, as the extraction JSON prints it.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(first)
        try c.encode(last)
    }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let first = try c.decode(Int.self)
        let last = try c.decode(Int.self)
        self.init(first: first, last: last)
    }
}
