/// A pointer to a tagged item or sentence: its document, line and id.
public struct ItemRef: Sendable, Hashable, Codable, Comparable {
    public var doc: String
    public var line: Int
    public var id: String

    public init(doc: String, line: Int, id: String) {
        self.doc = doc
        self.line = line
        self.id = id
    }

    public static func < (lhs: ItemRef, rhs: ItemRef) -> Bool { (lhs.doc, lhs.line, lhs.id) < (rhs.doc, rhs.line, rhs.id) }

    /// `FILE:LINE`, as the reports and `backing` print it.
    public var location: String { "\(doc):\(line)" }
}
