import DwarsModel
import Extraction
import Foundation
import Testing

/// Odd plain-text inputs: the block model's invariants hold for texts put together at random from the
/// kinds of lines the seeds contain (labels alone, hyphens, stamps, margins, tabs, blank runs).
@Suite struct TextRobustnessTests {
    static let pool: [String] = [
        "", " ", "          ", "\t", "-", "•", "1.", "2.4", "a)", "(3)", "o", "14", "2", "Kenmerk", "Datum",
        "Directie Jeugd", "2418873-195087-J", "Doc. 12", "Bijlage 2: Overzicht van de deelnemers",
        "rapport.book  Page 7  Friday, May 3, 2024  9:00 AM", "Pagina 3 van 9", "Tabel 3 Bedragen",
        "Maatregel\t2024\t2025", "Regionalisering (B3)\t-47\t12\tPM", "Vanaf\t2020\tzijn\tde\tgemeenten\tbezig.",
        "1. Stel een expertteam in", "2) Vaststelling agenda", "• Maak afspraken;", "- over de ver-", "binding",
        "jeugd-", "en opvoedhulp.", "POH-", "GGZ", "Met vriendelijke groet,", "Geachte voorzitter,",
        "HOOFDSTUK IN HOOFDLETTERS", " Een regel aan het begin van een pagina.", "de zin loopt hier door",
        "1 Zie het rapport van de commissie (2021).", "[4] Bron: CBS.", "regels1 met een voetnoot", "\u{0C}",
        "Eerste\u{2028}tweede", "Tot slot", "é", "€ 12 mln", "x", "PM PM PM", "7 juni 2019",
    ]

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test func invariantsHoldOnRandomTexts() throws {
        var rng = Generator(state: 20_211_214)
        for round in 0..<300 {
            let count = Int.random(in: 1...60, using: &rng)
            let lines = (0..<count).map { _ in Self.pool.randomElement(using: &rng)! }
            let text = lines.joined(separator: "\n")
            guard !text.isEmpty else { continue }
            let document = try Extractor().extract(data: Data(text.utf8), path: "r\(round).txt")
            let lineCount = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count
            var previousFirst = 0
            for b in document.blocks {
                let r = try #require(b.lines)
                #expect(r.first >= 1 && r.last <= lineCount, "round \(round): \(r) outside 1...\(lineCount)")
                let starts = b.lineStarts ?? []
                #expect(starts.count == r.last - r.first, "round \(round): \(starts.count) starts for \(r)")
                #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 })
                #expect(starts.allSatisfy { $0 >= 0 && $0 <= b.text.utf8.count })
                #expect(!b.text.isEmpty || b.kind == .tableRow)
                if b.kind != .footnote { #expect(r.first >= previousFirst, "round \(round): blocks out of order") }
                if b.kind != .footnote { previousFirst = r.first }
            }
            for s in document.segments {
                #expect(s.startLine >= 1 && s.endLine >= s.startLine && s.endLine <= lineCount)
            }
        }
    }

    @Test func degenerateInputs() throws {
        for text in ["\n", "\n\n\n", " ", "-", "•", "1.", "ver-\n", "-\n-\n-", "\u{FEFF}Tekst", "\r\n\r\n", "a\rb"] {
            let document = try Extractor().extract(data: Data(text.utf8), path: "d.txt")
            for b in document.blocks { #expect(b.lines != nil) }
        }
    }
}
