import DwarsModel
import Foundation

/// Turns an input file (PDF, HTML, XML or text) into a `Document`.
///
/// The format is sniffed from the bytes; each format has its own internal extractor. Errors are typed
/// and name the file; nothing here holds a C pointer past the call.
public struct Extractor: Sendable {
    public var options: ExtractionOptions

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// Extracts the file at `path`.
    public func extract(path: String) throws(ExtractionError) -> Document {
        let deadline = ExtractionDeadline(path: path, seconds: options.timeoutPerFile)
        return try extract(try SourceBytes.read(path: path, maxBytes: options.maxFileSize), deadline: deadline)
    }

    /// Extracts bytes already in memory; `path` names them in metadata and errors (fuzzing, tests, stdin).
    public func extract(data: Data, path: String) throws(ExtractionError) -> Document {
        if data.isEmpty { throw .empty(path: path) }
        if data.count > options.maxFileSize { throw .tooLarge(path: path, bytes: data.count, limit: options.maxFileSize) }
        return try extract(SourceBytes(path: path, data: data), deadline: ExtractionDeadline(path: path, seconds: options.timeoutPerFile))
    }

    private func extract(_ source: SourceBytes, deadline: ExtractionDeadline) throws(ExtractionError) -> Document {
        try deadline.check()
        let path = source.path
        let format = try FormatSniffer.format(of: source)
        let metadata = DocumentMetadata(sourcePath: path, sha256: source.sha256, format: format)
        var document: Document
        switch format {
        case .text:
            document = try TextExtractor().extract(source, metadata: metadata)
        case .pdf:
            document = try PDFExtractor(deadline: deadline).extract(source, metadata: metadata)
        case .html:
            document = try HTMLExtractor().extract(source, metadata: metadata)
        case .xml:
            document = try XMLExtractor().extract(source, metadata: metadata)
        }
        try deadline.check()
        MetadataInference.fill(&document)
        return document
    }
}
