/// How CSV cells name a level or stance: the Dutch label ("expliciete aanbeveling", "steunt") or the code
/// of the shared vocabulary ("explicit", "supports").
public enum CellValueStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case labels, codes
}
