import DwarsModel

/// Cuts a document's blocks into `TextUnit`s: headings, list items and paragraph runs.
///
/// Works on the source lines of each block (through `lineStarts`), so a numbered heading or a list
/// item that the extractor left inside a paragraph still starts a unit of its own. Joins line-end
/// hyphenation ("ontwikke-" + "ling") except before a conjunction ("jeugd- en gezinsteams").
struct TextUnitReader: Sendable {
    var bullets: Set<Character>
    var labelNouns: Set<String>
    var keepHyphenBefore: Set<String> = ["en", "of", "tot", "en/of", "noch"]

    /// The `Tagger.Context` key of the units a reader built from the recommendation lexicon gives: the
    /// recommendation and cross-reference rules both read them, so they are cut once per document.
    static let sharedKey = "text-units/recommendation-lexicon"

    struct Piece {
        var text: Substring
        var line: Int
        /// The extractor already joined this line to the previous one (no space between them).
        var joined = false
    }

    func units(of document: Document) -> [TextUnit] {
        var units: [TextUnit] = []
        var leadIn: String?
        /// Labels of the items since the lead-in of a paragraph (an item's own lead-in nests in that list).
        var listLabels: [String] = []
        var section: String?
        for block in document.blocks {
            let pieces = Self.pieces(of: block)
            guard !pieces.isEmpty else { continue }
            var blockUnits: [TextUnit] = []
            switch block.kind {
            case .tableRow:
                blockUnits.append(unit(.tableRow, pieces, page: block.page))
            case .footnote:
                blockUnits.append(unit(.footnote, pieces, page: block.page))
            case .heading:
                var u = unit(.heading, pieces, page: block.page)
                applyLabel(&u, blockLabel: block.label)
                blockUnits.append(u)
            case .listItem:
                blockUnits = listItemUnits(pieces, blockLabel: block.label, page: block.page)
            case .paragraph:
                blockUnits = split(pieces, page: block.page)
            }
            for var u in blockUnits {
                // A one-level label ("1.", "a.") inside a list that a lead-in opened is an item of that
                // list, even when the extractor took it for a heading, when it starts the list or follows
                // one of its labels ("6. Vervolgproces" after a bullet list is the next section).
                if leadIn != nil, u.shape == .heading || u.standsAlone, u.marker == .number || u.marker == .letter
                    || u.marker == .roman, let l = u.label, !l.contains("."), !Self.isCaps(u.text),
                    ListLabel.startsList(l) || listLabels.contains(where: { ListLabel.successors(of: $0).contains(l) })
                {
                    u.shape = .item
                    u.standsAlone = false
                }
                if u.shape == .item {
                    u.leadIn = leadIn
                    if let l = u.label { listLabels.append(l) }
                }
                u.section = section
                u.index = units.count
                if u.shape == .heading || (u.standsAlone && u.marker != .bullet) {
                    section = u.text
                    leadIn = nil
                    listLabels = []
                } else if u.shape == .paragraph {
                    // The body of a list item keeps the list's lead-in unless it opens a list of its own;
                    // a page's footnote link after the colon ("over: http://...") does not close it.
                    let text = Self.droppingTrailingLink(u.text)
                    if text.hasSuffix(":") {
                        leadIn = Self.lastSentence(text)
                        if !u.continuesItem { listLabels = [] }
                    } else if !u.continuesItem {
                        leadIn = nil
                        listLabels = []
                    }
                } else if u.shape == .item, u.text.hasSuffix(":") {
                    leadIn = Self.lastSentence(u.text)
                }
                units.append(u)
            }
        }
        return units
    }

    /// The source lines of a block, trimmed, with their line numbers (byte-level: this runs on every line).
    static func pieces(of block: Block) -> [Piece] {
        let first = block.lines?.first ?? 0
        var bytes = Array(block.text.utf8)
        if bytes.isEmpty { bytes = [] }
        var bounds = [0] + (block.lineStarts ?? [])
        bounds.append(bytes.count)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var pieces: [Piece] = []
        for k in 0..<(bounds.count - 1) {
            var lo = min(max(bounds[k], 0), bytes.count)
            var hi = max(lo, min(bounds[k + 1], bytes.count))
            let joined = lo > 0 && lo < bytes.count && !isSpace(bytes[lo]) && !isSpace(bytes[lo - 1])
            while lo < hi, isSpace(bytes[lo]) { lo += 1 }
            while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
            // Never cut inside a scalar (offsets from the extractor are scalar boundaries; be safe anyway).
            while lo < hi, bytes[lo] & 0xC0 == 0x80 { lo += 1 }
            while hi < bytes.count, hi > lo, bytes[hi] & 0xC0 == 0x80 { hi += 1 }
            if lo >= hi { continue }
            let piece = Substring(String(decoding: bytes[lo..<hi], as: UTF8.self))
            pieces.append(Piece(text: piece, line: first + k, joined: joined))
        }
        return pieces
    }

