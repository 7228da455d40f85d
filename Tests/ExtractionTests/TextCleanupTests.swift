import DwarsModel
import Extraction
import Foundation
import Testing

/// Clean-up and block model of plain text, on a sample written for the tests (`TextSample`).
@Suite struct TextCleanupTests {
    let document: Document

    init() throws {
        document = try Extractor().extract(data: Data(TextSample.text.utf8), path: "advies.txt")
    }

    func block(_ prefix: String) throws -> Block {
        try #require(document.blocks.first { $0.text.hasPrefix(prefix) }, "no block starts with \(prefix)")
    }

    @Test func marginAndPageFurnitureAreRemoved() throws {
        for b in document.blocks {
            #expect(!b.text.split(separator: " ").contains("Kenmerk"), "margin label left in \(b.text)")
            #expect(!b.text.contains("Page 2"), "page stamp left in \(b.text)")
            #expect(!b.text.contains("2418873"), "reference number left in \(b.text)")
            #expect(!b.text.contains("Directie Jeugd"), "margin text left in \(b.text)")
            #expect(b.text != "2", "page number left as a block")
        }
        // Real text that starts like the margin label stays.
        #expect(document.blocks.contains { $0.text == "Kenmerken van de overeenkomst" })
    }

    @Test func hyphenationJoinedRealHyphensKept() throws {
        let b = try block("Met deze brief")
        #expect(b.text.contains("over de verbinding tussen onderwijs en jeugd- en opvoedhulp."))
        #expect(b.text.contains("de POH-GGZ in de huisartsenpraktijk"))
        // Line 10 follows without a blank line: the same paragraph.
        #expect(b.lines == LineRange(first: 6, last: 10))
        let z = try block("Deze afspraken")
        #expect(z.text.hasSuffix("de samenwerking met de wethouders."))
    }

    @Test func tabsBetweenWordsBecomeSpaces() throws {
        let b = try block("Met deze brief")
        #expect(b.text.hasSuffix("gevolgen. Vanaf 2020 zijn de gemeenten in de regio samen verantwoordelijk voor de inkoop."))
        #expect(!document.blocks.contains { $0.kind != .tableRow && $0.text.contains("\t") })
    }

    @Test func tableRowsKeepTheirCells() throws {
        let row = try #require(document.blocks.first { $0.kind == .tableRow && $0.text.hasPrefix("Versterken") })
        #expect(row.cells == ["Versterken wijkteams (B1)", "12", "14", "PM"])
        #expect(row.lines == LineRange(first: 32, last: 32))
        let header = try #require(document.blocks.first { $0.kind == .tableRow && $0.text.hasPrefix("Maatregel") })
        #expect(header.cells == ["Maatregel", "2024", "2025", "2026"])
    }

    @Test func numberedHeadingsAreBlocksOfTheirOwn() throws {
        let h = try block("Stel één regionaal expertteam in")
        #expect(h.kind == .heading)
        #expect(h.label == "1.")
        #expect(h.level == 1)
        #expect(h.lines == LineRange(first: 11, last: 11))
        let i = try #require(document.blocks.firstIndex(of: h))
        let next = document.blocks[i + 1]
        #expect(next.kind == .paragraph)
        #expect(next.text.hasPrefix("Het expertteam helpt gemeenten bij complexe vragen van gezinnen en adviseert"))
        #expect(next.footnoteMarkers == ["1"])
        let v = try block("VERSMALLEN")
        #expect(v.kind == .heading)
        #expect(v.label == "2.4")
        #expect(v.level == 2)
    }

    @Test func bulletsAndLettersAreListItems() throws {
        let items = document.blocks.filter { $0.kind == .listItem }
        #expect(items.map(\.label) == ["•", "-", "a)", "b)"])
        #expect(items[1].text == "Leg de afspraken vast in een convenant met alle aanbieders en de gemeenten van de regio;")
        #expect(items[1].lines == LineRange(first: 16, last: 17))
    }

    @Test func footnoteAtTheFootOfThePage() throws {
        let f = try #require(document.blocks.first { $0.kind == .footnote })
        #expect(f.footnoteMarkers == ["1"])
        #expect(f.text == "Zie het rapport ‘Samen sterker’ van de regio (2023).")
        #expect(f.lines == LineRange(first: 22, last: 22))
        #expect(f.page == 1)
        let table = try block("Tabel 1 Bedragen")
        #expect(table.page == 2)
    }

    @Test func everyWordCitesItsOwnSourceLine() throws {
        let b = try block("Met deze brief")
        func line(of word: String) throws -> Int? {
            let r = try #require(b.text.range(of: word))
            return b.line(atUTF8Offset: b.text.utf8.distance(from: b.text.startIndex, to: r.lowerBound))
        }
        #expect(try line(of: "brief") == 6)
        #expect(try line(of: "tussen") == 7)
        #expect(try line(of: "opvoedhulp") == 8)
        #expect(try line(of: "GGZ") == 9)
        // The joined word starts on line 6; its second half is printed on line 7.
        let r = try #require(b.text.range(of: "verbinding"))
        let start = b.text.utf8.distance(from: b.text.startIndex, to: r.lowerBound)
        #expect(b.line(atUTF8Offset: start) == 6)
        #expect(b.line(atUTF8Offset: start + 3) == 7)
    }

    @Test func metadataIsInferred() throws {
        #expect(document.metadata.title == "Advies over de coördinatie van de jeugdhulp in de regio")
    }
}
