/// Adds concept terms to another analyzer's terms: after each word (or compound part) that
/// expresses a concept of `ConceptLexicon`, a term "~concept" marked `isConcept`; multi-word cues
/// add theirs at the end.
///
/// The concept terms let "aanbesteding" meet "contractering" and "meepraten" meet "inspraak" while the
/// words themselves still count for more.
public struct ConceptTermAnalyzer: TermAnalyzing {
    public let base: any TermAnalyzing
    public let concepts: ConceptLexicon

    public init(base: any TermAnalyzing, concepts: ConceptLexicon = .load()) {
        self.base = base
        self.concepts = concepts
    }

    public func terms(in text: String) -> [Term] {
        let terms = base.terms(in: text)
        guard !concepts.isEmpty else { return terms }
        var out: [Term] = []
        out.reserveCapacity(terms.count + terms.count / 4)
        var found: [String] = []
        var lastSurface = ""
        for t in terms {
            out.append(t)
            // A word and its compound parts share a surface: one concept per word, however many parts match.
            if t.surface != lastSurface { found.removeAll(keepingCapacity: true) }
            lastSurface = t.surface
            var hits: [String] = found
            concepts.concepts(ofWord: t.isCompoundPart ? t.part ?? t.stem : t.surface, into: &hits)
            for c in hits where !found.contains(c) {
                found.append(c)
                out.append(Term(stem: "~" + c, surface: "~" + c, isConcept: true))
            }
        }
        for c in concepts.phraseConcepts(in: BasicTermAnalyzer.words(in: text)) {
            out.append(Term(stem: "~" + c, surface: "~" + c, isConcept: true))
        }
        return out
    }
}
