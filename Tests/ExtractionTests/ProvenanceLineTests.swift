import DwarsModel
@testable import Extraction
import Foundation
import TestSupport
import Testing

/// Every block cites the line of the text `dwars extract FILE` prints (`ExtractedText`), and for a PDF
/// the page the sentence is printed on: checked on the generated sample PDFs and HTML pages, whose
/// sentences we know, and on the text seeds, whose extracted lines must be the file's own lines.
@Suite struct ProvenanceLineTests {
    static var names: [String] { PDFSampleCorpusTests.names }

    static func extract(_ name: String, _ ext: String) throws -> Document {
        try Extractor().extract(path: PDFSampleCorpusTests.rendered.dir.appendingPathComponent(name + "." + ext).path)
    }

    /// The sentences of the sample source's paragraphs and list items, as printed (references stripped).
    static func sentences(_ name: String) -> [String] {
        PDFSampleCorpusTests.document(name).elements.flatMap { element -> [String] in
            switch element {
            case .paragraph(let t), .listItem(_, let t): return split(SampleCorpus.Document.stripReferences(t))
            default: return []
            }
        }
    }

    /// `text` cut after ". " before a capital.
    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            current.append(c)
            if c == ".", i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { out.append(current.trimmingCharacters(in: .whitespaces)) }
        return out
    }

    /// The block holding `sentence` and the line `Block.line(atUTF8Offset:)` gives its start.
    static func locate(_ sentence: String, in document: Document) -> (block: Block, line: Int)? {
        for block in document.blocks {
            guard let r = block.text.range(of: sentence) else { continue }
            let offset = block.text.utf8.distance(from: block.text.startIndex, to: r.lowerBound)
            guard let line = block.line(atUTF8Offset: offset) else { return nil }
            return (block, line)
        }
        return nil
    }

    /// Whether the printed `line` is where `sentence` starts: the line holds its first word, or ends
    /// in the first part of it hyphenated, and the sentence's opening is the line's end.
    static func startsOn(_ line: String, _ sentence: String) -> Bool {
        let unhyphenated = line.hasSuffix("-") ? String(line.dropLast()) : line
        // The longest tail of the line that opens the sentence.
        let words = unhyphenated.split(separator: " ")
        for k in words.indices {
            let tail = words[k...].joined(separator: " ")
            // A sentence starts the line or follows the end of another.
            guard k == words.startIndex || words[k - 1].hasSuffix(".") else { continue }
            // The sentence goes on on the next line, or ends on this one.
            if sentence.hasPrefix(tail) || tail.hasPrefix(sentence) { return true }
        }
        return false
    }

    @Test(arguments: names) func pdfSentencesStartOnTheirExtractedLine(_ name: String) throws {
        let document = try Self.extract(name, "pdf")
        let printed = ExtractedText.lines(of: document)
        let sentences = Self.sentences(name)
        #expect(sentences.count >= 5)
        var checked = 0
        for sentence in sentences {
            let found = Self.locate(sentence, in: document)
            #expect(found != nil, "\(name): sentence not in any block: \(sentence.prefix(60))")
            guard let (_, line) = found else { continue }
            #expect(line >= 1 && line <= printed.count)
            guard line >= 1 && line <= printed.count else { continue }
            #expect(Self.startsOn(printed[line - 1], sentence),
                    "\(name): line \(line) is \"\(printed[line - 1])\", sentence \"\(sentence.prefix(60))\"")
            checked += 1
        }
        #expect(checked == sentences.count)
    }

    @Test(arguments: names) func pdfSentencesAreOnTheirPage(_ name: String) throws {
        let path = PDFSampleCorpusTests.rendered.dir.appendingPathComponent(name + ".pdf").path
        let pages = try PopplerDocument.read(try Data(contentsOf: URL(fileURLWithPath: path)))
        // The words printed on each page, also with words hyphenated over a line end joined.
        let pageWords = pages.map { page -> Set<String> in
            let text = page.spans.map(\.text).joined(separator: " ")
            return Set(WordSimilarity.words(text) + WordSimilarity.words(text.replacingOccurrences(of: "- ", with: "")))
        }
        let document = try Self.extract(name, "pdf")
        for sentence in Self.sentences(name) {
            guard let (block, line) = Self.locate(sentence, in: document), let page = block.page else {
                Issue.record("\(name): no page for \(sentence.prefix(40))")
                continue
            }
            #expect(document.page(atLine: line) == page)
            // The sentence's opening words are printed on that page (a sentence may run on to the next).
            let opening = WordSimilarity.words(sentence).prefix(3)
            #expect(opening.allSatisfy { pageWords[page - 1].contains($0) },
                    "\(name): \(opening.filter { !pageWords[page - 1].contains($0) }) not on page \(page)")
        }
    }

    @Test(arguments: names) func pdfAndHTMLBlocksNumberTheExtractedText(_ name: String) throws {
        for ext in ["pdf", "html"] {
            let document = try Self.extract(name, ext)
            let printed = ExtractedText.lines(of: document)
            var previous = 0
            for block in document.blocks {
                let lines = try #require(block.lines, "\(name).\(ext): block without lines")
                #expect(lines.first > previous, "\(name).\(ext): lines overlap or go back")
                #expect(lines.last - lines.first == (block.lineStarts?.count ?? 0))
                previous = lines.last
                // The block's text is what those lines print (labels in front, hyphens at line ends):
                // the same letters and digits in the same order.
                func letters(_ s: String) -> String { String(s.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init)) }
                let shown = letters(printed[(lines.first - 1)...(lines.last - 1)].joined())
                #expect(shown.hasSuffix(letters(block.text)), "\(name).\(ext): \(block.text.prefix(50))")
            }
            if ext == "html" { #expect(document.blocks.allSatisfy { $0.lines?.first == $0.lines?.last }) }
        }
    }

    @Test(arguments: names) func htmlSentencesAreOnTheirBlockLine(_ name: String) throws {
        let document = try Self.extract(name, "html")
        let printed = ExtractedText.lines(of: document)
        for sentence in Self.sentences(name) {
            let (_, line) = try #require(Self.locate(sentence, in: document), "\(name): \(sentence.prefix(40))")
            #expect(printed[line - 1].contains(sentence))
        }
    }

    /// Text input: line N of the extracted text is line N of the file, cleaned.
    @Test(.enabled(if: Shared.runnable), arguments: ["000", "002", "004"])
    func textSeedsPrintTheirOwnLines(_ prefix: String) throws {
        let path = try Shared.corpusFile(prefix)
        let source = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let printed = ExtractedText.lines(of: try Extractor().extract(path: path))
        #expect(printed.count <= source.count)
        var compared = 0
        for (i, line) in printed.enumerated() where !line.isEmpty {
            let word = line.split(separator: " ").first.map { String($0.prefix(4)) } ?? ""
            let collapsed = source[i].split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            #expect(collapsed.contains(word), "\(prefix) line \(i + 1): \"\(line.prefix(40))\" vs \"\(collapsed.prefix(40))\"")
            compared += 1
        }
        #expect(compared > 500)
    }

    /// A joined hyphenated word prints with its hyphen; a label and a footnote marker print in front.
    @Test func printedLinesRestoreHyphensAndLabels() {
        let item = Block(kind: .listItem, text: "Zorg voor verbinding met het onderwijs.", page: 1,
                         lines: LineRange(first: 3, last: 4), label: "2.", lineStarts: [13])
        let note = Block(kind: .footnote, text: "Zie de monitor.", page: 1, lines: LineRange(first: 6, last: 6),
                         footnoteMarkers: ["1"], lineStarts: [])
        let document = Document(metadata: DocumentMetadata(sourcePath: "x.pdf", sha256: "", format: .pdf), blocks: [item, note])
        #expect(ExtractedText.lines(of: document) == ["", "", "2. Zorg voor ver-", "binding met het onderwijs.", "", "1 Zie de monitor."])
        #expect(ExtractedText.text(of: document).hasSuffix("monitor.\n"))
    }

    /// The `dwars` binary: every item `dwars tag` finds in a sample PDF or HTML page is on the line of
    /// `dwars extract` it cites, with a page for the PDF.
    @Test(arguments: names) func tagAndExtractAgree(_ name: String) throws {
        for ext in ["pdf", "html"] {
            let path = PDFSampleCorpusTests.rendered.dir.appendingPathComponent(name + "." + ext).path
            let extracted = try ProcessRunner.run(Shared.dwarsBinary, ["extract", path])
            #expect(extracted.status == 0)
            let printed = extracted.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let tagged = try ProcessRunner.run(Shared.dwarsBinary, ["tag", path, "--format", "jsonl"])
            #expect(tagged.status == 0)
            var items = 0
            for raw in tagged.stdout.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(raw.utf8)) as? [String: Any])
                let line = try #require(object["line"] as? Int)
                let kind = object["kind"] as? String ?? ""
                guard kind != "subdoc" else { continue }
                items += 1
                #expect(line >= 1 && line <= printed.count, "\(name).\(ext): \(kind) at line \(line)")
                guard line >= 1 && line <= printed.count else { continue }
                if ext == "pdf" { #expect(object["page"] as? Int != nil, "\(name).pdf: \(kind) at line \(line) has no page") }
                // The item's own words (its surface, or its text's first word) are on that line.
                let surface = (object["surface"] as? String) ?? (object["text"] as? String) ?? ""
                let word = WordSimilarity.words(surface).first ?? ""
                let here = WordSimilarity.words(printed[line - 1].replacingOccurrences(of: "-", with: " "))
                #expect(word.isEmpty || here.contains(where: { $0 == word || word.hasPrefix($0) && $0.count >= 3 }),
                        "\(name).\(ext): \(kind) \"\(surface.prefix(40))\" cited at line \(line): \"\(printed[line - 1])\"")
            }
            #expect(items >= 5, "\(name).\(ext): only \(items) items")
        }
    }
}
