import DwarsModel
import Extraction
import Foundation
import Testing

/// Broken and hostile markup: tag soup, wrong charsets, external entities, extreme nesting, huge lines.
@Suite struct HTMLHostileInputTests {
    static func extract(_ bytes: Data, as name: String) throws(ExtractionError) -> Document {
        try Extractor().extract(data: bytes, path: name)
    }

    static func extract(_ html: String, as name: String = "pagina.html") throws(ExtractionError) -> Document {
        try extract(Data(html.utf8), as: name)
    }

    @Test func unclosedTagsStillGiveHeadingsParagraphsAndItems() throws {
        let html = """
            <html><body><h1>Advies over de jeugdzorg<p>De raad beveelt aan de regie bij gemeenten te leggen.
            <p>Daarnaast vraagt de raad om een vaste financiering<ul><li>voor drie jaar<li>per regio</ul>
            <p>Tot slot.
            """
        let document = try Self.extract(html)
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .listItem, .listItem, .paragraph])
        #expect(document.blocks[0].text == "Advies over de jeugdzorg")
        #expect(document.blocks[0].level == 1)
        #expect(document.blocks[3].text == "voor drie jaar")
        #expect(document.blocks[3].label == "•")
    }

    /// Declared UTF-8, but the bytes are Windows-1252: read as Windows-1252, not as U+FFFD.
    @Test func wrongDeclaredCharsetFallsBackToWindows1252() throws {
        var bytes = Data("<html><head><meta charset=\"utf-8\"></head><body><p>De financi".utf8)
        bytes.append(0xEB)  // ë in Windows-1252
        bytes.append(Data("le positie van gemeenten kost ".utf8))
        bytes.append(0x80)  // € in Windows-1252
        bytes.append(Data(" 1 miljard.</p></body></html>".utf8))
        let document = try Self.extract(bytes, as: "verkeerd.html")
        #expect(document.blocks.map(\.text) == ["De financiële positie van gemeenten kost € 1 miljard."])
    }

    /// Declared Latin-1, but the bytes are UTF-8: read as UTF-8, not as mojibake ("financiÃ«le").
    @Test func latin1DeclaredOverUTF8BytesReadsAsUTF8() throws {
        let html =
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            + "<body><p>De financiële positie van de jeugdzorgregio’s.</p></body></html>"
        let document = try Self.extract(html)
        #expect(document.blocks.map(\.text) == ["De financiële positie van de jeugdzorgregio’s."])
    }

    /// Charsets no page really has (UTF-16 without byte-order mark, an unknown name) do not garble it.
    @Test(arguments: ["utf-16", "x-onbekend-12"])
    func impossibleDeclaredCharsetIsOverruled(charset: String) throws {
        let html = "<html><head><meta charset=\"\(charset)\"></head><body><p>Coördinatie in de regio.</p></body></html>"
        let document = try Self.extract(html)
        #expect(document.blocks.map(\.text) == ["Coördinatie in de regio."])
    }

    /// A real Windows-1252 page that says so.
    @Test func declaredWindows1252IsHonoured() throws {
        var bytes = Data("<html><head><meta charset=windows-1252></head><body><p>Co".utf8)
        bytes.append(0xF6)  // ö
        bytes.append(Data("rdinatie en ".utf8))
        bytes.append(contentsOf: [0x93, 0x6A, 0x65, 0x75, 0x67, 0x64, 0x94])  // “jeugd”
        bytes.append(Data("</p></body></html>".utf8))
        let document = try Self.extract(bytes, as: "cp1252.html")
        #expect(document.blocks.map(\.text) == ["Coördinatie en “jeugd”"])
    }

    /// The XML declaration's encoding is honoured.
    @Test func xmlDeclarationEncodingIsHonoured() throws {
        var bytes = Data("<?xml version=\"1.0\" encoding=\"windows-1252\"?><officiele-publicatie><al>Co".utf8)
        bytes.append(0xF6)  // ö
        bytes.append(Data("rdinatie kost ".utf8))
        bytes.append(0x80)  // €
        bytes.append(Data(" 5.</al></officiele-publicatie>".utf8))
        let document = try Self.extract(bytes, as: "cp1252.xml")
        #expect(document.blocks.map(\.text) == ["Coördinatie kost € 5."])
    }

    static let externalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE officiele-publicatie [
          <!ENTITY x SYSTEM "file:///etc/passwd">
          <!ENTITY y "intern">
        ]>
        <officiele-publicatie><al>Voor &x; na &y; einde.</al></officiele-publicatie>
        """

    /// `<!ENTITY x SYSTEM "file:///etc/passwd">` is neither loaded nor expanded, in XML and HTML.
    @Test(arguments: ["entiteit.xml", "entiteit.html"])
    func externalEntityIsNotExpanded(name: String) throws {
        let document = try Self.extract(Data(Self.externalEntity.utf8), as: name)
        let text = document.blocks.map(\.text).joined(separator: "\n")
        #expect(text.contains("Voor"))
        #expect(text.contains("einde."))
        #expect(!text.contains("root:"))
        #expect(!text.contains("/bin/"))
    }

    /// Entities that would expand exponentially ("billion laughs") stay unexpanded and cost nothing.
    @Test func entityBombIsNotExpanded() throws {
        var doctype = "<!DOCTYPE r [<!ENTITY a0 \"lol\">"
        for i in 1...9 { doctype += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        doctype += "]>"
        let xml = "<?xml version=\"1.0\"?>" + doctype + "<r><al>begin &a9; eind</al></r>"
        let document = try Self.extract(Data(xml.utf8), as: "bom.xml")
        let text = document.blocks.map(\.text).joined()
        #expect(text.utf8.count < 100)
        #expect(text.contains("begin"))
    }

    /// 100,000 nested divs: no stack overflow in parsing, conversion, scoring, building or freeing.
    @Test func hundredThousandLevelsOfNestingDoNotCrash() throws {
        let depth = 100_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "Diep verstopte tekst over jeugdhulp."
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try Self.extract(html, as: "diep.html")
        #expect(document.blocks.map(\.text) == ["Diep verstopte tekst over jeugdhulp."])
    }

    /// Nested layout tables and nested <sup> elements: every per-element look into a subtree is lazy
    /// and bounded, so these stay linear (they were quadratic once). Generous guard against hangs.
    @Test func nestedTablesAndSupsStayLinear() throws {
        let depth = 10_000
        let tables =
            "<html><body>" + String(repeating: "<table><tr><td>", count: depth) + "Tekst in de tabel."
            + String(repeating: "</td></tr></table>", count: depth) + "</body></html>"
        let sups =
            "<html><body><p>Noot" + String(repeating: "<sup>", count: depth) + "1"
            + String(repeating: "</sup>", count: depth) + " en verder.</p></body></html>"
        let start = Date()
        #expect(try Self.extract(tables, as: "tabellen.html").blocks.map(\.text) == ["Tekst in de tabel."])
        #expect(try Self.extract(sups, as: "sup.html").blocks.map(\.text) == ["Noot1 en verder."])
        #expect(Date().timeIntervalSince(start) < 60)
    }

    /// The same in XML: libxml2 stops at its depth limit; we get an error or the part above, no crash.
    @Test func hundredThousandLevelsOfXMLDoNotCrash() throws {
        let depth = 100_000
        let xml =
            "<r><al>Boven.</al>" + String(repeating: "<a>", count: depth) + "x"
            + String(repeating: "</a>", count: depth) + "</r>"
        do {
            let document = try Self.extract(Data(xml.utf8), as: "diep.xml")
            #expect(document.blocks.first?.text == "Boven.")
        } catch {
            #expect(error.description.contains("diep.xml"))
        }
    }

    /// 50 MB of HTML on one line; a generous guard against quadratic behaviour (the speed figure is
    /// `dwars bench html`).
    @Test func fiftyMegabyteOneLinePageIsExtracted() throws {
        let sentence = "De gemeente zorgt voor passende jeugdhulp, dicht bij huis, en de regio koopt in. "
        let paragraph = "<p>" + String(repeating: sentence, count: 25) + "</p>"
        var html = "<html><head><title>Groot</title></head><body><nav><a href=\"/\">Home</a></nav><article>"
        let count = 50 * 1024 * 1024 / paragraph.utf8.count + 1
        html.reserveCapacity(count * paragraph.utf8.count + 200)
        for i in 0..<count {
            html += paragraph
            if i % 100 == 0 { html += "<h2>Deel \(i / 100)</h2>" }
        }
        html += "</article></body></html>"
        #expect(html.utf8.count > 50 * 1024 * 1024)
        #expect(!html.contains("\n"))
        let start = Date()
        let document = try Self.extract(html, as: "groot.html")
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 120)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == count)
        #expect(document.blocks.filter { $0.kind == .heading }.count == (count + 99) / 100)
        #expect(!document.blocks.contains { $0.text == "Home" })
    }

    @Test func fragmentWithoutHTMLOrBodyIsRead() throws {
        let document = try Self.extract(
            "<p>Alleen een alinea over <b>jeugdhulp</b> in de wijk.</p><li>en een los punt",
            as: "fragment.html")
        #expect(document.blocks.map(\.text) == ["Alleen een alinea over jeugdhulp in de wijk.", "en een los punt"])
    }

    /// XHTML that is not well-formed XML (an HTML entity without DTD) falls back to the HTML parser,
    /// which knows `&nbsp;` and `&euml;`.
    @Test func brokenXHTMLFallsBackToTheHTMLParser() throws {
        let xhtml = """
            <?xml version="1.0" encoding="utf-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Financi&euml;le&nbsp;ruimte voor de regio.</p></body></html>
            """
        let document = try Self.extract(xhtml, as: "kapot.html")
        #expect(document.blocks.map(\.text) == ["Financiële ruimte voor de regio."])
    }

    @Test func markupWithoutElementsIsAClearError() throws {
        #expect(throws: ExtractionError.self) {
            try Self.extract(Data("<?xml version=\"1.0\"?><!-- leeg -->".utf8), as: "leeg.xml")
        }
    }
}
