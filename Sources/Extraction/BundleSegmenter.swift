import DwarsModel
import Foundation

/// Splits a text into its sub-documents: the documents of a bundle (a Woo release: agendas, notes,
/// tables, task descriptions, minutes, reports, fiches), or the parts of a single document (a letter
/// and its annexes; the numbered chapters of a report or letter).
///
/// Bundles: every page top (the first line after a page break) is a candidate, scored by the cues of
/// `Lexicons/extraction-segment-cues.tsv` (a document-type word opening the line), by looking like a
/// title (short, capitalised, no sentence end), by a "Doc. N" marker of the release changing number, and
/// by whether the text before it ended a sentence, by a title block (a date and the issuing body under a
/// title), and by a chapter 1 heading over running text (a document starting its own numbering); headings with an `anywhere` cue ("Bijlage 2: ...")
/// are candidates in mid-page too. A text with at least four such starts of two or more types is a
/// bundle; each start runs to the next. A start's type is its cue's, unless the form fields and meeting
/// headers of its opening (`Lexicons/extraction-segment-fields.tsv`) outweigh it: a ministry letterhead
/// over "Vergaderdatum", "Vergaderplaats" and "Deelnemers" opens an agenda, "Werkgroep X" over
/// "Onderdeel", "Probleemanalyse" and "Maatregel" a fiche.
///
/// Single documents: one segment for the whole text, then — when a letter closes with a formula of
/// `Lexicons/extraction-letter-closings.txt` — the letter and each annex after it, or — when the
/// top-level numbered headings form a sequence of chapters of some length — an introduction, each
/// chapter and a closing section (`Lexicons/extraction-chapter-closings.txt`).
struct BundleSegmenter: Sendable {
    struct Cue: Sendable {
        let pattern: LinePattern
        let type: String
        let weight: Double
        let anywhere: Bool
    }

    let cues: [Cue]
    let fields: [Cue]
    let closings: [LinePattern]
    let chapterClosings: [LinePattern]
    let endings: [LinePattern]

    static let shared = BundleSegmenter(
        cues: LinePattern.load("extraction-segment-cues.tsv").map {
            Cue(
                pattern: $0.pattern, type: $0.fields.first ?? "other",
                weight: Double($0.fields.dropFirst().first ?? "") ?? 1, anywhere: $0.fields.dropFirst(2).first == "anywhere")
        },
        fields: LinePattern.load("extraction-segment-fields.tsv").map {
            Cue(pattern: $0.pattern, type: $0.fields.first ?? "other", weight: Double($0.fields.dropFirst().first ?? "") ?? 1, anywhere: false)
        },
        closings: LinePattern.load("extraction-letter-closings.txt").map(\.pattern),
        chapterClosings: LinePattern.load("extraction-chapter-closings.txt").map(\.pattern),
        endings: LinePattern.load("extraction-document-endings.txt").map(\.pattern))

    /// The segments of a text whose classified lines are `lines` and blocks `blocks`.
    func segments(lines: [TextLine], blocks: [Block]) -> [Segment] {
        guard let lastContent = lines.lastIndex(where: { $0.role == .content || $0.role == .footnote }) else { return [] }
        let lastLine = lines[lastContent].number
        let starts = bundleStarts(lines: lines, blocks: blocks)
        let strongTypes = Set(starts.filter { $0.strong }.map(\.type))
        if starts.filter(\.strong).count >= 4 && strongTypes.count >= 2 {
            var bundle: [(Int, String)] = []
            for (k, s) in starts.enumerated() {
                let end = k + 1 < starts.count ? starts[k + 1].line - 1 : lastLine
                bundle.append((s.line, fieldType(of: s, through: end, lines: lines)))
            }
            bundle[0].0 = 1  // what comes before the first title (a cover, a margin) belongs to the first document
            return makeSegments(bundle, lastLine: lastLine, lines: lines, blocks: blocks)
        }
        return documentParts(lines: lines, blocks: blocks, lastLine: lastLine)
    }

    // MARK: bundles

    struct Start {
        var line: Int  // 1-based source line
        var type: String
        var score: Double
        var strong: Bool
        /// The weight of the title cue that gave `type` (0 without one).
        var cueWeight: Double = 0
    }

    /// The type of the document opening at `start`: its title cue's, or the type whose form fields in
    /// the first 60 content lines (through `end`) weigh more than that cue.
    func fieldType(of start: Start, through end: Int, lines: [TextLine]) -> String {
        guard let first = lines.firstIndex(where: { $0.number >= start.line }) else { return start.type }
        var scores: [String: Double] = [start.type: start.cueWeight]
        let opening = lines[first...].lazy.filter { $0.number <= end && $0.role == .content }.prefix(60)
        for f in fields where opening.contains(where: { f.pattern.matches($0.text) }) {
            scores[f.type, default: 0] += f.weight
        }
        let own = scores[start.type] ?? 0
        guard let best = scores.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value > own else { return start.type }
        return best.key
    }

