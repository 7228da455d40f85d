import Foundation

/// Decides which encoding the markup parser reads a document in.
///
/// Order: a byte-order mark; the document's own declaration (XML declaration, `<meta charset>` or
/// `<meta http-equiv content="...; charset=...">` in the first 16 KB); otherwise UTF-8. A declaration
/// that the bytes contradict is overruled: declared (or defaulted) UTF-8 with invalid UTF-8 bytes reads
/// as Windows-1252 (what such pages almost always are), a declared UTF-16 without byte-order mark reads
/// as UTF-8, and declared Latin-1 or Windows-1252 with bytes
/// that are valid, non-ASCII UTF-8 reads as UTF-8. ISO-8859-1 and US-ASCII read as Windows-1252, as
/// browsers do.
enum MarkupCharset {
    /// The encoding name to hand to libxml2.
    static func encoding(of data: Data) -> String {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        // UTF-16 without a byte-order mark: "<" and "?" or "!" with zero bytes between.
        if bytes.count == 4 && bytes[0] == 0x3C && bytes[1] == 0 && bytes[3] == 0 { return "UTF-16LE" }
        if bytes.count == 4 && bytes[0] == 0 && bytes[1] == 0x3C && bytes[2] == 0 { return "UTF-16BE" }
        let declared = declaredCharset(in: data).map(normalise)
        switch declared {
        case nil, "UTF-8":
            return fallback(for: data)
        case "WINDOWS-1252":
            return hasMultibyteUTF8(data) ? "UTF-8" : "WINDOWS-1252"
        case let other?:
            return other
        }
    }

    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252: for pages that declare nothing, declare
    /// UTF-8 wrongly, or declare a charset libxml2 cannot decode.
    static func fallback(for data: Data) -> String {
        isValidUTF8(data) ? "UTF-8" : "WINDOWS-1252"
    }

    /// The charset the document declares, as written, when it declares one.
    static func declaredCharset(in data: Data) -> String? {
        let head = String(decoding: data.prefix(16_384), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let end = head.firstIndex(of: ">") {
            let decl = head[..<end]
            if let value = value(after: "encoding", in: decl) { return value }
        }
        var search = head[...]
        while let meta = search.range(of: "<meta") {
            let rest = search[meta.upperBound...]
            let end = rest.firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[..<end]
            if let value = value(after: "charset", in: tag) { return value }
            search = rest[end...]
        }
        return nil
    }

    /// The value following `key` and `=` in `text`, quoted or not.
    private static func value(after key: String, in text: Substring) -> String? {
        guard let keyRange = text.range(of: key) else { return nil }
        var rest = text[keyRange.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return value.isEmpty ? nil : String(value)
    }

    private static func normalise(_ name: String) -> String {
        let upper = name.uppercased()
        switch upper {
        // A page without a byte-order mark that declares UTF-16 is not UTF-16 (its ASCII markup was
        // readable); browsers read it as UTF-8, and so do we.
        case "UTF8", "UTF-8", "UNICODE-1-1-UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UNICODE": return "UTF-8"
        case "ISO-8859-1", "ISO8859-1", "LATIN1", "LATIN-1", "US-ASCII", "ASCII", "WINDOWS-1252", "CP1252",
            "ISO_8859-1", "X-CP1252":
            return "WINDOWS-1252"
        default: return upper
        }
    }

    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            // Fast path: pure ASCII.
            if !buffer.contains(where: { $0 >= 0x80 }) { return true }
            return String(validating: buffer, as: UTF8.self) != nil
        }
    }

    /// True when the bytes are valid UTF-8 and hold at least one multi-byte sequence.
    private static func hasMultibyteUTF8(_ data: Data) -> Bool {
        data.contains { $0 >= 0x80 } && isValidUTF8(data)
    }
}
