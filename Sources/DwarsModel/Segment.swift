/// A document inside a bundle (or a part of one), as the gold `subdoc` objects describe it.
public struct Segment: Sendable, Hashable, Codable {
    public var title: String
    public var startLine: Int
    public var endLine: Int
    /// agenda, kaders, preambule, taakopdracht, verslag, rapportage, fiche, advies, brief, rapport,
    /// bijlage, planning, governance or other.
    public var type: String
    public var org: String?
    public var date: String?

    public init(title: String, startLine: Int, endLine: Int, type: String, org: String? = nil, date: String? = nil) {
        self.title = title
        self.startLine = startLine
        self.endLine = endLine
        self.type = type
        self.org = org
        self.date = date
    }
}
