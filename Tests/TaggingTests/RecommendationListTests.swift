import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// Numbered and lettered proposal lists as government letters and werkgroep papers print them, on Dutch
/// texts written for these tests (not copied from the seeds). Markers (1️⃣ ...) sit on the lines where
/// a finding must start.
@Suite struct RecommendationListTests {
    /// A letter whose lines the PDF extraction separated by blank lines: a short labelled line heads the
    /// item, its body follows; the lettered series under "We maken afspraken over:" is that list.
    @Test func letteredAgreementHeadingsWithTheirBody() throws {
        let (items, lines) = try TagFixture.recommendations("""
            Met de provincies zijn we in gesprek over de pleegzorg in de komende jaren. We maken afspraken

            over:

            1️⃣a. Betere begeleiding van pleeggezinnen in elke regio

            Pleeggezinnen krijgen een vaste contactpersoon bij de aanbieder die hen ook buiten kantooruren

            kan bereiken en die de begeleiding van het pleegkind in het gezin coördineert.

            2️⃣b. Reiskosten voor bezoek

            Ouders van een pleegkind maken vaak hoge reiskosten om hun kind te kunnen zien. Die kosten

            zijn nu per gemeente anders geregeld en voor veel gezinnen een reden om minder te komen.

            3️⃣c. Doorzettingsmacht

            Er is onderzoek gedaan naar de vraag wie beslist als partijen het niet eens worden over een

            plaatsing. Uit de gesprekken bleek dat regio's dit elk op een eigen manier regelen.
            """)
        let texts = Dictionary(items.map { ($0.line, $0.text ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(texts[lines["1️⃣"]!] == "Betere begeleiding van pleeggezinnen in elke regio")
        #expect(texts[lines["2️⃣"]!] == "Reiskosten voor bezoek")
        #expect(texts[lines["3️⃣"]!] == "Doorzettingsmacht")
        #expect(items.first { $0.line == lines["2️⃣"] }?.label == "b")
        // The body sentences are no part of the heading.
        #expect(!items.contains { $0.text?.contains("Pleeggezinnen krijgen") == true && $0.line == lines["1️⃣"] })
    }

    /// A list-item block in which the extraction kept the short heading line together with its body:
    /// the heading line is the item, the body a paragraph of its own.
    @Test func headingLineOfAMergedListItem() throws {
        let head = "Vaste contactpersoon"
        let body1 = "Elk pleeggezin krijgt een vaste contactpersoon bij de aanbieder die ook in het"
        let body2 = "weekend bereikbaar is en de begeleiding van het kind coördineert."
        let text = head + " " + body1 + " " + body2
        let block = Block(
            kind: .listItem, text: text, lines: LineRange(first: 10, last: 14), label: "c.",
            lineStarts: [head.utf8.count + 1, head.utf8.count + 1, head.utf8.count + 2 + body1.utf8.count,
                         head.utf8.count + 2 + body1.utf8.count])
        let doc = Document(metadata: DocumentMetadata(sourcePath: "brief.txt", sha256: "", format: .text), blocks: [block])
        let units = try RecommendationLexicon.load().unitReader.units(of: doc)
        #expect(units.map(\.text) == [head, body1 + " " + body2])
        #expect(units.first?.label == "c")
        #expect(units.first?.standsAlone == true)
        #expect(units.last?.shape == .paragraph)
        #expect(units.last?.firstLine == 12)
    }

    /// A wrapped list item whose second line goes on in lower case is one item.
    @Test func wrappedListItemStaysWhole() throws {
        let l1 = "Gemeenten maken afspraken over de"
        let l2 = "vergoeding van reiskosten voor ouders van pleegkinderen in de hele regio."
        let block = Block(kind: .listItem, text: l1 + " " + l2, lines: LineRange(first: 3, last: 4), label: "a.",
                          lineStarts: [l1.utf8.count + 1])
        let doc = Document(metadata: DocumentMetadata(sourcePath: "brief.txt", sha256: "", format: .text), blocks: [block])
        let units = try RecommendationLexicon.load().unitReader.units(of: doc)
        #expect(units.count == 1)
        #expect(units.first?.text == l1 + " " + l2)
    }

    /// Unlabelled headings that name an action with an infinitive count; a field title does not.
    @Test(arguments: [
        ("Instellen regionaal meldpunt voor pleegouders", true),
        ("Samenwerking tussen school en wijkteam versterken", true),
        ("Leren en verbeteren", false),
        ("Samen werken aan de jeugdzorg", false),
        ("Achtergrond van de pleegzorg", false),
    ])
    func unlabelledInfinitiveHeadings(heading: String, counts: Bool) throws {
        let (items, _) = try TagFixture.recommendations("""
            Inleiding

            Dit stuk beschrijft de plannen van de regio voor de komende twee jaar.

            \(heading)

            De regio heeft vorig jaar met alle aanbieders gesproken over de knelpunten in de pleegzorg.
            """)
        #expect(items.contains { $0.text == heading } == counts, "\(items.map { $0.text ?? "" })")
    }

    /// A numbered section heading after a bullet list is the next section, not an item of that list:
    /// the lead-in of the list does not reach the section's own bullets.
    @Test func sectionHeadingAfterAProposalListEndsIt() throws {
        let (items, _) = try TagFixture.recommendations("""
            2. Doelen van het plan

            Het plan moet leiden tot:
            • Versterk de steun aan pleeggezinnen in de hele regio.
            • Verkort de wachttijd voor een eerste gesprek.

            3. Planning en verantwoording
            • De stuurgroep bespreekt de voortgang elk kwartaal.
            • In het voorjaar volgt een verslag aan de gemeenteraden.
            """)
        let texts = items.compactMap(\.text)
        #expect(texts.contains("Versterk de steun aan pleeggezinnen in de hele regio."))
        #expect(!texts.contains { $0.hasPrefix("Planning en verantwoording") })
        #expect(!texts.contains { $0.hasPrefix("De stuurgroep bespreekt") })
        #expect(!texts.contains { $0.hasPrefix("In het voorjaar volgt") })
    }

    /// "maatregelen" makes a list of proposals only where it closes the lead-in; a subordinate "wanneer
    /// dat nodig is" is no heading cue.
    @Test func measureLeadInMustCloseTheSentence() throws {
        let (listed, lines) = try TagFixture.recommendations("""
            Tot slot vraagt de werkgroep aandacht voor de volgende maatregelen:
            1️⃣• Een vast aanspreekpunt voor pleegouders in elke gemeente.
            """)
        #expect(listed.contains { $0.line == lines["1️⃣"] })
        let (none, _) = try TagFixture.recommendations("""
            De werkgroep beschrijft voor alle maatregelen de kosten en opbrengsten, waarbij het volgende onderscheid geldt:
            • Kosten die de gemeente zelf draagt.
            • Kosten die de provincie vergoedt wanneer dat nodig is.
            """)
        #expect(none.isEmpty, "\(none.map { $0.text ?? "" })")
    }

    /// A list of attached files and a pointer to another paper propose nothing, even under a summary.
    @Test func attachmentsAndPointersAreNot() throws {
        let (items, _) = try TagFixture.recommendations("""
            Overzicht van de stukken

            Bijgevoegd vindt u de volgende adviezen:
            1. Advies werkgroep Pleegzorg 2203.pdf
            2. Advies werkgroep Crisisopvang - bijlage cijfers.xlsx
            • Zie bijlage 3 voor de verdeling van de plekken over de regio's.
            • Zie erop toe dat elke regio een vast aanspreekpunt heeft.
            """)
        let texts = items.compactMap(\.text)
        #expect(!texts.contains { $0.contains(".pdf") || $0.contains(".xlsx") }, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("Zie bijlage") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Zie erop toe") }, "\(texts)")
    }

    /// An imperative-looking first word with a comma after it is a noun in an enumeration.
    @Test func nounEnumerationIsNoImperative() throws {
        let (items, _) = try TagFixture.recommendations("""
            Evaluatie

            De evaluatie van het programma kijkt naar:
            • focus, doelen en opbrengsten van de regio's;
            • start, looptijd en kosten van de pilots.
            """)
        #expect(items.isEmpty, "\(items.map { $0.text ?? "" })")
    }

    /// A lettered list whose items are plain descriptions, without a proposal lead-in, stays untagged.
    @Test func letteredDescriptionsWithoutLeadInAreNot() throws {
        let (items, _) = try TagFixture.recommendations("""
            De regio in cijfers

            a. Aantal pleeggezinnen

            In de regio wonen ruim driehonderd pleeggezinnen, de meeste in de grotere gemeenten.

            b. Wachttijden

            De gemiddelde wachttijd voor een plaatsing bedroeg vorig jaar zeven weken.
            """)
        #expect(items.isEmpty, "\(items.map { $0.text ?? "" })")
    }

    /// A numbered topic with a question after its colon, in a list of agreements, is a proposal; the
    /// same question without such a lead-in is not.
    @Test func topicQuestionsInAnAgreementList() throws {
        let (items, lines) = try TagFixture.recommendations("""
            De afspraken die we dit najaar uitwerken gaan over:

            1️⃣1) Spreiding van de crisisplekken: welke regio biedt welke plekken voor de hele provincie?

            2️⃣2) Informatie voor ouders: hoe vinden zij snel de juiste hulp in hun eigen gemeente?
            """)
        let lineSet = Set(items.map(\.line))
        #expect(lineSet.contains(lines["1️⃣"]!))
        #expect(lineSet.contains(lines["2️⃣"]!))

        let (none, _) = try TagFixture.recommendations("""
            In de gesprekken met ouders kwamen deze vragen op:

            1) Spreiding van de crisisplekken: welke regio biedt welke plekken voor de hele provincie?

            2) Informatie voor ouders: hoe vinden zij snel de juiste hulp in hun eigen gemeente?
            """)
        #expect(none.isEmpty, "\(none.map { $0.text ?? "" })")
    }

    /// Roman sub-items the extraction ran together on one list item are items of their own.
    @Test func romanSubItemsOfASynopsis() throws {
        let (items, lines) = try TagFixture.recommendations("""
            5.3 SAMENVATTING

            Voor de pleegzorg stellen we voor:
             1. Versterk de steun aan pleeggezinnen;
              a. Regel per regio een vast aanspreekpunt;
              b. Maak afspraken over de vergoedingen, dus:
            1️⃣   i. Hoe hoog de vergoeding per kind is;
            2️⃣   ii. Wie de reiskosten van ouders betaalt;
            3️⃣   iii. Welke scholing pleegouders krijgen;
             2. Verkort de wachttijd voor een plaatsing;
            """)
        for (marker, text) in [("1️⃣", "Hoe hoog de vergoeding per kind is"), ("2️⃣", "Wie de reiskosten van ouders betaalt"),
                               ("3️⃣", "Welke scholing pleegouders krijgen")] {
            let found = try #require(items.first { $0.line == lines[marker] }, "\(marker)")
            #expect(found.text == text)
            #expect(found.form == "synopsis-item")
        }
    }
}
