import DwarsModel
import Foundation

/// PDF input: poppler-glib text with layout, turned into blocks with page numbers.
///
/// Pipeline: `PopplerDocument` (spans with boxes and fonts) → `PDFLayout` (reading order, columns,
/// lines) → `PDFFurniture` (running headers, footers, page numbers removed) → `PDFBlockBuilder`
/// (headings, paragraphs with hyphenation joined, list items, table rows, footnotes).
struct PDFExtractor {
    func extract(_ source: SourceBytes, metadata: DocumentMetadata) throws(ExtractionError) -> Document {
        let pageTexts: [PDFPageText]
        do {
            pageTexts = try PopplerDocument.read(source.data)
        } catch {
            switch error {
            case .encrypted: throw .encrypted(path: source.path)
            case .noPages: throw .corruptPDF(path: source.path, reason: "no pages")
            case .damaged(let e): throw .corruptPDF(path: source.path, reason: e.message)
            }
        }
        if pageTexts.allSatisfy({ $0.spans.isEmpty }) {
            throw .needsOCR(path: source.path, pages: pageTexts.count)
        }
        let ordered = pageTexts.map { PDFLayout.lines(of: $0) }
        let cleaned = PDFFurniture.shared.remove(from: ordered, heights: pageTexts.map(\.height))
        let blocks = PDFBlockBuilder(pages: cleaned).blocks()
        let pages = pageTexts.map { Page(number: $0.number, width: $0.width, height: $0.height) }
        return Document(metadata: metadata, pages: pages, blocks: blocks)
    }
}
