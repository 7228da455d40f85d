import DwarsModel
import Foundation

/// Writes synthetic Dutch policy documents for the scale benchmark, driven by the lexicons.
///
/// Sentences come from the templates of `Lexicons/linking-generator.tsv`, their slots filled with the
/// imperatives, theme keywords, addressees and measures of the tagger's lexicons, by a seeded random
/// generator: the same seed gives the same corpus. Each document has numbered chapters and sections,
/// paragraphs, now and then an amounts table of measures, and leans on a few topics of its own, so that
/// documents share vocabulary unevenly as real reports do.
struct ScaleCorpusGenerator {
    var headings: [String] = []
    var sentences: [String] = []
    var advice: [String] = []
    var adjectives: [String] = []
    var imperatives: [String] = []
    var topics: [String] = []
    var parties: [String] = []
    var measures: [(code: String, name: String)] = []

    init() throws {
        for row in try LexiconDirectory.table("linking-generator.tsv") where row.count >= 2 {
            switch row[0] {
            case "heading": headings.append(row[1])
            case "sentence": sentences.append(row[1])
            case "advice": advice.append(row[1])
            case "adj": adjectives.append(row[1])
            default: continue
            }
        }
        imperatives = try LexiconDirectory.entries("recommendation-imperatives.txt").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        for row in try LexiconDirectory.table("themes.tsv") where row.count >= 2 {
            topics += row[1].split(separator: "|").map { $0.replacingOccurrences(of: "*", with: "") }
                .filter { $0.count >= 5 }
        }
        for row in try LexiconDirectory.table("addressees.tsv") where row.count >= 2 {
            parties += row[1].split(separator: "|").map(String.init).filter { !$0.contains("*") && $0.count >= 3 }
        }
        for row in try LexiconDirectory.table("measures.tsv") where row.count >= 2 {
            if let code = row[0].split(separator: ",").first, code.hasPrefix("B") { measures.append((String(code), row[1])) }
        }
        if measures.isEmpty { measures = [("B1", "maatregel")] }
    }

    /// Draws from `SplitMix64` (DwarsModel): small, fast and the same on every platform.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(state: state) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
        /// Skewed towards the front of `a` (about Zipf), so some entries are common and most are rare.
        mutating func skewed<T>(_ a: [T]) -> T {
            let u = Double(next() % 1_000_000) / 1_000_000
            return a[min(a.count - 1, Int(pow(u, 2.5) * Double(a.count)))]
        }
    }

    /// The text of document `number`, about `bytes` long.
    func document(number: Int, bytes: Int, seed: UInt64 = 2026) -> String {
        var rng = Random(state: seed &+ UInt64(number) &* 0x1000_0001)
        // The document's own topics: a few favourites plus the common pool.
        var own: [String] = []
        for _ in 0..<8 { own.append(rng.pick(topics)) }
        let party = rng.pick(parties)
        var out = "Advies \(number): \(fill(rng.pick(headings), &rng, own))\n\n"
        out += "Uitgebracht door \(party), \(2015 + rng.below(10))\n\n"
        var chapter = 0
        while out.utf8.count < bytes {
            chapter += 1
            out += "\(chapter). \(fill(rng.pick(headings), &rng, own).uppercased())\n\n"
            for section in 1...(2 + rng.below(4)) where out.utf8.count < bytes {
                out += "\(chapter).\(section) \(fill(rng.pick(headings), &rng, own))\n\n"
                for _ in 0..<(2 + rng.below(4)) {
                    var paragraph: [String] = []
                    for _ in 0..<(3 + rng.below(5)) {
                        let pool = rng.below(7) == 0 && !advice.isEmpty ? advice : sentences
                        paragraph.append(fill(rng.pick(pool), &rng, own))
                    }
                    out += wrap(paragraph.joined(separator: " ")) + "\n\n"
                }
                if rng.below(12) == 0 { out += table(&rng) }
            }
        }
        return out
    }

    func fill(_ template: String, _ rng: inout Random, _ own: [String]) -> String {
        var s = template
        func take(_ slot: String, _ value: @autoclosure () -> String) {
            while let r = s.range(of: slot) { s.replaceSubrange(r, with: value()) }
        }
        let measure = rng.pick(measures)
        take("{imp}", rng.pick(imperatives))
        take("{adj}", rng.pick(adjectives))
        take("{topic}", rng.below(3) == 0 ? rng.skewed(topics) : rng.pick(own))
        take("{topic2}", rng.skewed(topics))
        take("{party}", rng.pick(parties))
        take("{party2}", rng.pick(parties))
        take("{code}", measure.code)
        take("{measure}", measure.name)
        take("{year}", String(2022 + rng.below(7)))
        take("{n}", String(2 + rng.below(20)))
        take("{ref}", "\(1 + rng.below(6)).\(1 + rng.below(5))")
        return s.prefix(1).uppercased() + s.dropFirst()
    }

    /// Lines of at most about 90 characters, as extracted policy text has.
    func wrap(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > 90 {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    func table(_ rng: inout Random) -> String {
        var t = "Tabel \(1 + rng.below(3)) Overzicht maatregelen\n\n2022 \t2023 \t2024 \t2025 \t2026 \t2027 \t2028 \n\n"
        for _ in 0..<(3 + rng.below(6)) {
            let m = rng.pick(measures)
            let cells = (0..<7).map { _ in rng.below(3) == 0 ? "PM" : String(rng.below(400)) }
            t += "\(m.name) (\(m.code)) \t" + cells.joined(separator: " \t") + "\n\n"
        }
        return t
    }

    /// Writes `count` documents of about `bytes` each into `folder`; returns their paths.
    func write(count: Int, bytes: Int, into folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try (0..<count).map { n in
            let path = (folder as NSString).appendingPathComponent(String(format: "synth_%05d.txt", n))
            if !FileManager.default.fileExists(atPath: path) {
                try Data(document(number: n, bytes: bytes).utf8).write(to: URL(fileURLWithPath: path))
            }
            return path
        }
    }
}
