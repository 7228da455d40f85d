import DwarsModel

/// One family of tagging rules (recommendations, measures, PM tables, cross-references, positions).
///
/// A rule reads the document and returns findings as values; it never throws for linguistic reasons.
/// Rules load their cue words and patterns from `Lexicons/` when they are built.
public protocol TaggingRule: Sendable {
    /// Findings in `document`, in any order; the tagger sorts them.
    func findings(in document: Document) -> [TaggedItem]

    /// Findings in the document of `context`, reading what other rules also read (its source lines, its
    /// amounts tables) from the context, so each is built once per document. By default
    /// `findings(in: context.document)`.
    func findings(in context: Tagger.Context) -> [TaggedItem]
}

extension TaggingRule {
    public func findings(in context: Tagger.Context) -> [TaggedItem] { findings(in: context.document) }
}
