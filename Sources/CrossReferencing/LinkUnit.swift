import DwarsModel

/// One thing the cross-referencer can link or return: a tagged item or a sentence, with its context.
///
/// `group` is the document for backing purposes: the file name, or for a bundle the file name and the
/// sub-document ("001_....txt#12"), since the sub-documents of a bundle count as separate documents.
public struct LinkUnit: Sendable, Hashable {
    public var ref: ItemRef
    public var page: Int?
    /// `recommendation`, `measure`, `pm`, `position` or `sentence`.
    public var kind: String
    /// The unit's own words (the item's text or name, the sentence).
    public var text: String
    /// The surrounding words: the section a heading opens, or the paragraph around a sentence.
    public var context: String
    /// The whole section the unit lies in (heading and body), compared section to section.
    public var section: String
    public var group: String
    /// Title of the sub-document the unit lies in, when the document is a bundle.
    public var groupTitle: String?
    public var bcodes: [String]
    public var themes: [String]
    public var stance: Stance?
    public var party: String?
    /// Documents (file names) the unit points at explicitly.
    public var pointsAt: [String]
    /// True when the unit opens a section (a heading, a numbered recommendation, a fiche title).
    public var isHeading: Bool
    /// Words compared as the unit's own but not shown: what the measure it names is about
    /// (`Lexicons/linking-measures.tsv`).
    public var keywords: String = ""

    public init(
        ref: ItemRef, page: Int? = nil, kind: String, text: String, context: String = "", section: String = "",
        group: String,
        groupTitle: String? = nil, bcodes: [String] = [], themes: [String] = [], stance: Stance? = nil,
        party: String? = nil, pointsAt: [String] = [], isHeading: Bool = false, keywords: String = ""
    ) {
        self.ref = ref
        self.page = page
        self.kind = kind
        self.text = text
        self.context = context
        self.section = section
        self.group = group
        self.groupTitle = groupTitle
        self.bcodes = bcodes
        self.themes = themes
        self.stance = stance
        self.party = party
        self.pointsAt = pointsAt
        self.isHeading = isHeading
        self.keywords = keywords
    }

    /// Whether the unit is a tagged item rather than a bare sentence.
    public var isItem: Bool { kind != "sentence" }
}
