/// Removes boilerplate left inside the chosen main content: readability's "clean conditionally".
///
/// A form, fieldset, table, list or div inside the content is removed when what is left in it reads as
/// furniture: a negative class weight, more list items than paragraphs, many inputs, almost no text,
/// dense links, lone embeds, image galleries. Data tables, code and figures are kept. The decision is
/// made bottom-up in one backward sweep, so each container is judged on what its children left.
struct MainContentCleaner {
    let tree: MarkupTree
    let lexicon: MainContentLexicon
    let metrics: MarkupTextMetrics
    let weightClasses: Bool
    var keepParagraphs: Int { Int(lexicon.setting("cleanerKeepParagraphs", 3)) }

    static let targets: Set<String> = ["form", "fieldset", "table", "ul", "ol", "div", "section", "aside"]

    func clean(roots: [Int], excluded: [Bool]) -> [Bool] {
        var mask = excluded
        for root in roots {
            let order = tree.descendants(of: root)
            // Pre-order flags: inside a data table, a code block or a figure.
            var protected = Array(repeating: false, count: tree.nodes.count)
            var inFigure = Array(repeating: false, count: tree.nodes.count)
            for i in order where !tree.nodes[i].isText {
                let node = tree.nodes[i]
                let parent = Int(node.parent)
                let parentProtected = i != root && protected[parent]
                let parentFigure = i != root && inFigure[parent]
                protected[i] =
                    parentProtected || node.name == "code" || node.name == "pre"
                    || (node.name == "table" && !parentProtected && isDataTable(i))
                inFigure[i] = parentFigure || node.name == "figure"
            }
            let stats = MainContentStatistics(tree: tree, metrics: metrics, excluded: mask, range: order) { i, counts in
                let node = tree.nodes[i]
                guard i != root, Self.targets.contains(node.name), !protected[i] else { return false }
                let weight = weightClasses ? lexicon.classWeight(node) : 0
                let remove = shouldRemove(node, counts, weight: weight, inFigure: inFigure[i])
                if remove && MainContentExtractor.debug && counts.text > 200 {
                    MainContentExtractor.trace(
                        "clean", i, node.name, node.attribute("class") ?? "", counts.text, counts.linkDensity, weight)
                }
                return remove
            }
            for i in order where i != root {
                if stats.pruned[i] || mask[Int(tree.nodes[i].parent)] { mask[i] = true }
            }
        }
        return mask
    }

    private func shouldRemove(
        _ node: MarkupTree.Node, _ c: MainContentStatistics.Counts, weight: Double,
        inFigure: Bool
    ) -> Bool {
        if weight < 0 { return true }
        guard c.commas < 10 else { return false }
        // Running text: several real paragraphs with few links are content, whatever else the node holds.
        if c.goodParagraphs >= keepParagraphs && c.linkDensity < 0.5 { return false }
        var isList = node.name == "ul" || node.name == "ol"
        if !isList && c.text > 0 && Double(c.list) / Double(c.text) > 0.9 { isList = true }
        let p = c.paragraphs
        let img = c.images
        let li = c.listItems - 100
        let headingDensity = c.text == 0 ? 0 : Double(c.heading) / Double(c.text)
        let linkDensity = c.linkDensity
        let length = c.text
        let remove =
            (img > 1 && Double(p) / Double(img) < 0.5 && !inFigure)
            || (!isList && li > p)
            || (c.inputs > p / 3)
            || (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || ((c.embeds == 1 && length < 75) || c.embeds > 1)
        if remove && isList && img > 0 && img >= c.listItems && length < 25 { return false }
        return remove
    }

    /// Readability's data-table test: headers, caption or summary, or enough rows and columns.
    func isDataTable(_ table: Int) -> Bool {
        let node = tree.nodes[table]
        if node.attribute("role")?.lowercased() == "presentation" { return false }
        if node.attribute("datatable") == "0" { return false }
        if node.attribute("summary") != nil { return true }
        var rows = 0
        var columns = 0
        var stack = tree.nodes[table].children.reversed().map(Int.init)
        var visited = 0
        while let i = stack.popLast(), visited < 20_000 {
            visited += 1
            guard !tree.nodes[i].isText else { continue }
            stack.append(contentsOf: tree.nodes[i].children.reversed().map(Int.init))
            switch tree.nodes[i].name {
            case "caption", "thead", "tfoot", "colgroup", "col", "th": return true
            case "table": return false
            case "tr":
                rows += 1
                columns = max(
                    columns, tree.nodes[i].children.filter { ["td", "th"].contains(tree.nodes[Int($0)].name) }.count)
            default: continue
            }
        }
        if rows == 1 || columns == 1 { return false }
        if rows >= 10 || columns > 4 { return true }
        return rows * columns > 10
    }
}
