import Foundation
import Store
import TestSupport
import Testing

/// Writes `count` small Dutch policy texts (written for this test) into `folder`.
func writeSampleCorpus(count: Int, into folder: URL) throws -> [String] {
    let openings = [
        "Gemeenten moeten de inkoop van jeugdhulp regionaal organiseren.",
        "Wij bevelen aan het aantal aanbieders te beperken.",
        "Het is nodig dat de lokale teams meer expertise krijgen.",
        "Stel landelijke kwaliteitseisen vast voor alle aanbieders.",
        "De wachttijden voor specialistische jeugdzorg moeten korter worden.",
    ]
    let filler = [
        "In de praktijk blijkt dat gezinnen lang moeten wachten op passende hulp.",
        "Professionals ervaren veel administratieve lasten bij de verantwoording.",
        "De samenwerking tussen gemeenten en zorgaanbieders verloopt wisselend.",
        "Ouders en jongeren willen meer zeggenschap over de hulp die zij krijgen.",
    ]
    var paths: [String] = []
    for n in 0..<count {
        var text = "Advies \(n) over de jeugdzorg\n\n"
        for section in 1...5 {
            text += "\(section). \(openings[(n + section) % openings.count])\n"
            for k in 0..<8 { text += filler[(n * 7 + section + k) % filler.count] + " Regel \(n)-\(section)-\(k).\n" }
            text += "\n"
        }
        let url = folder.appendingPathComponent(String(format: "advies_%03d.txt", n))
        try Data(text.utf8).write(to: url)
        paths.append(url.path)
    }
    return paths
}

@Suite("Interrupted ingest", .serialized)
struct InterruptedIngestTests {
    /// Runs `dwars ingest` and kills it with SIGKILL once `after` documents were reported stored.
    func ingestAndKill(corpus: URL, db: String, after: Int) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Shared.dwarsBinary)
        process.arguments = ["ingest", "--db", db, "--no-link", "--plain", corpus.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var output = ""
        var stored: [String] = []
        let start = Date()
        while Date().timeIntervalSince(start) < 120 {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            output += String(decoding: data, as: UTF8.self)
            stored = output.split(separator: "\n").filter { $0.hasPrefix("stored ") }.map {
                String($0.dropFirst("stored ".count).split(separator: " ").first ?? "")
            }
            if stored.count >= after {
                kill(process.processIdentifier, SIGKILL)
                break
            }
        }
        process.waitUntilExit()
        return stored
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Shared.dwarsBinary)), arguments: [2, 6])
    func killedIngestLeavesOnlyWholeDocuments(after: Int) throws {
        let dir = try Shared.temporaryDirectory()
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let files = try writeSampleCorpus(count: 12, into: corpus)
        let db = dir.appendingPathComponent("store.sqlite").path
        let reported = try ingestAndKill(corpus: corpus, db: db, after: after)
        #expect(reported.count >= after)

        let store = try CorpusStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let documents = try store.documents()
        let names = Set(documents.map(\.sourcePathOrName))
        for path in reported { #expect(names.contains(path), "reported as stored but missing: \(path)") }
        #expect(documents.count <= reported.count + 1, "more than one document beyond those reported")
        for d in documents {
            #expect(try store.sentences(documentID: d.id).count == d.sentenceCount, "\(d.fileName) has lost sentences")
            #expect(try store.items(documentID: d.id).count == d.itemCount, "\(d.fileName) has lost items")
            #expect(try store.blocks(documentID: d.id).count == d.blockCount, "\(d.fileName) has lost blocks")
        }

        // Resuming stores the rest and skips what is there.
        let resumed = try ProcessRunner.dwars(["ingest", "--db", db, "--no-link", "--plain", corpus.path], timeout: 300)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("ingest: \(files.count - documents.count) stored, \(documents.count) skipped, 0 failed"))
        #expect(try CorpusStore(path: db).documents().count == files.count)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Shared.dwarsBinary)))
    func aBadFileFailsAloneAndTheBatchGoesOn() throws {
        let dir = try Shared.temporaryDirectory()
        let files = try writeSampleCorpus(count: 2, into: dir)
        let db = dir.appendingPathComponent("store.sqlite").path
        let missing = dir.appendingPathComponent("ontbreekt.txt").path
        let result = try ProcessRunner.dwars(["ingest", "--db", db, "--no-link", "--plain", files[0], missing, files[1]])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }.count == 1)
        #expect(result.stdout.contains("ingest: 2 stored, 0 skipped, 1 failed"))
        let again = try ProcessRunner.dwars(["ingest", "--db", db, "--no-link", "--plain", files[0], files[1]])
        #expect(again.status == 0)
        #expect(again.stdout.contains("ingest: 0 stored, 2 skipped, 0 failed"))
    }
}

extension StoredDocument {
    /// The path as given to ingest.
    var sourcePathOrName: String { metadata.sourcePath }
}
