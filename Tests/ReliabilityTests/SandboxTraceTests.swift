import Foundation
import TestSupport
import Testing

/// Extraction reads nothing beyond its input (and the program's own libraries, lexicons and system data)
/// and never touches the network: shown by running `dwars extract` under `strace -f -e trace=openat,connect`.
@Suite(.serialized) struct SandboxTraceTests {
    static let strace = "/usr/bin/strace"

    /// Path prefixes a run may open besides its input: shared libraries, the toolchain runtime, system data,
    /// the project's lexicons.
    static let allowedPrefixes = [
        "/lib", "/usr/lib", "/lib64", "/opt/swift", "/etc/ld.so", "/proc/", "/sys/", "/dev/", "/usr/share/",
        "/etc/fonts", "/etc/localtime", "/var/cache/fontconfig", "/root/.cache/fontconfig", "/etc/nsswitch.conf",
        "/etc/passwd", "/etc/group", Shared.root.appendingPathComponent("Lexicons").path,
    ]

    struct Trace {
        var opened: [String]
        var attempted: [String]
        var connects: [String]
    }

    private func trace(_ arguments: [String]) throws -> (ProcessResult, Trace) {
        let out = try Shared.temporaryDirectory().appendingPathComponent("trace.txt").path
        let result = try ProcessRunner.run(
            Self.strace, ["-f", "-qq", "-e", "trace=openat,open,connect", "-o", out, Shared.dwarsBinary] + arguments,
            timeout: 120)
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        var t = Trace(opened: [], attempted: [], connects: [])
        for line in text.split(separator: "\n") {
            // The C library's user lookup asks the local nscd socket (AF_UNIX); anything else is network.
            if line.contains("connect("), !line.contains("sun_path=\"/var/run/nscd/socket\"") {
                t.connects.append(String(line))
            }
            guard line.contains("open"), let q1 = line.firstIndex(of: "\"") else { continue }
            let rest = line[line.index(after: q1)...]
            guard let q2 = rest.firstIndex(of: "\"") else { continue }
            let path = String(rest[..<q2])
            t.attempted.append(path)
            if !line.contains("= -1") { t.opened.append(path) }
        }
        return (result, t)
    }

    private func assertConfined(_ t: Trace, inputs: [String], secret: String) {
        #expect(t.connects.isEmpty, "network connect attempted: \(t.connects)")
        #expect(!t.attempted.contains(secret), "the secret file was opened")
        for path in t.opened where !inputs.contains(path) {
            let allowed = Self.allowedPrefixes.contains { path.hasPrefix($0) } || path == "."
            #expect(allowed, "opened a path beyond the input: \(path)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: strace)))
    func markupWithExternalEntitiesAndRemoteDTDReadsOnlyItsInput() throws {
        let dir = try Shared.temporaryDirectory()
        let secret = dir.appendingPathComponent("geheim.txt").path
        try "GEHEIM-WACHTWOORD\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let xml = dir.appendingPathComponent("motie.xml").path
        try """
            <?xml version="1.0"?>
            <!DOCTYPE motie SYSTEM "http://127.0.0.1:9/motie.dtd" [<!ENTITY x SYSTEM "file://\(secret)">]>
            <motie><al>De Kamer verzoekt de regering &x; te zorgen voor landelijke kwaliteitseisen.</al></motie>
            """.write(toFile: xml, atomically: true, encoding: .utf8)
        let html = dir.appendingPathComponent("pagina.html").path
        try """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://127.0.0.1:9/xhtml1-strict.dtd">
            <html><head><link rel="stylesheet" href="http://127.0.0.1:9/s.css"><script src="file://\(secret)"></script></head>
            <body><main><p>Gemeenten kopen jeugdhulp regionaal in.<img src="file://\(secret)"></p></main></body></html>
            """.write(toFile: html, atomically: true, encoding: .utf8)
        let (result, t) = try trace(["extract", xml, html])
        #expect(!result.stdout.contains("GEHEIM"))
        #expect(result.stdout.contains("kwaliteitseisen"))
        #expect(result.stdout.contains("regionaal"))
        assertConfined(t, inputs: [xml, html], secret: secret)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: strace) && Shared.runnable))
    func realPDFAndTextReadOnlyTheirInputs() throws {
        try Shared.require()
        let dir = try Shared.temporaryDirectory()
        let secret = dir.appendingPathComponent("geheim.txt").path
        try "GEHEIM\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let pdf = Shared.path("fixtures/real/kst-32545-143.pdf")
        let text = try Shared.corpusFile("004")
        let (result, t) = try trace(["extract", pdf, text])
        #expect(result.status == 0)
        assertConfined(t, inputs: [pdf, text], secret: secret)
    }
}
