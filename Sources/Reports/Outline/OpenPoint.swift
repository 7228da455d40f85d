/// Something the Hervormingsagenda still has to settle, with the sources that show it.
public struct OpenPoint: Sendable, Hashable, Codable {
    /// What kind of open point it is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Amounts still PM.
        case pm
        /// Rijk and VNG do not agree (Tabel 2).
        case noAgreement
        /// A werkgroep's copy of the row differs from the Commissie van Wijzen table.
        case copyDiffers
        /// The Commissie van Wijzen row is unreadable; only a copy gives amounts.
        case copyOnly
        /// A recommendation that no measure takes up.
        case notTakenUp
    }

    public var kind: Kind
    /// Measure key or consensus item id the point is about.
    public var about: String
    /// The statement, in Dutch.
    public var text: String
    public var sources: [Citation]

    public init(kind: Kind, about: String, text: String, sources: [Citation]) {
        self.kind = kind
        self.about = about
        self.text = text
        self.sources = sources
    }
}
