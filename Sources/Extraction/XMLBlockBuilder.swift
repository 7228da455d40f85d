import DwarsModel

/// Turns an XML tree (OEP XML of officielebekendmakingen, or any XML) into blocks by element role.
///
/// Headings, paragraphs and list items collect all the text inside them (a `titel` inside a `kop` does
/// not split the heading, an `al` inside an `li` does not split the item; a nested `li` does). A list
/// item's `label` child becomes its label. A footnote (`noot`) is taken out of the paragraph it sits
/// in: its label stays on the paragraph as a marker and it follows the paragraph as a footnote block.
/// Text outside any block becomes a paragraph at the next container boundary. Iterative walk.
struct XMLBlockBuilder {
    let tree: MarkupTree
    let roles: XMLElementRoles

    private enum Step {
        case enter(Int)
        case exit(Int)
    }

    private struct Holder {
        var kind: BlockKind
        var level: Int?
        var label: String?
        var markers: [String] = []
        var node: Int
    }

    func blocks() -> [Block] {
        guard let root = tree.root else { return [] }
        var blocks: [Block] = []
        var buffer = ""
        var holders: [Holder] = []
        var pendingFootnotes: [Block] = []
        func emit(_ holder: Holder?) {
            let text = MarkupText.clean(buffer)
            buffer = ""
            if !text.isEmpty {
                var block = Block(
                    kind: holder?.kind ?? .paragraph, text: text, page: 1, level: holder?.level,
                    label: holder?.label)
                if let markers = holder?.markers, !markers.isEmpty { block.footnoteMarkers = markers }
                blocks.append(block)
            }
            if holders.isEmpty || holder != nil && holders.count <= 1 {
                blocks.append(contentsOf: pendingFootnotes)
                pendingFootnotes = []
            }
        }
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .enter(let i):
                let node = tree[i]
                if node.isText {
                    buffer += node.text
                    continue
                }
                let role = roles.role(of: node.name)
                switch role {
                case .skip:
                    continue
                case .footnote:
                    let (marker, text) = footnote(i)
                    if !holders.isEmpty, let marker { holders[holders.count - 1].markers.append(marker) }
                    if !text.isEmpty {
                        pendingFootnotes.append(
                            Block(
                                kind: .footnote, text: text, page: 1, label: marker,
                                footnoteMarkers: marker.map { [$0] }))
                    }
                    if holders.isEmpty { emit(nil) }
                    continue
                case .label:
                    if let last = holders.last, last.kind == .listItem, last.label == nil {
                        holders[holders.count - 1].label = MarkupText.clean(tree.rawText(of: i))
                        continue
                    }
                case .tableRow:
                    if holders.isEmpty { emit(nil) }
                    let cells = node.children.map(Int.init).filter {
                        !tree[$0].isText && roles.role(of: tree[$0].name) == .cell
                    }.map { MarkupText.clean(tree.rawText(of: $0)) }
                    if cells.contains(where: { !$0.isEmpty }) {
                        blocks.append(
                            Block(kind: .tableRow, text: cells.joined(separator: " | "), page: 1, cells: cells))
                    }
                    continue
                case .heading, .paragraph, .listItem:
                    let nestedItem = role == .listItem && holders.last?.kind == .listItem
                    if holders.isEmpty || nestedItem {
                        if let last = holders.last { emit(last) } else { emit(nil) }
                        switch role {
                        case .heading(let level): holders.append(Holder(kind: .heading, level: level, node: i))
                        case .listItem: holders.append(Holder(kind: .listItem, node: i))
                        default: holders.append(Holder(kind: .paragraph, node: i))
                        }
                    } else {
                        buffer += " "
                    }
                case .container, .cell:
                    if holders.isEmpty { emit(nil) } else { buffer += " " }
                case .inline:
                    break
                }
                stack.append(.exit(i))
                for child in node.children.reversed() { stack.append(.enter(Int(child))) }
            case .exit(let i):
                if let last = holders.last, last.node == i {
                    emit(last)
                    holders.removeLast()
                    if holders.isEmpty && !pendingFootnotes.isEmpty {
                        blocks.append(contentsOf: pendingFootnotes)
                        pendingFootnotes = []
                    }
                    continue
                }
                switch roles.role(of: tree[i].name) {
                case .container, .cell, .heading, .paragraph, .listItem:
                    if holders.isEmpty { emit(nil) } else { buffer += " " }
                default: break
                }
            }
        }
        emit(nil)
        blocks.append(contentsOf: pendingFootnotes)
        ExtractedText.number(&blocks)
        return blocks
    }

    /// A footnote's label (its `label` child, else its `nr` attribute) and its text without the label.
    private func footnote(_ i: Int) -> (String?, String) {
        var marker = tree[i].attribute("nr")
        var text = ""
        var stack: [Int] = tree[i].children.reversed().map(Int.init)
        while let j = stack.popLast() {
            let node = tree[j]
            if node.isText {
                text += node.text
                continue
            }
            if roles.role(of: node.name) == .label {
                if marker == nil { marker = MarkupText.clean(tree.rawText(of: j)) }
                continue
            }
            text += " "
            stack.append(contentsOf: node.children.reversed().map(Int.init))
        }
        return (marker, MarkupText.clean(text))
    }
}
