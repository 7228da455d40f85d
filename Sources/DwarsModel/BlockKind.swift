/// What a block is in the document's structure.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
    case heading
    case paragraph
    case listItem
    case tableRow
    case footnote
}
