import DwarsModel

/// Look-ups over a snapshot: an `ItemRef` to its item, a line to its passage, a citation for either.
public struct SnapshotIndex: Sendable {
    private var itemsById: [String: [TaggedItem]] = [:]
    private var itemsByLine: [String: [Int: [TaggedItem]]] = [:]
    private var passagesByDoc: [String: [Passage]] = [:]

    public init(_ snapshot: AnalysisSnapshot) {
        for item in snapshot.items {
            if let id = item.id { itemsById["\(item.doc)\u{1}\(id)", default: []].append(item) }
            itemsByLine[item.doc, default: [:]][item.line, default: []].append(item)
        }
        for passage in snapshot.passages { passagesByDoc[passage.doc, default: []].append(passage) }
        for key in passagesByDoc.keys { passagesByDoc[key]?.sort { $0.line < $1.line } }
    }

    /// The item a reference names: by id in its document, else an item starting on its line
    /// (recommendations and measures before other kinds).
    public func item(_ ref: ItemRef) -> TaggedItem? {
        if !ref.id.isEmpty, let found = itemsById["\(ref.doc)\u{1}\(ref.id)"] {
            return found.min { abs($0.line - ref.line) < abs($1.line - ref.line) }
        }
        guard let onLine = itemsByLine[ref.doc]?[ref.line] else { return nil }
        return onLine.min { Self.kindRank($0.kind) < Self.kindRank($1.kind) }
    }

    /// The passage that holds `line` of `doc`.
    /// Line 0 (input without source lines) has no passage.
    public func passage(doc: String, line: Int) -> Passage? {
        guard line > 0, let passages = passagesByDoc[doc], !passages.isEmpty else { return nil }
        var lo = 0
        var hi = passages.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if passages[mid].line <= line { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let candidate = passages[lo - 1]
        return candidate.lastLine >= line ? candidate : nil
    }

    /// A citation for an item: a recommendation or position cites its own sentence, other kinds the
    /// passage they stand in (a table row, a measure sentence), shortened to `maxSentence` characters.
    public func citation(_ item: TaggedItem) -> Citation {
        let passage = passage(doc: item.doc, line: item.line)
        let own = Self.sentence(of: item)
        let text: String
        switch item.kind {
        case .recommendation, .position: text = own ?? passage?.text ?? ""
        default: text = passage?.text ?? own ?? ""
        }
        return Citation(
            doc: item.doc, line: item.line, page: item.page ?? passage?.page, itemId: item.id,
            kind: item.kind.rawValue, sentence: Self.shortened(text))
    }

    /// Longest sentence a citation carries, in characters.
    public static let maxSentence = 600

    static func shortened(_ text: String) -> String {
        guard text.count > maxSentence else { return text }
        return String(text.prefix(maxSentence)) + " …"
    }

    /// A citation for a reference: its item where it resolves, else the passage on its line.
    public func citation(_ ref: ItemRef) -> Citation {
        if let item = item(ref) { return citation(item) }
        let passage = passage(doc: ref.doc, line: ref.line)
        return Citation(
            doc: ref.doc, line: ref.line, page: passage?.page, itemId: ref.id.isEmpty ? nil : ref.id,
            kind: "sentence", sentence: Self.shortened(passage?.text ?? ""))
    }

    /// The readable text of an item: heading or sentence, measure name, table row name.
    public static func sentence(of item: TaggedItem) -> String? {
        let candidates: [String?]
        switch item.kind {
        case .recommendation, .position: candidates = [item.text, item.label]
        case .measure: candidates = [item.name, item.surface, item.text]
        case .pm: candidates = [item.name, item.text]
        case .xref: candidates = [item.surface, item.text, item.target]
        case .subdoc: candidates = [item.title]
        }
        return candidates.compactMap { $0 }.first { !$0.isEmpty }
    }

    private static func kindRank(_ kind: ItemKind) -> Int {
        switch kind {
        case .recommendation: 0
        case .measure: 1
        case .pm: 2
        case .position: 3
        case .xref: 4
        case .subdoc: 5
        }
    }
}
