import DwarsModel
import Foundation

/// XML input: officielebekendmakingen's OEP XML mapped to blocks by `XMLBlockBuilder` (the element
/// roles of `Lexicons/oep-elements.tsv`); an XHTML document read as HTML; any other XML read with the
/// same roles (unknown elements as containers, so their text becomes paragraphs).
///
/// libxml2's XML parser in recovery mode: no network, no entity expansion, no DTD loading; its depth
/// limit (256) stays on, so a hostile nesting yields the part above the limit.
struct XMLExtractor {
    func extract(_ source: SourceBytes, metadata: DocumentMetadata) throws(ExtractionError) -> Document {
        let tree: MarkupTree
        do {
            tree = try MarkupTree(parsing: source.data, with: .xml, encoding: MarkupCharset.encoding(of: source.data))
        } catch {
            throw .malformedMarkup(path: source.path, reason: error.reason)
        }
        guard let root = tree.root else { throw .malformedMarkup(path: source.path, reason: "no root element") }
        if tree[root].name == "html" {
            return try HTMLExtractor().extract(tree: tree, path: source.path, metadata: metadata)
        }
        let roles: XMLElementRoles
        do { roles = try XMLElementRoles.shared.get() } catch {
            throw .unreadable(path: source.path, reason: error.description)
        }
        var metadata = metadata
        Self.fillMetadata(&metadata, from: tree)
        let blocks = XMLBlockBuilder(tree: tree, roles: roles).blocks()
        return Document(metadata: metadata, pages: [Page(number: 1)], blocks: blocks)
    }

    /// OEP metadata: the issuing chamber (`tekstregel inhoud="kameraanduiding"`), the date
    /// (`datum isodatum`), the document kind (the element under the root after `metadata`) and the title
    /// (`stuk/titel`, else the first `titel`).
    static func fillMetadata(_ metadata: inout DocumentMetadata, from tree: MarkupTree) {
        guard let root = tree.root else { return }
        var firstTitle: String?
        var stukTitle: String?
        for i in tree.descendants(of: root) where !tree[i].isText {
            let node = tree[i]
            switch node.name {
            case "tekstregel" where node.attribute("inhoud") == "kameraanduiding":
                if metadata.issuingBody == nil { metadata.issuingBody = MarkupText.clean(tree.rawText(of: i)) }
            case "datum":
                if metadata.date == nil, let iso = node.attribute("isodatum") {
                    metadata.date = HTMLExtractor.isoDate(iso)
                }
            case "titel":
                let text = MarkupText.clean(tree.rawText(of: i))
                if firstTitle == nil { firstTitle = text }
                if stukTitle == nil, node.parent >= 0, tree[Int(node.parent)].name == "stuk" { stukTitle = text }
            default: continue
            }
        }
        if metadata.title == nil { metadata.title = stukTitle ?? firstTitle }
        if metadata.type == nil,
            let kind = tree[root].children.map({ tree[Int($0)] }).first(where: { !$0.isText && $0.name != "metadata" })
        {
            metadata.type = kind.name
        }
    }
}
