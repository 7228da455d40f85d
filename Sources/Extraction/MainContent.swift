/// The part of a page that holds its running text: the subtrees to read, in order, and the nodes inside
/// them to skip (page furniture, hidden and code elements, boilerplate the cleaner removed).
struct MainContent: Sendable {
    /// Roots of the main content, in document order.
    var roots: [Int]
    /// Nodes (with their subtrees) that are not main content; indexed like the tree's nodes.
    var excluded: [Bool]
}
