import DwarsModel
import Foundation

/// Plain text: decodes the bytes, removes page furniture and builds the block model with source lines.
///
/// What the blocks of a text file guarantee:
/// - `lines` is the exact 1-based range of source lines ("\n" counted only) the block was read from;
///   furniture lines (stamps, page numbers, margin text) and blank lines inside that range are skipped.
/// - `lineStarts` has one entry per source line after the first in `lines`: the UTF-8 offset in `text`
///   where that line's text begins (inside a word when a hyphenated word was joined; for a skipped line,
///   the offset where the next kept line begins), so `Block.line(atUTF8Offset:)` cites any word at its
///   own source line.
/// - Headings and list items are blocks of their own, never merged into the paragraph that follows;
///   their `label` is the label as printed ("1.", "2.4", "a)", "•") and `text` is the line without it.
///   A numbered heading's `level` is the number of its parts ("2.4" is 2); an unnumbered ALL-CAPS title
///   is level 1, another title-like line level 3.
/// - A table row is one source line; `cells` holds its cells and `text` the cells joined by " | ".
/// - A footnote (text under the footnote rule of a page) is a `footnote` block with its marker in
///   `footnoteMarkers`.
/// - `page` counts the page breaks the text shows (form feeds, layout stamps, page-start indents); it is
///   1 throughout for a text without such cues.
struct TextExtractor {
    /// Whether `Document.segments` is filled (`ExtractionOptions.segment`).
    var segment = true

    func extract(_ source: SourceBytes, metadata: DocumentMetadata) throws(ExtractionError) -> Document {
        let (text, _) = try TextDecoder.decode(source.data, path: source.path)
        let lines = TextCleaner.shared.lines(of: text)
        let blocks = BlockBuilder(lines: lines).build()
        let pageCount = max(1, lines.last?.page ?? 1)
        var document = Document(
            metadata: metadata, pages: (1...pageCount).map { Page(number: $0) }, blocks: blocks)
        if segment { document.segments = BundleSegmenter.shared.segments(lines: lines, blocks: blocks) }
        return document
    }

    /// How the next source line continues the text so far (the shared dehyphenator's decision).
    typealias Joint = Dehyphenator.Joint

    /// Decides the joint between two lines of one block.
    static func joint(left: String, right: String) -> Joint {
        Dehyphenator.shared.joint(left: left, right: right)
    }
}

extension TextExtractor {
    /// Groups classified lines into blocks (see `TextExtractor` for what the blocks guarantee).
    struct BlockBuilder {
        let lines: [TextLine]
        let labels = TextCleaner.Labels.shared
        let continuationWords: Set<String>
        /// Double-spaced conversion: an empty line between two lines of one paragraph.
        let doubleSpaced: Bool
        /// The usual length (UTF-8 bytes) of a full line of running text: the median of the longer lines.
        let lineWidth: Int

        init(lines: [TextLine]) {
            self.lines = lines
            continuationWords = Set((try? LexiconDirectory.entries("extraction-continuation-words.txt")) ?? [])
            doubleSpaced = Self.isDoubleSpaced(lines)
            let lengths = lines.lazy.filter { $0.role == .content && $0.cells == nil }.map(\.text.utf8.count).filter { $0 >= 30 }.sorted()
            lineWidth = lengths.isEmpty ? 0 : lengths[lengths.count / 2]
        }

        private struct Pending {
            var kind: BlockKind
            var text: String
            var page: Int
            var first: Int
            var last: Int
            var level: Int?
            var label: String?
            var cells: [String]?
            var markers: [String]?
            var starts: [Int] = []
            var lastLineText: String

            mutating func append(_ line: TextLine, text piece: String) {
                let joint = TextExtractor.joint(left: lastLineText, right: piece)
                switch joint {
                case .space: if !text.isEmpty { text += " " }
                case .removeHyphen: text.removeLast()
                case .keepHyphen: break
                case .keepHyphenAndSpace: text += " "
                }
                let offset = text.utf8.count
                while last < line.number {
                    starts.append(offset)
                    last += 1
                }
                text += piece
                lastLineText = piece
                if !line.footnoteRefs.isEmpty { markers = (markers ?? []) + line.footnoteRefs }
            }

            var block: Block {
                Block(
                    kind: kind, text: text, page: page, lines: LineRange(first: first, last: last), level: level,
                    label: label, cells: cells, footnoteMarkers: markers, lineStarts: starts)
            }
        }

