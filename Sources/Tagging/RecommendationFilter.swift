import DwarsModel

/// The last look at the recommendations a rule found in one document: drops what only looks like a
/// proposal. A summary ("In het kort: ...", `recommendation-summary-openings.txt`) repeats what was said;
/// a list item ending in a conjunction ("te groeien naar zelfstandigheid, en") is a piece of one sentence
/// broken into a list (its endings in `recommendation-function-words.tsv`); the items of a list of problems,
/// reasons or observations ("Dilemma's:", `recommendation-nonproposal-leadins.txt`) propose nothing.
struct RecommendationFilter: Sendable {
    var summaryOpenings: CueList
    var fragmentEndings: Set<String>
    var nonProposalLeadIns: CueList

    static func load(functionWords: RecommendationFunctionWords) throws -> RecommendationFilter {
        RecommendationFilter(
            summaryOpenings: CueList(try LexiconDirectory.entries("recommendation-summary-openings.txt")),
            fragmentEndings: functionWords.fragmentEndings,
            nonProposalLeadIns: CueList(try LexiconDirectory.entries("recommendation-nonproposal-leadins.txt")))
    }

    /// Whether `leadIn` opens a list of problems, reasons or observations ("Dilemma's:", "Dit zien we aan de
    /// volgende punten:"). A problem noun closing the lead-in ("knelpunten:") yields to a lead-in that also
    /// announces proposals (`proposes`); a phrase ("zien we aan") decides by itself.
    func rejectsList(leadIn: String?, proposes: @autoclosure () -> Bool) -> Bool {
        guard let leadIn else { return false }
        let words = CueWords.words(leadIn)
        let set = Set(words)
        let closesWithColon = leadIn.last(where: { $0 != " " && $0 != "\t" }) == ":"
        var closingNoun = false
        for p in nonProposalLeadIns.patterns where p.mayMatch(set) {
            if p.source.hasSuffix(":") {
                guard closesWithColon else { continue }
                let from = max(0, words.count - p.parts.count - 2)
                if let r = p.firstMatch(in: words, from: from), r.upperBound >= words.count - 2 { closingNoun = true }
            } else if p.firstMatch(in: words) != nil {
                return true
            }
        }
        return closingNoun && !proposes()
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

    /// The findings of one document without those this filter rejects; the end of a quotation is
    /// reported.
    func apply(_ items: [TaggedItem]) -> [TaggedItem] {
        items.filter { !rejects($0) }.map { item in
            var item = item
            if item.form == "inline-sentence", let text = item.text, Self.closesQuotation(text) { item.reported = true }
            return item
        }
    }

    /// A sentence that ends a quotation opened in an earlier sentence (`... resultaat".`): its straight
    /// double quotes do not pair up and the last one closes the sentence. Someone else's words, quoted.
    static func closesQuotation(_ text: String) -> Bool {
        let quotes = text.filter { $0 == "\"" }.count
        guard quotes % 2 == 1 else { return false }
        let tail = text.suffix(3)
        return tail.hasSuffix("\"") || tail.hasSuffix("\".")
    }
}
