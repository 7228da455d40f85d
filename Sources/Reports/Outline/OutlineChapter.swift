/// One chapter of the outline: a theme and its measures.
public struct OutlineChapter: Sendable, Hashable, Codable {
    public var theme: String
    public var title: String
    public var measures: [MeasureSummary]

    public init(theme: String, title: String, measures: [MeasureSummary]) {
        self.theme = theme
        self.title = title
        self.measures = measures
    }
}
