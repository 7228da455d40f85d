/// Turns text into the terms the cross-referencer compares: stems of content words, and the stems of
/// compound parts marked as such.
///
/// The cross-referencer only sees terms through this protocol, so the tokenizer, stemmer and compound
/// splitter behind it can change without touching the scoring.
public protocol TermAnalyzing: Sendable {
    /// The terms of `text` in order, repeated as often as they occur.
    func terms(in text: String) -> [Term]
}

/// One term of a text: a stem, or the stem of a part of a compound word.
public struct Term: Sendable, Hashable {
    /// The normalised stem ("kwaliteitseis").
    public var stem: String
    /// True for a part of a compound ("kwaliteit" in "kwaliteitseisen"), which counts less.
    public var isCompoundPart: Bool
    /// The word as it stood (lower-cased), for evidence.
    public var surface: String
    /// True for a concept of `Lexicons/linking-concepts.tsv` the words express ("~inkoop" for
    /// "aanbesteding"), which counts at the concept weight.
    public var isConcept: Bool
    /// For a compound part, the part as it stood in the word, folded and not stemmed ("huizen" in
    /// "gezinshuizen"); nil when the analyzer does not know it. Concept cues are matched against it.
    public var part: String?

    public init(stem: String, isCompoundPart: Bool = false, surface: String, isConcept: Bool = false, part: String? = nil) {
        self.stem = stem
        self.isCompoundPart = isCompoundPart
        self.surface = surface
        self.isConcept = isConcept
        self.part = part
    }
}