        func build() -> [Block] {
            var blocks: [Block] = []
            var pending: Pending?
            var footnote: Pending?
            var deferred: [Block] = []  // footnotes read while a block ran on across the foot of a page
            var previousContent: Int? = nil  // index of the last content line
            var skipUntil = -1  // lines already taken by a heading that runs over more than one line
            func flushFootnote() {
                if let f = footnote { deferred.append(f.block) }
                footnote = nil
            }
            func flush() {
                if let p = pending { blocks.append(p.block) }
                pending = nil
                flushFootnote()
                blocks += deferred
                deferred = []
            }
            for i in lines.indices {
                let line = lines[i]
                switch line.role {
                case .empty, .whitespace, .stamp, .pageNumber, .margin, .footnoteRule:
                    continue
                case .footnote:
                    if line.footnoteMarker == nil, footnote != nil {
                        footnote?.append(line, text: line.text)
                    } else {
                        flushFootnote()
                        footnote = Pending(
                            kind: .footnote, text: line.text, page: line.page, first: line.number, last: line.number,
                            markers: line.footnoteMarker.map { [$0] }, lastLineText: line.text)
                    }
                    continue
                case .content:
                    break
                }
                defer { previousContent = i }
                if i <= skipUntil { continue }
                flushFootnote()
                if let cells = line.cells {
                    flush()
                    blocks.append(
                        Block(
                            kind: .tableRow, text: cells.joined(separator: " | "), page: line.page,
                            lines: LineRange(first: line.number, last: line.number), cells: cells, lineStarts: []))
                    continue
                }
                let start = startKind(at: i)
                // A title standing before its text ends its block ("- Evaluatie van de wet" / "Per 1 januari
                // ..."): see `endsRunInTitle`.
                if start == nil, var p = pending, p.kind == .paragraph || p.kind == .listItem,
                    let prev = previousContent, continues(from: prev, to: i),
                    !endsRunInTitle(p.text, first: p.first, last: prev, next: i)
                {
                    p.append(line, text: line.text)
                    pending = p
                    continue
                }
                flush()
                switch start {
                case .some(.heading(let level, let label, let rest, let through)):
                    var h = Pending(
                        kind: .heading, text: rest, page: line.page, first: line.number, last: line.number,
                        level: level, label: label, markers: line.footnoteRefs.isEmpty ? nil : line.footnoteRefs,
                        lastLineText: rest)
                    var k = i + 1
                    while k <= through {
                        if lines[k].role == .content { h.append(lines[k], text: lines[k].text) }
                        k += 1
                    }
                    skipUntil = through
                    pending = h
                    flush()
                case .some(.listItem(let label, let rest)):
                    pending = Pending(
                        kind: .listItem, text: rest, page: line.page, first: line.number, last: line.number,
                        label: label, markers: line.footnoteRefs.isEmpty ? nil : line.footnoteRefs, lastLineText: rest)
                case .none:
                    pending = Pending(
                        kind: .paragraph, text: line.text, page: line.page, first: line.number, last: line.number,
                        markers: line.footnoteRefs.isEmpty ? nil : line.footnoteRefs, lastLineText: line.text)
                }
            }
            flush()
            return blocks
        }

        enum Start {
            /// A heading from this line through line index `through`.
            case heading(level: Int, label: String?, rest: String, through: Int)
            case listItem(label: String, rest: String)
        }

        /// Whether line `i` opens a heading or a list item.
        func startKind(at i: Int) -> Start? {
            let line = lines[i]
            let text = line.text
            if let label = labels.label(of: text) {
                switch label.kind {
                case .bullet, .letter, .parenthesised:
                    return .listItem(label: label.text, rest: label.rest)
                case .number(let depth, _):
                    if inSiblingRun(i, depth: depth) || label.rest.utf8.count > 160 {
                        return .listItem(label: label.text, rest: label.rest)
                    }
                    if runsOn(i) {
                        if let through = wrappedHeadingEnd(i, rest: label.rest) {
                            return .heading(level: depth, label: label.text, rest: label.rest, through: through)
                        }
                        return .listItem(label: label.text, rest: label.rest)
                    }
                    return .heading(level: depth, label: label.text, rest: label.rest, through: i)
                }
            }
            if isTitleLike(i) {
                return .heading(level: Self.isAllCaps(text) ? 1 : 3, label: nil, rest: text, through: i)
            }
            return nil
        }

