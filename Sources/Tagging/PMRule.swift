import DwarsModel
import Foundation

/// Finds amount rows (`pm`): the rows of amounts tables with their code, name, table and value per
/// year, and sentences that put a coded measure on PM ("maak hier voorlopig een PM post van").
///
/// A row's code is the code printed in the row ("B1+B7" for a row of two measures, "B20-B22" for a
/// range); a total row has no code and its label as name. Cells a reader cannot attribute (a
/// scrambled table, a garbled figure) are null.
public struct PMRule: TaggingRule {
    public var tables: AmountTableReader
    public var codes: BCodeReader
    public var registry: MeasureRegistry
    /// Phrases that put the measure of their sentence on PM.
    public var pmCues: [String]

    public init(tables: AmountTableReader, codes: BCodeReader, registry: MeasureRegistry, pmCues: [String]) {
        self.tables = tables
        self.codes = codes
        self.registry = registry
        self.pmCues = pmCues
    }

    /// The rule with the standard lexicons.
    public static func standard() throws -> PMRule {
        let registry = try MeasureRegistry.standard()
        let cues = try LexiconDirectory.entries("measure-cues.txt").map { $0.lowercased() }
        let pm = try LexiconDirectory.table("pm-tables.txt").filter { $0.first == "pm-cue" && $0.count > 1 }.map {
            $0[1]
        }
        return PMRule(
            tables: try AmountTableReader.standard(), codes: BCodeReader(registry: registry, cues: cues),
            registry: registry, pmCues: pm)
    }

    public func findings(in document: Document) -> [TaggedItem] { findings(in: Tagger.Context(document)) }

    public func findings(in context: Tagger.Context) -> [TaggedItem] {
        let document = context.document
        let lines = context.sourceLines
        let found = context.tables(tables)
        var items: [TaggedItem] = []
        for table in found {
            for row in table.rows { items.append(item(row, table: table, doc: document.fileName)) }
        }
        items += cueSentences(
            lines.filter { l in !found.contains { $0.firstLine <= l.number && l.number <= $0.lastLine } },
            doc: document.fileName)
        return items
    }

    func item(_ row: AmountTableRow, table: AmountTable, doc: String) -> TaggedItem {
        var item = TaggedItem(doc: doc, line: row.line, kind: .pm)
        item.table = table.name ?? "Tabel"
        item.years = row.values(for: table.years)
        if let total = row.total {
            item.name = total
            item.context = Self.checkNote(table, row: row)
            return item
        }
        let mentions = codes.mentions(in: row.passage.text)
        var groups: [String] = []
        for m in mentions where !groups.contains(m.groupCode) { groups.append(m.groupCode) }
        item.bcode = groups.isEmpty ? nil : groups.joined(separator: "+")
        if mentions.count > 1 {
            let text = row.passage.text
            let range = mentions[0].groupRange
            let label =
                BCodeReader.slice(text, 0, range.lowerBound)
                + BCodeReader.slice(text, range.upperBound, text.utf8.count)
            item.name = Self.plainLabel(label.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        } else {
            item.name = registry.rowName(row.label)
            if item.name == Self.plainLabel(row.label), let only = mentions.first?.entry { item.name = only.name }
        }
        return item
    }

    /// The sums of the measure rows against a printed total, in Dutch ("som klopt" or the years that
    /// differ), when the table lets them be checked.
    static func checkNote(_ table: AmountTable, row: AmountTableRow) -> String? {
        guard row == table.rows.first(where: { $0.total != nil }) else { return nil }
        let checks = table.totalChecks()
        guard !checks.isEmpty else { return nil }
        let off = checks.filter { abs($0.printed - $0.computed) > 0.5 }
        if off.isEmpty { return "totaal gecontroleerd: som van de rijen klopt" }
        let years = off.map { "\($0.year): gedrukt \(Int($0.printed)), som \(Int($0.computed))" }
        return "totaal gecontroleerd: wijkt af in " + years.joined(separator: "; ")
    }

    static func plainLabel(_ label: String) -> String { MeasureRegistry.plainLabel(label) }

    /// Whether `text` holds `phrase`: a byte search when both are ASCII, else Foundation's search.
    static func contains(_ text: String, _ phrase: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }), phrase.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.contains(phrase)
        }
        let t = Array(text.utf8)
        let p = Array(phrase.utf8)
        guard !p.isEmpty else { return true }
        guard p.count <= t.count else { return false }
        for start in 0...(t.count - p.count) where t[start] == p[0] {
            var k = 1
            while k < p.count && t[start + k] == p[k] { k += 1 }
            if k == p.count { return true }
        }
        return false
    }

    /// Sentences outside tables holding a PM cue and a code: that measure, its amounts not yet known.
    func cueSentences(_ lines: [MeasureSourceLine], doc: String) -> [TaggedItem] {
        var items: [TaggedItem] = []
        var byBlock: [Int: [(line: Int, text: String)]] = [:]
        var order: [Int] = []
        for l in lines {
            if byBlock[l.block] == nil { order.append(l.block) }
            byBlock[l.block, default: []].append((l.number, l.text))
        }
        let folded = pmCues.map { $0.lowercased() }
        for block in order {
            let passage = MeasurePassage(lines: byBlock[block]!)
            // A sentence holds a cue only where its block does.
            let whole = passage.text.lowercased()
            guard folded.contains(where: { Self.contains(whole, $0) }) else { continue }
            for sentence in MeasureText.sentences(passage.text) {
                let lower = sentence.text.lowercased()
                guard folded.contains(where: { Self.contains(lower, $0) }) else { continue }
                let mentions = codes.mentions(in: sentence.text)
                guard let first = mentions.first else { continue }
                var item = TaggedItem(doc: doc, line: passage.line(at: sentence.offset), kind: .pm)
                item.bcode = first.groupCode
                item.name = first.entry?.name
                item.table = nil
                item.context = String(sentence.text.prefix(160))
                items.append(item)
            }
        }
        return items
    }
}
