internal import CDwarsXML
import Foundation

/// Which libxml2 parser reads a document.
enum MarkupParser: Sendable {
    /// libxml2's HTML parser (tag soup, implied html and body).
    case html
    /// The XML parser in recovery mode (OEP XML, other XML).
    case xml
    /// The XML parser without recovery, for XHTML: fails on the first error so HTML can take over.
    case strictXML
}

/// Why libxml2 could not give a tree.
struct MarkupParseError: Error, Sendable {
    var reason: String
}

extension MarkupTree {
    /// Parses `data` through the CDwarsXML facade and converts libxml2's tree into values once.
    ///
    /// `encoding` overrides the document's own declaration (pass nil to let it decide). The C document
    /// is freed before this returns; no pointer leaves this function. The conversion is iterative, so
    /// any nesting depth libxml2 builds is safe.
    init(parsing data: Data, with parser: MarkupParser, encoding: String?) throws(MarkupParseError) {
        let mode: Int32
        switch parser {
        case .html: mode = Int32(CDWARS_XML_MODE_HTML.rawValue)
        case .xml: mode = Int32(CDWARS_XML_MODE_XML_RECOVER.rawValue)
        case .strictXML: mode = Int32(CDWARS_XML_MODE_XML_STRICT.rawValue)
        }
        // A charset libxml2 (iconv) cannot decode would leave the parser guessing: decide ourselves.
        var encoding = encoding
        if let name = encoding, cdwars_xml_encoding_known(name) == 0 { encoding = MarkupCharset.fallback(for: data) }
        var errorBuffer = [CChar](repeating: 0, count: 512)
        let doc: OpaquePointer? = data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in
                cdwars_xml_parse(chars.baseAddress, chars.count, mode, encoding, &errorBuffer, errorBuffer.count)
            }
        }
        guard let doc else {
            let message = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw MarkupParseError(reason: message.isEmpty ? "not parseable" : message)
        }
        defer { cdwars_xml_free_doc(doc) }
        self.init(
            nodes: Self.convert(cdwars_xml_root(doc)),
            encoding: cdwars_xml_doc_encoding(doc).map { String(cString: $0) })
    }

    /// Converts the C subtree under `root` into flat nodes, depth-first with an explicit stack.
    private static func convert(_ root: OpaquePointer?) -> [Node] {
        guard let root, cdwars_xml_kind(root) == Int32(CDWARS_XML_ELEMENT.rawValue) else { return [] }
        var nodes: [Node] = []
        var stack: [(node: OpaquePointer, parent: Int32)] = [(root, -1)]
        var siblings: [OpaquePointer] = []
        let elementKind = Int32(CDWARS_XML_ELEMENT.rawValue)
        let textKind = Int32(CDWARS_XML_TEXT.rawValue)
        let cdataKind = Int32(CDWARS_XML_CDATA.rawValue)
        while let (cnode, parent) = stack.popLast() {
            let kind = cdwars_xml_kind(cnode)
            if kind == textKind || kind == cdataKind {
                guard let ctext = cdwars_xml_text(cnode) else { continue }
                let text = String(cString: ctext)
                if parent >= 0, let last = nodes[Int(parent)].children.last, nodes[Int(last)].isText,
                    Int(last) == nodes.count - 1
                {
                    nodes[Int(last)].text += text
                } else {
                    nodes.append(Node(name: "", text: text, attributes: [], parent: parent, children: []))
                    if parent >= 0 { nodes[Int(parent)].children.append(Int32(nodes.count - 1)) }
                }
                continue
            }
            guard kind == elementKind else { continue }
            let index = Int32(nodes.count)
            let name = cdwars_xml_name(cnode).map { String(cString: $0).lowercased() } ?? ""
            nodes.append(
                Node(
                    name: name.isEmpty ? "_" : name, text: "", attributes: attributes(of: cnode),
                    parent: parent, children: []))
            if parent >= 0 { nodes[Int(parent)].children.append(index) }
            siblings.removeAll(keepingCapacity: true)
            var child = cdwars_xml_first_child(cnode)
            while let c = child {
                siblings.append(c)
                child = cdwars_xml_next_sibling(c)
            }
            for c in siblings.reversed() { stack.append((c, index)) }
        }
        return nodes
    }

    private static func attributes(of cnode: OpaquePointer) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attr = cdwars_xml_first_attr(cnode)
        while let a = attr {
            defer { attr = cdwars_xml_next_attr(a) }
            guard let cname = cdwars_xml_attr_name(a) else { continue }
            let value: String
            if let simple = cdwars_xml_attr_simple_value(a) {
                value = String(cString: simple)
            } else if let joined = cdwars_xml_attr_value(a) {
                defer { cdwars_xml_free_string(joined) }
                value = String(cString: joined)
            } else {
                value = ""
            }
            result.append((String(cString: cname).lowercased(), value))
        }
        return result
    }
}
