import DwarsModel
import Foundation

/// Finds explicit pointers from a text to another place: "zie ook punt 4.3", "(zie bijlage 2)",
/// "samenhang met maatregel B23", citations with author and year, Kamerstukken, URLs, mentions of a
/// report, letter or advice by title — each an `xref` with its verbatim surface.
///
/// The patterns are rows of `Lexicons/xref-patterns.tsv`. A pointer inside the document gets the
/// document itself as `target_doc`; a cited title is resolved against the titles of the documents
/// tagged together (`CorpusTitles`), else `target_doc` stays null. Overlapping matches keep the
/// longest. (Synopsis items that restate a heading are tied by `RecommendationRule`.)
public struct CrossReferenceRule: TaggingRule {
    let patterns: [CrossReferencePattern]
    /// The patterns compiled once (compiling per document cost time and leaked in Foundation).
    let compiledPatterns: [(CrossReferencePattern, NSRegularExpression)]
    /// The "split" rows: where one matches inside a reference, the reference is cut after it.
    let splitters: [NSRegularExpression]
    let reader: TextUnitReader
    /// Titles of the documents tagged together (empty: cited titles stay unresolved).
    public var corpus: CorpusTitles
    /// Items longer than this many words are not taken whole as one reference-list entry.
    var maxUnitWords = 45
    /// A "unit-end" match widens to its unit only when at most this many words follow it.
    var maxWordsAfter = 3
    /// Skip a pattern on a unit without any of its literals (`xref-pattern-literals.tsv`); same output.
    var usePrefilter = true

    /// Imperative openings: a numbered item that opens with one is a proposal, not a source note.
    let imperatives: Set<String>

    public init(corpus: CorpusTitles = CorpusTitles()) throws {
        patterns = try CrossReferencePattern.loadWithLiterals()
        compiledPatterns = patterns.filter { $0.surface != .split }.compactMap { p in p.compiled().map { (p, $0) } }
        splitters = patterns.filter { $0.surface == .split }.compactMap { $0.compiled() }
        let lexicon = try RecommendationLexicon.load()
        reader = lexicon.unitReader
        imperatives = lexicon.imperatives
        self.corpus = corpus
    }

    struct Hit {
        var range: Range<String.Index>
        var pattern: CrossReferencePattern
        var wholeUnit: Bool
        var length: Int
        /// The matched text itself (before widening to the unit) and the line it starts on.
        var core = ""
        var coreLine = 0
    }

    public func findings(in document: Document) -> [TaggedItem] {
        findings(in: document, units: reader.units(of: document))
    }

    /// The findings in the context's document, reading the text units the context shares with the
    /// recommendation rule (built once per document).
    public func findings(in context: Tagger.Context) -> [TaggedItem] {
        let reader = self.reader
        let units = context.shared(TextUnitReader.sharedKey) { reader.units(of: $0) }
        return findings(in: context.document, units: units)
    }

