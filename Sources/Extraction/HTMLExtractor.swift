import DwarsModel
import Foundation

/// HTML and XHTML pages: parsed through libxml2 (XHTML with the XML parser, falling back to the HTML
/// parser when it is not well-formed), main content found by `MainContentExtractor`, blocks built by
/// `HTMLBlockBuilder`, metadata taken from `<meta>` tags (`Lexicons/markup-metadata.tsv`) and `<title>`.
///
/// The page's own charset is honoured (`MarkupCharset`); no network, no entity expansion, no DTD.
struct HTMLExtractor {
    func extract(_ source: SourceBytes, metadata: DocumentMetadata) throws(ExtractionError) -> Document {
        let tree = try Self.parse(source)
        return try extract(tree: tree, path: source.path, metadata: metadata)
    }

    /// Main content and metadata of a parsed page.
    func extract(tree: MarkupTree, path: String, metadata: DocumentMetadata) throws(ExtractionError) -> Document {
        let lexicon = try Self.lexicon(path: path)
        let content = MainContentExtractor(tree: tree, lexicon: lexicon).extract()
        let blocks = HTMLBlockBuilder(tree: tree, excluded: content.excluded, footnoteCues: lexicon.footnoteCues)
            .blocks(roots: content.roots)
        var metadata = metadata
        Self.fillMetadata(&metadata, from: tree)
        return Document(metadata: metadata, pages: [Page(number: 1)], blocks: blocks)
    }

    /// Parses a page: the XML parser first when it declares itself XHTML, else (or on failure) libxml2's
    /// HTML parser.
    static func parse(_ source: SourceBytes) throws(ExtractionError) -> MarkupTree {
        let encoding = MarkupCharset.encoding(of: source.data)
        if isXHTML(source.data), let tree = try? MarkupTree(parsing: source.data, with: .strictXML, encoding: encoding),
            tree.firstElement(named: "body") != nil
        {
            return tree
        }
        let tree: MarkupTree
        do { tree = try MarkupTree(parsing: source.data, with: .html, encoding: encoding) } catch {
            throw .malformedMarkup(path: source.path, reason: error.reason)
        }
        guard !tree.nodes.isEmpty else { throw .malformedMarkup(path: source.path, reason: "no elements found") }
        return tree
    }

    /// An XML declaration or the XHTML namespace in the first 2 KB.
    static func isXHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        return head.hasPrefix("<?xml") || head.contains("http://www.w3.org/1999/xhtml")
    }

    static func lexicon(path: String) throws(ExtractionError) -> MainContentLexicon {
        switch MainContentLexicon.shared {
        case .success(let lexicon): return lexicon
        case .failure(let error): throw .unreadable(path: path, reason: error.description)
        }
    }

    /// Fills empty metadata fields from `<meta name|property content>` (lexicon order) and `<title>`.
    static func fillMetadata(_ metadata: inout DocumentMetadata, from tree: MarkupTree) {
        var metas: [String: String] = [:]
        var title: String?
        for node in tree.nodes where !node.isText {
            if node.name == "meta", let key = node.attribute("name") ?? node.attribute("property"),
                let content = node.attribute("content"), !content.trimmingCharacters(in: .whitespaces).isEmpty
            {
                let k = key.lowercased()
                if metas[k] == nil { metas[k] = MarkupText.clean(content) }
            } else if node.name == "title", title == nil {
                let raw = MarkupText.clean(node.children.map { tree.nodes[Int($0)].text }.joined())
                if !raw.isEmpty { title = raw }
            } else if node.name == "body" {
                break
            }
        }
        let rows = (try? LexiconDirectory.table("markup-metadata.tsv")) ?? []
        for row in rows where row.count >= 2 {
            guard let value = metas[row[0].lowercased()] else { continue }
            switch row[1] {
            case "title": if metadata.title == nil { metadata.title = value }
            case "issuingBody": if metadata.issuingBody == nil { metadata.issuingBody = value }
            case "date": if metadata.date == nil { metadata.date = isoDate(value) }
            case "type": if metadata.type == nil { metadata.type = value.lowercased() }
            default: continue
            }
        }
        if metadata.title == nil { metadata.title = title }
    }

    /// The yyyy-MM-dd (or yyyy-MM, yyyy) prefix of an ISO-like date, or nil.
    static func isoDate(_ value: String) -> String? {
        let digits = value.prefix(10)
        let parts = digits.split(separator: "-")
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else { return nil }
        return parts.prefix(3).allSatisfy({ $0.allSatisfy(\.isNumber) })
            ? parts.prefix(3).joined(separator: "-") : String(year)
    }
}
