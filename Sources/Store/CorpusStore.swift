import DwarsModel
import Foundation
internal import GRDB

/// The corpus store: documents, blocks, sentences, tagged items and links in one SQLite file (GRDB).
///
/// A document is keyed by the sha256 of its bytes: ingesting the same bytes again changes nothing.
/// Each document is written in one transaction, its `document` row included, so a killed ingest
/// leaves every document either whole or absent. The file runs in WAL mode; reads see the last
/// committed state. Sentences carry an FTS5 index (`sentences(matching:)`).
public final class CorpusStore: Sendable {
    /// Default location of the store, relative to the working directory.
    public static let defaultPath = ".dwars/store.sqlite"

    /// Path of the database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating folders and tables as needed) the store at `path`.
    public init(path: String = CorpusStore.defaultPath) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try Self.migrate(queue)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Runs the migrations. Two processes opening a new store at once can both see it unmigrated (GRDB
    /// reads the applied migrations outside the migration's transaction); the loser's CREATE TABLE then
    /// fails, and a retry sees the winner's tables as applied.
    private static func migrate(_ queue: DatabaseQueue) throws {
        var attempt = 0
        while true {
            do {
                try StoreSchema.migrator.migrate(queue)
                return
            } catch {
                attempt += 1
                if attempt >= 5 { throw error }
                usleep(useconds_t(50_000 * attempt))
            }
        }
    }

    // MARK: writing

    /// Stores `document` with its tagged `items` and `sentences` in one transaction.
    ///
    /// Returns `.unchanged` when a document with the same sha256 is already stored.
    public func ingest(document: Document, items: [TaggedItem], sentences: [StoredSentence]) throws -> IngestOutcome {
        do {
            return try queue.write { db in
                if let id = try Int64.fetchOne(
                    db, sql: "SELECT id FROM document WHERE sha256 = ?", arguments: [document.metadata.sha256])
                {
                    return .unchanged(documentID: id)
                }
                let id = try Self.insert(document: document, items: items, sentences: sentences, in: db)
                return .stored(documentID: id)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotStore(file: document.fileName, reason: "\(error)")
        }
    }

    /// Whether a document with these bytes' sha256 is stored.
    public func contains(sha256: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM document WHERE sha256 = ?)", arguments: [sha256])
                ?? false
        }
    }

    private static func insert(
        document: Document, items: [TaggedItem], sentences: [StoredSentence], in db: Database
    ) throws -> Int64 {
        // The document row goes in first to get its id; it only becomes visible at commit, with the rest.
        let m = document.metadata
        try db.execute(
            sql: """
                INSERT INTO document (sha256, fileName, sourcePath, title, issuingBody, date, type, format,
                    segments, blockCount, sentenceCount, itemCount, ingestedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                m.sha256, document.fileName, m.sourcePath, m.title, m.issuingBody, m.date, m.type,
                m.format.rawValue, try json(document.segments), document.blocks.count, sentences.count,
                items.count, Date().timeIntervalSince1970,
            ])
        let id = db.lastInsertedRowID
        let blockStatement = try db.cachedStatement(sql: """
            INSERT INTO block (documentId, ordinal, kind, text, page, firstLine, lastLine, level, label, cells)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, block) in document.blocks.enumerated() {
            try blockStatement.execute(arguments: [
                id, ordinal, block.kind.rawValue, block.text, block.page, block.lines?.first, block.lines?.last,
                block.level, block.label, try block.cells.map(json),
            ])
        }
        let sentenceStatement = try db.cachedStatement(
            sql: "INSERT INTO sentence (documentId, block, line, page, text) VALUES (?, ?, ?, ?, ?)")
        let ftsStatement = try db.cachedStatement(sql: "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)")
        for sentence in sentences {
            try sentenceStatement.execute(arguments: [id, sentence.block, sentence.line, sentence.page, sentence.text])
            try ftsStatement.execute(arguments: [db.lastInsertedRowID, sentence.text])
        }
        let itemStatement = try db.cachedStatement(
            sql: "INSERT INTO item (documentId, kind, itemId, line, bcode, json) VALUES (?, ?, ?, ?, ?, ?)")
        for item in items {
            try itemStatement.execute(arguments: [
                id, item.kind.rawValue, item.id, item.line, item.bcode, try json(item),
            ])
        }
        return id
    }

