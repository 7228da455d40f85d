import DwarsModel
import Foundation

/// Finds actors' stances (`position`): a sentence with a stance cue ("steunt", "geen overeenstemming",
/// "is niet acceptabel", "hoge mate van consensus") and the party it belongs to, about the measure
/// it names or, failing that, the measure of the fiche or heading it stands under.
///
/// Under a "Draagvlak binnen de werkgroep" heading a stance sentence that names no party is the
/// werkgroep's. One finding per holding party ("geen overeenstemming tussen Rijk en VNG": two).
public struct PositionRule: TaggingRule {
    public var parties: PartyLexicon
    public var stances: StanceLexicon
    public var codes: BCodeReader
    /// Lower-case starts of headings that open a werkgroep-stance passage.
    public var sectionStarts: [[String]]
    /// Lines of at most this many words count as headings (they set the measure and end a section).
    public var headingWords = 8
    /// Lines after a measure heading within which a stance without a code of its own is about it.
    public var measureReach = 300
    /// Glyphs that open a list item when a line starts with them (`Lexicons/extraction-bullets.txt`,
    /// its one-character entries that are not letters or digits: "o" is a bullet only before a space).
    public var bullets: Set<Character> = ["•", "-", "➢", "▪", "·"]

    public init(parties: PartyLexicon, stances: StanceLexicon, codes: BCodeReader, sectionStarts: [String]) {
        self.parties = parties
        self.stances = stances
        self.codes = codes
        self.sectionStarts = sectionStarts.map(PositionPhrases.words)
    }

    /// The rule with the standard lexicons.
    public static func standard() throws -> PositionRule {
        let registry = try MeasureRegistry.standard()
        let cues = try LexiconDirectory.entries("measure-cues.txt").map { $0.lowercased() }
        var rule = PositionRule(
            parties: try .standard(), stances: try .standard(), codes: BCodeReader(registry: registry, cues: cues),
            sectionStarts: try LexiconDirectory.entries("stance-sections.txt"))
        rule.bullets = Set(
            try LexiconDirectory.entries("extraction-bullets.txt").filter { $0.count == 1 }.map { Character($0) }
                .filter { !$0.isLetter && !$0.isNumber })
        return rule
    }

    public func findings(in document: Document) -> [TaggedItem] { findings(in: Tagger.Context(document)) }

    public func findings(in context: Tagger.Context) -> [TaggedItem] {
        let document = context.document
        var items: [TaggedItem] = []
        var measure: (code: String, line: Int)?
        var inSection = false
        let segmentStarts = Set(document.segments.map(\.startLine))
        for passage in passages(context.sourceLines) {
            if passage.starts.contains(where: { segmentStarts.contains($0.line) }) {
                measure = nil
                inSection = false
            }
            let words = PositionPhrases.words(passage.text)
            if isHeading(passage.text, words: words) {
                let opens = sectionStarts.contains { words.starts(with: $0) }
                if opens {
                    inSection = true
                    continue
                }
                inSection = false
                if codes.isCueSentence(passage.text),
                    let code = codes.mentions(in: passage.text).first(where: \.isClean)
                {
                    measure = (code.code, passage.starts[0].line)
                }
                continue
            }
            for sentence in MeasureText.sentences(passage.text) {
                let w = PositionPhrases.words(sentence.text)
                guard let (stance, cue) = stances.stance(of: w) else { continue }
                var holders = parties.holders(in: w, cue: cue)
                if holders.isEmpty {
                    guard inSection else { continue }
                    holders = ["werkgroep"]
                }
                let about =
                    ownCode(in: sentence.text)
                    ?? measure.flatMap { passage.starts[0].line - $0.line <= measureReach ? $0.code : nil }
                for party in holders {
                    var item = TaggedItem(
                        doc: document.fileName, line: passage.line(at: sentence.offset), kind: .position)
                    item.party = party
                    item.stance = stance
                    item.about = about
                    item.text = sentence.text
                    items.append(item)
                }
            }
        }
        return items
    }

    /// The first code of a sentence that is not a pointer elsewhere ("zie ook B23").
    func ownCode(in sentence: String) -> String? {
        let words = BCodeReader.split(sentence)
        for m in codes.mentions(in: sentence) {
            let before = words.filter { $0.end <= m.offset }.suffix(2).map { $0.text.lowercased() }
            if before.contains("zie") { continue }
            return m.code
        }
        return nil
    }

    /// A short line without a closing full stop, not a list item: a heading or a fiche field name.
    func isHeading(_ text: String, words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= headingWords else { return false }
        let trimmed = MeasureSourceLine.trimmed(text)
        guard let first = trimmed.first, first.isUppercase, !trimmed.hasSuffix(".") else { return false }
        return !trimmed.contains(": ")
    }

    /// Lines of one block joined; a new passage at every list item and after a blank line.
    func passages(_ lines: [MeasureSourceLine]) -> [MeasurePassage] {
        MeasurePassage.group(lines) { line, current in
            let item = line.startsListItem || line.text.first.map(bullets.contains) == true
            let afterHeading =
                current.count == 1 && isHeading(current[0].text, words: PositionPhrases.words(current[0].text))
            return item || afterHeading
        }
    }
}
