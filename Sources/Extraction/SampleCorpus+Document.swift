extension SampleCorpus {
    /// A sample document parsed from the tiny markup of `Corpus/sources/*.sample`.
    ///
    /// Markup, one element per line (paragraphs are single lines):
    /// `% key: value` metadata (title, body, date, type, header); `#`, `##`, `###` headings;
    /// `1. text` numbered and `- text` bulleted list items; `| a | b |` table rows (the first row of a
    /// table is its header); `[^n]: text` footnotes, referenced in the text as `[^n]`; `@columns 2` and
    /// `@columns 1` switch the PDF layout between two columns and one; any other line is a paragraph.
    public struct Document: Sendable, Hashable {
        /// One element of the body in order.
        public enum Element: Sendable, Hashable {
            case heading(level: Int, text: String)
            case paragraph(String)
            case listItem(label: String, text: String)
            case tableRow(cells: [String], header: Bool)
            case columns(Int)
        }

        public var name: String
        public var metadata: [String: String]
        public var elements: [Element]
        /// Footnote texts by their label ("1").
        public var footnotes: [String: String]

        public var title: String { metadata["title"] ?? name }
        public var header: String { metadata["header"] ?? title }

        /// Parses the markup `source` of the document called `name`.
        public init(name: String, source: String) {
            self.name = name
            var metadata: [String: String] = [:]
            var elements: [Element] = []
            var footnotes: [String: String] = [:]
            var previousWasRow = false
            for raw in source.split(separator: "\n", omittingEmptySubsequences: true) {
                let line = String(raw.trimmedWhitespace)
                guard !line.isEmpty else { continue }
                var isRow = false
                if line.hasPrefix("% "), let colon = line.firstIndex(of: ":") {
                    let key = line[line.index(line.startIndex, offsetBy: 2)..<colon].trimmedWhitespace
                    metadata[String(key)] = String(line[line.index(after: colon)...].trimmedWhitespace)
                } else if line.hasPrefix("#") {
                    let level = line.prefix { $0 == "#" }.count
                    elements.append(.heading(level: level, text: String(line.dropFirst(level).trimmedWhitespace)))
                } else if line.hasPrefix("@columns") {
                    elements.append(.columns(Int(line.split(separator: " ").last ?? "1") ?? 1))
                } else if line.hasPrefix("[^"), let close = line.range(of: "]:") {
                    let label = String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
                    footnotes[label] = String(line[close.upperBound...].trimmedWhitespace)
                } else if line.hasPrefix("|") {
                    let cells = line.split(separator: "|").map { String($0.trimmedWhitespace) }.filter { !$0.isEmpty }
                    elements.append(.tableRow(cells: cells, header: !previousWasRow))
                    isRow = true
                } else if line.hasPrefix("- ") {
                    elements.append(.listItem(label: "•", text: String(line.dropFirst(2))))
                } else if let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty,
                    line[line.index(after: dot)...].hasPrefix(" ")
                {
                    elements.append(.listItem(label: String(line[...dot]),
                                              text: String(line[line.index(after: dot)...].trimmedWhitespace)))
                } else {
                    elements.append(.paragraph(line))
                }
                previousWasRow = isRow
            }
            self.metadata = metadata
            self.elements = elements
            self.footnotes = footnotes
        }

        /// `text` without its footnote references (`[^1]`).
        public static func stripReferences(_ text: String) -> String {
            var out = ""
            var rest = Substring(text)
            while let open = rest.range(of: "[^") {
                out += rest[..<open.lowerBound]
                guard let close = rest[open.upperBound...].firstIndex(of: "]") else {
                    rest = rest[open.lowerBound...]
                    break
                }
                rest = rest[rest.index(after: close)...]
            }
            return out + rest
        }

        /// The body text in reading order (headings, paragraphs, list labels and items, table cells),
        /// without footnotes, running headers or page numbers: what a clean extraction must give.
        public var bodyText: String {
            elements.compactMap { element -> String? in
                switch element {
                case .heading(_, let text), .paragraph(let text): return Self.stripReferences(text)
                case .listItem(let label, let text): return label + " " + Self.stripReferences(text)
                case .tableRow(let cells, _): return cells.joined(separator: " ")
                case .columns: return nil
                }
            }.joined(separator: "\n")
        }
    }
}
