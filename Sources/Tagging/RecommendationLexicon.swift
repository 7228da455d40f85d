import DwarsModel

/// The word lists of the recommendation rule, read from `Lexicons/recommendation-*.txt`.
struct RecommendationLexicon: Sendable {
    var cues: CueList
    var commitments: CueList
    var vetoes: CueList
    var reported: CueList
    var leadIns: CueList
    var synopsis: CueList
    var imperatives: Set<String>
    /// Second words after which an imperative-looking first word is a noun ("Zorg is").
    var imperativeVetoes: Set<String>
    /// Openings that look imperative but are not ("stel dat", "onderzoek laat").
    var imperativeVetoPhrases: [[String]]
    var headingCues: CueList
    /// Cues too common to make a list item a proposal by themselves.
    var weakCues: Set<String>
    var infinitivePrefixes: [String]
    var labelNouns: Set<String>
    var bullets: Set<Character>
    var letterMarkers: [String]
    /// Segment types whose proposals are not the text's own (task descriptions, minutes).
    var reportingSegmentTypes: Set<String>
    /// File name endings of attachments (".pdf"): an item naming a file is no proposal.
    var attachmentExtensions: [String]
    /// Finite modals whose cues count only in a main clause ("moet", "zouden").
    var finiteModals: Set<String>
    /// Words opening a subordinate clause ("dat", "die", "hoe").
    var subordinators: Set<String>
    /// Verbs of opinion after which a "dat"-clause is the speaker's own view ("stelt dat").
    var opinionVerbs: Set<String>
    /// Finite auxiliaries that close a subordinate clause ("heeft", "is").
    var finiteVerbs: Set<String>
    /// Phrases that make a whole sentence no recommendation (thanks, reference lines).
    var sentenceVetoes: CueList
    /// A letter's senders and the public bodies whose plans it announces ("vws", "vng", "we").
    var letterActors: Set<String>
    /// Verbs of acting that make an actor's sentence in a letter a commitment ("ontwikkelt").
    var letterActions: Set<String>
    /// Function words by role (conjunctions, articles), from `recommendation-function-words.tsv`.
    var functionWords: RecommendationFunctionWords

    static func load() throws -> RecommendationLexicon {
        RecommendationLexicon(
            cues: CueList(try LexiconDirectory.entries("recommendation-cues.txt")),
            commitments: CueList(try LexiconDirectory.entries("recommendation-commitments.txt")),
            vetoes: CueList(try LexiconDirectory.entries("recommendation-vetoes.txt")),
            reported: CueList(try LexiconDirectory.entries("recommendation-reported.txt")),
            leadIns: CueList(try LexiconDirectory.entries("recommendation-leadins.txt")),
            synopsis: CueList(try LexiconDirectory.entries("recommendation-synopsis.txt")),
            imperatives: Set(try LexiconDirectory.entries("recommendation-imperatives.txt").map { $0.lowercased() }),
            imperativeVetoes: Set(try LexiconDirectory.entries("recommendation-imperative-vetoes.txt").filter { !$0.contains(" ") }),
            imperativeVetoPhrases: try LexiconDirectory.entries("recommendation-imperative-vetoes.txt")
                .filter { $0.contains(" ") }.map { CueWords.words($0) },
            headingCues: CueList(try LexiconDirectory.entries("recommendation-heading-cues.txt")),
            weakCues: Set(try LexiconDirectory.entries("recommendation-weak-cues.txt")),
            infinitivePrefixes: try LexiconDirectory.entries("recommendation-infinitive-prefixes.txt"),
            labelNouns: Set(try LexiconDirectory.entries("recommendation-label-nouns.txt").map { $0.lowercased() }),
            bullets: Set(try LexiconDirectory.entries("recommendation-bullets.txt").compactMap(\.first)),
            letterMarkers: try LexiconDirectory.entries("recommendation-letter-markers.txt").map { $0.lowercased() },
            reportingSegmentTypes: Set(try LexiconDirectory.entries("recommendation-segment-types.txt")),
            attachmentExtensions: try LexiconDirectory.entries("recommendation-attachment-extensions.txt").map { $0.lowercased() },
            finiteModals: Set(try LexiconDirectory.entries("recommendation-finite-modals.txt").map { $0.lowercased() }),
            subordinators: Set(try LexiconDirectory.entries("recommendation-subordinators.txt").map { $0.lowercased() }),
            opinionVerbs: Set(try LexiconDirectory.entries("recommendation-opinion-verbs.txt").map { $0.lowercased() }),
            finiteVerbs: Set(try LexiconDirectory.entries("recommendation-finite-verbs.txt").map { $0.lowercased() }),
            sentenceVetoes: CueList(try LexiconDirectory.entries("recommendation-sentence-vetoes.txt")),
            letterActors: Set(try LexiconDirectory.entries("recommendation-letter-actors.txt").map { $0.lowercased() }),
            letterActions: Set(try LexiconDirectory.entries("recommendation-letter-actions.txt").map { $0.lowercased() }),
            functionWords: try RecommendationFunctionWords.load())
    }

    /// A reader that cuts units with this lexicon's bullets and label nouns.
    var unitReader: TextUnitReader { TextUnitReader(bullets: bullets, labelNouns: labelNouns) }
}
