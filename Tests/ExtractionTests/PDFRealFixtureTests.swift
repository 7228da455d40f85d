import DwarsModel
import Extraction
import Foundation
import TestSupport
import Testing

/// Real PDFs from ../shared/fixtures/real and damaged or locked PDFs made from them.
@Suite struct PDFRealFixtureTests {
    static func fixture(_ name: String) -> String { Shared.path("fixtures/real/" + name) }

    static let qpdfAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf") || Shared.isCI

    @Test(.enabled(if: Shared.runnable)) func imageOnlyScanNeedsOCR() throws {
        try Shared.require()
        let path = Self.fixture("blg-1007826.pdf")
        #expect(throws: ExtractionError.needsOCR(path: path, pages: 2)) { try Extractor().extract(path: path) }
    }

    @Test(.enabled(if: Shared.runnable), arguments: ["broken_IAmWrongPDF.pdf", "broken_test_broken.pdf"])
    func corruptPDFsGetAClearError(_ name: String) throws {
        try Shared.require()
        let path = Self.fixture(name)
        do {
            _ = try Extractor().extract(path: path)
            Issue.record("\(name) extracted without error")
        } catch {
            switch error {
            case .corruptPDF(let p, _), .unsupportedFormat(let p, _):
                #expect(p == path)
                #expect(error.description.hasPrefix(path + ": "))
                #expect(!error.description.contains("\n"))
            default:
                Issue.record("\(name): unexpected error \(error)")
            }
        }
    }

    @Test(.enabled(if: Shared.runnable)) func truncatedPDFIsDamaged() throws {
        try Shared.require()
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("kst-32545-143.pdf")))
        let path = try Shared.temporaryDirectory().appendingPathComponent("afgebroken.pdf").path
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        #expect {
            try Extractor().extract(path: path)
        } throws: { error in
            guard let e = error as? ExtractionError, case .corruptPDF(let p, _) = e else { return false }
            return p == path
        }
    }

    @Test func zeroBytePDFIsEmpty() throws {
        let path = try Shared.temporaryDirectory().appendingPathComponent("leeg.pdf").path
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: ExtractionError.empty(path: path)) { try Extractor().extract(path: path) }
    }

    @Test func pngRenamedPDFIsNotAPDF() throws {
        let path = try Shared.temporaryDirectory().appendingPathComponent("scan.pdf").path
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        FileManager.default.createFile(atPath: path, contents: Data(png))
        #expect(throws: ExtractionError.unsupportedFormat(path: path, reason: "PNG image")) {
            try Extractor().extract(path: path)
        }
    }

    /// Encrypts a sample PDF with qpdf (AES-256) with the given user password.
    static func encrypted(userPassword: String) throws -> String {
        let dir = try Shared.temporaryDirectory()
        try SampleCorpus.render(sources: Shared.root.appendingPathComponent("Corpus/sources").path, out: dir.path)
        let input = dir.appendingPathComponent("ser-advies-jeugdhulp-in-verbinding.pdf").path
        let output = dir.appendingPathComponent("versleuteld.pdf").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        process.arguments = ["--encrypt", userPassword, "eigenaar", "256", "--", input, output]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return output
    }

    @Test(.enabled(if: qpdfAvailable)) func userPasswordGivesEncryptedError() throws {
        let path = try Self.encrypted(userPassword: "geheim")
        #expect(throws: ExtractionError.encrypted(path: path)) { try Extractor().extract(path: path) }
    }

    @Test(.enabled(if: qpdfAvailable)) func emptyUserPasswordOpens() throws {
        let path = try Self.encrypted(userPassword: "")
        let document = try Extractor().extract(path: path)
        #expect(document.blocks.first { $0.kind == .heading }?.text == "Jeugdhulp in verbinding")
    }

    @Test(.enabled(if: Shared.runnable)) func bncFicheHeadingsFoundAndNoPageStamps() throws {
        try Shared.require()
        let document = try Extractor().extract(path: Self.fixture("bnc-fiche-5-herziening-mifid.pdf"))
        #expect(document.pages.count == 15)
        let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
        for expected in ["Algemene gegevens", "Essentie voorstel", "Nederlandse positie ten aanzien van het voorstel"] {
            #expect(headings.contains(expected), "missing heading \(expected)")
        }
        for block in document.blocks {
            #expect(block.text.range(of: #"Pagina \d+ van \d+"#, options: .regularExpression) == nil, "\(block.text)")
        }
        // Footnotes at the page bottoms are footnote blocks with their number, not paragraphs.
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.count >= 8)
        #expect(notes.first?.footnoteMarkers == ["1"])
        #expect(!document.blocks.contains { $0.kind == .paragraph && $0.text.allSatisfy(\.isNumber) })
    }

    @Test(.enabled(if: Shared.runnable)) func kamerbriefSubheadingsAndNoPageStamps() throws {
        try Shared.require()
        let document = try Extractor().extract(path: Self.fixture("20110301-5687928a-draagmoederschap.pdf"))
        let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
        for expected in ["Rapport", "Vrijwilligheid", "Belangen"] {
            #expect(headings.contains(expected), "missing heading \(expected)")
        }
        for block in document.blocks {
            #expect(block.text.range(of: #"Pagina \d+ van \d+"#, options: .regularExpression) == nil)
        }
        #expect(document.blocks.filter { $0.kind == .footnote }.count == 1)
        // Line-end hyphenation of "wet-" / "en regelgeving" kept as an elided compound.
        #expect(document.blocks.contains { $0.text.contains("wet- en regelgeving") })
    }

    @Test(.enabled(if: Shared.runnable)) func numberedArticlesAreListItemsNotTableRows() throws {
        try Shared.require()
        let document = try Extractor().extract(
            path: Self.fixture("130131_Leverings_en_acceptatievoorwaarden_versie_2_Definitief.pdf"))
        let items = document.blocks.filter { $0.kind == .listItem }
        #expect(items.contains { $0.label == "1.1" && $0.text.hasPrefix("De Leverancier zal voorafgaand") })
        // A definition's text and its continuation lines stay one block with the term.
        #expect(document.blocks.contains { $0.kind == .paragraph && $0.text.hasPrefix("Gebrek : een onvolkomenheid")
            && $0.text.contains("specificat") })
        #expect(!document.blocks.contains { $0.kind == .tableRow && ($0.cells?.last?.hasPrefix(":") ?? false) })
    }
}
