/// One page of a source document (formats without pages have a single page 1).
public struct Page: Sendable, Hashable, Codable {
    /// 1-based page number.
    public var number: Int
    /// Page size in points, when the format has one.
    public var width: Double?
    public var height: Double?

    public init(number: Int, width: Double? = nil, height: Double? = nil) {
        self.number = number
        self.width = width
        self.height = height
    }
}
