import Foundation
import DwarsModel

/// Infers title, issuing body and date from the text where no manifest gives them.
///
/// - Title: the subject of a letter ("Betreft ..."/"BETREFT ..."), else the first heading of the
///   opening blocks, else the first block.
/// - Issuing body: the cues of `Lexicons/extraction-issuing-bodies.tsv`, weighted, counted in the opening
///   blocks (a letterhead, a title page) with the first mention counting most.
/// - Date: the first full Dutch date ("21 mei 2021", "2 nov. 2021", "14-12-2021") in the opening blocks,
///   as ISO yyyy-MM-dd; month names from `Lexicons/extraction-months.tsv`.
enum MetadataInference {
    static func fill(_ document: inout Document) {
        let opening = Array(document.blocks.prefix(60))
        if document.metadata.title == nil {
            document.metadata.title = title(of: opening)
        }
        if document.metadata.issuingBody == nil {
            document.metadata.issuingBody = body(in: opening.map(\.text))
        }
        if document.metadata.date == nil {
            document.metadata.date = opening.lazy.compactMap { date(in: $0.text) }.first
        }
        if document.metadata.type == nil, document.segments.count > 1,
            Set(document.segments.map(\.type)).count > 2
        {
            document.metadata.type = "bundle"
        }
    }

    /// The title of a document whose first blocks are `blocks`.
    static func title(of blocks: [Block]) -> String? {
        for b in blocks.prefix(30) {
            let words = b.text.split(separator: " ", maxSplits: 1)
            if let w = words.first, w.lowercased() == "betreft" || w.lowercased() == "onderwerp:", words.count == 2 {
                return String(words[1])
            }
        }
        if let h = blocks.prefix(15).first(where: { $0.kind == .heading && $0.text.utf8.count >= 8 }) {
            return h.text
        }
        return blocks.first { !$0.text.isEmpty }.map { String($0.text.prefix(200)) }
    }

    struct BodyCue: Sendable {
        let pattern: LinePattern
        let name: String
        let weight: Int
    }

    static let bodyCues: [BodyCue] = LinePattern.load("extraction-issuing-bodies.tsv").map {
        BodyCue(pattern: $0.pattern, name: $0.fields.first ?? "", weight: Int($0.fields.dropFirst().first ?? "") ?? 1)
    }

    /// The issuing body named most strongly in `texts` (earlier texts count more).
    static func body(in texts: [String]) -> String? {
        var scores: [String: Double] = [:]
        var firstSeen: [String: Int] = [:]
        for (i, text) in texts.enumerated() {
            let position = 1.0 / (1.0 + Double(i) / 10.0)
            for cue in bodyCues {
                guard let groups = cue.pattern.firstMatch(in: text) else { continue }
                var name = cue.name
                for (g, value) in groups.enumerated().dropFirst() {
                    name = name.replacingOccurrences(of: "$\(g)", with: value ?? "")
                }
                scores[name, default: 0] += Double(cue.weight) * position
                if firstSeen[name] == nil { firstSeen[name] = i }
            }
        }
        return scores.max { a, b in a.value != b.value ? a.value < b.value : (firstSeen[a.key]! > firstSeen[b.key]!) }?.key
    }

    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for row in (try? LexiconDirectory.table("extraction-months.tsv")) ?? [] where row.count >= 2 {
            if let n = Int(row[1]) { m[row[0].lowercased()] = n }
        }
        return m
    }()

    /// The first full date in `text` as yyyy-MM-dd ("7 juni 2019" -> "2019-06-07").
    static func date(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" })
        var i = 0
        while i < words.count {
            let w = words[i]
            if let day = Int(w), day >= 1, day <= 31, i + 2 < words.count {
                var name = words[i + 1].lowercased()
                if name.hasSuffix(".") { name.removeLast() }
                if let month = months[name], let year = Int(words[i + 2].prefix(4)), year >= 1950, year <= 2099,
                    words[i + 2].prefix(4).allSatisfy(\.isNumber)
                {
                    return iso(year, month, day)
                }
            }
            // 14-12-2021
            let parts = w.split(separator: "-")
            if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2].prefix(4)),
                parts[2].prefix(4).count == 4, (1...31).contains(d), (1...12).contains(m), (1950...2099).contains(y)
            {
                return iso(y, m, d)
            }
            i += 1
        }
        return nil
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
