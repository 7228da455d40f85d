/// A parsed HTML or XML document as a flat tree of Swift values: no C pointer, nothing to free.
///
/// Nodes live in one array and refer to each other by index, so a tree 100,000 levels deep costs no
/// recursion to build, walk or release (a nested value tree would free itself recursively and overflow
/// the stack). Only elements and text survive the conversion; comments, processing instructions and
/// unexpanded entity references are dropped. Element and attribute names are local names, lower-cased.
struct MarkupTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// Element name (lower-case local name), or "" for a text node.
        var name: String
        /// The text of a text node (adjacent text and CDATA merged); "" for elements.
        var text: String
        /// Attributes of an element, in document order.
        var attributes: [(name: String, value: String)]
        /// Index of the parent node, or -1 for the root.
        var parent: Int32
        /// Indices of the children, in document order.
        var children: [Int32]

        var isText: Bool { name.isEmpty }

        /// The value of the attribute `name` (lower-case), if present.
        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// All nodes; `nodes[0]` is the root element when the tree is not empty.
    var nodes: [Node]
    /// The encoding libxml2 read the bytes in, when it reported one.
    var encoding: String?

    /// The root element's index, or nil for an empty tree.
    var root: Int? { nodes.isEmpty ? nil : 0 }

    subscript(index: Int) -> Node { nodes[index] }

    /// Indices of the subtree of `index` in document order (pre-order), `index` first; iterative.
    func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var stack: [Int] = [index]
        while let top = stack.popLast() {
            result.append(top)
            for child in nodes[top].children.reversed() { stack.append(Int(child)) }
        }
        return result
    }

    /// The concatenated text of the subtree of `index`, raw (whitespace as in the source).
    func rawText(of index: Int) -> String {
        var out = ""
        for i in descendants(of: index) where nodes[i].isText { out += nodes[i].text }
        return out
    }

    /// The first element in document order whose name is `name`.
    func firstElement(named name: String, under index: Int = 0) -> Int? {
        guard !nodes.isEmpty else { return nil }
        return descendants(of: index).first { nodes[$0].name == name }
    }
}
