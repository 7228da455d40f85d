/// How one document stands to one consensus item: the value of a matrix cell.
///
/// Raw values are the codes JSON carries; the Dutch labels come from `ReportLabels`. When a document
/// has several members in one row the strongest level wins, in the order `opposes` > `explicit` >
/// `supports` > `mentions` > `absent`: a document that proposes the opposite of the row is shown as
/// opposing even though its own sentence is phrased as a recommendation.
public enum MatrixLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The document's own recommendation (not one it only reports).
    case explicit
    /// A supporting stance, a position or link that says so.
    case supports
    /// Named without a stance: a measure, a table row, a reported recommendation, a pointer, a sentence.
    case mentions
    /// An opposing stance or a recommendation of the opposite.
    case opposes
    /// Not in the document.
    case absent

    /// Strength used to pick one level per cell (higher wins).
    public var strength: Int {
        switch self {
        case .absent: 0
        case .mentions: 1
        case .supports: 2
        case .explicit: 3
        case .opposes: 4
        }
    }

    public static func < (lhs: MatrixLevel, rhs: MatrixLevel) -> Bool { lhs.strength < rhs.strength }
}