    func unit(_ shape: TextUnit.Shape, _ pieces: [Piece], page: Int?) -> TextUnit {
        var u = TextUnit(shape: shape, text: "", lineStarts: [], page: page)
        for p in pieces { append(p, to: &u) }
        return u
    }

    func append(_ piece: Piece, to u: inout TextUnit) {
        let clean = Self.collapse(piece.text)
        if u.text.isEmpty {
            u.lineStarts.append((0, piece.line))
            u.text = clean
            return
        }
        let nextWord = clean.prefix(while: { !$0.isWhitespace && $0 != "," })
        if piece.joined {
            u.lineStarts.append((u.text.utf8.count, piece.line))
            u.text += clean
        } else if u.text.hasSuffix("-"), u.text.count >= 3,
            let before = u.text.dropLast().last, before.isLetter, before.isLowercase,
            let c = clean.first, c.isLetter, c.isLowercase, !keepHyphenBefore.contains(String(nextWord))
        {
            u.text.removeLast()
            u.lineStarts.append((u.text.utf8.count, piece.line))
            u.text += clean
        } else {
            u.text += " "
            u.lineStarts.append((u.text.utf8.count, piece.line))
            u.text += clean
        }
    }

    /// The units of a list-item block: the extractor may have run several labelled lines together
    /// ("i. ... ii. ...") or kept a short heading line with the body under it ("c. Inzet van X" +
    /// "De X dient ..."); each labelled line starts an item, and a heading-like first line is an item
    /// of its own with the rest as a paragraph that continues it.
    func listItemUnits(_ pieces: [Piece], blockLabel: String?, page: Int?) -> [TextUnit] {
        let blockBullet = blockLabel.flatMap { l in l.trimmingCharacters(in: [" "]).first }.flatMap {
            bullets.contains($0) && !$0.isLetter ? $0 : nil
        }
        var groups: [(pieces: [Piece], label: ListLabel?)] = [([], nil)]
        for (k, piece) in pieces.enumerated() {
            if k > 0, let parsed = ListLabel.parse(piece.text, bullets: bullets, nouns: labelNouns),
                parsed.marker == .number || parsed.marker == .letter || parsed.marker == .roman
                    || (parsed.marker == .bullet && piece.text.first == blockBullet)
            {
                groups.append(([piece], parsed))
            } else {
                groups[groups.count - 1].pieces.append(piece)
            }
        }
        var result: [TextUnit] = []
        for (k, group) in groups.enumerated() where !group.pieces.isEmpty {
            var u = unit(.item, group.pieces, page: page)
            if k == 0 {
                applyLabel(&u, blockLabel: blockLabel)
            } else if let parsed = group.label {
                let drop = Self.collapse(group.pieces[0].text).utf8.count - Self.collapse(parsed.rest).utf8.count
                u.marker = parsed.marker
                u.label = parsed.label
                u.labelNoun = parsed.noun
                if drop > 0 { dropPrefix(&u, utf8Count: drop) }
            }
            if u.marker == .none { u.marker = .bullet }
            // A short first line without closing punctuation, followed by a capitalised line, heads the item.
            if u.marker != .bullet, u.lineStarts.count > 1, let second = u.lineStarts.dropFirst().first,
                let firstPiece = group.pieces.first, let nextPiece = group.pieces.dropFirst().first
            {
                let cut = u.text.utf8.index(u.text.utf8.startIndex, offsetBy: second.offset)
                let headText = String(u.text[..<cut]).trimmingCharacters(in: [" "])
                let longest = group.pieces.map { $0.text.count }.max() ?? 0
                if !headText.isEmpty, !firstPiece.text.hasSuffix("-"), headText.split(separator: " ").count <= 12,
                    firstPiece.text.count * 4 < longest * 3,
                    Self.looksLikeHeadingLine(headText, next: nextPiece.text)
                {
                    var body = u
                    dropPrefix(&body, utf8Count: second.offset)
                    body.lineStarts.removeFirst()
                    body.shape = .paragraph
                    body.marker = .none
                    body.label = nil
                    body.labelNoun = nil
                    body.continuesItem = true
                    u.text = headText
                    u.lineStarts = [u.lineStarts[0]]
                    u.standsAlone = true
                    result.append(u)
                    result.append(body)
                    continue
                }
            }
            result.append(u)
        }
        return result
    }

    func applyLabel(_ u: inout TextUnit, blockLabel: String?) {
        if let blockLabel, !blockLabel.isEmpty {
            let l = blockLabel.trimmingCharacters(in: [".", ")", " ", ":"])
            if l.isEmpty || (l.count == 1 && bullets.contains(l.first!) && !(l.first!.isLetter)) {
                u.marker = .bullet
            } else if l.first!.isNumber {
                u.marker = .number
                u.label = l
            } else if l.count > 1, l.lowercased().allSatisfy({ "ivx".contains($0) }) {
                u.marker = .roman
                u.label = l
            } else if l.count == 1, l.first!.isLetter {
                u.marker = .letter
                u.label = l
            } else {
                u.marker = .bullet
            }
            return
        }
        if let parsed = ListLabel.parse(Substring(u.text), bullets: bullets, nouns: labelNouns) {
            let drop = u.text.utf8.count - parsed.rest.utf8.count
            u.marker = parsed.marker
            u.label = parsed.label
            u.labelNoun = parsed.noun
            if drop > 0 { dropPrefix(&u, utf8Count: drop) }
        } else if let blockLabel {
            let l = blockLabel.trimmingCharacters(in: [".", ")", " "])
            u.label = l.isEmpty ? nil : l
            u.marker = l.isEmpty ? .bullet : (l.first!.isNumber ? .number : .letter)
        }
    }

