import DwarsModel

/// The last look at the recommendations a rule found in one document: drops what only looks like a
/// proposal. A summary ("In het kort: ...", `recommendation-summary-openings.txt`) repeats what was said;
/// a list item ending in a conjunction ("te groeien naar zelfstandigheid, en") is a piece of one sentence
/// broken into a list (its endings in `recommendation-function-words.tsv`).
struct RecommendationFilter: Sendable {
    var summaryOpenings: CueList
    var fragmentEndings: Set<String>

    static func load(functionWords: RecommendationFunctionWords) throws -> RecommendationFilter {
        RecommendationFilter(
            summaryOpenings: CueList(try LexiconDirectory.entries("recommendation-summary-openings.txt")),
            fragmentEndings: functionWords.fragmentEndings)
    }

    /// Whether `item` is no proposal of its own.
    func rejects(_ item: TaggedItem) -> Bool {
        guard item.kind == .recommendation, let text = item.text else { return false }
        let words = CueWords.words(text)
        if opensWithSummary(words) { return true }
        if item.form != "inline-sentence", let last = words.last, fragmentEndings.contains(last) { return true }
        return false
    }

    /// Whether `words` open with a summarising adverbial.
    func opensWithSummary(_ words: [String]) -> Bool {
        let set = Set(words.prefix(4))
        return summaryOpenings.patterns.contains { p in
            p.mayMatch(set) && p.firstMatch(in: words)?.lowerBound == 0
        }
    }

    /// The findings of one document without those this filter rejects.
    func apply(_ items: [TaggedItem]) -> [TaggedItem] {
        items.filter { !rejects($0) }
    }
}
