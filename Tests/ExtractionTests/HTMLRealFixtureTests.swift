import DwarsModel
import Extraction
import Foundation
import TestSupport
import Testing

/// The real officielebekendmakingen files of `../shared/fixtures/real`: one motie as PDF, XHTML and OEP
/// XML, one set of Kamervragen as PDF and XHTML, Handelingen XML, a broken HTML fragment.
@Suite struct HTMLRealFixtureTests {
    static func document(_ name: String) throws -> Document {
        try Shared.require()
        return try Extractor().extract(path: Shared.path("fixtures/real/" + name))
    }

    /// Body words of a document: footnotes out, and the page furniture that officielebekendmakingen
    /// prints on every PDF (the "Tweede Kamer der Staten-Generaal / Vergaderjaar" head and the
    /// ISSN / 's-Gravenhage colophon) out, on both sides.
    static func bodyWords(_ document: Document) -> [String] {
        document.blocks.filter { block in
            block.kind != .footnote && block.text != "Tweede Kamer der Staten-Generaal"
                && !block.text.hasPrefix("Vergaderjaar") && !block.text.contains("ISSN")
                && !block.text.hasPrefix("’s-Gravenhage")
        }.flatMap { WordSimilarity.words($0.text) }
    }

    static func similarity(_ a: String, _ b: String) throws -> Double {
        let wa = bodyWords(try document(a))
        let wb = bodyWords(try document(b))
        #expect(wa.count > 100 && wb.count > 100)
        return WordSimilarity.ratio(wa, wb)
    }

    @Test(.enabled(if: Shared.runnable)) func motieXHTMLAndXMLGiveTheSameWords() throws {
        #expect(try Self.similarity("kst-32545-143.html", "kst-32545-143.xml") >= 0.98)
    }

    @Test(.enabled(if: Shared.runnable)) func motiePDFAndXHTMLGiveTheSameWords() throws {
        #expect(try Self.similarity("kst-32545-143.pdf", "kst-32545-143.html") >= 0.98)
    }

    @Test(.enabled(if: Shared.runnable)) func motiePDFAndXMLGiveTheSameWords() throws {
        #expect(try Self.similarity("kst-32545-143.pdf", "kst-32545-143.xml") >= 0.98)
    }

    @Test(.enabled(if: Shared.runnable)) func kamervragenPDFAndXHTMLGiveTheSameWords() throws {
        #expect(try Self.similarity("ah-tk-20202021-3235.pdf", "ah-tk-20202021-3235.html") >= 0.98)
    }

    @Test(.enabled(if: Shared.runnable)) func motieXMLBlocksAndMetadata() throws {
        let document = try Self.document("kst-32545-143.xml")
        #expect(document.metadata.format == .xml)
        #expect(document.metadata.issuingBody == "Tweede Kamer der Staten-Generaal")
        #expect(document.metadata.date == "2021-07-06")
        #expect(document.metadata.title == "MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS")
        // The kamerstukkop is metadata, not text; the OEP metadata URL is no block either.
        #expect(!document.blocks.contains { $0.text.hasPrefix("Vergaderjaar") || $0.text.contains("metadata.xml") })
        let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings.contains("MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS"))
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.first == "Voorgesteld 6 juli 2021")
        #expect(paragraphs.contains("en gaat over tot de orde van de dag."))
        #expect(paragraphs.allSatisfy { !$0.contains("  ") && !$0.contains("\n") })
    }

    @Test(.enabled(if: Shared.runnable)) func motieXHTMLMetadataFromMetaTags() throws {
        let document = try Self.document("kst-32545-143.html")
        #expect(document.metadata.format == .html)
        #expect(document.metadata.title?.hasPrefix("Motie van de leden Inge van Dijk en Grinwis") == true)
        #expect(document.metadata.issuingBody == "Tweede Kamer der Staten-Generaal")
        #expect(document.metadata.date == "2021-07-06")
        #expect(document.blocks.first?.kind == .heading)
        #expect(document.blocks.first?.level == 1)
    }

    /// Nine numbered questions, each followed by its answer, as level-2 headings.
    @Test(.enabled(if: Shared.runnable)) func kamervragenKeepTheirQuestionAnswerStructure() throws {
        let document = try Self.document("ah-tk-20202021-3235.html")
        let headings = document.blocks.filter { $0.kind == .heading && $0.level == 2 }.map(\.text)
        let expected = (1...9).flatMap { ["Vraag \($0)", "Antwoord \($0)"] }
        #expect(headings == expected)
        // Every question heading is followed by the question's text.
        let index = try #require(document.blocks.firstIndex { $0.text == "Vraag 2" })
        #expect(document.blocks[index + 1].text.hasPrefix("Kunt u toelichten waarom het rentepercentage"))
    }

    @Test(.enabled(if: Shared.runnable)) func handelingenXMLReadsTheOpening() throws {
        let document = try Self.document("h-tk-20172018-50-1.xml")
        #expect(document.metadata.type == "handelingen")
        let texts = document.blocks.map(\.text)
        #expect(texts.contains("Voorzitter: Arib"))
        #expect(texts.contains { $0.hasPrefix("Aanwezig zijn 142 leden der Kamer") })
        #expect(texts.contains("Donderdag 8 februari 2018"))
        #expect(!texts.contains { $0.contains("zoek.officielebekendmakingen.nl") })
    }

    /// An `<li>` fragment without html or body: parsed, not rejected.
    @Test(.enabled(if: Shared.runnable)) func fragmentWithoutBodyIsRead() throws {
        let document = try Self.document("den_helder_faulty_meeting_item.html")
        #expect(document.blocks.contains { $0.text.contains("Vaststelling agenda.") })
    }
}
