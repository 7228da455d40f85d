import DwarsModel
import Store

/// Links every item of a store and saves the links and consensus items back (one transaction).
public struct StoreLinker: Sendable {
    /// What a linking run produced.
    public struct Summary: Sendable, Hashable {
        public var units: Int
        public var links: Int
        public var crossDocumentLinks: Int
        public var consensusItems: Int
    }

    public var linker: Linker
    public var builder: UnitBuilder

    public init(analyzer: any TermAnalyzing = TermAnalyzers.standard()) {
        linker = Linker(analyzer: analyzer)
        builder = UnitBuilder()
    }

    /// Rebuilds the links of `store` from its items.
    @discardableResult
    public func run(store: CorpusStore) throws -> Summary {
        let units = linker.linkable(try builder.units(from: store, includeSentences: false))
        let links = linker.link(units: units)
        let consensus = ConsensusBuilder(threshold: linker.weights.consensusThreshold).build(links: links, units: units)
        try store.save(links: links, consensus: consensus)
        return Summary(
            units: units.count, links: links.count, crossDocumentLinks: links.filter { !$0.sameDocument }.count,
            consensusItems: consensus.count)
    }
}
