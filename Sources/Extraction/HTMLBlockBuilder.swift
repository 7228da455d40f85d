import DwarsModel
import Foundation

/// Turns the main content of a `MarkupTree` into blocks: h1-h6 into headings with their level, li into
/// list items with their label ("1.", "a.", "•"), rows of data tables into table rows with cells, and
/// the text of p, div and other blocks into paragraphs. Text is whitespace-collapsed and NFC.
///
/// The walk is iterative (an explicit stack of enter/exit steps), so nesting depth costs no recursion.
/// Inside a list item or heading, nested paragraphs and divs do not split the block; a nested list does.
/// Footnote references (a `<sup>` holding a link, or a link or `<sup>` with a footnote cue, whose text is
/// a short marker) are taken out of the text and kept as the block's markers; the paragraphs of a
/// footnote area (class/id cue) become footnote blocks labelled with their marker.
struct HTMLBlockBuilder {
    let tree: MarkupTree
    let excluded: [Bool]
    var footnoteCues: [MainContentLexicon.Cue] = []

    /// Elements that end the running paragraph where they open and close.
    static let blockNames: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "figcaption",
        "figure", "caption", "address", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol",
        "center", "hr", "body", "html", "details", "summary", "legend", "fieldset", "hgroup", "header",
        "footer", "nav", "aside", "form", "noscript", "menu", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    private enum Step {
        case enter(Int)
        case exit(Int)
    }

    private struct ListContext {
        var ordered: Bool
        var next: Int
        var style: String
    }

    func blocks(roots: [Int]) -> [Block] {
        var blocks: [Block] = []
        var buffer = ""
        var lists: [ListContext] = []
        // The open list item or heading that collects text (kind, level, label), innermost last.
        var holders: [(kind: BlockKind, level: Int?, label: String?, node: Int)] = []
        var markers: [String] = []
        var footnoteAreas: [Int] = []
        func flush() {
            let text = MarkupText.clean(buffer)
            buffer = ""
            defer { markers = [] }
            guard !text.isEmpty else { return }
            var block: Block
            if !footnoteAreas.isEmpty {
                block = Block(kind: .footnote, text: text, page: 1, label: markers.first)
            } else if let holder = holders.last {
                block = Block(kind: holder.kind, text: text, page: 1, level: holder.level, label: holder.label)
            } else {
                block = Block(kind: .paragraph, text: text, page: 1)
            }
            if !markers.isEmpty { block.footnoteMarkers = markers }
            blocks.append(block)
        }
        var stack: [Step] = roots.reversed().map { .enter($0) }
        while let step = stack.popLast() {
            switch step {
            case .enter(let i):
                guard !excluded[i] else { continue }
                let node = tree.nodes[i]
                if node.isText {
                    buffer += node.text
                    continue
                }
                let name = node.name
                if name == "br" {
                    buffer += " "
                    continue
                }
                if name == "sup" || name == "a", let marker = footnoteMarker(i) {
                    markers.append(marker)
                    continue
                }
                if !footnoteCues.isEmpty, footnoteAreas.isEmpty, let cue = CueText(node), cue.matchesAny(footnoteCues) {
                    flush()
                    footnoteAreas.append(i)
                }
                if name == "tr", let cells = dataCells(i) {
                    flush()
                    if cells.contains(where: { !$0.isEmpty }) {
                        blocks.append(
                            Block(kind: .tableRow, text: cells.joined(separator: " | "), page: 1, cells: cells))
                    }
                    continue
                }
                if let level = Self.headingLevel(name) {
                    flush()
                    holders.append((.heading, level, nil, i))
                } else if name == "li" {
                    flush()
                    holders.append((.listItem, nil, label(for: node, lists: &lists), i))
                } else if name == "ul" || name == "ol" {
                    flush()
                    let start = node.attribute("start").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
                    lists.append(ListContext(ordered: name == "ol", next: start, style: node.attribute("type") ?? "1"))
                } else if Self.blockNames.contains(name) {
                    if holders.isEmpty { flush() } else { buffer += " " }
                }
                stack.append(.exit(i))
                for child in node.children.reversed() { stack.append(.enter(Int(child))) }
            case .exit(let i):
                let name = tree.nodes[i].name
                if footnoteAreas.last == i {
                    flush()
                    footnoteAreas.removeLast()
                    continue
                }
                if let holder = holders.last, holder.node == i {
                    flush()
                    holders.removeLast()
                } else if name == "ul" || name == "ol" {
                    flush()
                    if !lists.isEmpty { lists.removeLast() }
                } else if Self.blockNames.contains(name) {
                    if holders.isEmpty { flush() } else { buffer += " " }
                }
            }
        }
        flush()
        ExtractedText.number(&blocks)
        return blocks
    }

