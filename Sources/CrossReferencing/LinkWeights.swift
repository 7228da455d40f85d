import DwarsModel

/// The cross-referencer's weights and thresholds, read from `Lexicons/linking-weights.tsv`.
public struct LinkWeights: Sendable, Hashable {
    public var contextWeight = 0.35
    public var compoundWeight = 0.6
    public var k1 = 1.2
    public var b = 0.5
    public var queryTerms = 48
    public var maxDocumentFrequencyFraction = 0.08
    public var codeBonus = 0.35
    public var themeBonus = 0.04
    public var xrefBonus = 0.12
    public var itemBonus = 0.04
    public var headingBonus = 0.03
    public var linkThreshold = 0.22
    public var linksPerUnit = 2
    public var sameDocumentThreshold = 0.35
    public var consensusThreshold = 0.3
    public var shortUnitTerms = 6
    public var idfExponent = 1.0
    public var sectionWeight = 0.5
    public var firstsPerGroup = 1
    public var linkQueryTerms = 24
    public var linkPostingCap = 400
    public var maxLinksPerUnit = 4
    public var conceptWeight = 0.5
    public var backingPool = 40
    public var measureRows = 1
    /// Whether backing shows a summary item as the section heading it restates (`backing-twins`).
    public var backingTwins = 1
    /// Smallest word overlap (Jaccard) of two items that restate each other (`twin-similarity`; 1: same words).
    public var twinSimilarity = 0.6
    /// Backing's own values of the context weight, section weight, BM25 k1 and item bonus
    /// (`backing-context-weight`, `backing-section-weight`, `backing-bm25-k1`, `backing-item-bonus`; nil: the linker's).
    public var backingContextWeight: Double?
    public var backingItemBonus: Double?
    public var backingSectionWeight: Double?
    public var backingK1: Double?
    /// A cross-document link stands only when its source is among the target's this many best candidates
    /// in the source's (sub-)document (`link-reverse-rank`; 0: no such check).
    public var linkReverseRank = 0
    /// A link whose target reaches no candidate in the source's (sub-)document cannot be checked that way:
    /// it stands at this score or more (`link-reverse-open-score`).
    public var linkReverseOpenScore = 0.0
    /// Most links from one item into the other sub-documents of its own bundle (`bundle-links-per-unit`).
    public var bundleLinksPerUnit = Int.max
    /// Smallest score of a link between two sub-documents of one bundle (`bundle-link-threshold`; the
    /// link threshold when lower).
    public var bundleLinkThreshold = 0.0
    /// Smallest score of a link whose two ends ask for opposite things (a contrast of
    /// `linking-stance-contrasts.tsv`): disagreeing texts share fewer words (`opposing-link-threshold`;
    /// the link threshold when higher).
    public var opposingLinkThreshold = 1.0e9

    /// The built-in defaults (the values the lexicon file ships with).
    public init() {}

    /// These weights with backing's own values in place of the linker's.
    public func forBacking() -> LinkWeights {
        var w = self
        if let v = backingContextWeight { w.contextWeight = v }
        if let v = backingSectionWeight { w.sectionWeight = v }
        if let v = backingK1 { w.k1 = v }
        if let v = backingItemBonus { w.itemBonus = v }
        return w
    }

    /// The weights of `Lexicons/linking-weights.tsv`, defaults where a row is missing.
    public static func load() -> LinkWeights {
        var w = LinkWeights()
        guard let rows = try? LexiconDirectory.table("linking-weights.tsv") else { return w }
        for row in rows where row.count >= 2 {
            guard let v = Double(row[1]) else { continue }
            switch row[0] {
            case "context-weight": w.contextWeight = v
            case "compound-weight": w.compoundWeight = v
            case "bm25-k1": w.k1 = v
            case "bm25-b": w.b = v
            case "query-terms": w.queryTerms = Int(v)
            case "max-df-fraction": w.maxDocumentFrequencyFraction = v
            case "code-bonus": w.codeBonus = v
            case "theme-bonus": w.themeBonus = v
            case "xref-bonus": w.xrefBonus = v
            case "item-bonus": w.itemBonus = v
            case "heading-bonus": w.headingBonus = v
            case "link-threshold": w.linkThreshold = v
            case "links-per-unit": w.linksPerUnit = Int(v)
            case "same-document-threshold": w.sameDocumentThreshold = v
            case "consensus-threshold": w.consensusThreshold = v
            case "short-unit-terms": w.shortUnitTerms = Int(v)
            case "idf-exponent": w.idfExponent = v
            case "section-weight": w.sectionWeight = v
            case "firsts-per-group": w.firstsPerGroup = Int(v)
            case "link-query-terms": w.linkQueryTerms = Int(v)
            case "link-posting-cap": w.linkPostingCap = Int(v)
            case "max-links-per-unit": w.maxLinksPerUnit = Int(v)
            case "concept-weight": w.conceptWeight = v
            case "backing-pool": w.backingPool = Int(v)
            case "measure-rows": w.measureRows = Int(v)
            case "backing-twins": w.backingTwins = Int(v)
            case "twin-similarity": w.twinSimilarity = v
            case "backing-context-weight": w.backingContextWeight = v
            case "backing-section-weight": w.backingSectionWeight = v
            case "backing-bm25-k1": w.backingK1 = v
            case "backing-item-bonus": w.backingItemBonus = v
            case "link-reverse-rank": w.linkReverseRank = Int(v)
            case "link-reverse-open-score": w.linkReverseOpenScore = v
            case "bundle-links-per-unit": w.bundleLinksPerUnit = Int(v)
            case "bundle-link-threshold": w.bundleLinkThreshold = v
            case "opposing-link-threshold": w.opposingLinkThreshold = v
            default: continue
            }
        }
        return w
    }
}
