import Foundation

/// The sample corpus: short Dutch documents written for this project, kept as markup sources and
/// rendered to PDF, HTML and plain text so that extraction can be tested against known content.
///
/// `render(sources:out:)` turns every `NAME.sample` of `sources` into `NAME.pdf`, `NAME.html` and
/// `NAME.txt` in `out`. The PDFs carry the layout problems real policy PDFs have: running headers and
/// footers with page numbers, footnotes at the page bottom with superscript markers in the text,
/// line-end hyphenation (also of elided compounds that keep their hyphen), two-column pages and a table
/// of amounts.
public enum SampleCorpus {
    /// Why the sample corpus could not be written.
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(path: String)
        case noSources(path: String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let p): return "\(p): cannot read sample source"
            case .noSources(let p): return "\(p): no sample sources (*.sample) found"
            case .cannotWrite(let p, let r): return "\(p): cannot write: \(r)"
            }
        }
    }

    /// Reads the markup sources in the folder `sources`, sorted by name.
    public static func documents(in sources: String) throws(Failure) -> [Document] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: sources)) ?? [])
            .filter { $0.hasSuffix(".sample") }.sorted()
        guard !names.isEmpty else { throw .noSources(path: sources) }
        var documents: [Document] = []
        for name in names {
            let path = (sources as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
            documents.append(Document(name: String(name.dropLast(7)), source: String(decoding: data, as: UTF8.self)))
        }
        return documents
    }

    /// Renders every source of `sources` into `out`; returns the paths written.
    @discardableResult
    public static func render(sources: String, out: String) throws(Failure) -> [String] {
        let documents = try documents(in: sources)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: out, reason: error.localizedDescription)
        }
        var written: [String] = []
        for document in documents {
            let base = (out as NSString).appendingPathComponent(document.name)
            try SamplePDFWriter(document: document).write(to: base + ".pdf")
            try write(html(document, all: documents), to: base + ".html")
            try write(plainText(document), to: base + ".txt")
            written += [base + ".pdf", base + ".html", base + ".txt"]
        }
        return written
    }

    private static func write(_ text: String, to path: String) throws(Failure) {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