    /// Replaces the stored links and consensus items (one transaction).
    ///
    /// Each pair of places (document and line) is stored once, in reading order, the best-scoring link
    /// kept; a link whose two ends are one place is dropped. `links()` gives each back with `b` the end
    /// that voices its stance, as it came in.
    public func save(links: [ItemLink], consensus: [ConsensusItem] = []) throws {
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM link")
                try db.execute(sql: "DELETE FROM consensus")
                let statement = try db.cachedStatement(sql: """
                    INSERT INTO link (aDoc, aLine, aId, bDoc, bLine, bId, score, evidence, sameDocument, stance,
                        relation, stanceEnd)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (link, stanceEnd) in Self.once(links) {
                    try statement.execute(arguments: [
                        link.a.doc, link.a.line, link.a.id, link.b.doc, link.b.line, link.b.id, link.score,
                        try Self.json(link.evidence), link.sameDocument, link.stance?.rawValue,
                        link.relation?.rawValue, stanceEnd,
                    ])
                }
                let consensusStatement = try db.cachedStatement(
                    sql: "INSERT INTO consensus (id, label, members, themes, bcodes) VALUES (?, ?, ?, ?, ?)")
                for item in consensus {
                    try consensusStatement.execute(arguments: [
                        item.id, item.label, try Self.json(item.members), try Self.json(item.themes),
                        try Self.json(item.bcodes),
                    ])
                }
            }
        } catch {
            throw StoreError.cannotStore(file: path, reason: "links: \(error)")
        }
    }

    // MARK: reading

    /// All stored documents, in ingest order.
    public func documents() throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY id").map(Self.document(from:))
        }
    }

    /// The stored document named `fileName` (the last ingested when several share the name).
    public func document(named fileName: String) throws -> StoredDocument? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM document WHERE fileName = ? ORDER BY id DESC LIMIT 1", arguments: [fileName]
            ).map(Self.document(from:))
        }
    }

    /// The blocks of the document with row id `documentID`, in reading order.
    public func blocks(documentID: Int64) throws -> [Block] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM block WHERE documentId = ? ORDER BY ordinal", arguments: [documentID]
            ).map { row in
                let first: Int? = row["firstLine"]
                let last: Int? = row["lastLine"]
                let cells: String? = row["cells"]
                return Block(
                    kind: BlockKind(rawValue: row["kind"]) ?? .paragraph, text: row["text"], page: row["page"],
                    lines: first.map { LineRange(first: $0, last: max($0, last ?? $0)) }, level: row["level"],
                    label: row["label"], cells: try cells.map { try Self.decode([String].self, $0) })
            }
        }
    }

    /// Tagged items, optionally of one document and of some kinds, by document then line.
    public func items(documentID: Int64? = nil, kinds: Set<ItemKind>? = nil) throws -> [TaggedItem] {
        let rows: [(json: String, kind: String)] = try read { db in
            var sql = "SELECT json, kind FROM item"
            var arguments: StatementArguments = []
            if let documentID {
                sql += " WHERE documentId = ?"
                arguments += [documentID]
            }
            sql += " ORDER BY documentId, line, id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { ($0["json"], $0["kind"]) }
        }
        // Decoded outside the queue, so threads reading several documents decode at the same time.
        do {
            return try rows.compactMap { row in
                if let kinds, let kind = ItemKind(rawValue: row.kind), !kinds.contains(kind) { return nil }
                return try Self.decode(TaggedItem.self, row.json)
            }
        } catch {
            throw StoreError.cannotRead(path: path, reason: "\(error)")
        }
    }

    /// Items whose own `bcode` is `code` or whose `bcodes` list holds it.
    public func items(withCode code: String) throws -> [TaggedItem] {
        try items().filter { $0.bcode == code || ($0.bcodes ?? []).contains(code) }
    }

    /// Sentences, optionally of one document, by document then position.
    public func sentences(documentID: Int64? = nil) throws -> [StoredSentence] {
        try read { db in
            var sql = "SELECT s.id, s.block, s.line, s.page, s.text, d.fileName FROM sentence s JOIN document d ON d.id = s.documentId"
            var arguments: StatementArguments = []
            if let documentID {
                sql += " WHERE s.documentId = ?"
                arguments += [documentID]
            }
            sql += " ORDER BY s.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.sentence(from:))
        }
    }

    /// Sentences matching an FTS5 query (`kwaliteitseis*`, `"lokale teams"`, `inkoop AND tarief`), best first.
    public func sentences(matching query: String, limit: Int = 50) throws -> [StoredSentence] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.block, s.line, s.page, s.text, d.fileName
                    FROM sentence_fts f JOIN sentence s ON s.id = f.rowid JOIN document d ON d.id = s.documentId
                    WHERE sentence_fts MATCH ? ORDER BY bm25(sentence_fts) LIMIT ?
                    """, arguments: [query, limit]
            ).map(Self.sentence(from:))
        }
    }

    /// The stored links (cross-document and same-document), best first; `b` is the end that voices the
    /// link's stance.
    public func links() throws -> [ItemLink] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM link ORDER BY score DESC, id").map { row in
                let stance: String? = row["stance"]
                let relation: String? = row["relation"]
                let stanceEnd: String? = row["stanceEnd"]
                let a = ItemRef(doc: row["aDoc"], line: row["aLine"], id: row["aId"])
                let b = ItemRef(doc: row["bDoc"], line: row["bLine"], id: row["bId"])
                return ItemLink(
                    a: stanceEnd == "a" ? b : a, b: stanceEnd == "a" ? a : b, score: row["score"],
                    evidence: try Self.decode([String].self, row["evidence"]), sameDocument: row["sameDocument"],
                    stance: stance.flatMap(Stance.init(rawValue:)), relation: relation.flatMap(LinkRelation.init(rawValue:)))
            }
        }
    }

    /// One link per pair of places, the best score kept (ties: the first), in reading order, each with
    /// the end that voices its stance ("a" or "b" after reordering, nil without a stance).
    static func once(_ links: [ItemLink]) -> [(ItemLink, String?)] {
        var order: [String] = []
        var best: [String: (link: ItemLink, end: String?)] = [:]
        for link in links where link.a.doc != link.b.doc || link.a.line != link.b.line {
            var canonical = link
            var end: String? = link.stance == nil ? nil : "b"
            if (link.b.doc, link.b.line) < (link.a.doc, link.a.line) {
                canonical.a = link.b
                canonical.b = link.a
                end = end.map { _ in "a" }
            }
            let key = "\(canonical.a.doc)\u{1}\(canonical.a.line)\u{1}\(canonical.b.doc)\u{1}\(canonical.b.line)"
            if let old = best[key] {
                if link.score > old.link.score { best[key] = (canonical, end) }
            } else {
                order.append(key)
                best[key] = (canonical, end)
            }
        }
        return order.map { (best[$0]!.link, best[$0]!.end) }
    }

    /// The stored consensus items, by id.
    public func consensusItems() throws -> [ConsensusItem] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM consensus ORDER BY id").map { row in
                ConsensusItem(
                    id: row["id"], label: row["label"], members: try Self.decode([ItemRef].self, row["members"]),
                    themes: try Self.decode([String].self, row["themes"]),
                    bcodes: try Self.decode([String].self, row["bcodes"]))
            }
        }
    }

    /// Result of SQLite's `PRAGMA integrity_check` ("ok" when the file is sound).
    public func integrityCheck() throws -> String {
        try read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
        }
    }

    /// Writes a consistent copy of the store (the last committed state) to a new file at `path`.
    public func snapshot(to path: String) throws {
        do {
            try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        } catch {
            throw StoreError.cannotStore(file: path, reason: "snapshot: \(error)")
        }
    }

    // MARK: helpers

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotRead(path: path, reason: "\(error)")
        }
    }

    private static func document(from row: Row) throws -> StoredDocument {
        let metadata = DocumentMetadata(
            title: row["title"], issuingBody: row["issuingBody"], date: row["date"], type: row["type"],
            sourcePath: row["sourcePath"], sha256: row["sha256"],
            format: DocumentFormat(rawValue: row["format"]) ?? .text)
        return StoredDocument(
            id: row["id"], metadata: metadata, segments: try decode([Segment].self, row["segments"]),
            blockCount: row["blockCount"], sentenceCount: row["sentenceCount"], itemCount: row["itemCount"])
    }

    private static func sentence(from row: Row) -> StoredSentence {
        StoredSentence(
            id: row["id"], doc: row["fileName"], line: row["line"], page: row["page"], block: row["block"],
            text: row["text"])
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
