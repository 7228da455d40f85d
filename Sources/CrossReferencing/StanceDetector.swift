import DwarsModel
import Foundation

/// Finds a stance a passage voices through its wording, and whether two linked texts point opposite ways.
///
/// Cues come from `Lexicons/linking-stance-cues.tsv` (stance, phrase, and `passage` when the phrase also
/// counts in the section or paragraph around an item) and from the tagger's `stance-opposes.txt` and
/// `stance-conditional.txt` (phrases of an item's own text; `*` = any ending). Contrasts come from
/// `Lexicons/linking-stance-contrasts.tsv`: two lists of words that ask for opposite things ("beperk" /
/// "handhaaf"); two linked texts that each hold a word of the other side disagree.
public struct StanceDetector: Sendable {
    /// One phrase: its words, the last one a prefix when the entry ends in `*`.
    struct Cue: Sendable {
        var stance: Stance
        var words: [String]
        var prefixLast: Bool
        /// True when the phrase also counts in the passage around an item.
        var passage: Bool
        var text: String { words.joined(separator: " ") + (prefixLast ? "*" : "") }
    }

    let cues: [Cue]
    let contrasts: [(one: [WordPattern], other: [WordPattern])]

    /// A link at this score or more whose ends voice nothing is taken as support (`stance-supports-score`).
    public var supportScore = 0.45

    /// Cues from table rows (stance, phrase, optional `passage`), the tagger's phrase lists, and contrast rows.
    public init(rows: [[String]], opposes: [String] = [], conditional: [String] = [], contrasts: [[String]] = []) {
        var cues: [Cue] = rows.compactMap { row in
            guard row.count >= 2, let stance = Stance(rawValue: row[0]) else { return nil }
            return Self.cue(stance, row[1], passage: row.count >= 3 && row[2] == "passage")
        }
        cues += opposes.compactMap { Self.cue(.opposes, $0, passage: false) }
        cues += conditional.compactMap { Self.cue(.conditional, $0, passage: false) }
        self.cues = cues
        self.contrasts = contrasts.compactMap { row in
            guard row.count >= 2 else { return nil }
            let one = row[0].split(separator: ",").compactMap { WordPattern(String($0)) }
            let other = row[1].split(separator: ",").compactMap { WordPattern(String($0)) }
            return one.isEmpty || other.isEmpty ? nil : (one, other)
        }
    }

    static func cue(_ stance: Stance, _ phrase: String, passage: Bool) -> Cue? {
        let words = BasicTermAnalyzer.words(in: phrase)
        guard !words.isEmpty else { return nil }
        return Cue(stance: stance, words: words, prefixLast: phrase.hasSuffix("*"), passage: passage)
    }

    /// The cues in `Lexicons/`, none when the files are missing.
    public static func load() -> StanceDetector {
        var detector = StanceDetector(
            rows: (try? LexiconDirectory.table("linking-stance-cues.tsv")) ?? [],
            opposes: (try? LexiconDirectory.entries("stance-opposes.txt")) ?? [],
            conditional: (try? LexiconDirectory.entries("stance-conditional.txt")) ?? [],
            contrasts: (try? LexiconDirectory.table("linking-stance-contrasts.tsv")) ?? [])
        for row in (try? LexiconDirectory.table("linking-weights.tsv")) ?? [] where row.count >= 2 {
            guard let v = Double(row[1]) else { continue }
            if row[0] == "stance-supports-score" { detector.supportScore = v }
        }
        return detector
    }

    /// The stance `text` voices, with the phrase that shows it; opposition wins over a condition, a
    /// condition over a neutral remark (a text that only raises a question).
    public func stance(in text: String) -> (stance: Stance, cue: String)? {
        find(in: BasicTermAnalyzer.words(in: text), passageOnly: false)
    }

    /// The stance the passage around an item voices: only the cues marked `passage`.
    public func passageStance(in text: String) -> (stance: Stance, cue: String)? {
        find(in: BasicTermAnalyzer.words(in: text), passageOnly: true)
    }

