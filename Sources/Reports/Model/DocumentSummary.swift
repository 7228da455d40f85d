import DwarsModel

/// One column of the matrix: a source document as the reports name it.
public struct DocumentSummary: Sendable, Hashable, Codable {
    /// Corpus file name (the `doc` field of items).
    public var file: String
    public var title: String?
    /// Issuing body (SER, VWS, VNG, a werkgroep, ...).
    public var body: String?
    public var date: String?
    public var type: String?

    public init(file: String, title: String? = nil, body: String? = nil, date: String? = nil, type: String? = nil) {
        self.file = file
        self.title = title
        self.body = body
        self.date = date
        self.type = type
    }

    /// The summary of an extracted document.
    public init(_ document: Document) {
        self.init(
            file: document.fileName, title: document.metadata.title, body: document.metadata.issuingBody,
            date: document.metadata.date, type: document.metadata.type)
    }

    /// A short column heading: the issuing body and the file's numeric prefix where known, else the file name.
    public var shortName: String {
        let prefix = file.split(separator: "_").first.map(String.init) ?? file
        if let body, !body.isEmpty { return "\(prefix) \(body)" }
        return file
    }
}
