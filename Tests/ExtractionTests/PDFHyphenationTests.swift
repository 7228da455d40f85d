import DwarsModel
@testable import Extraction
import Foundation
import TestSupport
import Testing

/// Line-end hyphens in a generated PDF: hyphenation joined, elided compounds and real hyphens kept.
@Suite struct PDFHyphenationTests {
    static let phrases = [
        "jeugd- en opvoedhulp", "opdrachtgever- en opdrachtnemerschap", "niet-gecontracteerde",
        "POH-GGZ", "jeugd-ggz", "zorg- of welzijnsaanbod",
    ]

    /// A document whose paragraphs repeat the phrases between words of varying length, so that over
    /// many lines each phrase falls at a line end at least once.
    static let pdf: URL = {
        let fillers = ["de", "gemeente", "regionale", "samenwerking", "en", "ondersteuning", "voor", "kinderen"]
        var paragraphs: [String] = []
        for p in 0..<6 {
            var words: [String] = []
            for i in 0..<60 {
                words.append(fillers[(i * 3 + p) % fillers.count])
                if i % 2 == 0 { words.append(phrases[(i / 2 + p) % phrases.count]) }
                if i % 5 == 4 { words.append("verantwoordingssystematiek") }
            }
            paragraphs.append(words.joined(separator: " ") + ".")
        }
        let source = "% title: Afbreektest\n% header: Afbreektest\n# Afbreektest\n" + paragraphs.joined(separator: "\n")
        let dir = try! Shared.temporaryDirectory()
        try! Data(source.utf8).write(to: dir.appendingPathComponent("afbreken.sample"))
        try! SampleCorpus.render(sources: dir.path, out: dir.path)
        return dir.appendingPathComponent("afbreken.pdf")
    }()

    @Test func everyLayoutCaseOccursInThePDF() throws {
        let spans = try PopplerDocument.read(Data(contentsOf: Self.pdf)).flatMap(\.spans).map(\.text)
        for end in ["jeugd-", "opdrachtgever-", "niet-", "POH-", "zorg-"] {
            #expect(spans.contains { $0.hasSuffix(" " + end) || $0 == end }, "no line ends in \(end)")
        }
        // Plain hyphenation of a long word happened too.
        let compoundEnds = ["jeugd-", "opdrachtgever-", "niet-", "POH-", "zorg-"]
        #expect(spans.contains { span in
            guard span.hasSuffix("-"), let last = span.split(separator: " ").last else { return false }
            return !compoundEnds.contains(String(last))
        })
    }

    @Test func extractedTextKeepsRealHyphensAndJoinsTheRest() throws {
        let document = try Extractor().extract(path: Self.pdf.path)
        let text = document.blocks.filter { $0.kind == .paragraph }.map(\.text).joined(separator: " ")
        for bad in ["jeugden ", "jeugd-en", "nietgecontracteerde", "POHGGZ", "jeugdggz", "opdrachtgeveren", "zorgof"] {
            #expect(!text.contains(bad), "found \(bad)")
        }
        let words = text.split(separator: " ")
        #expect(words.filter { $0 == "verantwoordingssystematiek" || $0 == "verantwoordingssystematiek." }.count == 6 * 12)
        for phrase in Self.phrases {
            #expect(text.components(separatedBy: phrase).count - 1 == 6 * 30 / Self.phrases.count, "\(phrase)")
        }
    }
}
