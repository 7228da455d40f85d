import DwarsModel
import Foundation
import Store

/// Builds the link units of one document from its blocks, sentences and tagged items.
///
/// Items (recommendations, measures, pm rows, positions) become units and absorb the sentence they
/// start on; other sentences become sentence units. A unit that opens a section (a heading block, a
/// numbered recommendation) gets the section's words as context, any other unit its paragraph.
/// In a bundle (two or more top-level segments) each top-level segment is its own group.
public struct UnitBuilder: Sendable {
    public var themes: ThemeLexicon
    public var measures: MeasureKeywords
    /// Words of context kept for a heading (its section) and for a sentence (its paragraph).
    public var sectionWords = 220
    public var paragraphWords = 160
    /// Words of a whole section kept for section-to-section comparison.
    public var sectionTextWords = 600

    public init(themes: ThemeLexicon = .load(), measures: MeasureKeywords = .load()) {
        self.themes = themes
        self.measures = measures
    }

    /// Units of every stored document of `store`.
    public func units(from store: CorpusStore, includeSentences: Bool = true) throws -> [LinkUnit] {
        var all: [LinkUnit] = []
        for document in try store.documents() {
            let items = try store.items(documentID: document.id)
            let blocks = try store.blocks(documentID: document.id)
            let sentences = includeSentences ? try store.sentences(documentID: document.id) : []
            all += units(
                doc: document.fileName, segments: document.segments, blocks: blocks, sentences: sentences,
                items: items)
        }
        return all
    }

    /// Units of one document.
    public func units(
        doc: String, segments: [Segment], blocks: [Block], sentences: [StoredSentence], items: [TaggedItem]
    ) -> [LinkUnit] {
        let grouping = Grouping(doc: doc, segments: segments.isEmpty ? Self.segments(from: items) : segments)
        let headingBlocks = blocks.map(Self.isHeading)
        let contexts = Self.contexts(blocks: blocks, headings: headingBlocks, sectionWords: sectionWords,
                                     paragraphWords: paragraphWords)
        let sections = Self.sections(blocks: blocks, headings: headingBlocks, words: sectionTextWords)
        let lineIndex = BlockLineIndex(blocks: blocks)

        var sentencesByBlock: [Int: [StoredSentence]] = [:]
        for s in sentences { sentencesByBlock[s.block, default: []].append(s) }

        var claimed = Set<Int64>()
        var units: [LinkUnit] = []
        var pointers: [(line: Int, target: String)] = []
        for item in items {
            switch item.kind {
            case .subdoc: continue
            case .xref:
                if let target = item.targetDoc { pointers.append((item.line, target)) }
                continue
            default: break
            }
            let blockIndex = lineIndex.block(containing: item.line)
            var sentence: StoredSentence?
            if let blockIndex {
                sentence = sentencesByBlock[blockIndex]?.first { abs($0.line - item.line) <= 1 && !claimed.contains($0.id ?? -1) }
                if let s = sentence, let id = s.id { claimed.insert(id) }
            }
            let own: String
            var context = blockIndex.map { contexts[$0] } ?? ""
            switch item.kind {
            case .measure, .pm:
                own = sentence?.text ?? item.name ?? item.surface ?? ""
                context = [item.name, item.context, context].compactMap { $0 }.joined(separator: " ")
            case .position:
                own = item.text ?? sentence?.text ?? item.about ?? ""
            default:
                own = item.text ?? sentence?.text ?? item.label ?? item.name ?? ""
            }
            let heading = item.form == "numbered-heading" || blockIndex.map { headingBlocks[$0] } ?? false
            var codes = Set(item.bcodes ?? [])
            if let c = item.bcode { codes.formUnion(Self.expand(code: c)) }
            codes.formUnion(Self.codes(in: own))
            let group = grouping.group(of: item.line)
            // A measure row or a measure's heading carries the words of what the measure is about.
            let keywords = item.kind == .measure || item.kind == .pm || heading
                ? measures.words(codes: codes.sorted(), name: item.kind == .measure || item.kind == .pm ? item.name : nil) : ""
            units.append(LinkUnit(
                ref: ItemRef(doc: doc, line: item.line, id: item.id ?? "\(item.kind.rawValue)-\(item.line)"),
                page: item.page ?? sentence?.page, kind: item.kind.rawValue, text: own, context: context,
                section: blockIndex.map { sections[$0] } ?? "",
                group: group.key, groupTitle: group.title, bcodes: codes.sorted(),
                themes: item.themes ?? themes.themes(in: own + " " + keywords + " " + context.prefix(400)), stance: item.stance,
                party: item.party ?? item.org, isHeading: heading, keywords: keywords))
        }
        for sentence in sentences where !claimed.contains(sentence.id ?? -1) {
            let blockIndex = sentence.block < blocks.count ? sentence.block : nil
            let heading = blockIndex.map { headingBlocks[$0] } ?? false
                || Self.opensNumberedSection(sentence.text)
            let context = blockIndex.map { contexts[$0] } ?? ""
            let group = grouping.group(of: sentence.line)
            let codes = Self.codes(in: sentence.text)
            let keywords = heading && !codes.isEmpty ? measures.words(codes: codes, name: nil) : ""
            units.append(LinkUnit(
                ref: ItemRef(doc: doc, line: sentence.line, id: "S\(sentence.line)"), page: sentence.page,
                kind: "sentence", text: sentence.text, context: context,
                section: blockIndex.map { sections[$0] } ?? "", group: group.key, groupTitle: group.title,
                bcodes: codes, themes: heading ? themes.themes(in: sentence.text + " " + keywords + " " + context.prefix(400)) : [],
                isHeading: heading, keywords: keywords))
        }
        units.sort { $0.ref.line < $1.ref.line }
        if !pointers.isEmpty {
            for (line, target) in pointers {
                if let i = units.lastIndex(where: { $0.ref.line <= line }), !units[i].pointsAt.contains(target) {
                    units[i].pointsAt.append(target)
                }
            }
        }
        return units
    }