    /// Candidate starts of sub-documents, scored; those reaching the threshold, in order.
    func bundleStarts(lines: [TextLine], blocks: [Block]) -> [Start] {
        let tops = pageTops(lines)
        let markers = docMarkers(lines)
        let short = shortPagesBefore(tops, lines: lines)
        var candidates: [Start] = []
        var headingLines: Set<Int> = []
        for b in blocks where b.kind == .heading { if let l = b.lines?.first { headingLines.insert(l) } }
        for (n, i) in tops.enumerated() {
            let text = lines[i].text
            guard let first = text.first, !first.isLowercase else { continue }
            var score = 0.0
            var type = "other"
            var strong = false
            var cueWeight = 0.0
            if let cue = cue(for: text) {
                score += cue.weight
                type = cue.type
                strong = cue.weight >= 3
                cueWeight = cue.weight
            }
            if isTitleLike(text) { score += 1 }
            if TextCleaner.Labels.shared.label(of: text).map({ $0.kind == .bullet }) ?? false { score -= 2 }
            if i == tops.first { score += 3 }
            // A "Doc. N" marker just before the page break, or a change of marker number.
            if let prev = previousContent(lines, before: i), isDocMarker(lines[prev].text) { score += 1 }
            let before = markers.last { $0.index < i }
            let after = markers.first { $0.index > i }
            if let before, let after, before.number != after.number {
                let previousTop = n > 0 ? tops[n - 1] : -1
                if previousTop < before.index { score += 2 }
            }
            if let prev = previousContent(lines, before: i) {
                let p = lines[prev].text
                if let last = p.last, last.isLetter && last.isLowercase, !isDocMarker(p), p.utf8.count >= 40 { score -= 1 }
                if endings.contains(where: { $0.matches(p) }) { score += 1 }
            }
            // The page before ends a document early; a title page names a date under its title.
            if short.contains(i) { score += 1 }
            let opening = lines[i...].lazy.filter { $0.role == .content }.prefix(4)
            if opening.dropFirst().contains(where: { MetadataInference.date(in: $0.text) != nil && $0.text.utf8.count <= 40 }) {
                score += 1
                // ... and the body that issued it: a title block.
                if cueWeight == 0, isTitleLike(text),
                    opening.dropFirst().contains(where: { l in IssuerInference.shared.mentions(in: l.text).contains { $0.role != .cited } })
                {
                    score += 1
                }
            }
            if opensChapterOne(at: i, lines: lines) { score += 2 }
            if score >= 3 { candidates.append(Start(line: lines[i].number, type: type, score: score, strong: strong, cueWeight: cueWeight)) }
        }
        // Headings with a cue that counts anywhere.
        for b in blocks where b.kind == .heading || b.kind == .paragraph {
            guard let l = b.lines?.first, b.text.utf8.count <= 120, let cue = cue(for: b.text), cue.anywhere else { continue }
            guard !candidates.contains(where: { abs($0.line - l) <= 3 }) else { continue }
            var score = cue.weight + (isTitleLike(b.text) ? 1 : 0)
            if let prev = previousContent(lines, before: l - 1) {
                let p = lines[prev].text
                if let last = p.last, ".:!?,\"”".contains(last) { score += 0.5 } else { score -= 1 }
            }
            guard score >= 3.5 else { continue }
            let start = l
            guard !candidates.contains(where: { abs($0.line - start) <= 3 }) else { continue }
            candidates.append(Start(line: start, type: cue.type, score: score, strong: cue.weight >= 3, cueWeight: cue.weight))
        }
        candidates.sort { $0.line < $1.line }
        // A page of nothing but table lines without a title of its own, right before a title, belongs to
        // the document that title opens (the conversion put the title after its table).
        let topIndex = Dictionary(uniqueKeysWithValues: tops.map { (lines[$0].number, $0) })
        for k in candidates.indices where candidates[k].strong {
            guard let top = tops.last(where: { lines[$0].number < candidates[k].line - 3 }),
                candidates[k].line - lines[top].number <= 40, !candidates.contains(where: { abs($0.line - lines[top].number) <= 3 })
            else { continue }
            let between = lines[top..<(candidates[k].line - 1)].filter { $0.role == .content }
            let tableLike = between.allSatisfy { l in
                l.cells != nil || l.text.utf8.count <= 40
                    || l.text.split(separator: " ").filter { TextTableReader.isAmount(String($0)) }.count >= 3
            }
            if !between.isEmpty && tableLike && between.filter({ $0.cells != nil }).count >= 2 && topIndex[lines[top].number] != nil {
                candidates[k].line = lines[top].number
            }
        }
        // One start per few lines: keep the stronger.
        var result: [Start] = []
        for c in candidates {
            if let last = result.last, c.line - last.line <= 3 {
                if c.score > last.score { result[result.count - 1] = c }
            } else {
                result.append(c)
            }
        }
        return result
    }

