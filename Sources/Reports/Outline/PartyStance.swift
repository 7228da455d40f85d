import DwarsModel

/// A party's stance on a measure or recommendation, with the sentence that says so.
public struct PartyStance: Sendable, Hashable, Codable {
    /// Party code (rijk, gemeenten, aanbieders, professionals, clienten, werkgroep, or a name).
    public var party: String
    public var stance: Stance
    public var source: Citation

    public init(party: String, stance: Stance, source: Citation) {
        self.party = party
        self.stance = stance
        self.source = source
    }
}