    func findings(in document: Document, units: [TextUnit]) -> [TaggedItem] {
        let units = Self.annexNotesJoined(units)
        let compiled = compiledPatterns
        var items: [TaggedItem] = []
        /// Web addresses found, by line: one printed again further on is the same reference.
        var addresses: [(line: Int, key: String)] = []
        var itemAddresses: [(line: Int, key: String)?] = []
        for unit in units {
            let text = unit.text
            let ns = NSRange(text.startIndex..<text.endIndex, in: text)
            var hits: [Hit] = []
            let wordCount = text.split(separator: " ").count
            let lowered = usePrefilter ? text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } : []
            for (p, regex) in compiled {
                if usePrefilter, p.surface != .list, !p.mayMatch(lowered) { continue }
                if p.surface == .item {
                    let isNote = unit.shape == .footnote
                        || (unit.marker == .number && unit.label.map { !$0.contains(".") } == true
                            && (unit.shape == .item || unit.shape == .heading))
                    guard isNote, wordCount <= maxUnitWords, regex.firstMatch(in: text, range: ns) != nil,
                        !imperatives.contains(CueWords.words(text.prefix(30)).first ?? "")
                    else { continue }
                    hits.append(Hit(range: text.startIndex..<text.endIndex, pattern: p, wholeUnit: true,
                                    length: text.utf8.count))
                    continue
                }
                if p.surface == .list {
                    // The list is announced by its lead-in, or by the heading above a bullet list when
                    // the heading ends in the document noun ("Andere te betrekken rapporten en adviezen").
                    guard unit.shape == .item, wordCount <= maxUnitWords, Self.announcesSources(unit, regex),
                        !imperatives.contains(CueWords.words(text.prefix(30)).first ?? "")
                    else { continue }
                    hits.append(Hit(range: text.startIndex..<text.endIndex, pattern: p, wholeUnit: true,
                                    length: text.utf8.count))
                    continue
                }
                for m in regex.matches(in: text, range: ns) {
                    guard let r = Range(m.range, in: text) else { continue }
                    var whole = (p.surface == .unit || p.surface == .unitEnd) && wordCount <= maxUnitWords
                    if whole, p.surface == .unitEnd, text[r.upperBound...].split(separator: " ").count > maxWordsAfter {
                        whole = false
                    }
                    let range = whole ? text.startIndex..<text.endIndex : r
                    hits.append(Hit(range: range, pattern: p, wholeUnit: whole,
                                    length: text.utf8.distance(from: range.lowerBound, to: range.upperBound),
                                    core: String(text[r]),
                                    coreLine: unit.line(atUTF8Offset: text.utf8.distance(from: text.startIndex, to: r.lowerBound))))
                }
            }
            for hit in Self.parenthesisJoined(Self.adjacentMerged(Self.longestFirst(hits), in: text), in: text) {
              for piece in pieces(of: hit, in: text) {
                var surface = String(text[piece])
                while let l = surface.last, l == " " || l == "," || l == ";" || l == ":" { surface.removeLast() }
                guard ScoreWords.words(surface).count >= 2 || hit.pattern.name == "url" else { continue }
                let offset = text.utf8.distance(from: text.startIndex, to: piece.lowerBound)
                var x = TaggedItem(doc: document.fileName, line: unit.line(atUTF8Offset: offset), kind: .xref,
                                   page: unit.page)
                x.surface = surface
                x.target = surface
                switch hit.pattern.target {
                case .self: x.targetDoc = document.fileName
                case .corpus: x.targetDoc = corpus.document(citedIn: surface, excluding: document.fileName)
                case .none: x.targetDoc = nil
                }
                x.relation = nil
                items.append(x)
                itemAddresses.append(hit.pattern.name == "url" ? (hit.coreLine, Self.addressKey(hit.core)) : nil)
              }
            }
            for hit in hits where hit.pattern.name == "url" { addresses.append((hit.coreLine, Self.addressKey(hit.core))) }
        }
        // A web address printed again further on (a link's copy under its note) is the same reference.
        return zip(items, itemAddresses).filter { item, address in
            guard let address else { return true }
            return !addresses.contains { $0.line < address.line && (address.key.hasPrefix($0.key) || $0.key.hasPrefix(address.key)) }
        }.map(\.0)
    }

    /// The surfaces of one hit: the hit itself, or — where a "split" row matches inside it ("punt 3.1"
    /// before "en 3.2") — the part up to the end of that match and the rest, which runs on to the end of
    /// the sentence unless the hit is a parenthesis of its own.
    func pieces(of hit: Hit, in text: String) -> [Range<String.Index>] {
        guard !hit.wholeUnit else { return [hit.range] }
        let ns = NSRange(hit.range, in: text)
        for splitter in splitters {
            guard let m = splitter.firstMatch(in: text, range: ns), let r = Range(m.range, in: text),
                r.upperBound < hit.range.upperBound
            else { continue }
            var end = hit.range.upperBound
            if text[hit.range].first != "(",
                let sentence = SentenceCutter.sentences(in: text).first(where: { $0.contains(r.lowerBound) }),
                sentence.upperBound > end
            {
                end = sentence.upperBound
                if text[..<end].last == "." { end = text.index(before: end) }
            }
            var restStart = r.upperBound
            while restStart < end, text[restStart] == " " { restStart = text.index(after: restStart) }
            return [hit.range.lowerBound..<r.upperBound, restStart..<end]
        }
        return [hit.range]
    }

    /// A web address without scheme, "www." and closing punctuation, lower-cased, for spotting repeats.
    static func addressKey(_ address: String) -> String {
        var a = Substring(address.lowercased())
        for prefix in ["https://", "http://"] where a.hasPrefix(prefix) { a = a.dropFirst(prefix.count) }
        if a.hasPrefix("www.") { a = a.dropFirst(4) }
        while let l = a.last, ".,;:)/-".contains(l) { a = a.dropLast() }
        return String(a)
    }

    /// Joins a hit to a parenthesis right after it ("een rapport van het CPB" and "(Benda et al.,
    /// 2020)"): one reference printed in two parts. The first hit's pattern stays.
    static func adjacentMerged(_ hits: [Hit], in text: String) -> [Hit] {
        var result: [Hit] = []
        for h in hits {
            if var last = result.last, !last.wholeUnit, !h.wholeUnit, last.range.upperBound <= h.range.lowerBound,
                text[last.range.upperBound..<h.range.lowerBound].allSatisfy({ $0 == " " }),
                text.distance(from: last.range.upperBound, to: h.range.lowerBound) <= 1, text[h.range].first == "("
            {
                last.range = last.range.lowerBound..<h.range.upperBound
                last.length += h.length
                result[result.count - 1] = last
            } else {
                result.append(h)
            }
        }
        return result
    }

    /// Whether a list item's lead-in (or, for a bullet, the heading above it, when the match ends that
    /// heading) matches a "list" row: the list is one of sources.
    static func announcesSources(_ unit: TextUnit, _ regex: NSRegularExpression) -> Bool {
        if let lead = unit.leadIn {
            return regex.firstMatch(in: lead, range: NSRange(lead.startIndex..<lead.endIndex, in: lead)) != nil
        }
        guard unit.marker == .bullet, var heading = unit.section else { return false }
        while let l = heading.last, l == " " || l == ":" { heading.removeLast() }
        let ns = NSRange(heading.startIndex..<heading.endIndex, in: heading)
        return regex.matches(in: heading, range: ns).contains { NSMaxRange($0.range) == ns.length }
    }

    /// Joins a unit that is only an annex note ("(bijlage 4)") to the heading or item on the line
    /// above it: the extractor split one agenda item ("Governance proces, ongewijzigd" + "(bijlage 4)").
    static func annexNotesJoined(_ units: [TextUnit]) -> [TextUnit] {
        var result: [TextUnit] = []
        result.reserveCapacity(units.count)
        for u in units {
            if let prev = result.last, prev.shape == .heading || prev.shape == .item,
                let lastLine = prev.lineStarts.last?.line, u.firstLine == lastLine + 1, isAnnexNote(u.text)
            {
                var joined = prev
                let shift = prev.text.utf8.count + 1
                joined.text = prev.text + " " + u.text
                joined.lineStarts += u.lineStarts.map { ($0.offset + shift, $0.line) }
                result[result.count - 1] = joined
            } else {
                result.append(u)
            }
        }
        return result
    }

    /// "(bijlage 4)", "(zie bijlage B)." — a text that is only a parenthesised annex pointer.
    static func isAnnexNote(_ text: String) -> Bool {
        guard text.first == "(", text.utf8.count <= 24 else { return false }
        var words = text.dropFirst().split { $0 == " " || $0 == ")" || $0 == "." }.map { $0.lowercased() }
        if words.first == "zie" { words.removeFirst() }
        return words.count == 2 && words[0] == "bijlage" && words[1].count <= 3
            && (text.hasSuffix(")") || text.hasSuffix(")."))
    }

    /// Widens a hit to a parenthesis right after it that no other hit covers ("maatregel B12
    /// (verwijzing naar niet gecontracteerd aanbod)"): the parenthesis says what the pointer names.
    static func parenthesisJoined(_ hits: [Hit], in text: String, maxLength: Int = 70) -> [Hit] {
        var result = hits
        for i in result.indices where !result[i].wholeUnit {
            var start = result[i].range.upperBound
            if start < text.endIndex, text[start] == " " { start = text.index(after: start) }
            guard start < text.endIndex, text[start] == "(", text[result[i].range].last != ")" else { continue }
            let next = i + 1 < result.count ? result[i + 1].range.lowerBound : text.endIndex
            var end = text.index(after: start)
            var count = 0
            while end < text.endIndex, end < next, text[end] != ")", text[end] != "(", count < maxLength {
                end = text.index(after: end)
                count += 1
            }
            guard end < text.endIndex, end < next, text[end] == ")" else { continue }
            end = text.index(after: end)
            result[i].length += text.utf8.distance(from: result[i].range.upperBound, to: end)
            result[i].range = result[i].range.lowerBound..<end
        }
        return result
    }

    /// Drops hits that overlap a longer one (earlier patterns win ties).
    static func longestFirst(_ hits: [Hit]) -> [Hit] {
        let ordered = hits.enumerated().sorted { a, b in
            if a.element.length != b.element.length { return a.element.length > b.element.length }
            return a.offset < b.offset
        }.map(\.element)
        var kept: [Hit] = []
        for h in ordered where !kept.contains(where: { $0.range.overlaps(h.range) }) {
            kept.append(h)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
