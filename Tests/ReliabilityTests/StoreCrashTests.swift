import Foundation
import Store
import TestSupport
import Testing

/// A `dwars ingest` killed with SIGKILL at 20 different moments always leaves a store that opens, passes
/// `PRAGMA integrity_check`, holds every document it reported as stored plus at most the one in flight,
/// each complete; two ingests on one store at once both finish correctly.
@Suite(.serialized) struct StoreCrashTests {
    /// Writes `count` distinct Dutch documents (our own sentences) into a fresh folder.
    static func writeCorpus(count: Int) throws -> URL {
        let dir = try Shared.temporaryDirectory()
        let openings = [
            "De SER beveelt aan dat gemeenten de inkoop van jeugdhulp regionaal organiseren.",
            "Wij pleiten voor landelijke kwaliteitseisen voor alle jeugdhulpaanbieders.",
            "Het is nodig dat de wachttijden in de jeugd-ggz worden teruggebracht.",
            "Het kabinet zal de administratieve lasten voor professionals verminderen.",
            "De VNG steunt de maatregel Selectie en contractering (B5).",
        ]
        let body = [
            "Aanbieders ervaren een hoge werkdruk en knellende regels.",
            "Cliënten willen meer zeggenschap over de hulp die zij krijgen.",
            "De Commissie van Wijzen noemt de opbrengst van deze maatregel nog PM.",
            "Professionals vragen om ruimte voor vakmanschap en minder verantwoording.",
            "Samenwerking tussen onderwijs en jeugdhulp verdient meer aandacht.",
        ]
        for i in 0..<count {
            var text = "Notitie \(i + 1) over de hervorming van de jeugdzorg\n\n"
            for p in 0..<40 {
                text += "\(p + 1). \(openings[(i + p) % openings.count])\n"
                text += body[(i * 7 + p) % body.count] + " Dit geldt voor regio \(i)-\(p).\n\n"
            }
            try text.write(to: dir.appendingPathComponent(String(format: "notitie-%03d.txt", i)), atomically: true,
                           encoding: .utf8)
        }
        return dir
    }

    /// Starts `dwars ingest`, kills it after `delay` seconds, returns the files it reported as stored.
    static func ingestKilled(after delay: Double, corpus: URL, db: String, link: Bool) throws -> Set<String> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Shared.dwarsBinary)
        process.arguments = ["ingest", "--plain", "--db", db, corpus.path] + (link ? [] : ["--no-link"])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Set(out.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("stored ") else { return nil }
            let path = line.dropFirst("stored ".count).split(separator: " (").first.map(String.init) ?? ""
            return (path as NSString).lastPathComponent
        })
    }

    @Test func killedIngestLeavesAWholeStore() throws {
        let corpus = try Self.writeCorpus(count: 16)
        // Reference: how long an uninterrupted ingest takes, and each document's block count.
        let referenceDB = try Shared.temporaryDirectory().appendingPathComponent("ref.sqlite").path
        let start = Date()
        let full = try ProcessRunner.dwars(["ingest", "--plain", "--no-link", "--db", referenceDB, corpus.path],
                                           timeout: 300)
        #expect(full.status == 0)
        let duration = max(Date().timeIntervalSince(start), 1)
        let reference = try CorpusStore(path: referenceDB)
        let expectedBlocks = Dictionary(uniqueKeysWithValues: try reference.documents().map { ($0.fileName, $0.blockCount) })
        #expect(expectedBlocks.count == 16)

        for moment in 0..<20 {
            let delay = 0.05 + duration * Double(moment) / 20.0
            let db = try Shared.temporaryDirectory().appendingPathComponent("store.sqlite").path
            let reported = try Self.ingestKilled(after: delay, corpus: corpus, db: db, link: moment % 4 == 3)
            guard FileManager.default.fileExists(atPath: db) else {
                #expect(reported.isEmpty)
                continue
            }
            let store = try CorpusStore(path: db)
            #expect(try store.integrityCheck() == "ok", "moment \(moment)")
            let stored = try store.documents()
            let names = Set(stored.map(\.fileName))
            #expect(reported.isSubset(of: names), "moment \(moment): reported but missing \(reported.subtracting(names))")
            #expect(names.count <= reported.count + 1, "moment \(moment): more than one unreported document")
            for document in stored {
                #expect(document.blockCount == expectedBlocks[document.fileName], "moment \(moment): \(document.fileName) partial")
                #expect(try store.blocks(documentID: document.id).count == document.blockCount)
            }
            // Resuming the same store finishes the job and loses nothing already stored.
            if moment % 5 == 0 {
                let resumed = try ProcessRunner.dwars(["ingest", "--plain", "--no-link", "--db", db, corpus.path],
                                                      timeout: 300)
                #expect(resumed.status == 0)
                #expect(try store.documents().count == 16)
            }
        }
    }

    @Test func twoIngestsOnOneStoreBothFinish() throws {
        let corpus = try Self.writeCorpus(count: 16)
        let db = try Shared.temporaryDirectory().appendingPathComponent("shared.sqlite").path
        let logs = try Shared.temporaryDirectory()
        let results = try [0, 1].map { n -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Shared.dwarsBinary)
            p.arguments = ["ingest", "--plain", "--db", db, corpus.path]
            let err = logs.appendingPathComponent("err\(n).txt")
            FileManager.default.createFile(atPath: err.path, contents: nil)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = try FileHandle(forWritingTo: err)
            try p.run()
            return p
        }
        for p in results { p.waitUntilExit() }
        for (n, p) in results.enumerated() {
            let err = (try? String(contentsOf: logs.appendingPathComponent("err\(n).txt"), encoding: .utf8)) ?? ""
            #expect(p.terminationStatus == 0, "ingest \(n) failed: \(err)")
        }
        let store = try CorpusStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let documents = try store.documents()
        #expect(documents.count == 16)
        #expect(Set(documents.map(\.sha256)).count == 16)
    }
}
