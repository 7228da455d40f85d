import Foundation

/// Splits a decoded plain text into source lines and classifies each: running text, blank, page
/// furniture (stamps, page numbers, margin text, the footnote rule) or footnote, with its page.
///
/// Page breaks are form feeds, layout stamps, and — in conversions that mark them so — a single space
/// before the first line of a page: that cue is trusted only when such lines come at page-like intervals
/// (median gap of 20 lines or more), since other conversions indent ordinary lines the same way.
struct TextCleaner: Sendable {
    let stamps: PageStampFilter
    let margins: MarginDetector

    static let shared = TextCleaner(stamps: .shared, margins: .shared)

    /// The classified lines of `text`, one per "\n"-separated source line.
    func lines(of text: String) -> [TextLine] {
        let raws = Self.splitLines(text)
        let margin = margins.detect(raws)
        let pageIndents = Self.indentMarksPages(raws)
        var lines: [TextLine] = []
        lines.reserveCapacity(raws.count)
        var page = 1
        var lastPageStart = -100
        var lastStamp = -100
        for (i, rawLine) in raws.enumerated() {
            var raw = rawLine
            var startsPage = false
            if raw.contains("\u{0C}") {
                raw = raw.replacingOccurrences(of: "\u{0C}", with: "")
                if i > 0 { startsPage = true }
            }
            if pageIndents, raw.utf8.count >= 2, raw.utf8.first == 0x20,
                let second = raw.utf8.dropFirst().first, second != 0x20, second != 0x09, i - lastPageStart >= 4
            {
                startsPage = true
            }
            let trimmed = MarginDetector.normalize(raw)
            var line = TextLine(number: i + 1, raw: rawLine, text: "", role: .content, page: page, startsPage: false)
            if trimmed.isEmpty {
                if raw.isEmpty {
                    line.role = .empty
                } else if raw.utf8.count >= 10 && raw.utf8.allSatisfy({ $0 == 0x20 }) {
                    line.role = .footnoteRule
                } else {
                    line.role = .whitespace
                }
            } else if stamps.isStamp(trimmed) {
                line.role = .stamp
                page += 1
                lastStamp = i
                lastPageStart = i
                line.page = page
                startsPage = false
            } else if margin.marginLines.contains(i) {
                line.role = .margin
            } else {
                let source = margin.cutTails[i] ?? raw
                line.cells = TextTableReader.cells(of: source, isLabel: Self.isListLabel)
                line.text = Self.clean(line.cells?.joined(separator: " ") ?? source)
                if line.text.isEmpty { line.role = .whitespace }
            }
            if startsPage && line.role != .stamp {
                if i - lastStamp > 8 && i > 0 { page += 1 }
                line.page = page
                lastPageStart = i
                line.startsPage = line.role == .content || line.isBlank
            }
            lines.append(line)
        }
        markPageNumbers(&lines)
        markFootnotes(&lines)
        if lines.contains(where: { $0.startsPage || $0.role == .stamp }) { markPageFootnotes(&lines) }
        markNumberedFootnotes(&lines)
        takeOutFootnoteRefs(&lines)
        return lines
    }

    /// Splits on the byte 0x0A only and drops a "\r" before it.
    static func splitLines(_ text: String) -> [String] {
        var result: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        func add(_ end: Int) {
            var e = end
            if e > start && bytes[e - 1] == 0x0D { e -= 1 }
            result.append(String(decoding: bytes[start..<e], as: UTF8.self))
        }
        for (i, b) in bytes.enumerated() where b == 0x0A {
            add(i)
            start = i + 1
        }
        add(bytes.count)
        return result
    }

    /// Whether a single leading space marks page starts in this text (page-like intervals between them).
    static func indentMarksPages(_ raws: [String]) -> Bool {
        var starts: [Int] = []
        for (i, r) in raws.enumerated() {
            let u = r.utf8
            if u.count >= 2, u.first == 0x20, let s = u.dropFirst().first, s != 0x20, s != 0x09 { starts.append(i) }
        }
        guard starts.count >= 3 else { return false }
        let gaps = zip(starts, starts.dropFirst()).map { $1 - $0 }.sorted()
        return gaps[gaps.count / 2] >= 20
    }

