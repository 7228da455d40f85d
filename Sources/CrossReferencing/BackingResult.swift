import DwarsModel

/// One passage that backs the query, as `dwars backing` prints it.
public struct BackingResult: Sendable, Hashable, Codable {
    /// File name of the document.
    public var doc: String
    public var line: Int
    public var page: Int?
    /// Item kind, or "sentence".
    public var kind: String
    public var id: String
    /// The passage: the item's text or the sentence.
    public var text: String
    public var score: Double
    public var stance: Stance?
    public var evidence: [String]
    /// Title of the bundle sub-document the passage lies in, when it lies in one.
    public var subdocument: String?

    public init(
        doc: String, line: Int, page: Int?, kind: String, id: String, text: String, score: Double,
        stance: Stance?, evidence: [String], subdocument: String? = nil
    ) {
        self.doc = doc
        self.line = line
        self.page = page
        self.kind = kind
        self.id = id
        self.text = text
        self.score = score
        self.stance = stance
        self.evidence = evidence
        self.subdocument = subdocument
    }

    enum CodingKeys: String, CodingKey { case doc, line, page, kind, id, text, score, stance, evidence, subdocument }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(line, forKey: .line)
        try c.encode(page, forKey: .page)
        try c.encode(kind, forKey: .kind)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode((score * 1000).rounded() / 1000, forKey: .score)
        try c.encode(stance, forKey: .stance)
        try c.encode(evidence, forKey: .evidence)
        try c.encodeIfPresent(subdocument, forKey: .subdocument)
    }
}

/// The answer to one backing query: what it resolved to and the ranked results.
public struct BackingAnswer: Sendable, Hashable, Codable {
    public var query: String
    /// The unit the query resolved to (for a location or an item id).
    public var resolved: BackingResult?
    public var results: [BackingResult]

    public init(query: String, resolved: BackingResult?, results: [BackingResult]) {
        self.query = query
        self.resolved = resolved
        self.results = results
    }
}