    /// The marker of a footnote reference at `i` (a `<sup>` holding a link, or a link or `<sup>` with a
    /// footnote cue, whose text is 1-3 digits, a letter or a dagger/asterisk), else nil.
    private func footnoteMarker(_ i: Int) -> String? {
        let node = tree.nodes[i]
        let cued = CueText(node)?.matchesAny(footnoteCues) ?? false
        let supWithLink = node.name == "sup" && node.children.contains { tree.nodes[Int($0)].name == "a" }
        guard cued || supWithLink else { return nil }
        // A marker is a few characters: read at most a few nodes (hostile nesting stays linear).
        var raw = ""
        var stack = node.children.reversed().map(Int.init)
        var visited = 0
        while let d = stack.popLast() {
            visited += 1
            if visited > 8 || raw.utf8.count > 16 { return nil }
            if tree.nodes[d].isText {
                raw += tree.nodes[d].text
            } else {
                stack.append(contentsOf: tree.nodes[d].children.reversed().map(Int.init))
            }
        }
        var text = MarkupText.clean(raw)
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if text.hasSuffix(")") { text = String(text.dropLast()) }
        let isNumber = !text.isEmpty && text.count <= 3 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
        let isSymbol = text.count == 1 && ("*†‡§".contains(text) || text.first!.isLetter)
        return isNumber || isSymbol ? text : nil
    }

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.hasPrefix("h"), let digit = Int(name.dropFirst()), (1...6).contains(digit) else {
            return nil
        }
        return digit
    }

    /// The printed label of a list item: its number in an ordered list (honouring start, value and
    /// type), a bullet otherwise.
    private func label(for node: MarkupTree.Node, lists: inout [ListContext]) -> String {
        guard var list = lists.last else { return "•" }
        defer { lists[lists.count - 1] = list }
        guard list.ordered else { return "•" }
        if let value = node.attribute("value").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            list.next = value
        }
        let number = list.next
        list.next += 1
        switch list.style {
        case "a": return Self.letters(number, upper: false) + "."
        case "A": return Self.letters(number, upper: true) + "."
        case "i": return Self.roman(number).lowercased() + "."
        case "I": return Self.roman(number) + "."
        default: return "\(number)."
        }
    }

    /// The cells of a data row: td/th children whose content holds no block element; nil for layout rows.
    private func dataCells(_ row: Int) -> [String]? {
        var cells: [String] = []
        for child in tree.nodes[row].children.map(Int.init) where !excluded[child] {
            let cell = tree.nodes[child]
            guard cell.name == "td" || cell.name == "th" else { continue }
            var text = ""
            // A lazy walk that stops at the first layout element, so nested layout tables cost
            // nothing per row.
            var stack = cell.children.reversed().map(Int.init)
            while let d = stack.popLast() {
                guard !excluded[d] else { continue }
                let n = tree.nodes[d]
                if n.isText {
                    text += n.text
                    continue
                }
                if Self.layoutNames.contains(n.name) { return nil }
                if n.name == "br" { text += " " }
                stack.append(contentsOf: n.children.reversed().map(Int.init))
            }
            cells.append(MarkupText.clean(text))
        }
        return cells.isEmpty ? nil : cells
    }

    private static let layoutNames: Set<String> = [
        "p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
        "h6", "blockquote", "pre", "section", "article", "dl",
    ]

    private static func letters(_ n: Int, upper: Bool) -> String {
        guard n > 0 else { return String(n) }
        var n = n
        var out = ""
        while n > 0 {
            n -= 1
            out = String(UnicodeScalar(UInt8((upper ? 65 : 97) + n % 26))) + out
            n /= 26
        }
        return out
    }

    private static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var n = n
        var out = ""
        for (value, symbol) in table {
            while n >= value {
                out += symbol
                n -= value
            }
        }
        return out
    }
}