    func dropPrefix(_ u: inout TextUnit, utf8Count: Int) {
        let utf8 = u.text.utf8
        let idx = utf8.index(utf8.startIndex, offsetBy: utf8Count)
        u.text = String(u.text[idx...])
        u.lineStarts = u.lineStarts.map { (max(0, $0.offset - utf8Count), $0.line) }
    }

    /// Splits the lines of a paragraph block at labelled lines and capitalised heading lines.
    func split(_ pieces: [Piece], page: Int?) -> [TextUnit] {
        var result: [TextUnit] = []
        var current: TextUnit?
        func flush() {
            if let c = current, !c.text.isEmpty { result.append(c) }
            current = nil
        }
        for (k, piece) in pieces.enumerated() {
            let next = k + 1 < pieces.count ? pieces[k + 1] : nil
            if let parsed = ListLabel.parse(piece.text, bullets: bullets, nouns: labelNouns) {
                flush()
                var u = unit(.item, [piece], page: page)
                let drop = u.text.utf8.count - Self.collapse(parsed.rest).utf8.count
                u.marker = parsed.marker
                u.label = parsed.label
                u.labelNoun = parsed.noun
                if drop > 0 { dropPrefix(&u, utf8Count: drop) }
                if Self.looksLikeHeadingLine(u.text, next: next?.text) {
                    u.standsAlone = true
                    if Self.isCaps(u.text) || parsed.marker == .number && u.label?.contains(".") == true {
                        u.shape = .heading
                    }
                    if Self.isCaps(u.text) {
                        current = u  // a capitalised heading may go on over the next line
                    } else {
                        result.append(u)
                    }
                } else {
                    current = u
                }
                continue
            }
            if Self.isCaps(piece.text) && piece.text.count >= 4 {
                if let c = current, c.shape == .heading || (c.standsAlone && Self.isCaps(c.text)) {
                    append(piece, to: &current!)
                    continue
                }
                if current?.shape == .item, let c = current, Self.isCaps(c.text) {
                    append(piece, to: &current!)
                    current!.shape = .heading
                    continue
                }
                flush()
                var u = unit(.heading, [piece], page: page)
                u.standsAlone = true
                current = u
                continue
            }
            if let c = current, c.shape == .heading || (c.shape == .item && Self.isCaps(c.text) && c.lineStarts.count == 1) {
                if c.shape == .item { current!.shape = .heading }
                flush()
            }
            if current == nil {
                current = unit(.paragraph, [piece], page: page)
            } else {
                append(piece, to: &current!)
            }
        }
        flush()
        return result
    }

    /// A labelled line that ends without closing punctuation and is followed by a capitalised line.
    static func looksLikeHeadingLine(_ text: String, next: Substring?) -> Bool {
        guard let last = text.last, !".,;:".contains(last) else { return false }
        guard text.split(separator: " ").count <= 22 else { return false }
        guard let next else { return true }
        guard let n = next.first else { return true }
        return n.isUppercase || n.isNumber || "‘“\"(".contains(n)
    }

    /// Mostly capital letters (at least four letters, under a fifth lower case).
    static func isCaps(_ text: some StringProtocol) -> Bool {
        var upper = 0
        var lower = 0
        for c in text where c.isLetter {
            if c.isUppercase { upper += 1 } else { lower += 1 }
        }
        return upper >= 4 && lower * 5 < upper
    }

    static func collapse(_ s: Substring) -> String {
        // Scalar-level: runs of white space become one space, ends trimmed.
        var out = String.UnicodeScalarView()
        var space = false
        for u in s.unicodeScalars {
            if u.value == 0x20 || u.value == 0x09 || u.value == 0x0A || u.value == 0x0D
                || (u.value > 0x7F && u.properties.isWhitespace)
            {
                space = true
            } else {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(u)
            }
        }
        return String(out)
    }

    /// `text` without a bare web address at its end (a footnote link the extractor left in the paragraph).
    static func droppingTrailingLink(_ text: String) -> String {
        guard let space = text.lastIndex(of: " ") else { return text }
        let last = text[text.index(after: space)...]
        guard last.hasPrefix("http://") || last.hasPrefix("https://") || last.hasPrefix("www.") else { return text }
        return String(text[..<space])
    }

    /// The last sentence of a text (the lead-in of a list).
    static func lastSentence(_ text: String) -> String {
        let sentences = SentenceCutter.sentences(in: text)
        return sentences.last.map { String(text[$0]) } ?? text
    }
}
