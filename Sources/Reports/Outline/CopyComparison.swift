/// How a werkgroep's copy of a table row compares with the authoritative row of the Commissie van Wijzen.
public struct CopyComparison: Sendable, Hashable, Codable {
    /// What the comparison found.
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// Same amounts.
        case same
        /// Same amounts with the opposite sign (the copy writes savings as negative numbers).
        case negated
        /// At least one year differs beyond the sign convention.
        case differs
        /// The authoritative row has no readable amounts; the copy does.
        case copyOnly
        /// Nothing to compare (no amounts on one side).
        case incomparable
    }

    public var source: Citation
    public var table: String
    public var years: [YearAmount]
    public var verdict: Verdict
    /// Years where the copy differs (for `differs`).
    public var differingYears: [String]

    public init(source: Citation, table: String, years: [YearAmount], verdict: Verdict, differingYears: [String] = []) {
        self.source = source
        self.table = table
        self.years = years
        self.verdict = verdict
        self.differingYears = differingYears
    }

    /// Compares a copy's years with the authoritative ones.
    public static func verdict(authoritative: [YearAmount], copy: [YearAmount]) -> (Verdict, [String]) {
        let original = Dictionary(uniqueKeysWithValues: authoritative.map { ($0.year, $0.value) })
        var same = 0
        var negated = 0
        var sameNonZero = 0
        var differing: [String] = []
        var copyHasAmounts = false
        var originalHasAmounts = false
        for cell in copy {
            guard let theirs = cell.value else { continue }
            if theirs.amount != nil { copyHasAmounts = true }
            guard let ours = original[cell.year] ?? nil else { continue }
            if ours.amount != nil { originalHasAmounts = true }
            switch (ours, theirs) {
            case (.pm, .pm): same += 1
            case (.amount(let a), .amount(let b)):
                if a == b {
                    same += 1
                    if a != 0 { sameNonZero += 1 }
                } else if a == -b {
                    negated += 1
                } else {
                    differing.append(cell.year)
                }
            default: differing.append(cell.year)
            }
        }
        if authoritative.allSatisfy({ $0.value == nil }) {
            return copyHasAmounts ? (.copyOnly, []) : (.incomparable, [])
        }
        if !differing.isEmpty { return (.differs, differing) }
        if negated > 0 && sameNonZero > 0 { return (.differs, []) }
        if negated > 0 && originalHasAmounts { return (.negated, []) }
        if same > 0 { return (.same, []) }
        return (.incomparable, [])
    }
}
