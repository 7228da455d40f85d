import DwarsModel
import Foundation
import Store
import TestSupport
import Testing

/// A small Dutch document written for these tests, with a given sha256 stand-in.
func sampleDocument(name: String, sha: String, paragraphs: [String]) -> Document {
    var line = 1
    var blocks: [Block] = []
    for p in paragraphs {
        blocks.append(Block(kind: .paragraph, text: p, page: 1, lines: LineRange(first: line, last: line)))
        line += 2
    }
    return Document(
        metadata: DocumentMetadata(title: "Proef", sourcePath: "/tmp/\(name)", sha256: sha, format: .text),
        pages: [Page(number: 1)], blocks: blocks)
}

func sampleSentences(_ d: Document) -> [StoredSentence] {
    d.blocks.enumerated().map { i, b in
        StoredSentence(doc: d.fileName, line: b.lines!.first, page: 1, block: i, text: b.text)
    }
}

@Suite("CorpusStore")
struct CorpusStoreTests {
    let paragraphs = [
        "Gemeenten moeten landelijke kwaliteitseisen hanteren bij de inkoop van jeugdhulp.",
        "Beperk het aantal aanbieders door selectie aan de poort.",
        "De wachttijden voor specialistische jeugdzorg lopen op.",
    ]

    @Test func ingestStoresEverythingAndReingestChangesNothing() throws {
        let dir = try Shared.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path)
        let doc = sampleDocument(name: "a.txt", sha: "aa11", paragraphs: paragraphs)
        var item = TaggedItem(doc: "a.txt", line: 3, kind: .recommendation, id: "A-R1")
        item.text = paragraphs[1]
        item.bcodes = ["B5"]
        let first = try store.ingest(document: doc, items: [item], sentences: sampleSentences(doc))
        guard case .stored(let id) = first else {
            Issue.record("expected stored, got \(first)")
            return
        }
        let again = try store.ingest(document: doc, items: [item], sentences: sampleSentences(doc))
        #expect(again == .unchanged(documentID: id))
        #expect(try store.documents().count == 1)
        #expect(try store.sentences().count == 3)
        #expect(try store.items().map(\.id) == ["A-R1"])
        #expect(try store.items(withCode: "B5").count == 1)
        #expect(try store.blocks(documentID: id).map(\.text) == paragraphs)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func fullTextSearchFindsSentencesByWord() throws {
        let dir = try Shared.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path)
        let doc = sampleDocument(name: "b.txt", sha: "bb22", paragraphs: paragraphs)
        _ = try store.ingest(document: doc, items: [], sentences: sampleSentences(doc))
        let hits = try store.sentences(matching: "aanbieders")
        #expect(hits.map(\.line) == [3])
        #expect(try store.sentences(matching: "kwaliteitseis*").first?.doc == "b.txt")
        #expect(try store.sentences(matching: "onbekendwoord").isEmpty)
    }

    @Test func aDocumentThatFailsMidwayLeavesNothingBehind() throws {
        let dir = try Shared.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path)
        let good = sampleDocument(name: "c.txt", sha: "cc33", paragraphs: paragraphs)
        _ = try store.ingest(document: good, items: [], sentences: sampleSentences(good))
        // Items are written after the blocks and sentences; an amount JSON cannot encode (NaN)
        // makes the write fail there, after the document row, blocks and sentences went in.
        let bad = sampleDocument(name: "d.txt", sha: "dd44", paragraphs: paragraphs)
        var row = TaggedItem(doc: "d.txt", line: 1, kind: .pm)
        row.years = ["2022": .amount(.nan)]
        #expect(throws: StoreError.self) {
            try store.ingest(document: bad, items: [row], sentences: sampleSentences(bad))
        }
        #expect(try store.documents().map(\.fileName) == ["c.txt"])
        #expect(try store.sentences().count == 3)
        #expect(try store.sentences(matching: "wachttijden").count == 1)
        #expect(try !store.contains(sha256: "dd44"))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func linksAndConsensusRoundTrip() throws {
        let dir = try Shared.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path)
        let link = ItemLink(
            a: ItemRef(doc: "a.txt", line: 3, id: "A-R1"), b: ItemRef(doc: "b.txt", line: 5, id: "B-R2"), score: 0.7,
            evidence: ["code B5", "term aanbieders"], sameDocument: false, stance: .supports)
        let consensus = ConsensusItem(id: "C-1", label: "Beperk het aantal aanbieders", members: [link.a, link.b],
                                      themes: ["inkoop"], bcodes: ["B5"])
        try store.save(links: [link], consensus: [consensus])
        #expect(try store.links() == [link])
        #expect(try store.consensusItems() == [consensus])
        try store.save(links: [], consensus: [])
        #expect(try store.links().isEmpty)
    }

    @Test func reopeningKeepsTheData() throws {
        let dir = try Shared.temporaryDirectory()
        let path = dir.appendingPathComponent("nested/folder/s.sqlite").path
        do {
            let store = try CorpusStore(path: path)
            let doc = sampleDocument(name: "e.txt", sha: "ee55", paragraphs: paragraphs)
            _ = try store.ingest(document: doc, items: [], sentences: sampleSentences(doc))
        }
        let reopened = try CorpusStore(path: path)
        #expect(try reopened.documents().map(\.fileName) == ["e.txt"])
        #expect(try reopened.contains(sha256: "ee55"))
        #expect(try !reopened.contains(sha256: "ff66"))
    }

    @Test func anUnopenableFileIsAnError() {
        #expect(throws: StoreError.self) { try CorpusStore(path: "/proc/no/such/dir/s.sqlite") }
    }
}
