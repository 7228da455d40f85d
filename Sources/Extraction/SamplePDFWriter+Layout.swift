extension SamplePDFWriter {
    /// Lays a document out on pages: line breaking with hyphenation, columns, footnotes, tables.
    struct Layout {
        let document: SampleCorpus.Document
        let measure: Measure

        private var pages: [[Item]] = [[]]
        private var columns = 1
        private var column = 0
        /// Baseline of the next line.
        private var y = SamplePDFWriter.firstBaseline
        private var regionTop = SamplePDFWriter.firstBaseline
        /// Lowest baseline used in the left column of the current two-column region on this page.
        private var columnBottom = 0.0
        /// Footnote lines of the current page: (label, first line?, text).
        private var noteLines: [(label: String, first: Bool, text: String)] = []
        private var atColumnTop = true

        init(document: SampleCorpus.Document, measure: Measure) {
            self.document = document
            self.measure = measure
        }

        /// A piece of a word: normal text or a superscript footnote number.
        struct Piece {
            var text: String
            var superscript: Bool
        }

        /// A word with its footnote references.
        struct Token {
            var pieces: [Piece]
            var plain: String { pieces.filter { !$0.superscript }.map(\.text).joined() }
            var references: [String] { pieces.filter(\.superscript).map(\.text) }
        }

        private static let columnWidth = (SamplePDFWriter.textWidth - SamplePDFWriter.gutter) / 2
        private var x0: Double {
            columns == 1 ? SamplePDFWriter.left
                : SamplePDFWriter.left + Double(column) * (Self.columnWidth + SamplePDFWriter.gutter)
        }
        private var width: Double { columns == 1 ? SamplePDFWriter.textWidth : Self.columnWidth }

        mutating func run() -> [[Item]] {
            for element in document.elements {
                switch element {
                case .heading(let level, let text):
                    heading(level: level, text: text)
                case .paragraph(let text):
                    paragraph(text, indent: 0, label: nil)
                    y += 9
                case .listItem(let label, let text):
                    paragraph(text, indent: 18, label: label)
                    y += 4
                case .tableRow(let cells, let header):
                    tableRow(cells, header: header)
                case .columns(let n):
                    setColumns(n)
                }
            }
            finishPage()
            return pages
        }

        // MARK: elements

        private mutating func heading(level: Int, text: String) {
            let (size, leading, before): (Double, Double, Double) =
                level <= 1 ? (16, 20, 14) : level == 2 ? (13, 17, 10) : (11.5, 15, 8)
            if !atColumnTop { y += before }
            let lines = breakLines(tokens(text), width: width, face: .sansBold, size: size)
            // Keep the heading with two lines of what follows.
            ensureRoom(extra: Double(lines.count) * leading + 2 * SamplePDFWriter.bodyLeading, notes: [])
            for line in lines {
                ensureRoom(extra: 0, notes: [])
                draw(line, x: x0, face: .sansBold, size: size)
                y += leading
            }
            y += 3
        }

        private mutating func paragraph(_ text: String, indent: Double, label: String?) {
            let size = SamplePDFWriter.bodySize
            let lines = breakLines(tokens(text), width: width - indent, face: .serif, size: size)
            for (i, line) in lines.enumerated() {
                let refs = line.flatMap(\.references)
                ensureRoom(extra: 0, notes: refs)
                if i == 0, let label {
                    append(.text(label, x: x0, y: y, face: .serif, size: size))
                }
                draw(line, x: x0 + indent, face: .serif, size: size)
                for ref in refs { addNote(ref) }
                y += SamplePDFWriter.bodyLeading
            }
        }

        private mutating func tableRow(_ cells: [String], header: Bool) {
            let size = SamplePDFWriter.tableSize
            let face: Face = header ? .sansBold : .serif
            if header, !atColumnTop { y += 4 }
            ensureRoom(extra: header ? 3 * SamplePDFWriter.bodyLeading : 0, notes: [])
            let first = width * 0.36
            let rest = cells.count > 1 ? (width - first) / Double(cells.count - 1) : 0
            for (i, cell) in cells.enumerated() {
                if i == 0 {
                    append(.text(cell, x: x0, y: y, face: face, size: size))
                } else {
                    let right = x0 + first + Double(i) * rest - 2
                    append(.text(cell, x: right - measure.width(cell, face, size), y: y, face: face, size: size))
                }
            }
            y += SamplePDFWriter.bodyLeading
            atColumnTop = false
        }

        private mutating func setColumns(_ n: Int) {
            if n == 2, columns == 1 {
                columns = 2
                column = 0
                regionTop = y
                columnBottom = 0
            } else if n == 1, columns == 2 {
                y = max(y, columnBottom + SamplePDFWriter.bodyLeading)
                columns = 1
                column = 0
            }
        }

        // MARK: flow

        private mutating func append(_ item: Item) {
            pages[pages.count - 1].append(item)
        }

        /// Draws a line as runs of text (words joined by spaces), breaking runs only at superscripts, so
        /// that the PDF's own spacing is that of the font.
        private mutating func draw(_ line: [Token], x: Double, face: Face, size: Double) {
            var cursor = x
            var run = ""
            func flushRun(_ layout: inout Layout) {
                guard !run.isEmpty else { return }
                layout.append(.text(run, x: cursor, y: layout.y, face: face, size: size))
                cursor += layout.measure.width(run, face, size)
                run = ""
            }
            for (t, token) in line.enumerated() {
                if t > 0 { run += " " }
                for piece in token.pieces {
                    if piece.superscript {
                        flushRun(&self)
                        let s = SamplePDFWriter.superscriptSize
                        append(.text(piece.text, x: cursor, y: y - SamplePDFWriter.superscriptRise, face: face, size: s))
                        cursor += measure.width(piece.text, face, s)
                    } else {
                        run += piece.text
                    }
                }
            }
            flushRun(&self)
            if columns == 2, column == 0 { columnBottom = max(columnBottom, y) }
            atColumnTop = false
        }

        /// Moves to the next column or page until a line (plus `extra`) and the footnotes `notes` fit.
        private mutating func ensureRoom(extra: Double, notes: [String]) {
            for _ in 0..<4 {
                let noteHeight = height(ofNotes: noteLines.count + notes.reduce(0) { $0 + noteLineCount($1) })
                let limit = SamplePDFWriter.bottomLimit - noteHeight
                let leftOK = columns == 1 || column == 0 || columnBottom <= limit
                if y + extra <= limit && leftOK { return }
                advance()
            }
        }

        private func height(ofNotes lines: Int) -> Double {
            lines == 0 ? 0 : Double(lines) * SamplePDFWriter.noteLeading + 12
        }

        private mutating func advance() {
            if columns == 2, column == 0 {
                column = 1
                y = regionTop
            } else {
                finishPage()
                pages.append([])
                column = 0
                y = SamplePDFWriter.firstBaseline
                regionTop = y
                columnBottom = 0
            }
            atColumnTop = true
        }

        // MARK: footnotes

        private func noteText(_ label: String) -> [[Token]] {
            let text = document.footnotes[label] ?? ""
            return breakLines(tokens(text), width: SamplePDFWriter.textWidth - 10, face: .serif,
                              size: SamplePDFWriter.noteSize)
        }

        private func noteLineCount(_ label: String) -> Int { max(1, noteText(label).count) }

        private mutating func addNote(_ label: String) {
            for (i, line) in noteText(label).enumerated() {
                noteLines.append((label, i == 0, line.map(\.plain).joined(separator: " ")))
            }
        }

        private mutating func finishPage() {
            guard !noteLines.isEmpty else { return }
            let leading = SamplePDFWriter.noteLeading
            var baseline = SamplePDFWriter.bottomLimit - Double(noteLines.count - 1) * leading
            let left = SamplePDFWriter.left
            append(.rule(x0: left, x1: left + 120, y: baseline - leading - 1))
            for line in noteLines {
                if line.first {
                    append(.text(line.label, x: left, y: baseline, face: .serif, size: SamplePDFWriter.noteSize))
                }
                append(.text(line.text, x: left + 10, y: baseline, face: .serif, size: SamplePDFWriter.noteSize))
                baseline += leading
            }
            noteLines = []
        }

        // MARK: line breaking

        /// Splits text into tokens at spaces; `[^n]` becomes a superscript piece.
        func tokens(_ text: String) -> [Token] {
            text.split(separator: " ").map { word in
                var pieces: [Piece] = []
                SampleCorpus.replaceReferencesVisiting(String(word)) { piece, isReference in
                    pieces.append(Piece(text: piece, superscript: isReference))
                }
                return Token(pieces: pieces)
            }
        }

        private func width(_ token: Token, _ face: Face, _ size: Double) -> Double {
            token.pieces.reduce(0) {
                $0 + ($1.superscript ? measure.width($1.text, face, SamplePDFWriter.superscriptSize)
                    : measure.width($1.text, face, size))
            }
        }

        /// Greedy ragged-right line breaking; a word that does not fit is hyphenated when a part fits.
        func breakLines(_ input: [Token], width: Double, face: Face, size: Double) -> [[Token]] {
            var lines: [[Token]] = []
            var current: [Token] = []
            var used = 0.0
            let space = measure.width(" ", face, size)
            var queue = input[...]
            var guardCount = 0
            while let token = queue.first {
                guardCount += 1
                precondition(guardCount < 100_000, "line breaking made no progress")
                queue = queue.dropFirst()
                let w = self.width(token, face, size)
                let needed = used + (current.isEmpty ? 0 : space) + w
                if needed <= width || current.isEmpty && w > width && hyphenate(token, fitting: width, face, size) == nil {
                    current.append(token)
                    used = needed
                    // An elided compound part ("jeugd-") near the line end stays at the line end.
                    let plain = token.plain
                    if plain.count > 2, plain.hasSuffix("-"), used >= width * 0.6, !queue.isEmpty {
                        lines.append(current)
                        current = []
                        used = 0
                    }
                    continue
                }
                let available = width - used - (current.isEmpty ? 0 : space)
                if let (head, tail) = hyphenate(token, fitting: available, face, size) {
                    current.append(head)
                    lines.append(current)
                    current = []
                    used = 0
                    queue.insert(tail, at: queue.startIndex)
                } else {
                    lines.append(current)
                    current = []
                    used = 0
                    queue.insert(token, at: queue.startIndex)
                }
            }
            if !current.isEmpty { lines.append(current) }
            return lines
        }

        /// Splits a word so that its head plus a hyphen fits in `available`: at the word's own hyphen
        /// ("niet-" + "gecontracteerde"), or at a syllable (before a consonant followed by a vowel) of a
        /// lower-case word of at least eight letters. Nil when no split fits.
        func hyphenate(_ token: Token, fitting available: Double, _ face: Face, _ size: Double) -> (Token, Token)? {
            guard token.pieces.count == 1, let word = token.pieces.first?.text else { return nil }
            let chars = Array(word)
            var candidates: [(head: String, tail: String)] = []
            for i in chars.indices where chars[i] == "-" && i >= 2 && i < chars.count - 2 {
                candidates.append((String(chars[...i]), String(chars[(i + 1)...])))
            }
            if candidates.isEmpty, chars.count >= 8, chars.allSatisfy({ $0.isLetter || ".,;:".contains($0) }),
                chars.first?.isLowercase == true
            {
                let letters = chars.prefix { $0.isLetter }.count
                if letters >= 8 {
                    for i in 3..<(letters - 3) where !Self.isVowel(chars[i], after: chars[i - 1])
                        && Self.isVowel(chars[i + 1], after: chars[i]) && !(chars[i - 1] == "c" && chars[i] == "h")
                        && (Self.isVowel(chars[i - 1], after: chars[i - 2])
                            || Self.isVowel(chars[i - 2], after: i >= 3 ? chars[i - 3] : " "))
                    {
                        candidates.append((String(chars[..<i]) + "-", String(chars[i...])))
                    }
                }
            }
            for candidate in candidates.reversed()
            where measure.width(candidate.head, face, size) <= available {
                return (Token(pieces: [Piece(text: candidate.head, superscript: false)]),
                        Token(pieces: [Piece(text: candidate.tail, superscript: false)]))
            }
            return nil
        }

        private static func isVowel(_ c: Character, after previous: Character) -> Bool {
            if c == "j" && previous == "i" { return true }
            return "aeiouyëïéèöü".contains(c)
        }
    }
}
