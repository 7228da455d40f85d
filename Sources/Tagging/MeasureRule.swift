import DwarsModel
import Foundation

/// Finds measures (maatregelen): every printed B-code, garbled ones included, and measures named
/// without a code in table rows, lists, quotes and measure sentences.
///
/// A code is set where one is printed at that place or in its table row (resolved by the words around
/// it, `BCodeReader`). A measure named in running text, a list or a quote is recognised by its
/// registry name and carries the registry's code for that name (so the same measure has one identity
/// wherever it is named); a table row without a printed code carries none.
public struct MeasureRule: TaggingRule {
    public var registry: MeasureRegistry
    public var codes: BCodeReader
    public var tables: AmountTableReader
    public var bullets: Set<String>
    /// Minimum share of a name's words (coverage) and of the item's words (precision) for a list item,
    /// quote or enumeration part to be that measure.
    public var itemCoverage = 0.8
    public var itemPrecision = 0.8
    /// Lines back from a list item to the line that introduces its list.
    public var leadInReach = 15
    /// Whether a measure named without a code (list item, quote, measure sentence) carries the
    /// registry's code for that name. The seed gold codes such mentions ("- regionalisering" under a
    /// "tabel maatregelen" lead-in is B3); false gives the strict reading "a code only where printed".
    public var codesFromNames = true

    public init(registry: MeasureRegistry, codes: BCodeReader, tables: AmountTableReader, bullets: Set<String>) {
        self.registry = registry
        self.codes = codes
        self.tables = tables
        self.bullets = bullets
    }

    /// The rule with the standard lexicons.
    public static func standard() throws -> MeasureRule {
        let registry = try MeasureRegistry.standard()
        let cues = try LexiconDirectory.entries("measure-cues.txt").map { $0.lowercased() }
        let bullets = (try? LexiconDirectory.entries("extraction-bullets.txt")) ?? ["-", "•", "➢", "–", "▪", "·"]
        return MeasureRule(
            registry: registry, codes: BCodeReader(registry: registry, cues: cues),
            tables: try AmountTableReader.standard(), bullets: Set(bullets))
    }

    public func findings(in document: Document) -> [TaggedItem] { findings(in: Tagger.Context(document)) }

    public func findings(in context: Tagger.Context) -> [TaggedItem] {
        let document = context.document
        let lines = context.sourceLines
        let found = context.tables(tables)
        var items: [TaggedItem] = []
        for table in found {
            for row in table.rows where row.total == nil {
                items += rowMeasures(row, table: table, doc: document.fileName)
            }
        }
        let inTable = { (n: Int) in found.contains { $0.firstLine <= n && n <= $0.lastLine } }
        let text = lines.filter { !inTable($0.number) }
        let passages = passages(text)
        let mentions = passages.map { codes.mentions(in: $0.text) }
        let coded = mentions.contains { $0.contains(where: \.isClean) }
        for (passage, printed) in zip(passages, mentions) {
            items += textMeasures(passage, mentions: printed, doc: document.fileName, names: coded)
        }
        if coded { items += listMeasures(text, doc: document.fileName) }
        return deduplicated(items)
    }

    /// Consecutive lines of one block, cut before every list item.
    func passages(_ lines: [MeasureSourceLine]) -> [MeasurePassage] {
        MeasurePassage.group(lines) { line, _ in
            line.startsListItem || MeasureText.listItemBody(line.text, bullets: bullets) != nil
        }
    }

    func measure(doc: String, line: Int, code: String?, name: String?, surface: String?, context: String) -> TaggedItem
    {
        var item = TaggedItem(doc: doc, line: line, kind: .measure)
        item.bcode = code
        item.name = name
        item.surface = surface
        item.context = String(context.prefix(160))
        return item
    }

    /// The measures of one table row: one per printed code, or one named measure.
    func rowMeasures(_ row: AmountTableRow, table: AmountTable, doc: String) -> [TaggedItem] {
        let passage = row.passage
        let context = "\(table.name ?? "tabel"): \(row.label)"
        let mentions = codes.mentions(in: passage.text)
        if !mentions.isEmpty {
            return mentions.map {
                measure(
                    doc: doc, line: passage.line(at: $0.offset), code: $0.code, name: $0.entry?.name,
                    surface: $0.surface, context: context)
            }
        }
        guard row.label.contains(where: \.isLetter) else { return [] }
        let name = registry.rowName(row.label)
        return [measure(doc: doc, line: row.line, code: nil, name: name, surface: nil, context: context)]
    }

