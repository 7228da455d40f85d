extension SampleCorpus {
    /// The document as HTML the way a government site serves it: navigation, a header and a footer
    /// around the main content, footnote references as superscript links, footnotes at the end.
    static func html(_ document: Document, all: [Document]) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(escape(document.title))</title>\n</head>\n<body>\n"
        out += "<header><p class=\"site\">\(escape(document.header))</p></header>\n<nav><ul>\n"
        for other in all {
            out += "<li><a href=\"\(other.name).html\">\(escape(other.title))</a></li>\n"
        }
        out += "</ul></nav>\n<main>\n<article>\n"
        var openList: String? = nil
        var inTable = false
        func close() {
            if let tag = openList { out += "</\(tag)>\n" }
            openList = nil
            if inTable { out += "</table>\n" }
            inTable = false
        }
        for element in document.elements {
            switch element {
            case .heading(let level, let text):
                close()
                out += "<h\(level)>\(inline(text))</h\(level)>\n"
            case .paragraph(let text):
                close()
                out += "<p>\(inline(text))</p>\n"
            case .listItem(let label, let text):
                let tag = label == "•" ? "ul" : "ol"
                if openList != tag {
                    close()
                    out += "<\(tag)>\n"
                    openList = tag
                }
                out += "<li>\(inline(text))</li>\n"
            case .tableRow(let cells, let header):
                if !inTable {
                    close()
                    out += "<table>\n"
                    inTable = true
                }
                let tag = header ? "th" : "td"
                out += "<tr>" + cells.map { "<\(tag)>\(escape($0))</\(tag)>" }.joined() + "</tr>\n"
            case .columns:
                continue
            }
        }
        close()
        out += "</article>\n"
        if !document.footnotes.isEmpty {
            out += "<section class=\"footnotes\">\n<ol>\n"
            for label in document.footnotes.keys.sorted(by: { (Int($0) ?? 0) < (Int($1) ?? 0) }) {
                out += "<li id=\"fn\(label)\">\(escape(document.footnotes[label] ?? ""))</li>\n"
            }
            out += "</ol>\n</section>\n"
        }
        out += "</main>\n<footer><p>\(escape(document.metadata["body"] ?? "")) · \(escape(document.metadata["date"] ?? ""))</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// The document as plain text: blocks separated by blank lines, list labels kept, table cells
    /// separated by tabs, footnote references as "[1]" and the footnotes under "Noten" at the end.
    static func plainText(_ document: Document) -> String {
        var blocks: [String] = []
        var table: [String] = []
        var list: [String] = []
        func flush() {
            if !table.isEmpty { blocks.append(table.joined(separator: "\n")) }
            if !list.isEmpty { blocks.append(list.joined(separator: "\n")) }
            table = []
            list = []
        }
        for element in document.elements {
            switch element {
            case .heading(_, let text), .paragraph(let text):
                flush()
                blocks.append(plainReferences(text))
            case .listItem(let label, let text):
                if !table.isEmpty { flush() }
                list.append(label + " " + plainReferences(text))
            case .tableRow(let cells, _):
                if !list.isEmpty { flush() }
                table.append(cells.joined(separator: "\t"))
            case .columns:
                continue
            }
        }
        flush()
        if !document.footnotes.isEmpty {
            blocks.append("Noten")
            let labels = document.footnotes.keys.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
            blocks.append(labels.map { "[\($0)] " + (document.footnotes[$0] ?? "") }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func plainReferences(_ text: String) -> String {
        replaceReferences(text) { "[\($0)]" }
    }

    private static func inline(_ text: String) -> String {
        replaceReferences(escape(text)) { "<sup><a href=\"#fn\($0)\">\($0)</a></sup>" }
    }

    /// Replaces every `[^label]` by `render(label)`.
    static func replaceReferences(_ text: String, _ render: (String) -> String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[^"), let close = rest[open.upperBound...].firstIndex(of: "]") {
            out += rest[..<open.lowerBound]
            out += render(String(rest[open.upperBound..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Calls `visit` with each plain piece of `text` (false) and each reference label (true), in order.
    static func replaceReferencesVisiting(_ text: String, _ visit: (String, Bool) -> Void) {
        var rest = Substring(text)
        while let open = rest.range(of: "[^"), let close = rest[open.upperBound...].firstIndex(of: "]") {
            if open.lowerBound > rest.startIndex { visit(String(rest[..<open.lowerBound]), false) }
            visit(String(rest[open.upperBound..<close]), true)
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { visit(String(rest), false) }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
