/// The kinds of finding the tagger produces, named as in the gold schema.
public enum ItemKind: String, Sendable, Hashable, Codable, CaseIterable {
    case recommendation, measure, pm, xref, subdoc, position
}
