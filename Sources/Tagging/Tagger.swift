import DwarsModel

/// Runs every tagging rule over a document and returns the findings in the gold schema, sorted by line.
public struct Tagger: Sendable {
    public var rules: [any TaggingRule]

    /// A tagger with the given rules (for tests).
    public init(rules: [any TaggingRule]) {
        self.rules = rules
    }

    /// The standard tagger: every rule family, with its lexicons loaded from `Lexicons/`.
    public init() throws {
        self.rules = try Tagger.standardRules()
    }

    /// The standard rule families. Each family adds itself here.
    public static func standardRules() throws -> [any TaggingRule] {
        [SegmentRule()]
    }

    /// All findings of all rules in `document`, sorted by line then kind.
    public func tag(_ document: Document) -> [TaggedItem] {
        rules.flatMap { $0.findings(in: document) }.sorted {
            ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue)
        }
    }
}
