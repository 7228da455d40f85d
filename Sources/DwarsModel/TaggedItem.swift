/// One finding of the tagger, in the gold schema (`../shared/gold/README.md`).
///
/// A single flat value for all kinds so that it reads and writes the gold JSON Lines directly; the
/// fields that do not belong to `kind` stay nil. Findings are returned, never thrown.
public struct TaggedItem: Sendable, Hashable, Codable {
    /// Corpus file name.
    public var doc: String
    /// 1-based source line where the item starts ("\n" counted only).
    public var line: Int
    /// 1-based page, for paged input.
    public var page: Int?
    public var kind: ItemKind
    /// Stable id of the item within its document.
    public var id: String?

    // recommendation
    public var label: String?
    public var text: String?
    /// numbered-heading, inline-sentence, synopsis-item or bullet.
    public var form: String?
    public var cue: String?
    public var addressee: [String]?
    public var themes: [String]?
    public var bcodes: [String]?
    /// True when the text only reports someone else's recommendation.
    public var reported: Bool?

    // measure / pm
    public var bcode: String?
    public var name: String?
    public var surface: String?
    public var context: String?
    public var table: String?
    public var years: [String: YearValue?]?

    // xref
    public var from: String?
    public var target: String?
    public var targetDoc: String?
    public var relation: String?

    // position
    public var party: String?
    public var stance: Stance?
    public var about: String?

    // subdoc
    public var title: String?
    public var startLine: Int?
    public var endLine: Int?
    public var type: String?
    public var org: String?
    public var date: String?

    public init(doc: String, line: Int, kind: ItemKind, page: Int? = nil, id: String? = nil) {
        self.doc = doc
        self.line = line
        self.kind = kind
        self.page = page
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case doc, line, page, kind, id, label, text, form, cue, addressee, themes, bcodes, reported
        case bcode, name, surface, context, table, years
        case from, target, targetDoc = "target_doc", relation
        case party, stance, about
        case title, startLine = "start_line", endLine = "end_line", type, org, date
    }
}