    /// Indexes of the first content line of each page (and of the text).
    func pageTops(_ lines: [TextLine]) -> [Int] {
        var tops: [Int] = []
        var pendingBreak = true
        var blanksAfterNumber = -1
        for (i, l) in lines.enumerated() {
            if l.startsPage || l.role == .stamp { pendingBreak = true }
            if l.role == .pageNumber { blanksAfterNumber = 0; continue }
            if l.isBlank {
                if blanksAfterNumber >= 0 { blanksAfterNumber += 1 }
                continue
            }
            if blanksAfterNumber >= 2 { pendingBreak = true }
            blanksAfterNumber = -1
            guard l.role == .content else { continue }
            if pendingBreak {
                tops.append(i)
                pendingBreak = false
            }
        }
        return tops
    }

    /// Page tops whose previous page holds clearly fewer lines than a usual page of the text (under
    /// 70% of the median): a document ended on it.
    func shortPagesBefore(_ tops: [Int], lines: [TextLine]) -> Set<Int> {
        guard tops.count >= 4 else { return [] }
        var counts: [Int] = []
        for (a, b) in zip(tops, tops.dropFirst()) {
            counts.append(lines[a..<b].filter { $0.role == .content || $0.role == .footnote }.count)
        }
        let median = counts.sorted()[counts.count / 2]
        var result: Set<Int> = []
        for (k, c) in counts.enumerated() where c * 10 < median * 7 { result.insert(tops[k + 1]) }
        return result
    }

    /// "Doc. 19" lines: the release's numbering of its documents.
    func docMarkers(_ lines: [TextLine]) -> [(index: Int, number: Int)] {
        lines.indices.compactMap { i in
            guard lines[i].role == .content, isDocMarker(lines[i].text) else { return nil }
            let digits = lines[i].text.dropFirst(4).filter(\.isNumber)
            return Int(digits).map { (i, $0) }
        }
    }

    func isDocMarker(_ text: String) -> Bool {
        guard text.hasPrefix("Doc.") || text.hasPrefix("Doc "), text.utf8.count <= 10 else { return false }
        return text.dropFirst(4).contains(where: \.isNumber)
    }

    /// Whether the line at `i` is the short heading of a chapter 1 ("1 Programma contractstandaarden")
    /// over running text, not the first item of a list (the next labelled line is no "2").
    func opensChapterOne(at i: Int, lines: [TextLine]) -> Bool {
        let text = lines[i].text
        guard let label = labels.label(of: text), case .number(depth: 1, _) = label.kind,
            label.text.prefix(while: \.isNumber) == "1", isTitleLike(text), label.rest.split(separator: " ").count <= 6,
            !label.rest.contains(where: { "(:;".contains($0) })
        else { return false }
        let next = lines[(i + 1)...].lazy.filter { $0.role == .content }.prefix(3)
        return !next.contains { l in
            guard let n = labels.label(of: l.text), case .number = n.kind else { return false }
            return !n.text.hasPrefix("1")
        }
    }

    func cue(for text: String) -> Cue? { cues.first { $0.pattern.matches(text) } }

    func isTitleLike(_ text: String) -> Bool {
        guard let f = text.first, f.isUppercase || f.isNumber else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 14 else { return false }
        if let last = text.last, ".,;".contains(last), !text.hasSuffix(" .") { return false }
        return true
    }

    func previousContent(_ lines: [TextLine], before i: Int) -> Int? {
        var j = i - 1
        while j >= 0 {
            if lines[j].role == .content { return j }
            j -= 1
        }
        return nil
    }

    // MARK: single documents

