import DwarsModel
import Foundation
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
        let units = linker.linkable(try units(of: store))
        let links = LinkJudge(stances: linker.stances).judge(linker.link(units: units), units: units)
        let consensus = ConsensusBuilder(threshold: linker.weights.consensusThreshold).build(links: links, units: units)
        try store.save(links: links, consensus: consensus)
        return Summary(
            units: units.count, links: links.count, crossDocumentLinks: links.filter { !$0.sameDocument }.count,
            consensusItems: consensus.count)
    }

    /// The item units of every stored document, in store order, built on all cores a document at a time
    /// (the same units as `UnitBuilder.units(from:includeSentences: false)`).
    func units(of store: CorpusStore) throws -> [LinkUnit] {
        let documents = try store.documents()
        let workers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        // The slots go out of scope here, so the parts below are freed document by document.
        var parts: [[Result<[LinkUnit], any Error>]] = {
            let slots = ResultSlots<[Result<[LinkUnit], any Error>]>(count: workers, empty: [])
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                slots.set(w, stride(from: w, to: documents.count, by: workers).map { i in
                    let d = documents[i]
                    return Result {
                        try builder.units(
                            doc: d.fileName, segments: d.segments, blocks: store.blocks(documentID: d.id),
                            sentences: [], items: store.items(documentID: d.id))
                    }
                })
            }
            return slots.values
        }()
        var all: [LinkUnit] = []
        for i in documents.indices {
            all += try parts[i % workers][i / workers].get()
            parts[i % workers][i / workers] = .success([])
        }
        return all
    }
}
