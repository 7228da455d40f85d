import DwarsModel

/// The stance cues of `Lexicons/stance-*.txt` and how a sentence's cues add up to one `Stance`.
///
/// Opposing beats conditional beats supporting beats neutral; a supporting cue right after "geen" or
/// "niet" opposes ("geen draagvlak" needs no entry of its own); a conditional cue ("mits") turns
/// support into conditional support.
public struct StanceLexicon: Sendable {
    public var cues: PositionPhrases
    /// Words that turn a supporting cue right after them into an opposing one.
    public var negations: Set<String> = ["geen", "niet", "nauwelijks", "onvoldoende"]

    public init(cues: PositionPhrases) {
        self.cues = cues
    }

    /// The cues of the four `Lexicons/stance-*.txt` files.
    public static func standard() throws -> StanceLexicon {
        var entries: [(String, String)] = []
        for stance in Stance.allCases {
            entries += try LexiconDirectory.entries("stance-\(stance.rawValue).txt").map { ($0, stance.rawValue) }
        }
        return StanceLexicon(cues: PositionPhrases(entries))
    }

    /// The stance `words` express and the word range of the cue that decided it, or nil.
    public func stance(of words: [String]) -> (stance: Stance, cue: Range<Int>)? {
        var found: [(Stance, Range<Int>)] = []
        for m in cues.matches(in: words) {
            guard var stance = Stance(rawValue: m.value) else { continue }
            let before = words[max(0, m.start - 2)..<m.start]
            if stance == .supports, before.contains(where: negations.contains) { stance = .opposes }
            found.append((stance, m.start..<(m.start + m.count)))
        }
        for s in [Stance.opposes, .conditional, .supports, .neutral] {
            if let hit = found.first(where: { $0.0 == s }) {
                // A condition qualifies the support it follows: the holder is found at the support.
                if s == .conditional, let support = found.first(where: { $0.0 == .supports }) { return (s, support.1) }
                return hit
            }
        }
        return nil
    }
}
