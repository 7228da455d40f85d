import Foundation
import TestSupport
import Testing

/// Large and structurally odd PDFs and HTML through the built `dwars extract`: the 5,000-page PDF and
/// the 50 MB one-line HTML are processed (not refused) within a memory and time guard measured on the
/// child process; a PDF without pages and one with a broken xref table give a clear error or a result.
@Suite(.serialized) struct LargeInputTests {
    /// Guards against blow-ups and hangs (issue 7), not speed claims.
    static let maxRSSKilobytes = 1024 * 1024
    static let maxSeconds = 60.0

    let dir: URL

    init() throws {
        dir = try Shared.temporaryDirectory()
    }

    /// The child's peak resident set in kB and the run: `/usr/bin/time -f %M` (Debian package `time`) when
    /// installed, else `getrusage(RUSAGE_CHILDREN)`, the peak of the largest child this test process has
    /// waited for, which bounds this child's peak from above (enough for an upper guard).
    static func measured(_ arguments: [String]) throws -> (result: ProcessResult, peakKB: Int) {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            let result = try ProcessRunner.dwars(arguments, timeout: maxSeconds * 2)
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
            return (result, usage.ru_maxrss)
        }
        let result = try ProcessRunner.run(
            time, ["-f", "peak-rss-kb %M"] + [Shared.dwarsBinary] + arguments, timeout: maxSeconds * 2)
        let line = result.stderr.split(separator: "\n").last { $0.hasPrefix("peak-rss-kb ") }
        let peak = line.flatMap { Int($0.dropFirst("peak-rss-kb ".count)) } ?? -1
        return (result, peak)
    }

    @Test(.timeLimit(.minutes(3))) func fiveThousandPagePDFIsExtractedWithinGuard() throws {
        let path = dir.appendingPathComponent("vijfduizend.pdf").path
        try GeneratedPDF.pages(5000).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (result, peak) = try Self.measured(["extract", path])
        print("5000-page PDF: \(String(format: "%.1f", result.seconds)) s, peak RSS \(peak) kB")
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(!result.timedOut)
        #expect(peak > 0 && peak < Self.maxRSSKilobytes, "peak RSS \(peak) kB")
        #expect(result.seconds < Self.maxSeconds)
        #expect(result.stdout.contains("pagina 1 van het verslag"))
        #expect(result.stdout.contains("pagina 2500 van het verslag"))
        #expect(result.stdout.contains("pagina 5000 van het verslag"))
    }

    @Test(.timeLimit(.minutes(3))) func fiftyMegabyteOneLineHTMLIsExtractedWithinGuard() throws {
        let sentence = "De gemeente zorgt voor passende jeugdhulp, dicht bij huis, en de regio koopt in. "
        let paragraph = "<p>" + String(repeating: sentence, count: 25) + "</p>"
        let count = 50 * 1024 * 1024 / paragraph.utf8.count + 1
        var html = "<html><head><title>Groot</title></head><body><article>"
        html.reserveCapacity(count * paragraph.utf8.count + 200)
        for _ in 0..<count { html += paragraph }
        html += "<p>Slotzin over de wachtlijsten.</p></article></body></html>"
        #expect(html.utf8.count > 50 * 1024 * 1024 && !html.contains("\n"))
        let path = dir.appendingPathComponent("groot.html").path
        try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (result, peak) = try Self.measured(["extract", path])
        print("50 MB HTML: \(String(format: "%.1f", result.seconds)) s, peak RSS \(peak) kB")
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(!result.timedOut)
        #expect(peak > 0 && peak < Self.maxRSSKilobytes, "peak RSS \(peak) kB")
        #expect(result.seconds < Self.maxSeconds)
        #expect(result.stdout.contains("Slotzin over de wachtlijsten."))
    }

    /// A well-formed PDF whose page tree is empty: a one-line "no pages" error naming the file.
    @Test func zeroPagePDFGivesClearError() throws {
        let path = dir.appendingPathComponent("leeg-boek.pdf").path
        try GeneratedPDF.pages(0).write(to: URL(fileURLWithPath: path))
        let result = try ProcessRunner.dwars(["extract", path], timeout: 30)
        #expect(result.status == 1 && !result.timedOut)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains(path) == true)
        #expect(errors.first?.contains("no pages") == true)
    }

    /// Every xref offset pointing to the wrong byte: poppler rebuilds the table from the objects, so all
    /// three pages come out (poppler 22.12); a crash, a hang or a lost page fails.
    @Test func brokenXrefTableIsRebuilt() throws {
        let good = GeneratedPDF.pages(3)
        var text = String(decoding: good, as: UTF8.self)
        let xref = try #require(text.range(of: "\nxref\n"))
        let table = text[xref.upperBound...]
        let broken = table.replacing(#/\d{10} 00000 n/#) { _ in "0000000007 00000 n" }
        text = String(text[..<xref.upperBound]) + broken
        #expect(text != String(decoding: good, as: UTF8.self))
        let path = dir.appendingPathComponent("kapotte-xref.pdf").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try ProcessRunner.dwars(["extract", path], timeout: 30)
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.stderr)")
        for page in 1...3 { #expect(result.stdout.contains("Dit is pagina \(page) van het verslag")) }
    }
}

/// A text PDF written byte by byte: `count` pages, each with its own content stream (so no line repeats
/// on every page and none is taken for a running header), Helvetica, a correct xref table.
enum GeneratedPDF {
    static func pages(_ count: Int) -> Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ body: String) {
            offsets.append(out.count)
            out.append(Data("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8))
        }
        // 1 catalog, 2 pages, 3 font, then per page: page object, content stream.
        let kids = (0..<count).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [\(kids)] /Count \(count) >>")
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        let themes = ["jeugdhulp", "wachtlijsten", "pleegzorg", "de wijkteams", "het onderwijs", "de inkoop"]
        for page in 1...max(count, 1) where count > 0 {
            let lines = [
                "Dit is pagina \(page) van het verslag over \(themes[page % themes.count]).",
                "De gemeente en de regio maken in hoofdstuk \(page) afspraken over \(themes[(page + 1) % themes.count]).",
                "Zij volgen de uitvoering in \(2020 + page % 7) en melden wat er is bereikt bij nummer \(page * 7).",
            ]
            var stream = "BT /F1 11 Tf 14 TL 72 760 Td\n"
            for line in lines { stream += "(\(line)) Tj T*\n" }
            stream += "ET"
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(offsets.count + 2) 0 R >>")
            object("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        let xrefAt = out.count
        var xref = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { xref += String(format: "%010d 00000 n \n", offset) }
        out.append(Data(xref.utf8))
        out.append(Data("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xrefAt)\n%%EOF\n".utf8))
        return out
    }
}
