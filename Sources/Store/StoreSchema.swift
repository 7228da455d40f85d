internal import GRDB

/// The store's tables, as a list of migrations applied in order by `DatabaseMigrator`.
///
/// A document row is written last in its transaction and is the only entry point of every read,
/// so a document is visible whole or not at all. `sentence_fts` is an external-content FTS5 index
/// over `sentence.text`, filled in the same transaction as the sentences.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents") { db in
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sha256", .text).notNull().unique()
                t.column("fileName", .text).notNull().indexed()
                t.column("sourcePath", .text).notNull()
                t.column("title", .text)
                t.column("issuingBody", .text)
                t.column("date", .text)
                t.column("type", .text)
                t.column("format", .text).notNull()
                t.column("segments", .jsonText).notNull()
                t.column("blockCount", .integer).notNull()
                t.column("sentenceCount", .integer).notNull()
                t.column("itemCount", .integer).notNull()
                t.column("ingestedAt", .double).notNull()
            }
            try db.create(table: "block") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("document", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("page", .integer)
                t.column("firstLine", .integer)
                t.column("lastLine", .integer)
                t.column("level", .integer)
                t.column("label", .text)
                t.column("cells", .jsonText)
            }
            try db.create(table: "sentence") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("document", onDelete: .cascade).notNull()
                t.column("block", .integer).notNull()
                t.column("line", .integer).notNull()
                t.column("page", .integer)
                t.column("text", .text).notNull()
            }
            try db.execute(sql: """
                CREATE VIRTUAL TABLE sentence_fts USING fts5(
                    text, content='sentence', content_rowid='id', tokenize='unicode61 remove_diacritics 2')
                """)
            try db.create(table: "item") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("document", onDelete: .cascade).notNull()
                t.column("kind", .text).notNull().indexed()
                t.column("itemId", .text).indexed()
                t.column("line", .integer).notNull()
                t.column("bcode", .text).indexed()
                t.column("json", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v1-links") { db in
            try db.create(table: "link") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("aDoc", .text).notNull().indexed()
                t.column("aLine", .integer).notNull()
                t.column("aId", .text).notNull()
                t.column("bDoc", .text).notNull().indexed()
                t.column("bLine", .integer).notNull()
                t.column("bId", .text).notNull()
                t.column("score", .double).notNull()
                t.column("evidence", .jsonText).notNull()
                t.column("sameDocument", .boolean).notNull()
                t.column("stance", .text)
            }
            try db.create(table: "consensus") { t in
                t.primaryKey("id", .text)
                t.column("label", .text).notNull()
                t.column("members", .jsonText).notNull()
                t.column("themes", .jsonText).notNull()
                t.column("bcodes", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v2-links-once") { db in
            // Links are derived data: an older store's (both directions, no relation) are dropped and
            // rebuilt by the next linking run. Each pair of places is stored once, in reading order;
            // `stanceEnd` says which end voices the stance.
            try db.execute(sql: "DELETE FROM link")
            try db.execute(sql: "DELETE FROM consensus")
            try db.alter(table: "link") { t in
                t.add(column: "relation", .text)
                t.add(column: "stanceEnd", .text)
            }
            try db.create(
                index: "link_on_places", on: "link", columns: ["aDoc", "aLine", "bDoc", "bLine"], unique: true)
        }
        return migrator
    }
}
