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
        [SegmentRule(), try RecommendationRule(), try CrossReferenceRule(), try MeasureRule.standard(), try PMRule.standard(), try PositionRule.standard()]
    }

    /// The findings of each of `documents`, tagged together: cited titles resolve to one another.
    public func tag(_ documents: [Document]) -> [[TaggedItem]] {
        let titles = CorpusTitles(documents)
        let withCorpus = Tagger(rules: rules.map { rule in
            guard var x = rule as? CrossReferenceRule else { return rule }
            x.corpus = titles
            return x
        })
        return documents.map { withCorpus.tag($0) }
    }

    /// All findings of all rules in `document`, sorted by line then kind.
    public func tag(_ document: Document) -> [TaggedItem] {
        let context = Context(document)
        var items = rules.flatMap { $0.findings(in: context) }
        // Paged input: every finding says its page (rules that read lines leave it out).
        if document.metadata.format == .pdf {
            for k in items.indices where items[k].page == nil { items[k].page = document.page(atLine: items[k].line) }
        }
        return items.sorted {
            ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue)
        }
    }
}