    /// Printed codes of a passage, and (when `names`) registry names in its quotes, enumerations and
    /// measure sentences. Names are looked for only in documents that print measure codes: the registry
    /// is the code set's vocabulary, and elsewhere the same words name policy themes.
    func textMeasures(_ passage: MeasurePassage, mentions: [BCodeReader.Mention], doc: String, names: Bool)
        -> [TaggedItem]
    {
        var items: [TaggedItem] = []
        let sentences = MeasureText.sentences(passage.text)
        for m in mentions {
            let sentence = sentences.last { $0.offset <= m.offset }?.text ?? passage.text
            items.append(
                measure(
                    doc: doc, line: passage.line(at: m.offset), code: m.code, name: m.entry?.name,
                    surface: m.surface, context: sentence))
        }
        guard names else { return items }
        for piece in MeasureText.quotes(passage.text) + sentences.flatMap(enumerationPieces) {
            guard let fit = registry.bestFit(for: piece.text), fit.coverage >= itemCoverage,
                fit.precision >= itemPrecision
            else { continue }
            items += named(fit.entry, doc: doc, line: passage.line(at: piece.offset), context: piece.text)
        }
        var cuedBefore = false
        for sentence in sentences {
            let cued = codes.isCueSentence(sentence.text)
            if cued || cuedBefore {
                for (entry, offset) in nameOccurrences(in: sentence.text) {
                    items += named(
                        entry, doc: doc, line: passage.line(at: sentence.offset + offset), context: sentence.text)
                }
            }
            cuedBefore = cued
        }
        return items
    }

    func enumerationPieces(_ sentence: MeasureText.Piece) -> [MeasureText.Piece] {
        MeasureText.enumeration(sentence.text).map {
            MeasureText.Piece(text: $0.text, offset: sentence.offset + $0.offset)
        }
    }

    /// Items of a list introduced by a measure cue ("Relatie met de tabel maatregelen", "Maatregel B6")
    /// whose whole body is a registered measure name.
    func listMeasures(_ lines: [MeasureSourceLine], doc: String) -> [TaggedItem] {
        var items: [TaggedItem] = []
        var leadIn: MeasureSourceLine?
        var leadInCued: Bool?
        for line in lines {
            guard
                let body = MeasureText.listItemBody(line.text, bullets: bullets)
                    ?? (line.startsListItem ? line.text : nil)
            else {
                leadIn = line
                leadInCued = nil
                continue
            }
            guard let intro = leadIn, line.number - intro.number <= leadInReach else { continue }
            if leadInCued == nil { leadInCued = codes.isCueSentence(intro.text) }
            guard leadInCued == true,
                let fit = registry.bestFit(for: body), fit.coverage >= itemCoverage, fit.precision >= itemPrecision
            else { continue }
            items += named(fit.entry, doc: doc, line: line.number, context: body)
        }
        return items
    }

    /// Registered names of at least two content words spelled out in `sentence`, with their offsets.
    func nameOccurrences(in sentence: String) -> [(MeasureRegistry.Entry, Int)] {
        let words = BCodeReader.split(sentence)
        let folded = words.map { registry.contentWords($0.text) }
        var out: [(MeasureRegistry.Entry, Int)] = []
        for entry in registry.entries {
            names: for name in entry.nameWords where name.count >= 2 {
                let span = name.count + 3
                for start in words.indices {
                    guard let first = folded[start].first, MeasureWords.match(first, name[0]) else { continue }
                    let window = folded[start..<min(words.count, start + span)].flatMap { $0 }
                    if MeasureWords.covered(name, in: window) == name.count {
                        out.append((entry, words[start].offset))
                        break names
                    }
                }
            }
        }
        return out
    }

    /// The measure items of a name-only mention: one per registry code, or one uncoded.
    func named(_ entry: MeasureRegistry.Entry, doc: String, line: Int, context: String) -> [TaggedItem] {
        if entry.codes.isEmpty || !codesFromNames {
            return [measure(doc: doc, line: line, code: nil, name: entry.name, surface: nil, context: context)]
        }
        return entry.codes.map {
            measure(doc: doc, line: line, code: $0, name: entry.name, surface: nil, context: context)
        }
    }

    /// One item per measure and place: a printed code wins over a name-only mention of the same measure
    /// on the same or the next line.
    func deduplicated(_ items: [TaggedItem]) -> [TaggedItem] {
        var out: [TaggedItem] = []
        for item in items.sorted(by: { ($0.line, $0.surface == nil ? 1 : 0) < ($1.line, $1.surface == nil ? 1 : 0) }) {
            let key = item.bcode ?? item.name ?? ""
            let clash = out.contains { o in
                (o.bcode ?? o.name ?? "") == key && abs(o.line - item.line) <= (item.surface == nil ? 1 : 0)
                    && (o.surface == item.surface || item.surface == nil || o.surface == nil)
            }
            if !clash { out.append(item) }
        }
        return out
    }
}
