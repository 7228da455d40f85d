import Foundation
import TestSupport
import Testing

/// Hostile and broken inputs through the real `dwars` binary: each gets a one-line error naming the file
/// (or a correct result), the other files of the same call are still processed, and nothing hangs.
@Suite(.serialized) struct HostileInputTests {
    let dir: URL

    init() throws {
        dir = try Shared.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    }

    private func write(_ name: String, _ data: Data) -> String {
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    private var goodText: String {
        write("goed.txt", Data("De SER beveelt aan om de jeugdzorg te vereenvoudigen.\n".utf8))
    }

    /// Bad files named in the errors, one line each; the good file still extracted; non-zero exit.
    @Test(arguments: [
        ("leeg.txt", Data(), "empty"),
        ("plaatje.pdf", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), "PNG"),
        ("kapot.pdf", Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog".utf8), "PDF"),
        ("programma.bin", Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 64)), "ELF"),
    ])
    func badFileIsNamedAndBatchGoesOn(name: String, bytes: Data, reason: String) throws {
        let bad = write(name, bytes)
        let good = goodText
        let result = try ProcessRunner.dwars(["extract", bad, good], timeout: 60)
        #expect(result.status != 0)
        #expect(!result.timedOut)
        #expect(result.stdout.contains("vereenvoudigen"))
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains("error") }
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains(bad) == true)
        #expect(errorLines.first?.contains(reason) == true)
    }

    @Test func directoryIsAClearError() throws {
        let sub = dir.appendingPathComponent("map").path
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let result = try ProcessRunner.dwars(["extract", sub, goodText])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(sub): cannot read file: is a directory"))
        #expect(result.stdout.contains("vereenvoudigen"))
    }

    /// Runs as `nobody` (CI runs as root, for whom permissions do not stop reads).
    @Test(.enabled(if: getuid() == 0)) func unreadableFileIsAClearError() throws {
        let secret = write("geheim.txt", Data("vertrouwelijk\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret)
        let good = goodText
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: good)
        let result = try ProcessRunner.run(
            "/usr/bin/setpriv",
            ["--reuid=nobody", "--regid=nogroup", "--clear-groups", Shared.dwarsBinary, "extract", secret, good])
        #expect(result.status != 0)
        #expect(result.stderr.contains(secret))
        #expect(result.stderr.contains("permission denied"))
        #expect(result.stdout.contains("vereenvoudigen"))
        #expect(!result.stdout.contains("vertrouwelijk"))
    }

    @Test func invalidUTF8AndNULBytesDoNotCrash() throws {
        var bytes = Data("Gemeenten moeten samenwerken. ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28, 0xFF, 0xFE, 0x00, 0x00, 0xE2, 0x82])
        bytes.append(Data(" Het Rijk zal zorgen voor geld.\n".utf8))
        let path = write("ongeldig.txt", bytes)
        let result = try ProcessRunner.dwars(["extract", path], timeout: 60)
        #expect(!result.timedOut)
        // Either a correct, readable result or a one-line error naming the file; never a crash signal.
        #expect(result.status == 0 || result.status == 1)
        if result.status == 0 {
            #expect(result.stdout.contains("samenwerken"))
        } else {
            #expect(result.stderr.contains(path))
        }
    }

    @Test func tenMegabyteLineIsProcessed() throws {
        var line = String(repeating: "jeugdhulp ", count: 1_048_576)
        line += "\n"
        let path = write("lang.txt", Data(line.utf8))
        let result = try ProcessRunner.dwars(["extract", "--format", "json", path], timeout: 120)
        #expect(result.status == 0)
        #expect(!result.timedOut)
        #expect(result.stdout.utf8.count > 10_000_000)
    }
}
