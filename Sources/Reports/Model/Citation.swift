/// Where a statement in a report comes from: document, page, line, and the sentence itself.
public struct Citation: Sendable, Hashable, Codable, Comparable {
    public var doc: String
    public var line: Int
    public var page: Int?
    /// Item id, when the citation points at a tagged item.
    public var itemId: String?
    /// The item kind (`recommendation`, `measure`, ...) or `sentence`.
    public var kind: String
    /// The sentence or heading, as the tagger or the passage gives it.
    public var sentence: String

    public init(doc: String, line: Int, page: Int? = nil, itemId: String? = nil, kind: String, sentence: String) {
        self.doc = doc
        self.line = line
        self.page = page
        self.itemId = itemId
        self.kind = kind
        self.sentence = sentence
    }

    public static func < (lhs: Citation, rhs: Citation) -> Bool { (lhs.doc, lhs.line) < (rhs.doc, rhs.line) }

    /// `FILE:LINE`.
    public var location: String { "\(doc):\(line)" }

    /// `FILE, blz. N, r. M` in Dutch ("blz." for page, "r." for line). The line is that of the text
    /// `dwars extract FILE` prints (for text input the file's own line); with line 0 (no line known)
    /// the page alone.
    public var dutchReference: String {
        switch (page, line > 0) {
        case (let page?, true): return "\(doc), blz. \(page), r. \(line)"
        case (let page?, false): return "\(doc), blz. \(page)"
        case (nil, _): return "\(doc), r. \(line)"
        }
    }
}
