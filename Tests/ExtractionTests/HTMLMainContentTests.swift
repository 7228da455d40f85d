import DwarsModel
import Extraction
import Foundation
import Testing

/// Main-content extraction on a page written for the test: a municipal news page with all the usual
/// furniture around one article.
@Suite struct HTMLMainContentTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><title>Nieuw beleid jeugdhulp | Gemeente Voorbeeldstad</title>
        <meta name="DC.creator" content="Gemeente Voorbeeldstad"><meta name="DCTERMS.issued" content="2024-03-14T09:00">
        <style>p { color: red }</style><script>var tracker = "niet lezen";</script></head>
        <body>
        <div id="cookie-consent" class="banner"><p>Wij gebruiken cookies om de site te verbeteren. Akkoord?</p></div>
        <header><a href="/">Gemeente Voorbeeldstad</a><nav><ul><li><a href="/wonen">Wonen</a></li><li><a href="/zorg">Zorg</a></li></ul></nav></header>
        <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/nieuws">Nieuws</a></div>
        <main>
          <article>
            <h1>Nieuw beleid voor jeugdhulp in de regio</h1>
            <p>De gemeenteraad heeft op dinsdag het nieuwe beleidsplan voor jeugdhulp vastgesteld. Het plan legt
               de regie bij de wijkteams, zodat gezinnen sneller passende hulp krijgen, dichter bij huis.</p>
            <h2>Wat verandert er?</h2>
            <p>Vanaf volgend jaar werken de wijkteams met een vaste contactpersoon per gezin. Daarnaast komt er
               een regionaal expertteam voor complexe situaties, waar meerdere vormen van zorg samenkomen.</p>
            <ol start="3"><li>Eén plan per gezin</li><li>Minder <em>administratieve</em> lasten</li></ol>
            <table><tr><th>Jaar</th><th>Budget</th></tr><tr><td>2024</td><td>€ 12,5 mln</td></tr><tr><td>2025</td><td>€ 13,1 mln</td></tr></table>
            <p>De wethouder verwacht dat de wachtlijsten hierdoor korter worden. De raad wil over een jaar een
               evaluatie zien, met cijfers over wachttijden, doorverwijzingen en de tevredenheid van gezinnen.</p>
            <div class="share-buttons"><a href="https://x.example/share">Deel op X</a> <a href="https://fb.example/share">Deel op Facebook</a></div>
          </article>
        </main>
        <aside><h3>Gerelateerd</h3><p>Lees ook: de begroting van vorig jaar, met alle cijfers en toelichtingen per wijk.</p></aside>
        <footer><p>© Gemeente Voorbeeldstad · Privacyverklaring · Contact</p></footer>
        <noscript>Zet JavaScript aan.</noscript>
        </body></html>
        """

    static func document() throws -> Document {
        try Extractor().extract(data: Data(page.utf8), path: "nieuws.html")
    }

    @Test func furnitureIsLeftOut() throws {
        let text = try Self.document().blocks.map(\.text).joined(separator: "\n")
        for furniture in [
            "cookies", "Wonen", "Home", "Deel op", "Gerelateerd", "Privacyverklaring", "JavaScript",
            "tracker", "color",
        ] {
            #expect(!text.contains(furniture), "\(furniture) leaked into the main text")
        }
        #expect(text.contains("De gemeenteraad heeft op dinsdag"))
        #expect(text.contains("tevredenheid van gezinnen."))
    }

    @Test func structureBecomesBlocks() throws {
        let blocks = try Self.document().blocks
        let headings = blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.text) == ["Nieuw beleid voor jeugdhulp in de regio", "Wat verandert er?"])
        #expect(headings.map(\.level) == [1, 2])
        let items = blocks.filter { $0.kind == .listItem }
        #expect(items.map(\.label) == ["3.", "4."])
        #expect(items.map(\.text) == ["Eén plan per gezin", "Minder administratieve lasten"])
        let rows = blocks.filter { $0.kind == .tableRow }
        #expect(rows.map(\.cells) == [["Jaar", "Budget"], ["2024", "€ 12,5 mln"], ["2025", "€ 13,1 mln"]])
        let first = try #require(blocks.first { $0.kind == .paragraph })
        #expect(
            first.text.hasPrefix(
                "De gemeenteraad heeft op dinsdag het nieuwe beleidsplan voor jeugdhulp vastgesteld. Het plan legt de regie"
            ))
    }

    @Test func metadataComesFromMetaTags() throws {
        let metadata = try Self.document().metadata
        #expect(metadata.issuingBody == "Gemeente Voorbeeldstad")
        #expect(metadata.date == "2024-03-14")
        #expect(metadata.title == "Nieuw beleid jeugdhulp | Gemeente Voorbeeldstad")
    }

    /// Text is NFC even when the page writes decomposed characters.
    @Test func textIsNFC() throws {
        let decomposed = "<html><body><p>Coo\u{0308}rdinatie van de jeugdhulp in de regio is nodig.</p></body></html>"
        let document = try Extractor().extract(data: Data(decomposed.utf8), path: "nfc.html")
        #expect(document.blocks.first?.text.unicodeScalars.contains("\u{00F6}") == true)
        #expect(document.blocks.first?.text.unicodeScalars.contains("\u{0308}") == false)
    }

    /// A footnote reference leaves the paragraph text and stays as its marker; the note becomes a
    /// footnote block with that marker (officielebekendmakingen's markup).
    @Test func footnotesAreTakenOutOfTheText() throws {
        let html = """
            <html><body><div id="broodtekst">
            <p>De Kamer heeft om een evaluatie gevraagd<sup><a class="nootnum" href="#n1">1</a></sup> van de wet.</p>
            <p>De oppervlakte is 20 m<sup>2</sup> per kind.</p>
            <div class="noten"><div class="noot"><p><a class="nootnum" id="n1">1</a> Kamerstukken II 2020/21, 31 839, nr. 700.</p></div></div>
            </div></body></html>
            """
        let blocks = try Extractor().extract(data: Data(html.utf8), path: "noten.html").blocks
        #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .footnote])
        #expect(blocks[0].text == "De Kamer heeft om een evaluatie gevraagd van de wet.")
        #expect(blocks[0].footnoteMarkers == ["1"])
        #expect(blocks[1].text == "De oppervlakte is 20 m2 per kind.")
        #expect(blocks[1].footnoteMarkers == nil)
        #expect(blocks[2].text == "Kamerstukken II 2020/21, 31 839, nr. 700.")
        #expect(blocks[2].footnoteMarkers == ["1"])
    }
}