    // MARK: structure

    /// Whether a block reads as a heading: a heading block, or a short line without final punctuation.
    static func isHeading(_ block: Block) -> Bool {
        if block.kind == .heading { return true }
        if block.kind != .paragraph && block.kind != .listItem { return false }
        let text = block.text
        guard let last = text.last, !".,;:".contains(last) else { return false }
        let words = text.split(separator: " ").count
        guard words <= 14 else { return false }
        return text.first.map { $0.isUppercase || $0.isNumber } ?? false
    }

    /// "7. Realiseer duurzaam partnerschap ..." at the start of a paragraph: a numbered heading run in.
    static func opensNumberedSection(_ text: String) -> Bool {
        var it = text.unicodeScalars.makeIterator()
        var digits = 0
        while let c = it.next() {
            if ("0"..."9").contains(c) { digits += 1; continue }
            guard digits >= 1, digits <= 2, c == "." else { return false }
            guard it.next() == " ", let next = it.next() else { return false }
            return next.properties.isUppercase
        }
        return false
    }

    /// Context per block: the section for a heading (following blocks up to the next heading),
    /// the block's own text otherwise.
    static func contexts(blocks: [Block], headings: [Bool], sectionWords: Int, paragraphWords: Int) -> [String] {
        var out = [String](repeating: "", count: blocks.count)
        for i in blocks.indices {
            if headings[i] {
                // The section's words; a sub-heading inside the first words does not end it.
                var words: [Substring] = []
                var j = i + 1
                while j < blocks.count, words.count < sectionWords {
                    if headings[j], words.count >= minimumSectionWords { break }
                    words += blocks[j].text.split(separator: " ").prefix(sectionWords - words.count)
                    j += 1
                }
                out[i] = words.joined(separator: " ")
            } else {
                out[i] = blocks[i].text.split(separator: " ").prefix(paragraphWords).joined(separator: " ")
            }
        }
        return out
    }

    /// A heading followed by fewer words than this before the next heading takes that one's words too.
    static let minimumSectionWords = 80

