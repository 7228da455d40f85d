internal import CDwarsCairo
import Foundation

/// Renders a `SampleCorpus.Document` to an A4 PDF through cairo's PDF surface.
///
/// The layout is computed first (so the footer can say "Pagina N van M"), then drawn. It puts on the
/// pages what real policy PDFs have: a running header and footer, superscript footnote markers with
/// the footnotes at the bottom of the same page, ragged-right lines hyphenated at line ends (long words
/// at a syllable, compounds at their own hyphen, elided compounds "jeugd-" left at the line end before
/// "en"), two-column regions, and tables with right-aligned amounts. cairo objects live only inside
/// `write(to:)` and `Measure`, destroyed with `defer`.
struct SamplePDFWriter {
    let document: SampleCorpus.Document

    static let pageWidth = 595.28
    static let pageHeight = 841.89
    static let left = 72.0
    static let textWidth = pageWidth - 144
    static let firstBaseline = 92.0
    /// Body text and footnotes stay above this baseline.
    static let bottomLimit = 748.0
    static let gutter = 20.0

    static let bodySize = 10.5
    static let bodyLeading = 14.0
    static let noteSize = 8.0
    static let noteLeading = 10.0
    static let superscriptSize = 6.5
    static let superscriptRise = 3.8
    static let tableSize = 9.5

    /// A font face of the sample PDFs (DejaVu, installed with fonts-dejavu-core).
    enum Face: Hashable {
        case serif, serifBold, sans, sansBold
        var family: String { self == .serif || self == .serifBold ? "DejaVu Serif" : "DejaVu Sans" }
        var bold: Bool { self == .serifBold || self == .sansBold }
    }

    /// One thing to draw on a page.
    enum Item {
        case text(String, x: Double, y: Double, face: Face, size: Double)
        case rule(x0: Double, x1: Double, y: Double)
    }

    func write(to path: String) throws(SampleCorpus.Failure) {
        let measure = Measure()
        var layout = Layout(document: document, measure: measure)
        let pages = layout.run()
        let surface = cairo_pdf_surface_create(path, Self.pageWidth, Self.pageHeight)
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .cannotWrite(path: path, reason: "cairo could not create the PDF surface")
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.metadata["body"] ?? "")
        // A fixed date keeps the generated files byte-stable between runs (they are committed).
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2025-01-01T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2025-01-01T00:00:00Z")
        let cr = cairo_create(surface)
        defer { cairo_destroy(cr) }
        for (index, items) in pages.enumerated() {
            var all = items
            all.append(.text(document.header, x: Self.left, y: 46, face: .sans, size: 8))
            all.append(.rule(x0: Self.left, x1: Self.left + Self.textWidth, y: 52))
            let footer = "Pagina \(index + 1) van \(pages.count)"
            let width = measure.width(footer, .sans, 8)
            all.append(.text(footer, x: (Self.pageWidth - width) / 2, y: 806, face: .sans, size: 8))
            for item in all {
                switch item {
                case .text(let string, let x, let y, let face, let size):
                    cairo_select_font_face(cr, face.family, CAIRO_FONT_SLANT_NORMAL,
                                           face.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
                    cairo_set_font_size(cr, size)
                    cairo_move_to(cr, x, y)
                    cairo_show_text(cr, string)
                case .rule(let x0, let x1, let y):
                    cairo_set_line_width(cr, 0.5)
                    cairo_move_to(cr, x0, y)
                    cairo_line_to(cr, x1, y)
                    cairo_stroke(cr)
                }
            }
            cairo_show_page(cr)
        }
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .cannotWrite(path: path, reason: "cairo could not finish the PDF")
        }
    }

    /// Text widths from cairo's toy font API on a scratch image surface, cached per string.
    final class Measure {
        private let surface: OpaquePointer
        private let cr: OpaquePointer
        private var cache: [String: Double] = [:]

        init() {
            surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
            cr = cairo_create(surface)
            // Unhinted metrics, as on the PDF surface: hinted advances drift on long words.
            let options = cairo_font_options_create()
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_set_font_options(cr, options)
            cairo_font_options_destroy(options)
        }

        deinit {
            cairo_destroy(cr)
            cairo_surface_destroy(surface)
        }

        func width(_ text: String, _ face: Face, _ size: Double) -> Double {
            let key = "\(face)|\(size)|\(text)"
            if let w = cache[key] { return w }
            cairo_select_font_face(cr, face.family, CAIRO_FONT_SLANT_NORMAL,
                                   face.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, size)
            var extents = cairo_text_extents_t()
            cairo_text_extents(cr, text, &extents)
            cache[key] = extents.x_advance
            return extents.x_advance
        }
    }
}