    func find(in words: [String], passageOnly: Bool) -> (stance: Stance, cue: String)? {
        var conditional: String?
        var neutral: String?
        for cue in cues where (!passageOnly || cue.passage) && Self.contains(words, cue) {
            if cue.stance == .opposes { return (.opposes, cue.text) }
            if cue.stance == .conditional, conditional == nil { conditional = cue.text }
            if cue.stance == .neutral, neutral == nil { neutral = cue.text }
        }
        return conditional.map { (.conditional, $0) } ?? neutral.map { (.neutral, $0) }
    }

    /// The two words, one in each text, that ask for opposite things; nil when the texts do not contrast.
    public func contrast(_ a: String, _ b: String) -> (String, String)? {
        let wa = BasicTermAnalyzer.words(in: a)
        let wb = BasicTermAnalyzer.words(in: b)
        func first(_ patterns: [WordPattern], _ words: [String]) -> String? {
            words.first { w in patterns.contains { $0.matches(w) } }
        }
        for (one, other) in contrasts {
            let aOne = first(one, wa), aOther = first(other, wa)
            let bOne = first(one, wb), bOther = first(other, wb)
            // A text that holds both sides weighs them itself; it contrasts with nothing.
            if let x = aOne, aOther == nil, let y = bOther, bOne == nil { return (x, y) }
            if let x = aOther, aOne == nil, let y = bOne, bOther == nil { return (x, y) }
        }
        return nil
    }

    /// The contrast sides `text` holds, one bit per contrast row (the first 64 rows): `one` for a word of the
    /// row's first list, `other` for one of its second. Two texts contrast when `contrasting` says so.
    public func contrastSides(in text: String) -> ContrastSides {
        let words = BasicTermAnalyzer.words(in: text)
        var sides = ContrastSides()
        for (k, row) in contrasts.prefix(64).enumerated() {
            if words.contains(where: { w in row.one.contains { $0.matches(w) } }) { sides.one |= 1 << UInt64(k) }
            if words.contains(where: { w in row.other.contains { $0.matches(w) } }) { sides.other |= 1 << UInt64(k) }
        }
        return sides
    }

    static func contains(_ words: [String], _ cue: Cue) -> Bool {
        let n = cue.words.count
        guard words.count >= n else { return false }
        for start in 0...(words.count - n) where words[start] == cue.words[0] || n == 1 && cue.prefixLast {
            var k = 0
            while k < n {
                let w = words[start + k]
                let c = cue.words[k]
                guard w == c || k == n - 1 && cue.prefixLast && w.hasPrefix(c) else { break }
                k += 1
            }
            if k == n { return true }
        }
        return false
    }
}

/// One word of a contrast list: whole word, `x*` a beginning, `*x` an ending, `*x*` anywhere in a compound.
struct WordPattern: Sendable {
    var core: String
    var prefix: Bool
    var suffix: Bool

    init?(_ raw: String) {
        let t = raw.trimmingCharacters(in: .whitespaces)
        prefix = t.hasSuffix("*")
        suffix = t.hasPrefix("*")
        guard let word = BasicTermAnalyzer.words(in: t).first else { return nil }
        core = word
    }

    func matches(_ w: String) -> Bool {
        switch (prefix, suffix) {
        case (true, true): return w.contains(core)
        case (true, false): return w.hasPrefix(core)
        case (false, true): return w.hasSuffix(core)
        case (false, false): return w == core
        }
    }
}

/// Which sides of the contrast rows a text holds (`StanceDetector.contrastSides(in:)`), as bit sets.
public struct ContrastSides: Sendable, Hashable {
    public var one: UInt64 = 0
    public var other: UInt64 = 0

    /// True when one text holds only one side of a row and the other text only the other side (the same
    /// test as `StanceDetector.contrast`, over the first 64 rows).
    public func contrasts(with b: ContrastSides) -> Bool {
        let (aOne, aOther) = (one & ~other, other & ~one)
        let (bOne, bOther) = (b.one & ~b.other, b.other & ~b.one)
        return aOne & bOther != 0 || aOther & bOne != 0
    }
}
