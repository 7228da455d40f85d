/// The terms of many texts held compactly while a whole corpus is indexed: per occurrence a stem id
/// (with the compound-part and concept flags in its two low bits) and a surface id, instead of a
/// `Term` with two strings. Each distinct stem and surface string is kept once.
struct CompactTerms {
    private(set) var stems: [String] = []
    private var stemIDs: [String: Int32] = [:]
    private var surfaces: [String] = []
    private var surfaceIDs: [String: Int32] = [:]
    /// stem id << 2 | compound part << 1 | concept, one per occurrence, text after text.
    private var codes: [UInt32] = []
    private var surfaceOf: [Int32] = []
    private var ends: [Int] = []

    /// Number of texts appended.
    var count: Int { ends.count }

    /// Appends the terms of one text.
    mutating func append(_ terms: [Term]) {
        for t in terms {
            codes.append(UInt32(Self.id(t.stem, &stems, &stemIDs)) << 2 | (t.isCompoundPart ? 2 : 0) | (t.isConcept ? 1 : 0))
            surfaceOf.append(Self.id(t.surface, &surfaces, &surfaceIDs))
        }
        ends.append(codes.count)
    }

    private static func id(_ s: String, _ table: inout [String], _ ids: inout [String: Int32]) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(table.count)
        ids[s] = id
        table.append(s)
        return id
    }

    /// The occurrences of text `i`.
    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    func stem(at k: Int) -> Int { Int(codes[k] >> 2) }
    func isCompoundPart(at k: Int) -> Bool { codes[k] & 2 != 0 }
    func isConcept(at k: Int) -> Bool { codes[k] & 1 != 0 }

    /// The terms of text `i` that pass `keep` (given an occurrence index), rebuilt as `Term`s.
    func terms(_ i: Int, keep: (Int) -> Bool) -> [Term] {
        var out: [Term] = []
        let r = range(i)
        out.reserveCapacity(r.count)
        for k in r where keep(k) {
            out.append(Term(
                stem: stems[stem(at: k)], isCompoundPart: isCompoundPart(at: k), surface: surfaces[Int(surfaceOf[k])],
                isConcept: isConcept(at: k)))
        }
        return out
    }
}
