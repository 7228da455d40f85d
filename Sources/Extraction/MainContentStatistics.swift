/// Per-node text statistics of a `MarkupTree`, summed bottom-up over each subtree in one pass.
///
/// Nodes marked in `excluded` (and their subtrees) count nothing. Because a tree's nodes are stored in
/// pre-order, every child has a larger index than its parent, so one backward sweep sums the subtrees
/// in O(n) whatever the depth. The optional `prune` decides, once a node's own sums are complete, to
/// drop it: it then counts nothing for its ancestors (so the cleaner sees what is left, bottom-up).
struct MainContentStatistics: Sendable {
    /// The sums for one subtree.
    struct Counts: Sendable {
        /// Characters of text, whitespace runs counted as one.
        var text = 0
        /// Characters of text inside `<a>` elements.
        var link = 0
        var commas = 0
        /// Characters of text inside h1-h6.
        var heading = 0
        /// Characters of text inside ul/ol.
        var list = 0
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        var embeds = 0
        /// Paragraphs (p) of at least 80 characters with under a quarter of their text in links.
        var goodParagraphs = 0
        /// Whether some element below is a block that stops a div from reading as a paragraph.
        var hasBlock = false

        var linkDensity: Double { text == 0 ? 0 : Double(link) / Double(text) }

        mutating func add(_ other: Counts) {
            text += other.text
            link += other.link
            commas += other.commas
            heading += other.heading
            list += other.list
            paragraphs += other.paragraphs
            images += other.images
            listItems += other.listItems
            inputs += other.inputs
            embeds += other.embeds
            goodParagraphs += other.goodParagraphs
        }
    }

    var counts: [Counts]
    /// Nodes `prune` dropped.
    var pruned: [Bool]

    static let blockNames: Set<String> = [
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
        "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
        "main", "li", "tr", "td", "th",
    ]

    subscript(i: Int) -> Counts { counts[i] }

    init(
        tree: MarkupTree, metrics: MarkupTextMetrics, excluded: [Bool], range: [Int]? = nil,
        prune: ((Int, Counts) -> Bool)? = nil
    ) {
        let n = tree.nodes.count
        counts = Array(repeating: Counts(), count: n)
        pruned = Array(repeating: false, count: n)
        let order: [Int] = range.map { Array($0.reversed()) } ?? Array(stride(from: n - 1, through: 0, by: -1))
        let top = range?.first
        for i in order where !excluded[i] {
            let node = tree.nodes[i]
            if node.isText {
                counts[i].text = Int(metrics.length[i])
                counts[i].commas = Int(metrics.commas[i])
            } else {
                switch node.name {
                case "a": counts[i].link = counts[i].text
                case "p":
                    counts[i].paragraphs += 1
                    if counts[i].text >= 80 && counts[i].link * 4 < counts[i].text { counts[i].goodParagraphs += 1 }
                case "img": counts[i].images += 1
                case "li": counts[i].listItems += 1
                case "input": counts[i].inputs += 1
                case "embed", "object", "iframe": counts[i].embeds += 1
                case "ul", "ol": counts[i].list = counts[i].text
                case "h1", "h2", "h3", "h4", "h5", "h6": counts[i].heading = counts[i].text
                default: break
                }
                if let prune, prune(i, counts[i]) {
                    pruned[i] = true
                    continue
                }
            }
            let p = Int(node.parent)
            guard p >= 0, i != top else { continue }
            counts[p].add(counts[i])
            if counts[i].hasBlock || Self.blockNames.contains(node.name) { counts[p].hasBlock = true }
        }
    }
}
