import DwarsModel
import Extraction
import Foundation
import TestSupport
import Testing

@Suite struct TextExtractionTests {
    @Test(.enabled(if: Shared.runnable)) func seedBlocksCarrySourceLines() throws {
        let path = try Shared.corpusFile("004")
        let document = try Extractor().extract(path: path)
        #expect(document.metadata.sha256.count == 64)
        #expect(document.fileName.hasPrefix("004_"))
        // "1. Stel de jeugdige ..." is a recommendation heading of the SER advice; its block must
        // cite the source line on which it is printed.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let target = try #require(lines.firstIndex { $0.hasPrefix("1. Stel de jeugdige") }) + 1
        let block = try #require(document.blocks.first { $0.text.hasPrefix("Stel de jeugdige") })
        #expect(block.lines?.first == target)
        #expect(block.kind == .heading)
        #expect(block.label == "1.")
    }

    @Test func emptyFileIsAClearError() throws {
        let dir = try Shared.temporaryDirectory()
        let path = dir.appendingPathComponent("leeg.txt").path
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: ExtractionError.empty(path: path)) { try Extractor().extract(path: path) }
    }

    @Test func pngRenamedAsPDFIsRefused() throws {
        let dir = try Shared.temporaryDirectory()
        let path = dir.appendingPathComponent("plaatje.pdf").path
        FileManager.default.createFile(atPath: path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        do {
            _ = try Extractor().extract(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("PNG"))
            #expect(error.description.contains(path))
        }
    }
}
