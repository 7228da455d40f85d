import DwarsModel

extension RecommendationRule {
    /// Words that make a sentence ending in a colon a mere announcement of a list
    /// (`Lexicons/recommendation-list-announcements.txt`).
    static let listAnnouncements: Set<String> =
        Set((try? LexiconDirectory.entries("recommendation-list-announcements.txt")) ?? [])

    /// Least words of a sentence ending in a colon that counts as a proposal of its own: shorter ones
    /// announce the list ("Rijk en VNG gaan het gesprek aan over:").
    static let colonProposalWords = 12

    /// A lead-in that is itself a proposal ("Het wordt hoog tijd dat zij handreikingen ontwikkelen over:")
    /// or, in a letter, a commitment ("Rijk en VNG gaan met de verzekeraars in gesprek over:") opens a list
    /// of proposals: a cue of the lead-in that is not weak.
    func cuedLeadIn(_ leadIn: String, letter: Bool) -> CuePattern? {
        guard let c = cue(in: leadIn, letter: letter), !lexicon.weakCues.contains(c.source) else { return nil }
        return c
    }

    /// A sentence closing in a colon that is itself a proposal ("Het wordt hoog tijd dat zij, samen met
    /// ouders en school, handreikingen ontwikkelen over:"): a cue that is not weak, in a sentence of at least
    /// `colonProposalWords` words that is no announcement of a list (a lead-in cue such as "stellen we
    /// voor", a word of `listAnnouncements` such as "het volgende", or a cue among its last words).
    func proposesBeforeColon(_ sentence: String, letter: Bool) -> Bool {
        let words = CueWords.words(sentence)
        guard words.count >= Self.colonProposalWords, !words.contains(where: Self.listAnnouncements.contains)
        else { return false }
        let set = Set(words)
        if lexicon.leadIns.patterns.contains(where: { $0.mayMatch(set) && $0.firstMatch(in: words) != nil }) { return false }
        // The cue closing the sentence ("... stellen we daarom voor:") announces what follows.
        guard let c = cuedLeadIn(sentence, letter: letter), let r = c.firstMatch(in: words) else { return false }
        return words.count - r.upperBound >= 3
    }
}
