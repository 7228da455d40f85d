import DwarsModel
import Extraction
import Foundation
import Testing

/// Encodings of plain text: the same sample in UTF-8, UTF-8 with BOM, UTF-16 LE/BE with BOM, Windows-1252
/// and with CRLF line ends gives the same blocks; binary data is refused with a one-line reason.
@Suite struct TextDecoderTests {
    static func blocks(_ data: Data, _ name: String = "brief.txt") throws -> [Block] {
        try Extractor().extract(data: data, path: name).blocks
    }

    static let variants: [(String, Data)] = [
        ("utf-8 BOM", Data([0xEF, 0xBB, 0xBF]) + Data(TextSample.text.utf8)),
        ("utf-16 LE", TextSample.utf16(TextSample.text, littleEndian: true)),
        ("utf-16 BE", TextSample.utf16(TextSample.text, littleEndian: false)),
        ("windows-1252", TextSample.windows1252(TextSample.text)),
        ("windows-1252 CRLF", TextSample.windows1252(TextSample.lines.joined(separator: "\r\n") + "\r\n")),
    ]

    @Test(arguments: variants.map(\.0)) func encodingGivesTheSameBlocks(_ name: String) throws {
        let expected = try Self.blocks(Data(TextSample.text.utf8))
        let data = try #require(Self.variants.first { $0.0 == name }?.1)
        let got = try Self.blocks(data)
        #expect(got.map(\.text) == expected.map(\.text))
        #expect(got.map(\.lines) == expected.map(\.lines))
        #expect(got.contains { $0.text.contains("coördinatie") })
        #expect(got.contains { $0.text.contains("(x € 1 mln)") })
        #expect(got.contains { $0.text.contains("één regionaal expertteam") })
    }

    @Test func windows1252IsNotMistakenForUTF8() throws {
        // "financiële" in Windows-1252 is invalid UTF-8 (a lone 0xEB).
        let data = TextSample.windows1252("De financiële gevolgen zijn groot.\n")
        #expect(String(data: data, encoding: .utf8) == nil)
        let b = try Self.blocks(data)
        #expect(b.map(\.text) == ["De financiële gevolgen zijn groot."])
    }

    @Test func unicodeLineSeparatorIsNoLineBreak() throws {
        let text = "Eerste regel\u{2028}loopt door.\n\nTweede alinea.\n"
        let b = try Self.blocks(Data(text.utf8))
        #expect(b.count == 2)
        #expect(b[0].lines == LineRange(first: 1, last: 1))
        #expect(b[1].lines == LineRange(first: 3, last: 3))
        #expect(b[0].text == "Eerste regel loopt door.")
    }

    static let binaries: [(String, [UInt8])] = [
        ("NUL-heavy", Array(repeating: [0x41, 0x00, 0x00, 0x7F], count: 200).flatMap { $0 }),
        ("undefined cp1252 bytes", Array("Dit is tekst ".utf8) + [0x81, 0x8D, 0x8F, 0x90, 0x9D] + Array(" en meer".utf8)),
        ("control noise", Array(repeating: [0x01, 0x02, 0x03, 0x41, 0x42], count: 100).flatMap { $0 }),
        ("bad UTF-16", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]),
    ]

    @Test(arguments: binaries.map(\.0)) func binaryIsRefused(_ name: String) throws {
        let bytes = try #require(Self.binaries.first { $0.0 == name }?.1)
        let result = Result<Document, ExtractionError> { () throws(ExtractionError) -> Document in
            try Extractor().extract(data: Data(bytes), path: "kapot.txt")
        }
        guard case .failure(let error) = result else {
            Issue.record("expected invalidEncoding for \(name)")
            return
        }
        guard case .invalidEncoding(let path, let reason) = error else {
            Issue.record("expected invalidEncoding, got \(error)")
            return
        }
        #expect(path == "kapot.txt")
        #expect(!reason.isEmpty && !reason.contains("\n"))
        #expect(!error.description.contains("\n"))
    }
}