    /// The text of the section each block lies in: from the heading at or before it to the next heading.
    static func sections(blocks: [Block], headings: [Bool], words: Int) -> [String] {
        var out = [String](repeating: "", count: blocks.count)
        var start = 0
        while start < blocks.count {
            var end = start + 1
            var count = blocks[start].text.split(separator: " ").count
            while end < blocks.count, !headings[end] || count < minimumSectionWords {
                count += blocks[end].text.split(separator: " ").count
                end += 1
            }
            var kept: [Substring] = []
            for b in blocks[start..<end] where kept.count < words {
                kept += b.text.split(separator: " ").prefix(words - kept.count)
            }
            let text = kept.joined(separator: " ")
            for i in start..<end { out[i] = text }
            start = end
        }
        return out
    }

    /// Segments rebuilt from `subdoc` items when the document itself carries none.
    static func segments(from items: [TaggedItem]) -> [Segment] {
        items.compactMap { item in
            guard item.kind == .subdoc, let start = item.startLine ?? Optional(item.line),
                let end = item.endLine
            else { return nil }
            return Segment(title: item.title ?? "", startLine: start, endLine: end, type: item.type ?? "other",
                           org: item.org, date: item.date)
        }
    }

    /// Clean B-codes printed in `text` ("B5", "B23"; "B20-B22" gives B20, B21, B22).
    static func codes(in text: String) -> [String] {
        guard text.contains("B") else { return [] }
        var found = Set<String>()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "B", i == 0 || !scalars[i - 1].properties.isAlphabetic {
                var j = i + 1
                var n = 0
                while j < scalars.count, ("0"..."9").contains(scalars[j]), j - i <= 2 {
                    n = n * 10 + Int(scalars[j].value - 48)
                    j += 1
                }
                if j > i + 1, n >= 1, n <= 40, j == scalars.count || !scalars[j].properties.isAlphabetic {
                    found.insert("B\(n)")
                }
                i = j
            } else {
                i += 1
            }
        }
        return found.sorted()
    }

    /// "B1+B7" -> B1, B7; "B20-B22" -> B20, B21, B22; "B5" -> B5.
    static func expand(code: String) -> [String] {
        if code.contains("+") { return code.split(separator: "+").map(String.init) }
        let parts = code.split(separator: "-")
        if parts.count == 2, let a = Int(parts[0].dropFirst()), let b = Int(parts[1].dropFirst()), a < b, b - a < 10 {
            return (a...b).map { "B\($0)" }
        }
        return [code]
    }
}

/// The groups of a document: the file, or per top-level segment when the document is a bundle.
struct Grouping {
    let doc: String
    let tops: [Segment]

    init(doc: String, segments: [Segment]) {
        self.doc = doc
        let sorted = segments.sorted { ($0.startLine, -$0.endLine) < ($1.startLine, -$1.endLine) }
        var tops: [Segment] = []
        for s in sorted {
            if let last = tops.last, s.startLine >= last.startLine, s.endLine <= last.endLine { continue }
            tops.append(s)
        }
        self.tops = tops.count >= 2 ? tops : []
    }

    func group(of line: Int) -> (key: String, title: String?) {
        guard !tops.isEmpty else { return (doc, nil) }
        var lo = 0
        var hi = tops.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tops[mid].startLine <= line { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return (doc, nil) }
        let s = tops[lo - 1]
        return ("\(doc)#\(s.startLine)", s.title)
    }
}

/// Finds the block holding a source line.
struct BlockLineIndex {
    let starts: [(first: Int, last: Int, index: Int)]

    init(blocks: [Block]) {
        starts = blocks.enumerated().compactMap { i, b in b.lines.map { ($0.first, $0.last, i) } }
            .sorted { $0.first < $1.first }
    }

    func block(containing line: Int) -> Int? {
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid].first <= line { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return starts.first.map(\.index) }
        let candidate = starts[lo - 1]
        if line <= candidate.last { return candidate.index }
        if lo < starts.count, starts[lo].first - line <= 1 { return starts[lo].index }
        return candidate.index
    }
}