        /// A numbered heading wrapped over two or three lines ("6. Zorg voor een passende schaalgrootte bij
        /// de inkoop, organisatie en" / "aansturing van jeugdzorg"): short, no sentence end, and what follows
        /// starts afresh. The index of its last line, or nil when the lines read as a list item.
        func wrappedHeadingEnd(_ i: Int, rest: String) -> Int? {
            guard let f = rest.first, f.isUppercase else { return nil }
            var total = rest.utf8.count
            var last = i
            for _ in 0..<2 {
                guard let n = nextContent(after: last), adjacent(last, n), lines[n].cells == nil,
                    labels.label(of: lines[n].text) == nil
                else { return nil }
                total += lines[n].text.utf8.count + 1
                guard total <= 150 else { return nil }
                last = n
                if !endsIncomplete(lines[n].text) { break }
            }
            let end = lines[last].text
            if let c = end.last, ".;:,".contains(c) { return nil }
            if endsIncomplete(end) { return nil }
            if let after = nextContent(after: last), adjacent(last, after), startsLowercase(lines[after].text) {
                return nil
            }
            return last
        }

        /// The next content line after `i` and the lines between.
        func nextContent(after i: Int) -> Int? {
            var j = i + 1
            while j < lines.count {
                if lines[j].role == .content { return j }
                j += 1
            }
            return nil
        }

        func previousContent(before i: Int) -> Int? {
            var j = i - 1
            while j >= 0 {
                if lines[j].role == .content { return j }
                j -= 1
            }
            return nil
        }

        /// Whether a block whose text so far is `text` (from source line number `first` to the line at index
        /// `last`, at most two content lines) is a title that must not run into the line at `next`: the block is short, its last line
        /// ends well before the usual line width with neither a sentence end nor a word that runs on, and
        /// the next line starts a full line of running text with a capital.
        func endsRunInTitle(_ text: String, first: Int, last: Int, next: Int) -> Bool {
            guard lineWidth >= 40, text.utf8.count <= 150, first >= 1, first - 1 <= last,
                lines[(first - 1)...last].lazy.filter({ $0.role == .content }).count <= 2
            else { return false }
            let left = lines[last].text
            let right = lines[next].text
            guard let end = left.last, !".!?:;,".contains(end), !endsIncomplete(left) else { return false }
            guard left.utf8.count * 10 < lineWidth * 7, let f = right.first, f.isUppercase else { return false }
            guard right.utf8.count * 10 >= lineWidth * 7 || right.last.map({ ".!?".contains($0) }) == true else { return false }
            guard labels.label(of: right) == nil else { return false }
            return true
        }

        /// The line does not end a sentence or a title: it ends in a comma, hyphen or a function word, or
        /// the next line goes on in lower case.
        func runsOn(_ i: Int) -> Bool {
            let text = lines[i].text
            if endsIncomplete(text) { return true }
            if let j = nextContent(after: i), lines[j].cells == nil, labels.label(of: lines[j].text) == nil,
                continues(from: i, to: j), startsLowercase(lines[j].text)
            {
                return true
            }
            return false
        }

        func endsIncomplete(_ text: String) -> Bool {
            guard let last = text.last else { return false }
            if ",-–(/&".contains(last) { return true }
            let word = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
            return continuationWords.contains(word)
        }

        /// A numbered line between numbered lines of the same depth with no blank line between is an item
        /// of a list ("1. Reikwijdte" / "2. Kwaliteit" / ...).
        func inSiblingRun(_ i: Int, depth: Int) -> Bool {
            guard let mine = labels.label(of: lines[i].text), let n = Self.lastNumber(mine.text) else { return false }
            if Self.isAllCaps(mine.rest) { return false }
            func sibling(_ j: Int?, step: Int) -> Bool {
                guard let j, let l = labels.label(of: lines[j].text), case .number(let d, _) = l.kind, d == depth,
                    let m = Self.lastNumber(l.text)
                else { return false }
                return m == n + step && Self.punctuation(l.text) == Self.punctuation(mine.text)
            }
            // The nearest labelled line before and after, over the item's own continuation lines.
            func neighbour(_ step: Int) -> Int? {
                var j = i
                for _ in 0..<12 {
                    guard let k = step < 0 ? previousContent(before: j) : nextContent(after: j),
                        adjacent(min(j, k), max(j, k))
                    else { return nil }
                    if labels.label(of: lines[k].text) != nil { return k }
                    j = k
                }
                return nil
            }
            return sibling(neighbour(-1), step: -1) || sibling(neighbour(1), step: 1)
        }

        /// The last number of a label ("2.4" -> 4, "3)" -> 3).
        static func lastNumber(_ label: String) -> Int? {
            let digits = label.split(whereSeparator: { !$0.isNumber }).last
            return digits.flatMap { Int($0) }
        }

        static func punctuation(_ label: String) -> Character? {
            label.last.flatMap { $0.isNumber ? nil : $0 }
        }

