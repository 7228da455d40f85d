/// Document-level facts: where it came from and what it is.
///
/// Fields the source does not give stay `nil`; `Extraction` infers title, issuing body and date
/// from the text when no manifest gives them.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// Title as printed or inferred.
    public var title: String?
    /// The organisation that issued the document (SER, NJi, VWS, VNG, a werkgroep, ...).
    public var issuingBody: String?
    /// ISO date (yyyy-MM-dd, or yyyy-MM, or yyyy) as printed or inferred.
    public var date: String?
    /// Kind of document (advies, brief, rapport, fiche, bundle, ...).
    public var type: String?
    /// Path of the source file as given.
    public var sourcePath: String
    /// Lower-case hex sha256 of the source bytes.
    public var sha256: String
    /// Input format.
    public var format: DocumentFormat

    public init(
        title: String? = nil, issuingBody: String? = nil, date: String? = nil, type: String? = nil,
        sourcePath: String, sha256: String, format: DocumentFormat
    ) {
        self.title = title
        self.issuingBody = issuingBody
        self.date = date
        self.type = type
        self.sourcePath = sourcePath
        self.sha256 = sha256
        self.format = format
    }

    /// The last path component of `sourcePath`.
    public var fileName: String {
        sourcePath.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? sourcePath
    }
}

/// The formats Dwarsverband reads.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case pdf, html, xml, text
}