    /// Trimmed, tabs and runs of white space as one space, Unicode line/paragraph separators as a space, NFC.
    static func clean(_ text: String) -> String {
        var s = text
        if s.unicodeScalars.contains(where: { $0.value == 0x2028 || $0.value == 0x2029 }) {
            s = String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value == 0x2028 || $0.value == 0x2029 ? " " : $0 }))
        }
        s = MarginDetector.normalize(s)
        if s.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.properties.canonicalCombiningClass != .notReordered }) {
            s = s.precomposedStringWithCanonicalMapping
        }
        return s
    }

    /// A list label standing alone: "1.", "2.4", "a)", "(3)", "iv.", or a bullet glyph.
    static func isListLabel(_ s: String) -> Bool {
        Labels.shared.isLabel(s)
    }

    /// Bare numbers next to a page break are page numbers.
    private func markPageNumbers(_ lines: inout [TextLine]) {
        for i in lines.indices where lines[i].role == .content && lines[i].cells == nil {
            guard PageStampFilter.isBareNumber(lines[i].text) else { continue }
            var next = i + 1
            while next < lines.count && lines[next].isBlank { next += 1 }
            var prev = i - 1
            while prev >= 0 && lines[prev].isBlank { prev -= 1 }
            let afterStamp = prev >= 0 && lines[prev].role == .stamp && i - prev <= 5
            let beforePage = next >= lines.count || (lines[next].startsPage && next - i <= 4)
            let alone = next - i >= 4 && i - prev >= 2
            let pageStart = lines[i].startsPage && (next - i >= 2)
            if afterStamp || beforePage || alone || pageStart {
                lines[i].role = .pageNumber
                lines[i].text = ""
            }
        }
    }

    /// Lines under a footnote rule up to the page break are footnotes when they start with a marker.
    private func markFootnotes(_ lines: inout [TextLine]) {
        var i = 0
        while i < lines.count {
            guard lines[i].role == .footnoteRule else {
                i += 1
                continue
            }
            var j = i + 1
            while j < lines.count && lines[j].isBlank && !lines[j].startsPage { j += 1 }
            guard j < lines.count, !lines[j].startsPage, lines[j].role == .content,
                Self.footnoteMarker(lines[j].text) != nil
            else {
                lines[i].role = .whitespace
                i += 1
                continue
            }
            var blanks = 0
            while j < lines.count && !lines[j].startsPage {
                if lines[j].isBlank {
                    blanks += 1
                    if blanks >= 2 { break }
                } else if lines[j].role == .content {
                    if blanks > 0 && Self.footnoteMarker(lines[j].text) == nil {
                        // After a blank line only a footnote's last words right above the page break go on.
                        var n = j + 1
                        while n < lines.count && lines[n].isBlank && !lines[n].startsPage { n += 1 }
                        guard n >= lines.count || lines[n].startsPage, n - j <= 2 else { break }
                    }
                    blanks = 0
                    lines[j].role = .footnote
                    if let m = Self.footnoteMarker(lines[j].text) {
                        lines[j].footnoteMarker = m.marker
                        lines[j].text = m.rest
                    }
                    lines[j].cells = nil
                }
                j += 1
            }
            i = j
        }
    }

    /// "1 Evaluatie Jeugdwet" or "[4] Bron: CBS": the marker and the text after it.
    static func footnoteMarker(_ text: String) -> (marker: String, rest: String)? {
        var s = Substring(text)
        var bracket = false
        if s.first == "[" {
            bracket = true
            s = s.dropFirst()
        }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        s = s.dropFirst(digits.count)
        if bracket {
            guard s.first == "]" else { return nil }
            s = s.dropFirst()
        }
        guard s.first == " " else { return nil }
        let rest = s.drop { $0 == " " }
        guard let f = rest.first, f.isLetter || f == "“" || f == "\"" || f == "‘" else { return nil }
        return (bracket ? "[\(digits)]" : String(digits), String(rest))
    }

    /// Footnotes at the foot of a page without a rule: the last chunks of lines before a page break that
    /// open with ascending markers ("3 Stichting ...", "4 SER (2020) ..."), each marker glued to a word of
    /// the text above ("lokale teams5"). A chunk in lower case between them continues a footnote.
    private func markPageFootnotes(_ lines: inout [TextLine]) {
        let breaks = lines.indices.filter { lines[$0].startsPage || lines[$0].role == .stamp }
        for b in breaks {
            // Chunks of content lines above the break, bottom first.
            var chunks: [[Int]] = []
            var current: [Int] = []
            var k = b - 1
            while k >= 0 && k >= b - 40 {
                let l = lines[k]
                if l.role == .content {
                    current.insert(k, at: 0)
                } else if l.isBlank || l.isFurniture {
                    if !current.isEmpty { chunks.append(current); current = [] }
                } else {
                    break
                }
                if l.startsPage { break }
                k -= 1
            }
            if !current.isEmpty { chunks.append(current) }
            var accepted: [[Int]] = []
            var c = 0
            while c < chunks.count {
                let first = lines[chunks[c][0]]
                if Self.footnoteMarker(first.text) != nil && first.cells == nil && !first.startsPage {
                    accepted.append(chunks[c])
                    c += 1
                } else if let f = first.text.first, f.isLowercase, c + 1 < chunks.count,
                    Self.footnoteMarker(lines[chunks[c + 1][0]].text) != nil, !first.startsPage
                {
                    accepted.append(chunks[c])
                    c += 1
                } else {
                    break
                }
            }
            guard !accepted.isEmpty else { continue }
            // The region must start with a marker, its markers must ascend, and the first must be glued
            // to a word above it.
            while let last = accepted.last, Self.footnoteMarker(lines[last[0]].text) == nil { accepted.removeLast() }
            let region = accepted.reversed().flatMap { $0 }
            let markers = region.compactMap { Self.footnoteMarker(lines[$0].text).flatMap { Int($0.marker) } }
            guard let firstMarker = markers.first, zip(markers, markers.dropFirst()).allSatisfy({ $0 < $1 }),
                let top = region.first
            else { continue }
            let above = lines[max(0, top - 120)..<top].filter { $0.role == .content }.map(\.text)
            guard above.contains(where: { Self.gluedMarkerRange(String(firstMarker), in: $0) != nil }) else { continue }
            for j in region {
                lines[j].role = .footnote
                lines[j].cells = nil
                if let m = Self.footnoteMarker(lines[j].text) {
                    lines[j].footnoteMarker = m.marker
                    lines[j].text = m.rest
                }
            }
        }
    }

    /// Footnotes in texts without page breaks: a line "N text" where N continues the document's footnote
    /// numbering (1, 2, 3, ...) and is glued to a word of the 80 lines above ("zorggebruik2").
    private func markNumberedFootnotes(_ lines: inout [TextLine]) {
        var next = 1
        for i in lines.indices {
            if lines[i].role == .footnote, let m = lines[i].footnoteMarker, let n = Int(m.filter(\.isNumber)) {
                next = max(next, n + 1)
                continue
            }
            guard lines[i].role == .content, lines[i].cells == nil, let m = Self.footnoteMarker(lines[i].text),
                Int(m.marker) == next, m.rest.split(separator: " ").count >= 3,
                !TextExtractor.BlockBuilder.isAllCaps(m.rest)
            else { continue }
            let above = lines[max(0, i - 80)..<i].filter { $0.role == .content }
            guard above.contains(where: { Self.gluedMarkerRange(m.marker, in: $0.text) != nil }) else { continue }
            lines[i].role = .footnote
            lines[i].footnoteMarker = m.marker
            lines[i].text = m.rest
            next += 1
        }
    }

    /// Takes footnote markers glued to words ("teams5", "krijgen.1") out of the text above each footnote.
    private func takeOutFootnoteRefs(_ lines: inout [TextLine]) {
        for i in lines.indices {
            guard let marker = lines[i].footnoteMarker else { continue }
            let number = marker.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            var k = i - 1
            while k >= 0 && k >= i - 150 {
                if lines[k].role == .content, marker.hasPrefix("["), let r = lines[k].text.range(of: marker) {
                    // "[4]" in the text: take it out with the space before it.
                    var lower = r.lowerBound
                    if lower > lines[k].text.startIndex, lines[k].text[lines[k].text.index(before: lower)] == " " {
                        lower = lines[k].text.index(before: lower)
                    }
                    lines[k].text.removeSubrange(lower..<r.upperBound)
                    lines[k].footnoteRefs.append(marker)
                    break
                }
                if lines[k].role == .content, let r = Self.gluedMarkerRange(number, in: lines[k].text) {
                    lines[k].text.removeSubrange(r)
                    lines[k].footnoteRefs.append(marker)
                    break
                }
                k -= 1
            }
        }
    }

    /// The range of footnote number `n` glued to the end of a lower-case word or to punctuation after one
    /// ("teams5 ", "krijgen.1 ", "extra).3"), not part of a code ("B5", "BIG5") or a number.
    static func gluedMarkerRange(_ n: String, in text: String) -> Range<String.Index>? {
        var search = text.startIndex
        while let r = text.range(of: n, range: search..<text.endIndex) {
            search = r.upperBound
            guard r.lowerBound > text.startIndex else { continue }
            let before = text[text.index(before: r.lowerBound)]
            if r.upperBound < text.endIndex {
                let after = text[r.upperBound]
                guard after == " " || after == "," || after == ";" || after == ":" || after == "." || after == ")" else { continue }
                if after == "." || after == ",", text.index(after: r.upperBound) < text.endIndex,
                    text[text.index(after: r.upperBound)].isNumber { continue }
            }
            if before.isLowercase && before.isLetter {
                // The word must be lower case letters (not "B5", "BIG5", "covid19" is rare enough).
                var w = text.index(before: r.lowerBound)
                var letters = 0
                while w > text.startIndex, text[w].isLetter { letters += 1; w = text.index(before: w) }
                if text[w].isLetter { letters += 1 }
                if letters >= 3 && !text[text.index(before: r.lowerBound)].isUppercase { return r }
            } else if ".,;)’”".contains(before), r.lowerBound > text.index(after: text.startIndex) {
                let b2 = text[text.index(text.index(before: r.lowerBound), offsetBy: -1)]
                if b2.isLetter && b2.isLowercase || b2 == ")" { return r }
            }
        }
        return nil
    }
}