        /// No blank line between content lines `a` < `b` (an empty line counts as none in double-spaced text).
        func adjacent(_ a: Int, _ b: Int) -> Bool {
            var empties = 0
            for k in (a + 1)..<b {
                switch lines[k].role {
                case .empty: empties += 1
                case .whitespace: return false
                default: continue
                }
            }
            return empties == 0 || (doubleSpaced && empties == 1)
        }

        /// A short line standing on its own that starts with a capital and has no closing punctuation.
        func isTitleLike(_ i: Int) -> Bool {
            let text = lines[i].text
            guard let first = text.first, first.isUppercase, text.utf8.count <= 90 else { return false }
            let words = text.split(separator: " ")
            guard words.count <= 12, words.contains(where: { $0.filter(\.isLetter).count >= 3 }) else { return false }
            if let last = text.last, ".,;:".contains(last) { return false }
            if endsIncomplete(text) { return false }
            if text.contains("@") || text.filter(\.isNumber).count * 10 > text.count * 3 { return false }
            // Stands on its own: a break before it (blank, page start, a heading or nothing) ...
            var separatedBefore = true
            if let p = previousContent(before: i) {
                let prevText = lines[p].text
                let separated = !adjacent(p, i) || lines[i].startsPage
                separatedBefore = separated
                if !separated {
                    guard labels.label(of: prevText) == nil || lines[p].text.utf8.count <= 90 else { return false }
                    // Directly under a line of running text it is a title only when that line ended a sentence.
                    guard let pl = prevText.last, ".:!?".contains(pl) || Self.isAllCaps(prevText) || isShortLine(p)
                    else { return false }
                }
            }
            // ... and the next line does not go on in lower case; a longer title has a blank line after it.
            if let n = nextContent(after: i) {
                if startsLowercase(lines[n].text), continues(from: i, to: n) { return false }
                if adjacent(i, n) && !lines[n].startsPage {
                    guard let nf = lines[n].text.first, nf.isUppercase || labels.label(of: lines[n].text) != nil
                    else { return false }
                    if text.utf8.count > (separatedBefore ? 70 : 50) && !Self.isAllCaps(text) { return false }
                }
            }
            if Self.isAllCaps(text) { return true }
            // Mixed case: at most 10 words, no sentence inside.
            return words.count <= 10 && !text.dropLast().contains(". ")
        }

        private func isShortLine(_ i: Int) -> Bool { lines[i].text.utf8.count <= 60 && lines[i].cells == nil }

        static func isAllCaps(_ text: String) -> Bool {
            let letters = text.filter(\.isLetter)
            guard letters.count >= 4 else { return false }
            return letters.filter(\.isUppercase).count * 10 >= letters.count * 9
        }

        func startsLowercase(_ text: String) -> Bool {
            guard let f = text.first else { return false }
            return f.isLowercase
        }

        /// Whether content line `b` continues the block that content line `a` belongs to, judging by what
        /// lies between them (blank lines, furniture, a page break) and how `a` ends and `b` begins.
        func continues(from a: Int, to b: Int) -> Bool {
            let left = lines[a].text
            let right = lines[b].text
            let hyphenated = (left.last == "-" && left.dropLast().last?.isLetter == true) || left.last == "\u{AD}"
            var empties = 0
            var whitespace = 0
            var furniture = false
            for k in (a + 1)..<b {
                switch lines[k].role {
                case .empty: empties += 1
                case .whitespace: whitespace += 1
                default: if lines[k].isFurniture || lines[k].role == .footnote { furniture = true }
                }
            }
            let lower = startsLowercase(right)
            let terminal = left.last.map { ".!?:".contains($0) } ?? false
            if hyphenated && lower && b - a <= 12 { return true }
            let blanks = empties + whitespace
            if blanks == 0 || (doubleSpaced && whitespace == 0 && empties == 1) {
                if lines[b].startsPage && terminal && !lower { return false }
                return true
            }
            if furniture && lower { return true }
            if blanks <= 2 && lower && !terminal { return true }
            return false
        }

        /// A conversion that puts an empty line after every line: many lines go on in lower case after one.
        static func isDoubleSpaced(_ lines: [TextLine]) -> Bool {
            var pairs = 0
            var lowerAfterEmpty = 0
            var i = 0
            while i + 2 < lines.count {
                if lines[i].role == .content && lines[i + 1].role == .empty && lines[i + 2].role == .content {
                    pairs += 1
                    if let f = lines[i + 2].text.first, f.isLowercase { lowerAfterEmpty += 1 }
                }
                i += 1
            }
            return pairs >= 20 && lowerAfterEmpty * 10 >= pairs * 3
        }
    }
}
