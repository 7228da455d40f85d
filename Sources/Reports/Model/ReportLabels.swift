import DwarsModel

/// The Dutch labels of the reports, read from `Lexicons/report-labels.tsv` (`key<TAB>label`).
///
/// A key without a label renders as the key itself, so a missing line shows up in the output rather
/// than failing the run.
public struct ReportLabels: Sendable, Hashable {
    public var labels: [String: String]

    public init(labels: [String: String]) {
        self.labels = labels
    }

    /// The labels of `Lexicons/report-labels.tsv`.
    public static func standard() throws -> ReportLabels {
        var labels: [String: String] = [:]
        for row in try LexiconDirectory.table("report-labels.tsv") where row.count >= 2 {
            labels[row[0]] = row[1]
        }
        return ReportLabels(labels: labels)
    }

    /// The label of `key`.
    public subscript(_ key: String) -> String { labels[key] ?? key }

    public func level(_ level: MatrixLevel) -> String { self["level.\(level.rawValue)"] }

    public func stance(_ stance: Stance?) -> String { self["stance.\(stance?.rawValue ?? "none")"] }

    public func party(_ party: String) -> String { labels["party.\(party)"] ?? party }

    public func column(_ name: String) -> String { self["column.\(name)"] }
}
