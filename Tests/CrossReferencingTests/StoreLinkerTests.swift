@testable import CrossReferencing
import DwarsModel
import Foundation
import Store
import TestSupport
import Testing

/// The scale paths of linking: units built on all cores, and one link per pair chosen by sorting.
@Suite("Store linker at scale")
struct StoreLinkerTests {
    @Test(.enabled(if: Shared.runnable && FileManager.default.fileExists(atPath: Shared.dwarsBinary)))
    func parallelUnitsEqualTheBuildersUnits() throws {
        let store = try CorpusStore(path: try SeedStore.path.get())
        let linker = StoreLinker()
        let parallel = try linker.units(of: store)
        let serial = try linker.builder.units(from: store, includeSentences: false)
        #expect(parallel.count > 1000)
        #expect(parallel == serial)
    }

    @Test func onePairOneLinkTheHigherScoreTheFirstOfEquals() {
        func link(_ a: Int, _ b: Int, _ score: Double, _ note: String) -> ItemLink {
            ItemLink(a: ItemRef(doc: "a.txt", line: a, id: "x\(a)"), b: ItemRef(doc: "b.txt", line: b, id: "y\(b)"),
                     score: score, evidence: [note], sameDocument: false)
        }
        var found = [link(1, 2, 0.5, "first"), link(2, 1, 0.7, "reverse, higher"), link(3, 4, 0.4, "first of equals"),
                     link(4, 3, 0.4, "second of equals"), link(5, 6, 0.9, "alone")]
        var pairs: [Int64] = [1 << 32 | 2, 1 << 32 | 2, 3 << 32 | 4, 3 << 32 | 4, 5 << 32 | 6]
        let kept = Linker.bestPerPair(&found, &pairs)
        #expect(kept.map(\.evidence) == [["alone"], ["reverse, higher"], ["first of equals"]])
        #expect(found.isEmpty && pairs.isEmpty)
    }
}
