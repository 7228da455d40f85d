internal import CDwarsPoppler
import Foundation

/// Reads the text of a PDF through poppler-glib into `PDFPageText` values.
///
/// This is the only file that touches poppler objects. Every poppler object is released before
/// `read` returns (`cdwars_object_unref`, `cdwars_free`, `poppler_page_free_text_attributes`), so no C
/// pointer leaves it.
enum PopplerDocument {
    /// Why poppler could not give us the pages.
    enum Failure: Error {
        /// The document needs a password we do not have.
        case encrypted
        /// poppler could not open or parse the document.
        case damaged(PopplerError)
        /// poppler opened it but it has no pages.
        case noPages
        /// `stop` said to stop between two pages (the caller's time limit).
        case stopped
    }

    /// Opens `data` and reads every page.
    ///
    /// The password is NULL, not "": poppler then tries the empty user password itself (so PDFs
    /// encrypted with an empty user password open), while an explicit "" crashes poppler 22.12 inside
    /// the AES-256 (R6) key check of a PDF that has a real user password.
    /// `stop` is asked before each page; when it returns true reading ends with `Failure.stopped`.
    static func read(_ data: Data, stop: () -> Bool = { false }) throws(Failure) -> [PDFPageText] {
        var error: UnsafeMutablePointer<GError>? = nil
        let bytes = data.withUnsafeBytes { buffer in g_bytes_new(buffer.baseAddress, gsize(buffer.count)) }
        defer { g_bytes_unref(bytes) }
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            guard let error else { throw .damaged(PopplerError(domain: "poppler", code: -1, message: "cannot open")) }
            let failure = PopplerError(taking: error)
            if failure.isEncrypted { throw .encrypted }
            throw .damaged(failure)
        }
        defer { unref(document) }
        let count = Int(poppler_document_get_n_pages(document))
        guard count > 0 else { throw .noPages }
        var pages: [PDFPageText] = []
        pages.reserveCapacity(count)
        for index in 0..<count {
            if stop() { throw .stopped }
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { unref(page) }
            pages.append(readPage(page, number: index + 1))
        }
        return pages
    }

    /// One page: text, one rectangle per character, and font runs, turned into spans.
    private static func readPage(_ page: OpaquePointer, number: Int) -> PDFPageText {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let cText = poppler_page_get_text(page) else {
            return PDFPageText(number: number, width: width, height: height, spans: [])
        }
        let text = String(cString: cText)
        cdwars_free(cText)
        let scalars = Array(text.unicodeScalars)
        if scalars.allSatisfy(\.isSpace) {
            return PDFPageText(number: number, width: width, height: height, spans: [])
        }

        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var rectCount: guint = 0
        poppler_page_get_text_layout(page, &rects, &rectCount)
        defer { cdwars_free(rects) }
        var boxes: [PDFGlyphBox] = []
        if let rects, Int(rectCount) == scalars.count {
            boxes = (0..<Int(rectCount)).map {
                let r = rects[$0]
                return PDFGlyphBox(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2)
            }
        } else {
            // Layout and text disagree (seen on some broken files): one box per line, stacked.
            var line = 0.0
            boxes = scalars.map { s in
                defer { if s == "\n" { line += 12 } }
                return PDFGlyphBox(x0: 0, y0: line, x1: 1, y1: line + 10)
            }
        }

        var sizes = [Double](repeating: 0, count: scalars.count)
        var bold = [Bool](repeating: false, count: scalars.count)
        var italic = [Bool](repeating: false, count: scalars.count)
        if let attributes = poppler_page_get_text_attributes(page) {
            defer { poppler_page_free_text_attributes(attributes) }
            var node: UnsafeMutablePointer<GList>? = attributes
            while let current = node {
                if let raw = current.pointee.data {
                    let attribute = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    let name = attribute.font_name.map { String(cString: $0) } ?? ""
                    let isBold = PDFFontName.isBold(name)
                    let isItalic = PDFFontName.isItalic(name)
                    let lower = max(0, Int(attribute.start_index))
                    let upper = min(scalars.count - 1, Int(attribute.end_index))
                    if lower <= upper {
                        for i in lower...upper {
                            sizes[i] = attribute.font_size
                            bold[i] = isBold
                            italic[i] = isItalic
                        }
                    }
                }
                node = current.pointee.next
            }
        }
        let glyphs = PDFGlyphs(scalars: scalars, boxes: boxes, sizes: sizes, bold: bold, italic: italic)
        return PDFPageText(number: number, width: width, height: height, spans: glyphs.spans())
    }
}

extension PopplerDocument {
    /// The one place a poppler GObject (`PopplerDocument *`, `PopplerPage *`, imported as
    /// `OpaquePointer`) is released: `g_object_unref` through the shim.
    fileprivate static func unref(_ object: OpaquePointer) {
        cdwars_object_unref(UnsafeMutableRawPointer(object))
    }
}

extension PopplerError {
    init(domain: String, code: Int, message: String) {
        self.domain = domain
        self.code = code
        self.message = message
    }
}
