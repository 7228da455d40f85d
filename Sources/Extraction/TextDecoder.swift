import Foundation

/// Decodes the bytes of a plain-text file: UTF-8 (with or without BOM), UTF-16 with a BOM (LE/BE),
/// or Windows-1252 when the bytes are not UTF-8 but read as plausible Dutch text in that code page.
///
/// Anything else (NUL-heavy binary, control-character noise, bytes undefined in Windows-1252) is refused
/// with `ExtractionError.invalidEncoding` and a one-line reason. The result never holds a BOM and keeps
/// the line ends as they were ("\r\n" stays; the line splitter drops the "\r").
enum TextDecoder {
    /// Which encoding the bytes were read in.
    enum Encoding: String, Sendable, Hashable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1252
    }

    /// The decoded text and the encoding that was detected.
    static func decode(_ data: Data, path: String) throws(ExtractionError) -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let text = decodeUTF16(bytes.dropFirst(2), littleEndian: little) else {
                throw .invalidEncoding(path: path, reason: "UTF-16 byte order mark but invalid UTF-16 after it")
            }
            try checkControls(text.unicodeScalars.lazy.map(\.value), path: path)
            return (text, little ? .utf16LittleEndian : .utf16BigEndian)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            try checkControls(body.lazy.map(UInt32.init), path: path)
            return (text, .utf8)
        }
        let badOffset = firstInvalidUTF8Offset(body)
        if let text = decodeWindows1252(body, path: path, badOffset: badOffset) {
            return (text, .windows1252)
        }
        throw .invalidEncoding(path: path, reason: "invalid UTF-8 at byte \(badOffset) and not plausible Windows-1252")
    }

    /// Refuses binary data: any NUL, or more than 1 in 200 C0 control characters other than tab,
    /// line feed, carriage return and form feed.
    private static func checkControls(_ values: some Sequence<UInt32>, path: String) throws(ExtractionError) {
        var count = 0
        var controls = 0
        for v in values {
            count += 1
            if v == 0 {
                throw .invalidEncoding(path: path, reason: "NUL byte at character \(count - 1): binary data, not text")
            }
            if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C { controls += 1 }
        }
        if controls * 200 > count {
            throw .invalidEncoding(path: path, reason: "\(controls) control characters in \(count): binary data, not text")
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// Windows-1252 bytes 0x80...0x9F; nil marks the five bytes the code page leaves undefined.
    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil,
        0x017D, nil, nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, nil, 0x017E, 0x0178,
    ]

    /// Decodes as Windows-1252 when that reads as text: no undefined byte, no binary controls, and at
    /// least half of the non-ASCII bytes are letters or typographic punctuation (é, ë, ’, “, –, €).
    private static func decodeWindows1252(_ bytes: [UInt8], path: String, badOffset: Int) -> String? {
        var scalars = String.UnicodeScalarView()
        var nonASCII = 0
        var plausible = 0
        var controls = 0
        for b in bytes {
            let value: UInt32
            if b < 0x80 {
                value = UInt32(b)
                if b == 0 { return nil }
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
            } else if b < 0xA0 {
                guard let v = high[Int(b) - 0x80] else { return nil }
                value = v
                nonASCII += 1
                if [0x20AC, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2026].contains(v) { plausible += 1 }
            } else {
                value = UInt32(b)
                nonASCII += 1
                if b >= 0xC0 && b != 0xD7 && b != 0xF7 { plausible += 1 }  // Latin-1 letters
                if [0xA0, 0xAB, 0xBB, 0xB0, 0xA7].contains(b) { plausible += 1 }  // nbsp, « », °, §
            }
            scalars.append(Unicode.Scalar(value)!)
        }
        if controls * 200 > bytes.count { return nil }
        if nonASCII > 0 && plausible * 2 < nonASCII { return nil }
        return String(scalars)
    }
}
