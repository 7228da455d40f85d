import DwarsModel
import Foundation

/// Decides the format of an input from its leading bytes, falling back to the file extension.
enum FormatSniffer {
    static func format(of source: SourceBytes) throws(ExtractionError) -> DocumentFormat {
        let head = [UInt8](source.data.prefix(1024))
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        let ext = (source.path as NSString).pathExtension.lowercased()
        if ext == "pdf" {
            throw .unsupportedFormat(path: source.path, reason: describeMagic(head) ?? "no %PDF header")
        }
        if let magic = describeMagic(head) { throw .unsupportedFormat(path: source.path, reason: magic) }
        let lowered = String(decoding: head.prefix(512), as: UTF8.self).lowercased()
        if ext == "xml" || lowered.hasPrefix("<?xml") && !lowered.contains("<html") { return .xml }
        if ["html", "htm", "xhtml"].contains(ext) || lowered.contains("<html") || lowered.contains("<!doctype html") {
            return .html
        }
        return .text
    }

    /// Names well-known binary formats so the error can say what the file really is.
    private static func describeMagic(_ head: [UInt8]) -> String? {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "ZIP archive (docx/xlsx?)" }
        if head.starts(with: [0x7F, 0x45, 0x4C, 0x46]) { return "executable (ELF)" }
        if head.starts(with: [0x1F, 0x8B]) { return "gzip archive" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "legacy Office document" }
        return nil
    }
}
