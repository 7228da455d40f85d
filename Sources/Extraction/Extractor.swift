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
        let source = try SourceBytes.read(path: path, maxBytes: options.maxFileSize)
        let format = try FormatSniffer.format(of: source)
        let metadata = DocumentMetadata(sourcePath: path, sha256: source.sha256, format: format)
        var document: Document
        switch format {
        case .text:
            document = try TextExtractor().extract(source, metadata: metadata)
        case .pdf, .html, .xml:
            throw .unsupportedFormat(path: path, reason: "\(format.rawValue) extraction is not built yet")
        }
        MetadataInference.fill(&document)
        return document
    }
}
