/// Why a file could not be extracted. Every case names the file; `description` is one line a user can act on.
public enum ExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not exist, is a directory, or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file has no bytes.
    case empty(path: String)
    /// The file is larger than the limit the user set.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The bytes are not a format Dwarsverband reads (a PNG, a binary).
    case unsupportedFormat(path: String, reason: String)
    /// The PDF is damaged (truncated, broken xref, no trailer).
    case corruptPDF(path: String, reason: String)
    /// The PDF is encrypted with a password we do not have.
    case encrypted(path: String)
    /// The PDF has pages but no text layer: it is a scan that needs OCR.
    case needsOCR(path: String, pages: Int)
    /// The text is not valid in any encoding we detect.
    case invalidEncoding(path: String, reason: String)
    /// HTML or XML that the parser could not read at all.
    case malformedMarkup(path: String, reason: String)
    /// Extraction took longer than the per-file time limit.
    case timedOut(path: String, seconds: Double)

    public var path: String {
        switch self {
        case .unreadable(let p, _), .empty(let p), .tooLarge(let p, _, _), .unsupportedFormat(let p, _),
            .corruptPDF(let p, _), .encrypted(let p), .needsOCR(let p, _), .invalidEncoding(let p, _),
            .malformedMarkup(let p, _), .timedOut(let p, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let p, let r): return "\(p): cannot read file: \(r)"
        case .empty(let p): return "\(p): empty file (0 bytes)"
        case .tooLarge(let p, let b, let l):
            return "\(p): file is \(b) bytes, over the limit of \(l) bytes (raise it with --max-file-size)"
        case .unsupportedFormat(let p, let r): return "\(p): not a PDF, HTML, XML or text file: \(r)"
        case .corruptPDF(let p, let r): return "\(p): damaged PDF: \(r)"
        case .encrypted(let p): return "\(p): PDF is encrypted with a password; decrypt it first (qpdf --decrypt)"
        case .needsOCR(let p, let n): return "\(p): PDF has \(n) page(s) but no text layer; it needs OCR first"
        case .invalidEncoding(let p, let r): return "\(p): text is not valid UTF-8, UTF-16 or Windows-1252: \(r)"
        case .malformedMarkup(let p, let r): return "\(p): HTML/XML could not be parsed: \(r)"
        case .timedOut(let p, let s): return "\(p): extraction stopped after \(s) s (raise it with --timeout-per-file)"
        }
    }
}
