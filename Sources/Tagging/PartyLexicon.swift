import DwarsModel

/// The parties of `Lexicons/parties.tsv` and which of them a sentence gives a stance to.
///
/// The holder is the party named nearest before the stance cue, with the parties joined to it by "en"
/// or a comma ("Rijk en VNG steunen"); failing that, a party the cue attributes itself to right after
/// it ("draagvlak voor deze maatregel binnen de werkgroep", "geen overeenstemming tussen Rijk en VNG").
/// Parties named elsewhere in the sentence are what it is about, not who holds the stance.
public struct PartyLexicon: Sendable {
    public var names: PositionPhrases
    static let joiners: Set<String> = ["en", "of", "alsmede"]

    public init(names: PositionPhrases) {
        self.names = names
    }

    /// The parties of `Lexicons/parties.tsv`.
    public static func standard() throws -> PartyLexicon {
        var entries: [(String, String)] = []
        for row in try LexiconDirectory.table("parties.tsv") where row.count >= 2 {
            entries += row[1].split(separator: "|").map { (String($0), row[0]) }
        }
        return PartyLexicon(names: PositionPhrases(entries))
    }

    /// Words that attribute a stance to the party right after them.
    static let attributions: Set<String> = ["binnen", "bij", "tussen", "door", "van", "vanuit"]
    static let articles: Set<String> = ["de", "het", "een"]
    /// Words after the cue within which an attributed party is looked for.
    public var reachAfter = 6

    /// The parties holding the stance of a sentence with folded `words` whose cue spans `cue`.
    public func holders(in words: [String], cue: Range<Int>) -> [String] {
        let found = names.matches(in: words)
        let before = found.filter { $0.start + $0.count <= cue.lowerBound }
        if let last = before.last {
            var group = [last]
            for m in before.dropLast().reversed() {
                let between = words[(m.start + m.count)..<group[0].start]
                guard between.count <= 2,
                    between.allSatisfy({ Self.joiners.contains($0) || Self.articles.contains($0) })
                else { break }
                group.insert(m, at: 0)
            }
            return unique(group.map(\.value))
        }
        for m in found where m.start >= cue.upperBound && m.start - cue.upperBound <= reachAfter {
            var k = m.start - 1
            while k >= cue.upperBound, Self.articles.contains(words[k]) { k -= 1 }
            guard k >= cue.upperBound, Self.attributions.contains(words[k]) else { continue }
            var group = [m]
            for n in found where n.start > m.start {
                let between = words[(group.last!.start + group.last!.count)..<n.start]
                guard between.count <= 2,
                    between.allSatisfy({ Self.joiners.contains($0) || Self.articles.contains($0) })
                else { break }
                group.append(n)
            }
            return unique(group.map(\.value))
        }
        return []
    }

    func unique(_ values: [String]) -> [String] {
        var out: [String] = []
        for v in values where !out.contains(v) { out.append(v) }
        return out
    }
}
