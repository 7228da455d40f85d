import DwarsModel
import Foundation

/// PDF input: poppler-glib text with layout, turned into blocks with page numbers.
///
/// Pipeline: `PopplerDocument` (spans with boxes and fonts) → `PDFLayout` (reading order, columns,
/// lines) → `PDFFurniture` (running headers, footers, page numbers removed) → `PDFBlockBuilder`
/// (headings, paragraphs with hyphenation joined, list items, table rows, footnotes).
struct PDFExtractor {
    /// Checked between pages while reading and between the layout stages.
    var deadline = ExtractionDeadline(path: "", seconds: nil)

    func extract(_ source: SourceBytes, metadata: DocumentMetadata) throws(ExtractionError) -> Document {
        let pageTexts: [PDFPageText]
        do {
            pageTexts = try PopplerDocument.read(source.data, stop: { deadline.passed })
        } catch {
            switch error {
            case .encrypted: throw .encrypted(path: source.path)
            case .noPages: throw .corruptPDF(path: source.path, reason: "no pages")
            case .stopped: throw .timedOut(path: source.path, seconds: deadline.seconds ?? 0)
            case .damaged(let e): throw .corruptPDF(path: source.path, reason: e.message)
            }
        }
        if pageTexts.allSatisfy({ $0.spans.isEmpty }) {
            throw .needsOCR(path: source.path, pages: pageTexts.count)
        }
        try deadline.check()
        var ordered: [[PDFLine]] = []
        ordered.reserveCapacity(pageTexts.count)
        for page in pageTexts {
            ordered.append(PDFLayout.lines(of: page))
            try deadline.check()
        }
        let cleaned = PDFFurniture.shared.remove(from: ordered, heights: pageTexts.map(\.height))
        try deadline.check()
        let blocks = PDFBlockBuilder(pages: cleaned).blocks()
        let pages = pageTexts.map { Page(number: $0.number, width: $0.width, height: $0.height) }
        return Document(metadata: metadata, pages: pages, blocks: blocks)
    }
}
