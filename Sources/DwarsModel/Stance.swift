/// A party's stance on a measure or recommendation: the one vocabulary that the tagger, the store,
/// `backing` and the matrix share.
public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
    case supports, conditional, opposes, neutral
}