    /// The whole text, then its letter and annexes, or its chapters.
    func documentParts(lines: [TextLine], blocks: [Block], lastLine: Int) -> [Segment] {
        var parts: [(Int, String)] = []
        let isLetter = lines.prefix(80).contains { $0.role == .content && $0.text.hasPrefix("Geachte ") }
        // The end of the letter: a closing formula and the signature under it.
        var letterEnd: Int? = nil
        if isLetter, let c = lines.indices.first(where: { i in
            lines[i].role == .content && closings.contains { $0.matches(lines[i].text) }
        }) {
            var j = c
            var k = c + 1
            var steps = 0
            while k < lines.count && steps < 8 {
                if lines[k].role == .content {
                    guard lines[k].text.utf8.count <= 70, labels.label(of: lines[k].text) == nil else { break }
                    j = k
                    steps += 1
                }
                k += 1
            }
            if lines[j].number < lastLine - 20 { letterEnd = j }
        }
        let bodyEnd = letterEnd.map { lines[$0].number } ?? lastLine
        let chapters = chapterStarts(blocks: blocks, through: bodyEnd)
        if !chapters.isEmpty {
            if chapters[0] > 10 { parts.append((1, "brief")) } else if chapters[0] > 1 { parts.append((1, "other")) }
            for c in chapters { parts.append((c, isLetter ? "brief" : "rapport")) }
            if let last = chapters.last,
                let closing = blocks.first(where: { b in
                    guard b.kind == .heading, let l = b.lines?.first, l > last, l <= bodyEnd else { return false }
                    return chapterClosings.contains { $0.matches(b.text) }
                })
            {
                parts.append((closing.lines!.first, isLetter ? "brief" : "rapport"))
            }
        }
        if let letterEnd {
            if chapters.isEmpty { parts.append((1, "brief")) }
            // Annexes: the first line after the signature, then new titles at page tops.
            if let first = lines[(letterEnd + 1)...].firstIndex(where: { $0.role == .content }) {
                parts.append((lines[first].number, "bijlage"))
                let headingTops = Set(blocks.filter { $0.kind == .heading && $0.label == nil && $0.level == 3 }
                    .compactMap { $0.lines?.first })
                let tops = pageTops(lines)
                let short = shortPagesBefore(tops, lines: lines)
                for t in tops where t > first && short.contains(t) {
                    let l = lines[t]
                    if headingTops.contains(l.number) || (cue(for: l.text)?.weight ?? 0) >= 3 && labels.label(of: l.text) == nil {
                        if !TextExtractor.BlockBuilder.isAllCaps(l.text) { parts.append((l.number, "bijlage")) }
                    }
                }
            }
        }
        var segments = [Segment(title: "", startLine: 1, endLine: lastLine, type: isLetter ? "brief" : "rapport")]
        segments[0] = describe(segments[0], lines: lines, blocks: blocks)
        if parts.count >= 2 {
            segments += makeSegments(parts, lastLine: lastLine, lines: lines, blocks: blocks)
        }
        return segments
    }

    var labels: TextCleaner.Labels { .shared }

    /// Top-level numbered headings that read as chapters: one label style ("1", "1." or "1)"), numbers
    /// ascending, at least three, on average 80 lines or more apart.
    func chapterStarts(blocks: [Block], through end: Int) -> [Int] {
        var groups: [String: [(line: Int, number: Int)]] = [:]
        for b in blocks where b.kind == .heading && b.level == 1 {
            guard let label = b.label, let line = b.lines?.first, line <= end else { continue }
            let digits = label.prefix { $0.isNumber }
            guard let n = Int(digits) else { continue }
            let style = String(label.dropFirst(digits.count))
            groups[style, default: []].append((line, n))
        }
        var best: [Int] = []
        for (_, members) in groups {
            var seq: [(line: Int, number: Int)] = []
            for m in members where seq.isEmpty || m.number > seq.last!.number { seq.append(m) }
            guard seq.count >= 3 else { continue }
            let span = seq.last!.line - seq.first!.line
            guard span / (seq.count - 1) >= 80 else { continue }
            if seq.count > best.count { best = seq.map(\.line) }
        }
        return best
    }

    // MARK: describing segments

    func makeSegments(_ starts: [(Int, String)], lastLine: Int, lines: [TextLine], blocks: [Block]) -> [Segment] {
        var result: [Segment] = []
        for (k, s) in starts.enumerated() {
            let end = k + 1 < starts.count ? max(s.0, starts[k + 1].0 - 1) : lastLine
            result.append(describe(Segment(title: "", startLine: s.0, endLine: end, type: s.1), lines: lines, blocks: blocks))
        }
        return result
    }

    /// Fills title, org and date of a segment from its first blocks.
    func describe(_ segment: Segment, lines: [TextLine], blocks: [Block]) -> Segment {
        var s = segment
        let inside = blocks.filter { b in
            guard let l = b.lines else { return false }
            return l.first >= s.startLine && l.first <= s.endLine
        }
        let opening = Array(inside.prefix(25))
        s.title = String((opening.first(where: { $0.kind == .heading || $0.text.utf8.count >= 8 })?.text ?? "").prefix(160))
        if let full = MetadataInference.title(of: opening), s.startLine == 1, s.endLine == lastLineOf(lines) {
            s.title = String(full.prefix(160))
        }
        s.org = MetadataInference.body(in: opening.map(\.text))
        s.date = opening.prefix(15).lazy.compactMap { MetadataInference.date(in: $0.text) }.first
        return s
    }

    private func lastLineOf(_ lines: [TextLine]) -> Int {
        lines.last { $0.role == .content || $0.role == .footnote }?.number ?? 0
    }
}
