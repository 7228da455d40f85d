/// Marks what can never be main content before scoring: code elements, hidden elements, page furniture
/// (by element, ARIA role and class/id cue), all taken from `MainContentLexicon`.
///
/// Masks are built in one pre-order pass (a node is excluded when its parent is), so each covers whole
/// subtrees.
struct MainContentPruner {
    let tree: MarkupTree
    let lexicon: MainContentLexicon
    let metrics: MarkupTextMetrics

    /// Code elements and hidden elements: never text a reader sees.
    func codeAndHidden() -> [Bool] {
        var mask = Array(repeating: false, count: tree.nodes.count)
        for (i, node) in tree.nodes.enumerated() {
            if node.parent >= 0 && mask[Int(node.parent)] {
                mask[i] = true
                continue
            }
            guard !node.isText else { continue }
            if lexicon.codeElements.contains(node.name) || Self.isHidden(node) { mask[i] = true }
        }
        return mask
    }

    /// `base` plus page furniture: furniture elements always; ARIA roles and `remove` cues when
    /// `useCues`. A furniture element that holds `furnitureVetoShare` of the page's text or more stays.
    func furniture(base: [Bool], useCues: Bool) -> [Bool] {
        let stats = MainContentStatistics(tree: tree, metrics: metrics, excluded: base)
        let total = max(1, stats[0].text)
        let veto = lexicon.setting("furnitureVetoShare", 0.5)
        var mask = base
        for (i, node) in tree.nodes.enumerated() where !mask[i] {
            if node.parent >= 0 && mask[Int(node.parent)] {
                mask[i] = true
                continue
            }
            guard !node.isText, !Self.neverFurniture.contains(node.name) else { continue }
            var isFurniture = lexicon.furnitureElements.contains(node.name)
            if !isFurniture && useCues {
                if let role = node.attribute("role")?.lowercased(), lexicon.furnitureRoles.contains(role) {
                    isFurniture = true
                } else if let cues = CueText(node) {
                    isFurniture = cues.matchesAny(lexicon.removeCues) && !cues.matchesAny(lexicon.keepCues)
                }
            }
            if isFurniture && Double(stats[i].text) < veto * Double(total) { mask[i] = true }
        }
        return mask
    }

    /// Elements never dropped as furniture: the document's frame and the explicit content elements.
    static let neverFurniture: Set<String> = ["html", "body", "main", "article", "a"]

    /// `hidden`, `aria-hidden="true"`, or an inline style that hides the element.
    static func isHidden(_ node: MarkupTree.Node) -> Bool {
        for attribute in node.attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden": if attribute.value.lowercased() == "true" { return true }
            case "style":
                let style = attribute.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: continue
            }
        }
        return false
    }
}

/// The lower-cased class and id of an element as bytes (whitespace as single spaces), ready for cue matching.
struct CueText {
    var joined: [UInt8]

    init?(_ node: MarkupTree.Node) {
        let cls = node.attribute("class") ?? ""
        let id = node.attribute("id") ?? ""
        guard !cls.isEmpty || !id.isEmpty else { return nil }
        self.init(bytes: Array(cls.utf8) + [0x20] + Array(id.utf8))
    }

    init?(_ value: String?) {
        guard let value, !value.isEmpty else { return nil }
        self.init(bytes: Array(value.utf8))
    }

    private init(bytes: [UInt8]) {
        joined = bytes.map { b in
            if b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { return 0x20 }
            return b >= 0x41 && b <= 0x5A ? b + 0x20 : b
        }
    }

    func matchesAny(_ cues: [MainContentLexicon.Cue]) -> Bool {
        cues.contains { $0.matches(joined) }
    }
}
