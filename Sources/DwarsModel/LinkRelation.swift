/// How the two ends of a cross-document link relate, the vocabulary of the gold `links.jsonl`.
///
/// `same`: both ask for the same thing; `supports`: one backs the other; `related`: the same topic
/// with a different or opposite answer (the text of one end disagrees with the other).
public enum LinkRelation: String, Sendable, Hashable, Codable, CaseIterable {
    case same, supports, related
}
