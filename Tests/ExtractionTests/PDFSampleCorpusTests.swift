import DwarsModel
@testable import Extraction
import Foundation
import TestSupport
import Testing

/// The generated sample PDFs extract to their source words, without page furniture or markers.
@Suite struct PDFSampleCorpusTests {
    /// The sample sources rendered once into a temporary folder.
    static let rendered: (dir: URL, documents: [SampleCorpus.Document]) = {
        let dir = try! Shared.temporaryDirectory()
        let sources = Shared.root.appendingPathComponent("Corpus/sources").path
        try! SampleCorpus.render(sources: sources, out: dir.path)
        return (dir, try! SampleCorpus.documents(in: sources))
    }()

    static var names: [String] { rendered.documents.map(\.name) }

    static func document(_ name: String) -> SampleCorpus.Document {
        rendered.documents.first { $0.name == name }!
    }

    static func extract(_ name: String) throws -> Document {
        try Extractor().extract(path: rendered.dir.appendingPathComponent(name + ".pdf").path)
    }

    /// The body text of extracted blocks as the similarity measure reads it (footnotes excluded).
    static func bodyText(_ document: Document) -> String {
        document.blocks.filter { $0.kind != .footnote }.map { block in
            if let cells = block.cells { return cells.joined(separator: " ") }
            return [block.label, block.text].compactMap { $0 }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    @Test(arguments: names) func wordSimilarityAtLeast099(_ name: String) throws {
        let extracted = WordSimilarity.words(Self.bodyText(try Self.extract(name)))
        let source = WordSimilarity.words(Self.document(name).bodyText)
        let ratio = WordSimilarity.ratio(source, extracted)
        #expect(ratio >= 0.99, "\(name): word similarity \(ratio)")
    }

    @Test(arguments: names) func noFurnitureOrMarkersInParagraphs(_ name: String) throws {
        let source = Self.document(name)
        let extracted = try Self.extract(name)
        let texts = source.elements.compactMap { element -> String? in
            switch element {
            case .paragraph(let t): return SampleCorpus.Document.stripReferences(t)
            case .listItem(_, let t): return SampleCorpus.Document.stripReferences(t)
            default: return nil
            }
        }
        let paragraphs = extracted.blocks.filter { $0.kind == .paragraph || $0.kind == .listItem }
        #expect(paragraphs.count == texts.count, "\(name): paragraph count")
        for block in paragraphs {
            #expect(!block.text.contains(source.header), "running header inside: \(block.text.prefix(60))")
            #expect(block.text.range(of: #"Pagina \d+ van \d+"#, options: .regularExpression) == nil)
            // Every paragraph is exactly a source paragraph: no marker digit, header or broken word left.
            #expect(texts.contains(block.text), "\(name): not a source paragraph: \(block.text)")
        }
        // Footnote markers moved from the text to the paragraph, in order.
        let sourceMarkers = source.elements.flatMap { element -> [String] in
            guard case .paragraph(let t) = element else {
                if case .listItem(_, let t) = element { return Self.references(t) }
                return []
            }
            return Self.references(t)
        }
        #expect(paragraphs.flatMap { $0.footnoteMarkers ?? [] } == sourceMarkers)
        let notes = extracted.blocks.filter { $0.kind == .footnote }
        #expect(notes.map { $0.footnoteMarkers ?? [] }.flatMap { $0 }.sorted() == source.footnotes.keys.sorted())
        for note in notes {
            #expect(note.text == source.footnotes[note.footnoteMarkers?.first ?? ""])
        }
    }

    static func references(_ text: String) -> [String] {
        var out: [String] = []
        SampleCorpus.replaceReferencesVisiting(text) { piece, isReference in if isReference { out.append(piece) } }
        return out
    }

    @Test func twoColumnPagesReadColumnByColumn() throws {
        let name = "denktank-rapport-sturen-op-waarde"
        let extracted = try Self.extract(name)
        let headings = extracted.blocks.filter { $0.kind == .heading }.map { [$0.label, $0.text].compactMap { $0 }.joined(separator: " ") }
        let expected = Self.document(name).elements.compactMap { element -> String? in
            if case .heading(_, let t) = element { return t }
            return nil
        }
        #expect(headings == expected)
        // The layout really has two columns: a page holds spans that start right of the middle.
        let pages = try PopplerDocument.read(Data(contentsOf: Self.rendered.dir.appendingPathComponent(name + ".pdf")))
        #expect(pages.contains { page in PDFLayout.gutter(page.spans, width: page.width) != nil })
    }

    @Test func headingLevelsFollowFontSizes() throws {
        let extracted = try Self.extract("ser-advies-jeugdhulp-in-verbinding")
        let headings = extracted.blocks.filter { $0.kind == .heading }
        #expect(headings.first?.level == 1)
        #expect(headings.first?.text == "Jeugdhulp in verbinding")
        #expect(headings.dropFirst().allSatisfy { $0.level == 2 && $0.label != nil })
    }

    @Test func tableOfAmountsKeepsItsCells() throws {
        let name = "werkgroep-fiche-selectie-en-contractering"
        let rows = try Self.extract(name).blocks.filter { $0.kind == .tableRow }.map { $0.cells ?? [] }
        let expected = Self.document(name).elements.compactMap { element -> [String]? in
            if case .tableRow(let cells, _) = element { return cells }
            return nil
        }
        #expect(rows == expected)
        #expect(rows.first?.count == 8)
    }

    @Test(arguments: names) func blocksCarryPages(_ name: String) throws {
        let extracted = try Self.extract(name)
        #expect(extracted.blocks.allSatisfy { ($0.page ?? 0) >= 1 && ($0.page ?? 0) <= extracted.pages.count })
        #expect(extracted.pages.count >= 2)
    }
}
